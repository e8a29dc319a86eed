//! `doctor`: the catalogue against the backend, the exports, the quotas, the journal and
//! the tools; `--fix` repairs what is safe.

use super::Local;
use crate::catalogue::{attachments, backups, exports, quotas, snapshots, volumes};
use crate::error::Result;
use crate::model::{SnapshotStatus, VolumeStatus};
use crate::process::{self, QEMU_IMG, Tool};
use crate::service::{Finding, Service};
use crate::target::{QEMU_NBD, TGTADM};

fn finding(check: &str, problem: &str, resource: String, detail: String) -> Finding {
    Finding {
        check: check.to_owned(),
        problem: problem.to_owned(),
        resource,
        detail,
        fix: None,
        fixed: false,
    }
}

impl Finding {
    fn fixable(mut self, fix: &str) -> Finding {
        self.fix = Some(fix.to_owned());
        self
    }
}

impl Local {
    /// Every problem found; with `fix`, the safe repairs are made (and marked `fixed`).
    pub(super) fn check_everything(&self, fix: bool) -> Result<Vec<Finding>> {
        let mut found = self.check_tools();
        found.extend(self.check_flows(fix)?);
        // After the interrupted flows are recovered: whether another process runs one now
        // (its staging files and quota reservations are in use).
        let busy = self.list_flows(true)?.iter().any(|f| !f.interrupted);
        found.extend(self.check_quotas(fix, busy)?);
        found.extend(self.check_images(fix, busy)?);
        found.extend(self.check_exports(fix)?);
        found.extend(self.check_backups()?);
        Ok(found)
    }

    fn check_tools(&self) -> Vec<Finding> {
        let mut tools: Vec<Tool> = Vec::new();
        let config = self.env.backends.config();
        for name in self.env.backends.names() {
            let Ok(backend) = config.backend(name) else {
                continue;
            };
            match backend.volume_driver.as_str() {
                "file" => tools.push(QEMU_IMG),
                "lvm" => tools.push(process::LVM),
                _ => {}
            }
            match crate::target::helper_name(name, &backend) {
                Ok("nbd") => tools.push(QEMU_NBD),
                Ok("tgtadm") => tools.push(TGTADM),
                _ => {}
            }
        }
        tools.sort_by_key(|tool| tool.program);
        tools.dedup_by_key(|tool| tool.program);
        tools
            .into_iter()
            .filter(|tool| !process::is_installed(*tool))
            .map(|tool| {
                finding(
                    "tools",
                    "missing_tool",
                    tool.program.to_owned(),
                    format!(
                        "{} is not installed: apt-get install {}",
                        tool.program, tool.package
                    ),
                )
            })
            .collect()
    }

    fn check_flows(&self, fix: bool) -> Result<Vec<Finding>> {
        let mut found = Vec::new();
        for flow in self.list_flows(true)?.into_iter().filter(|f| f.interrupted) {
            let record = flow.record;
            let mut item = finding(
                "flows",
                "interrupted_flow",
                record.id.clone(),
                format!(
                    "{} of {} {} was interrupted ({})",
                    record.kind, record.resource_type, record.resource_id, record.state
                ),
            )
            .fixable("flow recover");
            if fix {
                self.recover_flows(Some(&record.id))?;
                item.fixed = true;
            }
            found.push(item);
        }
        Ok(found)
    }

    fn check_quotas(&self, fix: bool, busy: bool) -> Result<Vec<Finding>> {
        self.env.catalogue.write(|tx| {
            let usage = quotas::usage(tx, self.project())?;
            let mut found = Vec::new();
            for (resource, expected) in quotas::recount(tx, self.project())? {
                let Some(line) = usage.iter().find(|u| u.resource == resource) else {
                    continue;
                };
                let reserved = if busy { 0 } else { line.reserved };
                if line.in_use == expected && reserved == 0 {
                    continue;
                }
                let mut item = finding(
                    "quotas",
                    "quota_usage",
                    resource.to_owned(),
                    format!(
                        "{resource} usage says {} in use and {} reserved, the catalogue holds {expected}",
                        line.in_use, line.reserved
                    ),
                );
                if busy {
                    item.detail.push_str(" (a flow is running: check again later)");
                } else {
                    item = item.fixable("set the usage to what the catalogue holds");
                    if fix {
                        quotas::set_usage(tx, self.project(), resource, expected)?;
                        item.fixed = true;
                    }
                }
                found.push(item);
            }
            Ok(found)
        })
    }

    fn check_images(&self, fix: bool, busy: bool) -> Result<Vec<Finding>> {
        let (known, live) = self
            .env
            .catalogue
            .read(|tx| Ok((volumes::all_locations(tx)?, volumes::all_live(tx)?)))?;
        let mut found = Vec::new();
        for backend_name in self.env.backends.names() {
            let backend = self.env.backends.get(backend_name)?;
            let images = match backend.driver.list_images() {
                Ok(Some(images)) => images,
                Ok(None) => continue,
                Err(e) => {
                    found.push(finding(
                        "images",
                        "backend_unreachable",
                        backend_name.clone(),
                        format!(
                            "cannot list the images of backend {backend_name}: {}",
                            crate::error::message_of(&e)
                        ),
                    ));
                    continue;
                }
            };
            for name in images.into_iter().filter(|n| !known.contains(n)) {
                if backend.driver.is_staging(&name) {
                    if busy {
                        continue; // a running backup or restore may be using it
                    }
                    let mut item = finding(
                        "images",
                        "stale_staging_file",
                        name.clone(),
                        format!("{name} is a staging file a killed backup or restore left"),
                    )
                    .fixable("delete it");
                    if fix {
                        backend.driver.remove_staging(&name)?;
                        item.fixed = true;
                    }
                    found.push(item);
                } else {
                    found.push(finding(
                        "images",
                        "orphan_image",
                        name.clone(),
                        format!(
                            "image {name} belongs to no volume or snapshot of this catalogue: \
                             remove it by hand if no other catalogue uses it and it is not needed"
                        ),
                    ));
                }
            }
        }
        for (id, name, location) in live {
            let Some(location) = location else { continue };
            if self.backend_of_id(&id)?.driver.image_exists(&location)? {
                continue;
            }
            let mut item = finding(
                "images",
                "missing_image",
                id.clone(),
                format!("volume {name}'s image {location} is gone"),
            )
            .fixable("set the volume's status to error");
            if fix {
                self.env
                    .catalogue
                    .write(|tx| volumes::set_status(tx, &id, VolumeStatus::Error))?;
                item.fixed = true;
            }
            found.push(item);
        }
        let snapshots = self
            .env
            .catalogue
            .read(|tx| snapshots::list(tx, self.project()))?;
        for snapshot in snapshots
            .iter()
            .filter(|s| s.status == SnapshotStatus::Available)
        {
            let Some(location) = &snapshot.provider_location else {
                continue;
            };
            if self
                .backend_of_id(&snapshot.volume_id)?
                .driver
                .image_exists(location)?
            {
                continue;
            }
            let mut item = finding(
                "images",
                "missing_image",
                snapshot.id.clone(),
                format!("snapshot {}'s image {location} is gone", snapshot.name),
            )
            .fixable("set the snapshot's status to error");
            if fix {
                self.env
                    .catalogue
                    .write(|tx| snapshots::set_status(tx, &snapshot.id, SnapshotStatus::Error))?;
                item.fixed = true;
            }
            found.push(item);
        }
        Ok(found)
    }

    fn check_exports(&self, fix: bool) -> Result<Vec<Finding>> {
        let recorded = self.env.catalogue.read(exports::list)?;
        let mut found = Vec::new();
        for (volume_id, export) in &recorded {
            if !self.backend_of_id(volume_id)?.target.is_alive(export)? {
                found.push(finding(
                    "exports",
                    "dead_export",
                    volume_id.clone(),
                    format!(
                        "the {} export of volume {volume_id} no longer serves (a reboot, or its \
                         daemon died): the next attach exports it again, or detach it",
                        export.helper()
                    ),
                ));
            }
        }
        let ids: Vec<String> = recorded.into_iter().map(|(id, _)| id).collect();
        let attached = self
            .env
            .catalogue
            .read(|tx| attachments::list(tx, self.project()))?;
        for attachment in attached.iter().filter(|a| !ids.contains(&a.volume_id)) {
            found.push(finding(
                "exports",
                "attachment_without_export",
                attachment.id.clone(),
                format!(
                    "attachment {} of volume {} has no export record: detach it with --force, \
                     then attach again",
                    attachment.id, attachment.volume_id
                ),
            ));
        }
        let mut strays = Vec::new();
        for backend_name in self.env.backends.names() {
            // Backends may share a target (one tgtd): each stray once.
            let target = &self.env.backends.get(backend_name)?.target;
            let listed = match target.strays(&ids) {
                Ok(listed) => listed,
                Err(e) => {
                    found.push(finding(
                        "exports",
                        "target_unreachable",
                        backend_name.clone(),
                        format!(
                            "cannot list the {} exports of backend {backend_name}: {}",
                            target.name(),
                            crate::error::message_of(&e)
                        ),
                    ));
                    continue;
                }
            };
            for stray in listed {
                if !strays
                    .iter()
                    .any(|(_, s): &(_, crate::target::Stray)| s.what == stray.what)
                {
                    strays.push((backend_name.clone(), stray));
                }
            }
        }
        for (backend_name, stray) in strays {
            let mut item = finding(
                "exports",
                "stray_export",
                stray.volume_id.clone(),
                format!(
                    "{} exports volume {} with no attachment",
                    stray.what, stray.volume_id
                ),
            );
            if !stray.ours {
                item.detail.push_str(
                    " (unless another blockctl catalogue uses this tgtd: then it is that one's)",
                );
                found.push(item);
                continue;
            }
            item = item.fixable("stop it");
            if fix {
                self.env
                    .backends
                    .get(&backend_name)?
                    .target
                    .remove_stray(&stray)?;
                item.fixed = true;
            }
            found.push(item);
        }
        Ok(found)
    }

    fn check_backups(&self) -> Result<Vec<Finding>> {
        let rows = self
            .env
            .catalogue
            .read(|tx| backups::list(tx, self.project()))?;
        let mut found = Vec::new();
        for backup in rows
            .into_iter()
            .filter(|b| b.status.as_str() == "available")
        {
            if let Err(e) = self.env.backups.record(&backup.id) {
                found.push(finding(
                    "backups",
                    "missing_backup",
                    backup.id.clone(),
                    format!(
                        "backup {} is not complete in {}: {}",
                        backup.name,
                        backup.container,
                        catalogue_message(&e)
                    ),
                ));
            }
        }
        Ok(found)
    }
}

fn catalogue_message(error: &anyhow::Error) -> String {
    error
        .chain()
        .find_map(|c| c.downcast_ref::<crate::error::Error>())
        .map_or_else(|| error.to_string(), |e| e.message().to_owned())
}
