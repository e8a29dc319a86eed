//! Reading clouds.yaml and secure.yaml: where they are searched, how a cloud's keys are
//! normalised and merged.

use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

use super::*;
use crate::error::{Error, Result};

/// One cloud's mapping (keys with `-` read as `_`), read as the SDK reads it.
pub(super) struct Raw(Map<String, Value>);

impl Raw {
    pub(super) fn new(map: Map<String, Value>) -> Raw {
        Raw(normalize(map))
    }

    pub(super) fn top(&self, key: &str) -> Option<String> {
        scalar(self.0.get(key)?)
    }

    /// The first of `keys` found in `auth:`, then at the top (where the `OS_*` variables are).
    pub(super) fn auth(&self, keys: &[&str]) -> Option<String> {
        let auth = self.0.get("auth");
        (keys.iter().find_map(|k| scalar(auth?.get(k)?)))
            .or_else(|| keys.iter().find_map(|k| self.top(k)))
    }

    /// `block_storage_KEY` (or an alias's), then plain `KEY` if `fallback` (`_get_config`).
    pub(super) fn service(&self, key: &str, fallback: bool) -> Option<String> {
        let prefixed = SERVICE_PREFIXES
            .iter()
            .find_map(|p| self.top(&format!("{p}_{key}")));
        prefixed.or_else(|| fallback.then(|| self.top(key)).flatten())
    }

    /// `regions: [name | {name: …}, …]`: the first, as the SDK picks without a region_name.
    pub(super) fn first_region(&self) -> Option<String> {
        let first = self.0.get("regions")?.as_array()?.first()?;
        scalar(first.get("name").unwrap_or(first))
    }

    /// A boolean, also spelled as YAML 1.1 and the shell do (`yes`, `off`, `1`…).
    pub(super) fn flag(&self, key: &str) -> Option<bool> {
        match self.0.get(key)? {
            Value::Bool(b) => Some(*b),
            other => match scalar(other)?.to_lowercase().as_str() {
                "true" | "yes" | "on" | "1" => Some(true),
                "false" | "no" | "off" | "0" => Some(false),
                _ => None,
            },
        }
    }
}

pub(super) fn normalize(map: Map<String, Value>) -> Map<String, Value> {
    let value = |v| match v {
        Value::Object(inner) => Value::Object(normalize(inner)),
        other => other,
    };
    map.into_iter()
        .map(|(k, v)| (k.replace('-', "_"), value(v)))
        .collect()
}

pub(super) fn scalar(value: &Value) -> Option<String> {
    match value {
        Value::String(s) if !s.is_empty() => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// Where clouds.yaml and secure.yaml are looked for, in openstacksdk's order.
pub(super) struct Search {
    /// `$OS_CLIENT_CONFIG_FILE` and `$OS_CLIENT_SECURE_FILE`, looked at first.
    clouds_file: Option<PathBuf>,
    secure_file: Option<PathBuf>,
    pub(super) dirs: Vec<PathBuf>,
}

impl Search {
    pub(super) fn new(env: &dyn Fn(&str) -> Option<String>, cwd: &Path) -> Search {
        let mut dirs = vec![cwd.to_path_buf()];
        dirs.extend(env("XDG_CONFIG_HOME").map(|x| Path::new(&x).join("openstack")));
        dirs.extend(env("HOME").map(|h| Path::new(&h).join(".config/openstack")));
        dirs.push(PathBuf::from("/etc/openstack"));
        let mut unique = Vec::new();
        for dir in dirs {
            if !unique.contains(&dir) {
                unique.push(dir);
            }
        }
        Search {
            clouds_file: env("OS_CLIENT_CONFIG_FILE").map(PathBuf::from),
            secure_file: env("OS_CLIENT_SECURE_FILE").map(PathBuf::from),
            dirs: unique,
        }
    }

    /// `first`, then `STEM.yaml`, `STEM.yml` and `STEM.json` in each directory.
    pub(super) fn files(&self, first: &Option<PathBuf>, stem: &str) -> Vec<PathBuf> {
        let named = (self.dirs.iter())
            .flat_map(|d| ["yaml", "yml", "json"].map(|s| d.join(format!("{stem}.{s}"))));
        first.iter().cloned().chain(named).collect()
    }

    /// The cloud's mapping, with its secure.yaml part merged over it, and its clouds.yaml.
    pub(super) fn cloud(&self, name: &str) -> Result<(PathBuf, Map<String, Value>)> {
        let mut seen = Vec::new();
        let clouds = self.files(&self.clouds_file, "clouds");
        let Some((file, mut cloud)) = find(&clouds, name, &mut seen)? else {
            let searched: Vec<String> = (self.clouds_file.iter().cloned())
                .chain(self.dirs.iter().map(|d| d.join("clouds.yaml")))
                .map(|p| p.display().to_string())
                .collect();
            seen.sort();
            seen.dedup();
            let seen = if seen.is_empty() {
                String::new()
            } else {
                format!("; clouds found: {}", seen.join(", "))
            };
            return Err(Error::usage(format!(
                "no cloud named '{name}' in {} (or clouds.yml/clouds.json beside them){seen}",
                searched.join(", ")
            ))
            .into());
        };
        let secure = self.files(&self.secure_file, "secure");
        if let Some((_, secure)) = find(&secure, name, &mut Vec::new())? {
            merge(&mut cloud, secure);
        }
        Ok((file, cloud))
    }
}

/// The first of `files` whose `clouds:` has `name`; the names of the others' clouds in `seen`.
pub(super) fn find(
    files: &[PathBuf],
    name: &str,
    seen: &mut Vec<String>,
) -> Result<Option<(PathBuf, Map<String, Value>)>> {
    for path in files {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => {
                return Err(Error::usage(format!("cannot read {}: {e}", path.display())).into());
            }
        };
        let doc: Value = serde_saphyr::from_str(&text).map_err(|e| {
            let why = e.without_snippet().to_string();
            Error::usage(format!(
                "{} is not valid YAML: {}",
                path.display(),
                why.trim_start_matches("error: ")
            ))
        })?;
        let Some(clouds) = doc.get("clouds").and_then(Value::as_object) else {
            continue;
        };
        match clouds.get(name) {
            Some(Value::Object(cloud)) => return Ok(Some((path.clone(), cloud.clone()))),
            Some(_) => {
                return Err(Error::usage(format!(
                    "{}: cloud '{name}' is not a mapping",
                    path.display()
                ))
                .into());
            }
            None => seen.extend(clouds.keys().cloned()),
        }
    }
    Ok(None)
}

/// openstacksdk's `merge_clouds`: `over` wins, mappings are merged key by key.
pub(super) fn merge(base: &mut Map<String, Value>, over: Map<String, Value>) {
    for (key, value) in over {
        match (base.get_mut(&key), value) {
            (Some(Value::Object(inner)), Value::Object(value)) => merge(inner, value),
            (_, value) => {
                base.insert(key, value);
            }
        }
    }
}
