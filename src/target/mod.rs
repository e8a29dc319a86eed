//! Target helpers: how an attached volume reaches a host (the role of Cinder's
//! `target_helper` and of os-brick on the host side).
//!
//! A driver says what its volume is ([`ExportSource`]); the backend's helper exports it
//! ([`Export`], recorded in the catalogue so a later detach or `flow recover` can remove
//! it) and describes the connection as Cinder's `connection_info`. One export serves every
//! attachment of a volume; per-host access (an iSCSI initiator ACL) is granted and revoked
//! per attachment.

mod connector;
pub mod libvirt;
mod nbd;
mod rbd;
mod tgt;

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

pub use connector::local_connector;
pub use nbd::{NbdExport, QEMU_NBD};
pub use rbd::RbdExport;
pub use tgt::{TGTADM, TgtExport};

use crate::config::BackendConfig;
use crate::error::{Error, Result};
use crate::model::{AttachMode, ConnectionInfo, Connector};

/// What a driver's volume is, for a target helper to serve.
#[derive(Debug, Clone)]
pub enum ExportSource {
    /// A qcow2 image file (served decoded, as raw, by qemu-nbd).
    Qcow2 { path: PathBuf },
    /// A raw file or block device.
    Raw { path: PathBuf },
    /// An RBD image.
    Rbd(RbdImage),
}

impl ExportSource {
    fn kind(&self) -> &'static str {
        match self {
            ExportSource::Qcow2 { .. } => "a qcow2 image",
            ExportSource::Raw { .. } => "a raw device",
            ExportSource::Rbd(_) => "an RBD image",
        }
    }
}

/// An RBD image and how to reach its cluster.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RbdImage {
    pub pool: String,
    pub image: String,
    pub ceph_conf: String,
    pub user: String,
    /// The monitors' `host:port`, from the cluster's monitor map.
    pub monitors: Vec<String>,
    /// The libvirt secret holding the user's key (`rbd_secret_uuid`), when cephx is used.
    pub secret_uuid: Option<String>,
}

/// A volume's export, as recorded in the catalogue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "helper", rename_all = "lowercase")]
pub enum Export {
    Tgtadm(TgtExport),
    Nbd(NbdExport),
    Rbd(RbdExport),
}

impl Export {
    pub fn helper(&self) -> &'static str {
        match self {
            Export::Tgtadm(_) => "tgtadm",
            Export::Nbd(_) => "nbd",
            Export::Rbd(_) => "rbd",
        }
    }

    /// Cinder's `provider_location` for the export.
    pub fn provider_location(&self) -> String {
        match self {
            Export::Tgtadm(t) => format!("{},{} {} {}", t.portal, t.tid, t.iqn, t.lun),
            Export::Nbd(n) => n.uri(),
            Export::Rbd(r) => format!("rbd:{}/{}", r.image.pool, r.image.image),
        }
    }

    /// Cinder's `provider_auth` (`CHAP user password`), where the export has one.
    pub fn provider_auth(&self) -> Option<String> {
        match self {
            Export::Tgtadm(t) => Some(format!("CHAP {} {}", t.auth_username, t.auth_password)),
            _ => None,
        }
    }
}

/// An export no catalogue record accounts for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Stray {
    /// What it is, e.g. `qemu-nbd pid 1234` or `iSCSI target iqn…`.
    pub what: String,
    /// The volume it exports.
    pub volume_id: String,
    /// Whether it is certainly this state directory's (a qemu-nbd whose pid file is here),
    /// so `doctor --fix` may stop it; a tgt target could be another catalogue's.
    pub ours: bool,
}

/// What every target helper does.
pub trait TargetHelper: Send + Sync {
    fn name(&self) -> &'static str;
    /// Refuses, with one clear sentence, a connector this helper cannot serve.
    fn validate_connector(&self, connector: &Connector) -> Result<()>;
    /// Exports the volume. Idempotent: an export an interrupted flow left for this volume
    /// is reused or replaced, never duplicated.
    fn create_export(&self, volume_id: &str, source: &ExportSource) -> Result<Export>;
    /// Whether a recorded export still serves (a reboot or a tgtd restart loses them).
    fn is_alive(&self, export: &Export) -> Result<bool>;
    /// Lets the connector's host reach the export (iSCSI: its initiator joins the ACL).
    fn allow(&self, _export: &Export, _connector: &Connector) -> Result<()> {
        Ok(())
    }
    /// Takes the host's access away again. Idempotent.
    fn disallow(&self, _export: &Export, _connector: &Connector) -> Result<()> {
        Ok(())
    }
    /// Exports this helper serves that belong to none of `recorded` (volume ids): left by
    /// a process that died outside a flow, or by hand. For `doctor`.
    fn strays(&self, _recorded: &[String]) -> Result<Vec<Stray>> {
        Ok(Vec::new())
    }
    /// Removes a stray export. Idempotent.
    fn remove_stray(&self, _stray: &Stray) -> Result<()> {
        Ok(())
    }
    /// Removes the volume's export: the recorded one, or (`None`) whatever an interrupted
    /// create left. `force` removes it even while hosts are still connected. Idempotent.
    fn remove_export(&self, volume_id: &str, export: Option<&Export>, force: bool) -> Result<()>;
}

/// The connection info a host needs for `export`, as Cinder's `initialize_connection`.
pub fn connection_info(volume_id: &str, export: &Export, mode: AttachMode) -> ConnectionInfo {
    let mut data = match export {
        Export::Tgtadm(t) => t.connection_data(),
        Export::Nbd(n) => n.connection_data(),
        Export::Rbd(r) => r.connection_data(),
    };
    data.insert("volume_id".into(), volume_id.into());
    data.insert("access_mode".into(), mode.as_str().into());
    let driver_volume_type = match export {
        Export::Tgtadm(_) => "iscsi",
        Export::Nbd(_) => "nbd",
        Export::Rbd(_) => "rbd",
    };
    ConnectionInfo {
        driver_volume_type: driver_volume_type.to_owned(),
        data,
    }
}

/// The helpers each driver can use, the first being its default.
fn helpers_for(driver: &str) -> &'static [&'static str] {
    match driver {
        "file" => &["nbd"],
        "rbd" => &["rbd", "tgtadm"],
        "lvm" => &["tgtadm"],
        _ => &[],
    }
}

/// The backend's `target_helper`, or its driver's default.
pub fn helper_name(backend: &str, config: &BackendConfig) -> Result<&'static str> {
    let allowed = helpers_for(&config.volume_driver);
    let Some(wanted) = config.target_helper.as_deref() else {
        return allowed.first().copied().ok_or_else(|| {
            anyhow::anyhow!("driver {} has no target helper", config.volume_driver)
        });
    };
    if let Some(found) = allowed.iter().find(|h| **h == wanted) {
        return Ok(found);
    }
    let reason = match (config.volume_driver.as_str(), wanted) {
        ("file", "tgtadm") => {
            "tgt serves raw devices and the file driver's volumes are qcow2 images"
        }
        ("rbd", "nbd") => "qemu-nbd here has no RBD support",
        ("lvm", _) => "blockctl exports logical volumes over iSCSI, as Cinder's LVM driver",
        _ if !["tgtadm", "nbd", "rbd"].contains(&wanted) => {
            "it is not a target helper blockctl knows"
        }
        _ => "that driver cannot be served by it",
    };
    Err(Error::usage(format!(
        "backend '{backend}': target_helper '{wanted}' cannot be used with volume_driver '{}': \
         {reason} (use {})",
        config.volume_driver,
        allowed.join(" or ")
    ))
    .into())
}

/// Opens the backend's target helper.
pub fn open_target(
    backend: &str,
    config: &BackendConfig,
    state_dir: &Path,
) -> Result<Box<dyn TargetHelper>> {
    let address = config
        .target_ip_address
        .clone()
        .unwrap_or_else(|| "127.0.0.1".to_owned());
    Ok(match helper_name(backend, config)? {
        "tgtadm" => Box::new(tgt::Tgtadm {
            control_port: config.tgt_control_port.unwrap_or(0),
            portal: format!("{address}:{}", config.target_port.unwrap_or(3260)),
            prefix: config
                .target_prefix
                .clone()
                .unwrap_or_else(|| "iqn.2010-10.org.openstack:".to_owned()),
        }),
        "nbd" => Box::new(nbd::QemuNbd {
            address,
            exports_dir: state_dir.join("exports"),
        }),
        _ => Box::new(rbd::RbdDirect),
    })
}

/// Refuses a source the helper cannot serve.
fn unsupported(helper: &str, source: &ExportSource) -> anyhow::Error {
    Error::usage(format!(
        "target helper {helper} cannot export {}",
        source.kind()
    ))
    .into()
}

/// `len` characters from `[A-Za-z0-9]`, from the OS's CSPRNG (CHAP secrets).
pub fn random_secret(len: usize) -> Result<String> {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    let mut secret = String::with_capacity(len);
    while secret.len() < len {
        let mut bytes = [0u8; 64];
        getrandom::fill(&mut bytes).map_err(|e| anyhow::anyhow!("no OS randomness: {e}"))?;
        // Rejection sampling: 248 = 4 × 62, so every character is equally likely.
        for byte in bytes.into_iter().filter(|b| *b < 248) {
            if secret.len() == len {
                break;
            }
            secret.push(ALPHABET[usize::from(byte) % ALPHABET.len()] as char);
        }
    }
    Ok(secret)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_random_alphanumerics() {
        let a = random_secret(20).unwrap();
        let b = random_secret(20).unwrap();
        assert_eq!(a.len(), 20);
        assert!(a.chars().all(|c| c.is_ascii_alphanumeric()));
        assert_ne!(a, b);
    }

    #[test]
    fn helpers_follow_the_driver() {
        let file = BackendConfig {
            volume_driver: "file".into(),
            ..BackendConfig::default()
        };
        assert_eq!(helper_name("f", &file).unwrap(), "nbd");
        let tgt_on_file = BackendConfig {
            target_helper: Some("tgtadm".into()),
            ..file
        };
        let message = helper_name("f", &tgt_on_file).unwrap_err().to_string();
        assert!(message.contains("qcow2"), "{message}");
        let rbd = BackendConfig {
            volume_driver: "rbd".into(),
            target_helper: Some("tgtadm".into()),
            ..BackendConfig::default()
        };
        assert_eq!(helper_name("c", &rbd).unwrap(), "tgtadm");
    }
}
