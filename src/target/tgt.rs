//! The `tgtadm` target helper: iSCSI through Linux tgt (user-space `tgtd`).
//!
//! One target per volume, named `target_prefix + volume-<id>`, with the volume as LUN 1,
//! a CHAP account bound to it and an ACL of the attached hosts' initiators. Its CHAP user
//! name is derived from the volume id (so an interrupted create can be cleaned up); the
//! password comes from the OS's CSPRNG and is kept in the catalogue (`provider_auth`).

use std::ffi::OsString;

use serde::{Deserialize, Serialize};

use super::{Export, ExportSource, Stray, TargetHelper, random_secret, unsupported};
use crate::error::{Error, Result};
use crate::model::Connector;
use crate::process::{self, Tool};

pub const TGTADM: Tool = Tool {
    program: "tgtadm",
    package: "tgt",
};

/// The LUN a volume is on (LUN 0 is tgt's controller).
const LUN: u32 = 1;

/// How long a forced removal waits for tgtd to finish the commands in flight.
const FORCE_DELETE_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);

/// How many times a create retries when another process takes the target id it chose.
const TID_ATTEMPTS: usize = 50;

/// A volume's iSCSI target, as recorded in the catalogue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TgtExport {
    pub tid: u32,
    pub iqn: String,
    pub lun: u32,
    /// `ip:port` of the portal hosts log in to.
    pub portal: String,
    pub auth_username: String,
    pub auth_password: String,
}

impl TgtExport {
    pub fn connection_data(&self) -> serde_json::Map<String, serde_json::Value> {
        let value = serde_json::json!({
            "target_discovered": false,
            "target_portal": self.portal,
            "target_iqn": self.iqn,
            "target_lun": self.lun,
            "auth_method": "CHAP",
            "auth_username": self.auth_username,
            "auth_password": self.auth_password,
            "encrypted": false,
            "discard": false,
        });
        match value {
            serde_json::Value::Object(map) => map,
            _ => unreachable!("a JSON object literal"),
        }
    }
}

pub struct Tgtadm {
    pub control_port: u16,
    pub portal: String,
    pub prefix: String,
}

/// One target as `tgtadm --op show --mode target` describes it.
#[derive(Debug, Default, PartialEq)]
struct TargetState {
    tid: u32,
    iqn: String,
    sessions: usize,
    /// (session id, connection id) of every connection logged in.
    connections: Vec<(u32, u32)>,
    luns: Vec<u32>,
    accounts: Vec<String>,
    acl: Vec<String>,
}

/// Parses `tgtadm --op show --mode target`.
fn parse_targets(text: &str) -> Vec<TargetState> {
    let mut targets: Vec<TargetState> = Vec::new();
    let mut section = "";
    let mut current_session: Option<u32> = None;
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix("Target ") {
            if let Some((tid, iqn)) = rest.split_once(": ") {
                targets.push(TargetState {
                    tid: tid.trim().parse().unwrap_or(0),
                    iqn: iqn.trim().to_owned(),
                    ..TargetState::default()
                });
                section = "";
            }
            continue;
        }
        let Some(target) = targets.last_mut() else {
            continue;
        };
        let trimmed = line.trim();
        let depth = line.len() - line.trim_start().len();
        if depth == 4 && trimmed.ends_with("information:") {
            section = match trimmed {
                "I_T nexus information:" => "nexus",
                "LUN information:" => "lun",
                "Account information:" => "account",
                "ACL information:" => "acl",
                _ => "",
            };
            continue;
        }
        match section {
            "nexus" if trimmed.starts_with("I_T nexus:") => {
                target.sessions += 1;
                current_session = trimmed["I_T nexus:".len()..].trim().parse().ok();
            }
            "nexus" if trimmed.starts_with("Connection:") => {
                let cid = trimmed["Connection:".len()..].trim().parse().ok();
                if let (Some(sid), Some(cid)) = (current_session, cid) {
                    target.connections.push((sid, cid));
                }
            }
            "lun" => {
                if let Some(lun) = trimmed.strip_prefix("LUN: ") {
                    target.luns.extend(lun.trim().parse::<u32>().ok());
                }
            }
            "account" if depth == 8 && !trimmed.is_empty() => {
                let name = trimmed.trim_end_matches(" (outgoing)");
                target.accounts.push(name.to_owned());
            }
            "acl" if depth == 8 && !trimmed.is_empty() => target.acl.push(trimmed.to_owned()),
            _ => {}
        }
    }
    targets
}

/// Parses `tgtadm --op show --mode account`.
fn parse_accounts(text: &str) -> Vec<String> {
    text.lines()
        .skip_while(|line| !line.starts_with("Account list:"))
        .skip(1)
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(|line| line.trim_end_matches(" (outgoing)").to_owned())
        .collect()
}

impl Tgtadm {
    fn run(&self, args: &[&str]) -> Result<String> {
        let mut argv: Vec<OsString> = vec![
            "-C".into(),
            self.control_port.to_string().into(),
            "--lld".into(),
            "iscsi".into(),
        ];
        argv.extend(args.iter().map(OsString::from));
        process::run(TGTADM, &argv).map_err(|e| self.explain(e))
    }

    /// Turns "cannot reach tgtd" into a sentence that says what to do.
    fn explain(&self, error: anyhow::Error) -> anyhow::Error {
        let text = format!("{error:#}");
        if text.contains("can't send the request to the tgt daemon")
            || text.contains("Transport endpoint is not connected")
        {
            return Error::backend(format!(
                "tgtd is not running (tgtadm cannot reach it on control port {}): start it \
                 with `tgtd -C {}`",
                self.control_port, self.control_port
            ))
            .into();
        }
        error
    }

    fn targets(&self) -> Result<Vec<TargetState>> {
        Ok(parse_targets(
            &self.run(&["--op", "show", "--mode", "target"])?,
        ))
    }

    fn target(&self, iqn: &str) -> Result<Option<TargetState>> {
        Ok(self.targets()?.into_iter().find(|t| t.iqn == iqn))
    }

    fn iqn_of(&self, volume_id: &str) -> String {
        format!("{}volume-{volume_id}", self.prefix)
    }

    /// The CHAP user of a volume's target: fixed by the volume id, so a create interrupted
    /// before the catalogue recorded it can still be undone.
    fn username_of(volume_id: &str) -> String {
        format!("blk{}", volume_id.replace('-', ""))
    }

    /// Finds the volume's target or makes it, taking the first free target id; retries
    /// when another process takes that id first.
    fn ensure_target(&self, iqn: &str) -> Result<TargetState> {
        for _ in 0..TID_ATTEMPTS {
            let mut targets = self.targets()?;
            let next_tid = targets.iter().map(|t| t.tid).max().unwrap_or(0) + 1;
            if let Some(index) = targets.iter().position(|t| t.iqn == iqn) {
                return Ok(targets.swap_remove(index));
            }
            let tid = next_tid;
            let tid_text = tid.to_string();
            let created = self.run(&[
                "--op", "new", "--mode", "target", "--tid", &tid_text, "-T", iqn,
            ]);
            match created {
                Ok(_) => {
                    return Ok(TargetState {
                        tid,
                        iqn: iqn.to_owned(),
                        ..TargetState::default()
                    });
                }
                Err(e) if format!("{e:#}").contains("already exists") => continue,
                Err(e) => return Err(e),
            }
        }
        Err(Error::backend(format!(
            "cannot create iSCSI target {iqn}: target ids kept being taken by other processes"
        ))
        .into())
    }

    fn add_lun(&self, tid: &str, source: &ExportSource) -> Result<()> {
        let mut args = vec![
            "--op",
            "new",
            "--mode",
            "logicalunit",
            "--tid",
            tid,
            "--lun",
            "1",
        ];
        let (backing, options);
        match source {
            ExportSource::Raw { path } => {
                backing = path.to_string_lossy().into_owned();
                args.extend(["--backing-store", &backing]);
            }
            ExportSource::Rbd(image) => {
                backing = format!("{}/{}", image.pool, image.image);
                options = format!("conf={};id={}", image.ceph_conf, image.user);
                args.extend(["--bstype", "rbd", "--backing-store", &backing]);
                args.extend(["--bsopts", &options]);
            }
            other => return Err(unsupported("tgtadm", other)),
        }
        self.run(&args)?;
        Ok(())
    }

    fn ensure_account(&self, tid: &str, username: &str, password: &str) -> Result<()> {
        let accounts = parse_accounts(&self.run(&["--op", "show", "--mode", "account"])?);
        if accounts.iter().any(|a| a == username) {
            // Left by an interrupted create: its password is lost, so make it anew.
            self.run(&["--op", "delete", "--mode", "account", "--user", username])?;
        }
        self.run(&[
            "--op",
            "new",
            "--mode",
            "account",
            "--user",
            username,
            "--password",
            password,
        ])?;
        self.run(&[
            "--op", "bind", "--mode", "account", "--tid", tid, "--user", username,
        ])?;
        Ok(())
    }
}

impl TargetHelper for Tgtadm {
    fn name(&self) -> &'static str {
        "tgtadm"
    }

    fn validate_connector(&self, connector: &Connector) -> Result<()> {
        if connector.initiator.is_none() {
            return Err(Error::usage(format!(
                "an iSCSI export needs the host's initiator name: give --initiator IQN (host {} \
                 has none in its connector)",
                connector.host
            ))
            .into());
        }
        Ok(())
    }

    fn create_export(&self, volume_id: &str, source: &ExportSource) -> Result<Export> {
        if !matches!(source, ExportSource::Raw { .. } | ExportSource::Rbd(_)) {
            return Err(unsupported("tgtadm", source));
        }
        let iqn = self.iqn_of(volume_id);
        let target = self.ensure_target(&iqn)?;
        let tid = target.tid.to_string();
        if !target.luns.contains(&LUN)
            && let Err(e) = self.add_lun(&tid, source)
        {
            let _ = self.remove_export(volume_id, None, true);
            return Err(e.context(format!("cannot export the volume as LUN 1 of {iqn}")));
        }
        let username = Self::username_of(volume_id);
        let password = random_secret(20)?;
        self.ensure_account(&tid, &username, &password)?;
        Ok(Export::Tgtadm(TgtExport {
            tid: target.tid,
            iqn,
            lun: LUN,
            portal: self.portal.clone(),
            auth_username: username,
            auth_password: password,
        }))
    }

    fn is_alive(&self, export: &Export) -> Result<bool> {
        let Export::Tgtadm(export) = export else {
            return Ok(false);
        };
        Ok(self.target(&export.iqn)?.is_some())
    }

    fn allow(&self, export: &Export, connector: &Connector) -> Result<()> {
        let (Export::Tgtadm(export), Some(initiator)) = (export, &connector.initiator) else {
            return Ok(());
        };
        let target = self.target(&export.iqn)?.ok_or_else(|| {
            Error::backend(format!(
                "iSCSI target {} is gone from tgtd (was tgtd restarted?)",
                export.iqn
            ))
        })?;
        if !target.acl.contains(initiator) {
            let tid = target.tid.to_string();
            self.run(&[
                "--op",
                "bind",
                "--mode",
                "target",
                "--tid",
                &tid,
                "--initiator-name",
                initiator,
            ])?;
        }
        Ok(())
    }

    fn disallow(&self, export: &Export, connector: &Connector) -> Result<()> {
        let (Export::Tgtadm(export), Some(initiator)) = (export, &connector.initiator) else {
            return Ok(());
        };
        let Some(target) = self.target(&export.iqn)? else {
            return Ok(());
        };
        if target.acl.contains(initiator) {
            let tid = target.tid.to_string();
            self.run(&[
                "--op",
                "unbind",
                "--mode",
                "target",
                "--tid",
                &tid,
                "--initiator-name",
                initiator,
            ])?;
        }
        Ok(())
    }

    fn strays(&self, recorded: &[String]) -> Result<Vec<Stray>> {
        let prefix = format!("{}volume-", self.prefix);
        Ok(self
            .targets()?
            .into_iter()
            .filter_map(|t| {
                let volume_id = t.iqn.strip_prefix(&prefix)?.to_owned();
                (!recorded.contains(&volume_id)).then(|| Stray {
                    what: format!("iSCSI target {} (tid {})", t.iqn, t.tid),
                    volume_id,
                    ours: false,
                })
            })
            .collect())
    }

    fn remove_stray(&self, stray: &Stray) -> Result<()> {
        self.remove_export(&stray.volume_id, None, true)
    }

    fn remove_export(&self, volume_id: &str, _export: Option<&Export>, force: bool) -> Result<()> {
        let iqn = self.iqn_of(volume_id);
        let found = match self.target(&iqn) {
            Ok(found) => found,
            // tgtd keeps targets in memory: a stopped tgtd has none left to remove.
            Err(e) if force && format!("{e:#}").contains("tgtd is not running") => {
                tracing::warn!("{e:#}: its targets went with it");
                return Ok(());
            }
            Err(e) => return Err(e),
        };
        let removed = match found {
            Some(target) if target.sessions > 0 && !force => Err(Error::invalid_state(format!(
                "iSCSI target {iqn} still has {} connected session(s): log the host out \
                 first, or detach with --force",
                target.sessions
            ))
            .into()),
            Some(target) if force => self.force_delete(&target),
            Some(target) => self
                .run(&[
                    "--op",
                    "delete",
                    "--mode",
                    "target",
                    "--tid",
                    &target.tid.to_string(),
                ])
                .map(drop),
            None => Ok(()),
        };
        if removed.is_err() && !force {
            return removed;
        }
        // Forced, the account goes even when the target would not: no one logs in again.
        let username = Self::username_of(volume_id);
        let accounts = parse_accounts(&self.run(&["--op", "show", "--mode", "account"])?);
        if accounts.contains(&username) {
            self.run(&["--op", "delete", "--mode", "account", "--user", &username])?;
        }
        removed
    }
}

impl Tgtadm {
    /// Removes a target hosts are still logged in to: no initiator may log in again, every
    /// connection is closed, and the delete is retried while tgtd finishes the commands in
    /// flight ("this logical unit is still active").
    fn force_delete(&self, target: &TargetState) -> Result<()> {
        let tid = target.tid.to_string();
        for initiator in &target.acl {
            let _ = self.run(&[
                "--op",
                "unbind",
                "--mode",
                "target",
                "--tid",
                &tid,
                "--initiator-name",
                initiator,
            ]);
        }
        for (sid, cid) in &target.connections {
            let (sid, cid) = (sid.to_string(), cid.to_string());
            let _ = self.run(&[
                "--op", "delete", "--mode", "conn", "--tid", &tid, "--sid", &sid, "--cid", &cid,
            ]);
        }
        let deadline = std::time::Instant::now() + FORCE_DELETE_TIMEOUT;
        loop {
            match self.run(&[
                "--op", "delete", "--mode", "target", "--tid", &tid, "--force",
            ]) {
                Ok(_) => return Ok(()),
                Err(e) if format!("{e:#}").contains("can't find the target") => return Ok(()),
                Err(e) if std::time::Instant::now() >= deadline => {
                    return Err(e.context(format!(
                        "iSCSI target {} stays busy after its connections were closed",
                        target.iqn
                    )));
                }
                Err(_) => std::thread::sleep(std::time::Duration::from_millis(100)),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHOW: &str = "Target 1: iqn.2010-10.org.openstack:volume-a
    System information:
        Driver: iscsi
        State: ready
    I_T nexus information:
        I_T nexus: 3
            Initiator: iqn.1993-08.org.debian:01:abc alias: none
            Connection: 0
                IP Address: 127.0.0.1
    LUN information:
        LUN: 0
            Type: controller
        LUN: 1
            Type: disk
            Backing store path: volumes/volume-a
    Account information:
        blka
    ACL information:
        iqn.1993-08.org.debian:01:abc
Target 4: iqn.2010-10.org.openstack:volume-b
    System information:
        Driver: iscsi
    I_T nexus information:
    LUN information:
        LUN: 0
    Account information:
    ACL information:
";

    #[test]
    fn show_output_parses() {
        let targets = parse_targets(SHOW);
        assert_eq!(targets.len(), 2);
        assert_eq!(targets[0].tid, 1);
        assert_eq!(targets[0].sessions, 1);
        assert_eq!(targets[0].connections, vec![(3, 0)]);
        assert_eq!(targets[0].luns, vec![0, 1]);
        assert_eq!(targets[0].accounts, vec!["blka"]);
        assert_eq!(targets[0].acl, vec!["iqn.1993-08.org.debian:01:abc"]);
        assert_eq!(targets[1].tid, 4);
        assert_eq!(targets[1].iqn, "iqn.2010-10.org.openstack:volume-b");
        assert_eq!(targets[1].sessions, 0);
        assert!(targets[1].acl.is_empty());
    }

    #[test]
    fn account_list_parses() {
        let text = "Account list:\n    u1\n    blkab (outgoing)\n";
        assert_eq!(parse_accounts(text), vec!["u1", "blkab"]);
    }
}
