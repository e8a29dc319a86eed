//! Configuration: TOML with cinder.conf's option names, resolved once before any work.
//!
//! Search order: `--config`, `$BLOCKCTL_CONFIG`, `~/.config/blockctl/blockctl.toml`,
//! `/etc/blockctl/blockctl.toml`. With none, one `file` backend under the state directory.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::Context;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

pub const DEFAULT_BACKEND: &str = "file-1";

/// Cinder's default `storage_availability_zone`.
pub const DEFAULT_AVAILABILITY_ZONE: &str = "nova";

/// The `volume_driver` values blockctl knows (`rbd` needs the `rbd` build feature).
pub const KNOWN_DRIVERS: &[&str] = &["file", "lvm", "rbd"];

/// The effective configuration.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// This host's name in `host@backend#pool` (default: the hostname).
    #[serde(default = "default_host")]
    pub host: String,
    /// The project that local commands act for.
    #[serde(default = "default_project")]
    pub project_id: String,
    #[serde(default = "default_enabled_backends")]
    pub enabled_backends: Vec<String>,
    #[serde(default = "default_volume_type")]
    pub default_volume_type: String,
    /// The Capacity weigher's multiplier: positive stacks volumes where most space is
    /// free, negative spreads them to the fullest backend that fits (default 1.0).
    #[serde(default = "default_capacity_weight_multiplier")]
    pub capacity_weight_multiplier: f64,
    #[serde(default)]
    pub backends: BTreeMap<String, BackendConfig>,
    /// Where backups go: `posix` (a chunked repository in a directory).
    #[serde(default = "default_backup_driver")]
    pub backup_driver: String,
    /// The posix repository's directory (default `STATE_DIR/backups`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub backup_posix_path: Option<PathBuf>,
    /// Bytes per backup chunk (default 4 MiB; a power of two from 64 KiB to 256 MiB).
    #[serde(default = "default_backup_chunk_size")]
    pub backup_chunk_size: u64,
    /// `zstd` (default) or `none`.
    #[serde(default = "default_backup_compression")]
    pub backup_compression_algorithm: String,
    /// zstd's level, 1 (fastest) to 19 (default 3).
    #[serde(default = "default_backup_compression_level")]
    pub backup_compression_level: i32,
    /// `rbd` backups: the Ceph configuration file (default `/etc/ceph/ceph.conf`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub backup_ceph_conf: Option<String>,
    /// `rbd` backups: the pool backups go to (default `backups`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub backup_ceph_pool: Option<String>,
    /// `rbd` backups: the Ceph user, without `client.` (default `admin`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub backup_ceph_user: Option<String>,
    /// Where this configuration came from (`None`: built-in defaults).
    #[serde(skip)]
    pub source: Option<PathBuf>,
}

/// One `[backends.NAME]` table.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BackendConfig {
    pub volume_driver: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub volume_backend_name: Option<String>,
    /// The availability zone the backend's volumes are in (default `nova`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub storage_availability_zone: Option<String>,
    /// `file` driver: the directory of qcow2 images (default: `STATE_DIR/volumes`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_volume_path: Option<PathBuf>,
    /// How attached volumes reach hosts: `nbd` (file), `rbd` (RBD, the default) or
    /// `tgtadm` (iSCSI through tgt; RBD through tgt's rbd backing store).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_helper: Option<String>,
    /// The address exports listen on / hosts connect to (default 127.0.0.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_ip_address: Option<String>,
    /// `tgtadm`: the port of tgtd's iSCSI portal (default 3260).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_port: Option<u16>,
    /// `tgtadm`: the prefix of target names (default `iqn.2010-10.org.openstack:`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_prefix: Option<String>,
    /// `tgtadm`: the control port of the tgtd to drive (`tgtd -C N`; default 0).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tgt_control_port: Option<u16>,
    /// `rbd` driver: the pool of volume images (default `rbd`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rbd_pool: Option<String>,
    /// `rbd` driver: the Ceph configuration file (default `/etc/ceph/ceph.conf`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rbd_ceph_conf: Option<String>,
    /// `rbd` driver: the Ceph user, without `client.` (default `admin`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rbd_user: Option<String>,
    /// `rbd` driver: a keyring file for `rbd_user`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rbd_keyring_conf: Option<String>,
    /// `rbd` driver: clones deeper than this are flattened as they are made (default 5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rbd_max_clone_depth: Option<u32>,
    /// `rbd` driver: flatten every volume made from a snapshot (default false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rbd_flatten_volume_from_snapshot: Option<bool>,
    /// `rbd` driver: the libvirt secret with `rbd_user`'s key, for attached hosts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rbd_secret_uuid: Option<String>,
    /// `rbd` driver: seconds to connect (`client_mount_timeout`, default 15).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rados_connect_timeout: Option<u64>,
    /// `rbd` driver: seconds per monitor/OSD operation (default 30).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rados_op_timeout: Option<u64>,
    /// `lvm` driver: the volume group of the volumes (required).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub volume_group: Option<String>,
    /// `lvm` driver: `default` (thick, linear volumes) or `thin` (a thin pool).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lvm_type: Option<String>,
    /// `lvm` driver, thin: the pool's name (default `<volume_group>-pool`), created with
    /// the group's free space when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lvm_thin_pool_name: Option<String>,
    /// `lvm` driver: an lvm.conf for blockctl's lvm2 commands (`LVM_SYSTEM_DIR` is set to
    /// its directory), as Cinder's `lvm_conf_file`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lvm_conf_file: Option<PathBuf>,
    /// `lvm` driver: accepted for cinder.conf compatibility and ignored with a warning.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lvm_mirrors: Option<u32>,
    /// `lvm` driver, thick: a snapshot's copy-on-write store, in percent of its volume
    /// (default 100: it can never fill up).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lvm_snapshot_size_percent: Option<u32>,
    /// `lvm` driver: `zero` (default) overwrites a thick volume's data before its space
    /// goes back to the group; `none` does not.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub volume_clear: Option<String>,
    /// `lvm` driver: MiB to zero at the start of each volume (default 0: all of it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub volume_clear_size: Option<u64>,
    /// Thin provisioning: how far provisioned space may exceed the real (default 20.0).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_over_subscription_ratio: Option<f64>,
    /// Percent of the capacity kept free of new volumes (default 0).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reserved_percentage: Option<u32>,
}

impl BackendConfig {
    pub fn max_over_subscription_ratio(&self) -> f64 {
        self.max_over_subscription_ratio.unwrap_or(20.0)
    }
}

fn default_host() -> String {
    gethostname::gethostname().to_string_lossy().into_owned()
}
fn default_project() -> String {
    "admin".to_owned()
}
fn default_enabled_backends() -> Vec<String> {
    vec![DEFAULT_BACKEND.to_owned()]
}
fn default_backup_driver() -> String {
    "posix".to_owned()
}
fn default_backup_chunk_size() -> u64 {
    4 << 20
}
fn default_backup_compression() -> String {
    "zstd".to_owned()
}
fn default_backup_compression_level() -> i32 {
    3
}
fn default_capacity_weight_multiplier() -> f64 {
    1.0
}
fn default_volume_type() -> String {
    "__DEFAULT__".to_owned()
}

impl Config {
    /// Finds and reads the configuration file, or returns the zero-config default.
    pub fn load(explicit: Option<&Path>) -> Result<Config> {
        let candidates: Vec<PathBuf> = match explicit {
            Some(path) => vec![path.to_owned()],
            None => search_path(),
        };
        for path in &candidates {
            if explicit.is_none() && !path.exists() {
                continue;
            }
            let text = std::fs::read_to_string(path).map_err(|e| {
                Error::usage(format!("cannot read configuration {}: {e}", path.display()))
            })?;
            let mut config: Config = toml::from_str(&text).map_err(|e| {
                Error::usage(format!(
                    "invalid configuration {}: {}",
                    path.display(),
                    e.message()
                ))
            })?;
            config.source = Some(path.clone());
            config.validate()?;
            return Ok(config);
        }
        Ok(Config::zero_config())
    }

    /// One file backend under the state directory.
    pub fn zero_config() -> Config {
        Config {
            host: default_host(),
            project_id: default_project(),
            enabled_backends: default_enabled_backends(),
            default_volume_type: default_volume_type(),
            capacity_weight_multiplier: default_capacity_weight_multiplier(),
            backends: BTreeMap::new(),
            backup_driver: default_backup_driver(),
            backup_posix_path: None,
            backup_chunk_size: default_backup_chunk_size(),
            backup_compression_algorithm: default_backup_compression(),
            backup_compression_level: default_backup_compression_level(),
            backup_ceph_conf: None,
            backup_ceph_pool: None,
            backup_ceph_user: None,
            source: None,
        }
    }

    /// The backend new volumes go to (one backend for now: the first enabled one).
    pub fn default_backend(&self) -> Result<(String, BackendConfig)> {
        let name = self.enabled_backends.first().ok_or_else(|| {
            Error::usage("enabled_backends is empty: no backend to place volumes on")
        })?;
        Ok((name.clone(), self.backend(name)?))
    }

    /// The configuration of an enabled backend, with defaults for the zero-config one.
    pub fn backend(&self, name: &str) -> Result<BackendConfig> {
        if let Some(backend) = self.backends.get(name) {
            return Ok(backend.clone());
        }
        if name == DEFAULT_BACKEND {
            return Ok(BackendConfig {
                volume_driver: "file".to_owned(),
                volume_backend_name: Some("file".to_owned()),
                file_volume_path: None,
                target_helper: Some("nbd".to_owned()),
                ..BackendConfig::default()
            });
        }
        Err(Error::usage(format!(
            "backend '{name}' is not configured: add a [backends.{name}] table"
        ))
        .into())
    }

    fn validate(&self) -> Result<()> {
        for name in &self.enabled_backends {
            let backend = self.backend(name).context("in enabled_backends")?;
            if !KNOWN_DRIVERS.contains(&backend.volume_driver.as_str()) {
                return Err(Error::usage(format!(
                    "backend '{name}': unknown volume_driver '{}' (known: {})",
                    backend.volume_driver,
                    KNOWN_DRIVERS.join(", ")
                ))
                .into());
            }
            crate::target::helper_name(name, &backend)?;
            validate_capacity_options(name, &backend)?;
            if backend.volume_driver == "lvm" {
                validate_lvm(name, &backend)?;
            }
            if let Some(address) = &backend.target_ip_address {
                address.parse::<std::net::IpAddr>().map_err(|_| {
                    Error::usage(format!(
                        "backend '{name}': target_ip_address '{address}' is not an IP address"
                    ))
                })?;
            }
        }
        crate::model::validate_name("host", &self.host)?;
        self.validate_backup()?;
        Ok(())
    }

    fn validate_backup(&self) -> Result<()> {
        if !["posix", "rbd"].contains(&self.backup_driver.as_str()) {
            return Err(Error::usage(format!(
                "unknown backup_driver '{}' (known: posix, rbd)",
                self.backup_driver
            ))
            .into());
        }
        let size = self.backup_chunk_size;
        if !size.is_power_of_two() || !(64 << 10..=256 << 20).contains(&size) {
            return Err(Error::usage(format!(
                "backup_chunk_size {size} must be a power of two from 65536 (64 KiB) to \
                 268435456 (256 MiB)"
            ))
            .into());
        }
        if !["zstd", "none"].contains(&self.backup_compression_algorithm.as_str()) {
            return Err(Error::usage(format!(
                "unknown backup_compression_algorithm '{}' (known: zstd, none)",
                self.backup_compression_algorithm
            ))
            .into());
        }
        if !(1..=19).contains(&self.backup_compression_level) {
            return Err(Error::usage(format!(
                "backup_compression_level {} must be from 1 to 19",
                self.backup_compression_level
            ))
            .into());
        }
        Ok(())
    }
}

fn validate_capacity_options(name: &str, backend: &BackendConfig) -> Result<()> {
    if let Some(ratio) = backend.max_over_subscription_ratio
        && !(ratio >= 1.0 && ratio.is_finite())
    {
        return Err(Error::usage(format!(
            "backend '{name}': max_over_subscription_ratio {ratio} must be 1.0 or more"
        ))
        .into());
    }
    if let Some(percent) = backend.reserved_percentage
        && percent > 100
    {
        return Err(Error::usage(format!(
            "backend '{name}': reserved_percentage {percent} must be from 0 to 100"
        ))
        .into());
    }
    Ok(())
}

fn validate_lvm(name: &str, backend: &BackendConfig) -> Result<()> {
    let usage = |message: String| Err(Error::usage(format!("backend '{name}': {message}")).into());
    match backend.volume_group.as_deref() {
        None | Some("") => return usage("volume_driver 'lvm' needs volume_group".to_owned()),
        Some(vg) if !is_lvm_name(vg) => {
            return usage(format!("volume_group '{vg}' is not a valid LVM name"));
        }
        Some(_) => {}
    }
    if let Some(pool) = &backend.lvm_thin_pool_name
        && !is_lvm_name(pool)
    {
        return usage(format!(
            "lvm_thin_pool_name '{pool}' is not a valid LVM name"
        ));
    }
    if let Some(kind) = &backend.lvm_type
        && !["default", "thin"].contains(&kind.as_str())
    {
        return usage(format!("unknown lvm_type '{kind}' (known: default, thin)"));
    }
    if let Some(clear) = &backend.volume_clear
        && !["zero", "none"].contains(&clear.as_str())
    {
        return usage(format!(
            "unknown volume_clear '{clear}' (known: zero, none)"
        ));
    }
    if let Some(percent) = backend.lvm_snapshot_size_percent
        && !(1..=100).contains(&percent)
    {
        return usage(format!(
            "lvm_snapshot_size_percent {percent} must be from 1 to 100"
        ));
    }
    if let Some(file) = &backend.lvm_conf_file
        && file.file_name().is_none_or(|n| n != "lvm.conf")
    {
        return usage(format!(
            "lvm_conf_file {} must be a file named lvm.conf (lvm2 reads it from its directory)",
            file.display()
        ));
    }
    Ok(())
}

/// A name lvm2 accepts for a volume group or logical volume.
fn is_lvm_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 127
        && !name.starts_with('-')
        && name != "."
        && name != ".."
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "+_.-".contains(c))
}

fn search_path() -> Vec<PathBuf> {
    // $BLOCKCTL_CONFIG is read by clap as the value of --config.
    let mut paths = Vec::new();
    if let Some(dir) = dirs::config_dir() {
        paths.push(dir.join("blockctl").join("blockctl.toml"));
    }
    paths.push(PathBuf::from("/etc/blockctl/blockctl.toml"));
    paths
}

/// Where catalogue, locks and default images live: `--state-dir`, `$BLOCKCTL_STATE_DIR`
/// (both handled by clap), else `$XDG_DATA_HOME/blockctl`.
pub fn default_state_dir() -> PathBuf {
    dirs::data_dir()
        .unwrap_or_else(|| PathBuf::from("/var/lib"))
        .join("blockctl")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cinder_option_names_parse() {
        let text = r#"
            host = "node1"
            enabled_backends = ["file-1"]
            [backends.file-1]
            volume_driver = "file"
            volume_backend_name = "file"
            file_volume_path = "/srv/volumes"
            target_helper = "nbd"
        "#;
        let config: Config = toml::from_str(text).unwrap();
        config.validate().unwrap();
        assert_eq!(config.host, "node1");
        assert_eq!(
            config.backend("file-1").unwrap().file_volume_path,
            Some(PathBuf::from("/srv/volumes"))
        );
    }

    #[test]
    fn unknown_driver_is_refused() {
        let text = "enabled_backends = [\"x\"]\n[backends.x]\nvolume_driver = \"nope\"\n";
        let config: Config = toml::from_str(text).unwrap();
        assert!(config.validate().is_err());
    }

    fn lvm_config(extra: &str) -> Result<()> {
        let text =
            format!("enabled_backends = [\"l\"]\n[backends.l]\nvolume_driver = \"lvm\"\n{extra}\n");
        let config: Config = toml::from_str(&text).unwrap();
        config.validate()
    }

    #[test]
    fn lvm_options_are_checked_at_load() {
        lvm_config("volume_group = \"vg0\"\nlvm_type = \"thin\"\nvolume_clear = \"none\"").unwrap();
        for (extra, says) in [
            ("", "needs volume_group"),
            ("volume_group = \"-vg\"", "not a valid LVM name"),
            (
                "volume_group = \"vg\"\nlvm_type = \"thick\"",
                "unknown lvm_type",
            ),
            (
                "volume_group = \"vg\"\nvolume_clear = \"shred\"",
                "unknown volume_clear",
            ),
            (
                "volume_group = \"vg\"\nlvm_snapshot_size_percent = 0",
                "from 1 to 100",
            ),
            (
                "volume_group = \"vg\"\ntarget_helper = \"nbd\"",
                "cannot be used",
            ),
            (
                "volume_group = \"vg\"\nlvm_conf_file = \"/etc/x.conf\"",
                "named lvm.conf",
            ),
            (
                "volume_group = \"vg\"\nmax_over_subscription_ratio = 0.5",
                "1.0 or more",
            ),
        ] {
            let err = lvm_config(extra).unwrap_err();
            assert_eq!(crate::error::kind_of(&err), crate::error::ErrorKind::Usage);
            assert!(format!("{err:#}").contains(says), "{extra}: {err:#}");
        }
    }
}
