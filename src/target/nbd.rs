//! The `nbd` target helper: one `qemu-nbd` daemon per exported volume.
//!
//! qemu-nbd serves the image (qcow2 decoded, or raw) on `target_ip_address` and a free
//! port, persistently and to any number of clients, and outlives blockctl. Its pid file,
//! `STATE_DIR/exports/volume-<id>.pid`, lets a later detach or `flow recover` stop exactly
//! that daemon, after checking the pid still belongs to it.

use std::ffi::OsString;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use super::{Export, ExportSource, Stray, TargetHelper, unsupported};
use crate::error::{Error, Result};
use crate::model::Connector;
use crate::process::{self, Tool};

pub const QEMU_NBD: Tool = Tool {
    program: "qemu-nbd",
    package: "qemu-utils",
};

/// How many free ports a create tries when another program takes the one it picked.
const PORT_ATTEMPTS: usize = 5;

/// How long a stopped qemu-nbd gets to exit before it is killed.
const STOP_GRACE: Duration = Duration::from_secs(5);

/// A volume's NBD export, as recorded in the catalogue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NbdExport {
    pub pid: u32,
    pub host: String,
    pub port: u16,
    /// The export name (`volume-<id>`).
    pub name: String,
}

impl NbdExport {
    pub fn uri(&self) -> String {
        let host = if self.host.contains(':') {
            format!("[{}]", self.host)
        } else {
            self.host.clone()
        };
        format!("nbd://{host}:{}/{}", self.port, self.name)
    }

    pub fn connection_data(&self) -> serde_json::Map<String, serde_json::Value> {
        let mut data = serde_json::Map::new();
        data.insert("host".into(), self.host.clone().into());
        data.insert("port".into(), self.port.into());
        data.insert("name".into(), self.name.clone().into());
        data.insert("uri".into(), self.uri().into());
        data.insert("format".into(), "raw".into());
        data
    }
}

pub struct QemuNbd {
    pub address: String,
    pub exports_dir: PathBuf,
}

fn export_name(volume_id: &str) -> String {
    format!("volume-{volume_id}")
}

/// Whether `pid` is a live qemu-nbd serving `name` (not a zombie, not a reused pid).
fn serves(pid: u32, name: &str) -> bool {
    let proc_dir = PathBuf::from(format!("/proc/{pid}"));
    let Ok(cmdline) = std::fs::read(proc_dir.join("cmdline")) else {
        return false;
    };
    let args: Vec<&[u8]> = cmdline.split(|b| *b == 0).collect();
    let is_qemu_nbd = args.first().is_some_and(|arg0| arg0.ends_with(b"qemu-nbd"));
    let names_it = args.contains(&name.as_bytes());
    let zombie = std::fs::read_to_string(proc_dir.join("stat"))
        .ok()
        .and_then(|stat| {
            stat.rsplit_once(") ")
                .map(|(_, rest)| rest.starts_with('Z'))
        })
        .unwrap_or(true);
    is_qemu_nbd && names_it && !zombie
}

fn read_pid(path: &Path) -> Option<u32> {
    std::fs::read_to_string(path).ok()?.trim().parse().ok()
}

/// Stops the daemon: SIGTERM, then SIGKILL after a grace period.
fn stop(pid: u32, name: &str) -> Result<()> {
    let Ok(raw_pid) = libc::pid_t::try_from(pid) else {
        return Ok(());
    };
    for (signal, wait) in [(libc::SIGTERM, STOP_GRACE), (libc::SIGKILL, STOP_GRACE)] {
        if !serves(pid, name) {
            return Ok(());
        }
        // SAFETY: kill(2) with a pid just checked to be the qemu-nbd serving this export.
        unsafe { libc::kill(raw_pid, signal) };
        let deadline = Instant::now() + wait;
        while serves(pid, name) && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(20));
        }
    }
    if serves(pid, name) {
        return Err(
            Error::backend(format!("qemu-nbd (pid {pid}) serving {name} does not exit")).into(),
        );
    }
    Ok(())
}

impl QemuNbd {
    fn pid_file(&self, name: &str) -> PathBuf {
        self.exports_dir.join(format!("{name}.pid"))
    }

    fn free_port(&self) -> Result<u16> {
        let listener = TcpListener::bind((self.address.as_str(), 0)).map_err(|e| {
            Error::usage(format!(
                "cannot listen on target_ip_address {}: {e}",
                self.address
            ))
        })?;
        Ok(listener.local_addr()?.port())
    }

    fn start(&self, name: &str, format: &str, path: &Path, port: u16) -> Result<u32> {
        let pid_file = self.pid_file(name);
        let _ = std::fs::remove_file(&pid_file);
        let mut pid_arg = OsString::from("--pid-file=");
        pid_arg.push(&pid_file);
        let argv: Vec<OsString> = vec![
            "--fork".into(),
            "--persistent".into(),
            "--shared=0".into(),
            "--discard=unmap".into(),
            pid_arg,
            "--format".into(),
            format.into(),
            "--export-name".into(),
            name.into(),
            "--bind".into(),
            self.address.clone().into(),
            "--port".into(),
            port.to_string().into(),
            path.into(),
        ];
        process::run(QEMU_NBD, &argv)?;
        read_pid(&pid_file).ok_or_else(|| {
            anyhow::anyhow!(
                "qemu-nbd started but wrote no pid to {}",
                pid_file.display()
            )
        })
    }
}

/// Live qemu-nbd daemons whose pid file is in `exports_dir`: (pid, export name).
fn daemons_in(exports_dir: &Path) -> Vec<(u32, String)> {
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    let pid_prefix = format!("--pid-file={}/", exports_dir.display());
    entries
        .filter_map(|e| e.ok()?.file_name().to_str()?.parse::<u32>().ok())
        .filter_map(|pid| {
            let cmdline = std::fs::read(format!("/proc/{pid}/cmdline")).ok()?;
            let args: Vec<String> = cmdline
                .split(|b| *b == 0)
                .map(|a| String::from_utf8_lossy(a).into_owned())
                .collect();
            if !args.iter().any(|a| a.starts_with(&pid_prefix)) {
                return None;
            }
            let name = args
                .iter()
                .position(|a| a == "--export-name")
                .and_then(|i| args.get(i + 1))?
                .clone();
            serves(pid, &name).then_some((pid, name))
        })
        .collect()
}

impl TargetHelper for QemuNbd {
    fn name(&self) -> &'static str {
        "nbd"
    }

    fn validate_connector(&self, _connector: &Connector) -> Result<()> {
        Ok(())
    }

    fn create_export(&self, volume_id: &str, source: &ExportSource) -> Result<Export> {
        let (format, path) = match source {
            ExportSource::Qcow2 { path } => ("qcow2", path),
            ExportSource::Raw { path } => ("raw", path),
            other => return Err(unsupported("nbd", other)),
        };
        std::fs::create_dir_all(&self.exports_dir)?;
        let name = export_name(volume_id);
        // A daemon left by an interrupted attach holds the image lock: replace it.
        self.remove_export(volume_id, None, true)?;
        let mut last_error = None;
        for _ in 0..PORT_ATTEMPTS {
            let port = self.free_port()?;
            match self.start(&name, format, path, port) {
                Ok(pid) => {
                    return Ok(Export::Nbd(NbdExport {
                        pid,
                        host: self.address.clone(),
                        port,
                        name,
                    }));
                }
                Err(e) if format!("{e:#}").contains("Address already in use") => {
                    last_error = Some(e);
                }
                Err(e) => return Err(e),
            }
        }
        Err(last_error.unwrap_or_else(|| anyhow::anyhow!("no free port for qemu-nbd")))
    }

    fn is_alive(&self, export: &Export) -> Result<bool> {
        Ok(matches!(export, Export::Nbd(nbd) if serves(nbd.pid, &nbd.name)))
    }

    fn strays(&self, recorded: &[String]) -> Result<Vec<Stray>> {
        Ok(daemons_in(&self.exports_dir)
            .into_iter()
            .filter_map(|(pid, name)| {
                let volume_id = name.strip_prefix("volume-")?.to_owned();
                (!recorded.contains(&volume_id)).then(|| Stray {
                    what: format!("qemu-nbd pid {pid} serving {name}"),
                    volume_id,
                    ours: true,
                })
            })
            .collect())
    }

    fn remove_stray(&self, stray: &Stray) -> Result<()> {
        self.remove_export(&stray.volume_id, None, true)?;
        for (pid, name) in daemons_in(&self.exports_dir) {
            if name == export_name(&stray.volume_id) {
                stop(pid, &name)?;
            }
        }
        Ok(())
    }

    fn remove_export(&self, volume_id: &str, export: Option<&Export>, _force: bool) -> Result<()> {
        let name = export_name(volume_id);
        let pid_file = self.pid_file(&name);
        let recorded = match export {
            Some(Export::Nbd(nbd)) => Some(nbd.pid),
            _ => None,
        };
        for pid in recorded.into_iter().chain(read_pid(&pid_file)) {
            stop(pid, &name)?;
        }
        match std::fs::remove_file(&pid_file) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e.into()),
            _ => Ok(()),
        }
    }
}
