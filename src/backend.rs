//! The enabled backends, opened on first use: each a driver, its target helper and its
//! place `host@backend#pool`, as Cinder's volume services are.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use crate::config::{BackendConfig, Config};
use crate::driver::{VolumeDriver, open_driver};
use crate::error::{Error, Result};
use crate::target::{TargetHelper, open_target};

/// One enabled backend.
pub struct Backend {
    /// Its `[backends.NAME]` name.
    pub name: String,
    /// `host@backend#pool`, as volumes placed on it record.
    pub host: String,
    /// `file`, `rbd` or `lvm`.
    pub driver_name: String,
    pub availability_zone: String,
    pub driver: Box<dyn VolumeDriver>,
    /// How its volumes are exported to hosts.
    pub target: Box<dyn TargetHelper>,
}

/// The configured backends, each opened once, when first needed.
pub struct Backends {
    config: Config,
    state_dir: PathBuf,
    opened: Mutex<BTreeMap<String, Arc<Backend>>>,
}

/// The parts of `host@backend#pool` Cinder's `extract_host` returns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HostLevel {
    /// `host`
    Host,
    /// `host@backend`
    Backend,
    /// `pool`
    Pool,
}

/// Cinder's `extract_host`: the `level` part of `host@backend#pool`; `None` for a pool the
/// string does not have.
pub fn extract_host(host: &str, level: HostLevel) -> Option<&str> {
    let (without_pool, pool) = match host.split_once('#') {
        Some((rest, pool)) => (rest, Some(pool)),
        None => (host, None),
    };
    match level {
        HostLevel::Host => Some(without_pool.split('@').next().unwrap_or(without_pool)),
        HostLevel::Backend => Some(without_pool),
        HostLevel::Pool => pool,
    }
}

/// The backend name in `host@backend#pool` (`None` without an `@`).
pub fn backend_name_of(host: &str) -> Option<&str> {
    extract_host(host, HostLevel::Backend)?
        .split_once('@')
        .map(|(_, backend)| backend)
}

impl Backends {
    pub fn new(config: &Config, state_dir: &Path) -> Backends {
        Backends {
            config: config.clone(),
            state_dir: state_dir.to_owned(),
            opened: Mutex::new(BTreeMap::new()),
        }
    }

    pub fn config(&self) -> &Config {
        &self.config
    }

    /// The enabled backends' names, in configuration order.
    pub fn names(&self) -> &[String] {
        &self.config.enabled_backends
    }

    /// An enabled backend by name.
    pub fn get(&self, name: &str) -> Result<Arc<Backend>> {
        if !self.names().iter().any(|n| n == name) {
            return Err(Error::not_found(format!(
                "backend '{name}' is not enabled (enabled: {})",
                self.names().join(", ")
            ))
            .into());
        }
        let mut opened = self.opened.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(backend) = opened.get(name) {
            return Ok(Arc::clone(backend));
        }
        let config = self.config.backend(name)?;
        let backend = Arc::new(self.open(name, &config)?);
        opened.insert(name.to_owned(), Arc::clone(&backend));
        Ok(backend)
    }

    fn open(&self, name: &str, config: &BackendConfig) -> Result<Backend> {
        let driver = open_driver(name, config, &self.state_dir)?;
        let target = open_target(name, config, &self.state_dir)?;
        Ok(Backend {
            name: name.to_owned(),
            host: format!("{}@{name}#{}", self.config.host, driver.pool_name()),
            driver_name: config.volume_driver.clone(),
            availability_zone: config
                .storage_availability_zone
                .clone()
                .unwrap_or_else(|| crate::config::DEFAULT_AVAILABILITY_ZONE.to_owned()),
            driver,
            target,
        })
    }

    /// The first enabled backend (where a flow journaled before backends were recorded
    /// ran).
    pub fn first(&self) -> Result<Arc<Backend>> {
        let (name, _) = self.config.default_backend()?;
        self.get(&name)
    }

    /// The backend a volume's `host@backend#pool` names; an empty host means the first.
    pub fn for_host(&self, host: &str) -> Result<Arc<Backend>> {
        if host.is_empty() {
            return self.first();
        }
        let name = backend_name_of(host).ok_or_else(|| {
            Error::usage(format!("'{host}' is not of the form host@backend#pool"))
        })?;
        self.get(name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extract_host_levels_follow_cinder() {
        let host = "node1@ceph#volumes";
        assert_eq!(extract_host(host, HostLevel::Host), Some("node1"));
        assert_eq!(extract_host(host, HostLevel::Backend), Some("node1@ceph"));
        assert_eq!(extract_host(host, HostLevel::Pool), Some("volumes"));
        assert_eq!(extract_host("node1@ceph", HostLevel::Pool), None);
        assert_eq!(extract_host("node1", HostLevel::Host), Some("node1"));
        assert_eq!(backend_name_of(host), Some("ceph"));
        assert_eq!(backend_name_of("node1"), None);
    }
}
