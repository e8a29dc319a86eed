//! The remote [`Service`]: the same verbs against any Cinder v3 API (a real Cinder, or
//! `blockctl serve`), so `blockctl --remote URL --token T …` prints what a local command
//! prints. Asynchronous operations are polled to their end, bounded by `--remote-timeout`.
//! Verbs the v3 API has no call for (flows, doctor, verify, tokens…) say so.

mod admin;
mod attachments;
pub mod cloud;
mod convert;
mod http;

use std::collections::BTreeMap;
use std::time::Duration;

use serde_json::{Value, json};

use super::{
    AttachVolume, BackendPool, BackupDeletion, BackupRecordExport, BackupVerification, Change,
    CreateBackup, CreateSnapshot, CreateVolume, DeleteOptions, Deletion, DetachVolume, Finding,
    FlowDetail, FlowRecovered, FlowSummary, MigrationPolicy, QuotaSet, ReserveAttachment,
    RestoreBackup, Service, SourceRef,
};
use crate::error::{Error, ErrorKind, Result};
use crate::model::{
    ApiToken, Attachment, Backup, Connector, NewApiToken, QuotaUsage, Snapshot, SnapshotStatus,
    UserMessage, Volume, VolumeStatus, VolumeType,
};
use http::{Answer, Http};

pub struct Remote {
    http: Http,
    project: String,
}

/// Percent-encodes a query value.
fn encode(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// The `{"name", "description"}` of a volume or backup update, with only what is given.
fn metadata_body(name: Option<String>, description: Option<String>) -> Value {
    let mut body = json!({});
    if let Some(name) = name {
        body["name"] = name.into();
    }
    if let Some(description) = description {
        body["description"] = description.into();
    }
    body
}

fn unsupported(verb: &str) -> anyhow::Error {
    Error::usage(format!(
        "{verb} has no call in the Cinder v3 API blockctl speaks remotely: run it where the \
         catalogue is (without --remote)"
    ))
    .into()
}

/// Whether a volume status is one an operation ends in.
fn settled(status: &str) -> bool {
    !matches!(
        status,
        "creating"
            | "extending"
            | "deleting"
            | "reverting"
            | "restoring-backup"
            | "backing-up"
            | "attaching"
            | "detaching"
            | "retyping"
            | "maintenance"
    )
}

impl Remote {
    /// A client of the block-storage endpoint `connection` names.
    pub fn new(
        connection: &cloud::Connection,
        timeout: Duration,
        progress: Box<dyn crate::driver::Progress>,
    ) -> Result<Remote> {
        Ok(Remote {
            http: Http::new(connection, timeout, progress)?,
            project: connection.project_id.clone(),
        })
    }

    /// One resource by id, else by exact name (`?name=`), as OpenStack's clients look up.
    fn find(&self, collection: &str, key: &str, reference: &str) -> Result<Value> {
        let direct = self
            .http
            .get(&format!("/{collection}/{}", encode(reference)))?;
        if direct.status == 200 {
            return Ok(direct.body[key].clone());
        }
        if direct.status != 404 {
            return Err(http::fault(&direct).into());
        }
        let list = self
            .http
            .get(&format!("/{collection}/detail?name={}", encode(reference)))?;
        let list = self.http.ok(list)?;
        let matches: Vec<Value> = list[collection]
            .as_array()
            .cloned()
            .unwrap_or_default()
            .into_iter()
            .filter(|item| item["name"] == reference)
            .collect();
        match matches.len() {
            0 => Err(Error::not_found(format!("no {key} '{reference}'")).into()),
            1 => Ok(matches[0].clone()),
            n => Err(Error::new(
                ErrorKind::Ambiguous,
                format!("'{reference}' names {n} {collection}: give the id"),
            )
            .into()),
        }
    }

    fn volume_json(&self, reference: &str) -> Result<Value> {
        self.find("volumes", "volume", reference)
    }

    /// Why the server says an operation on `resource` failed: its newest user message
    /// (Cinder's messages API), if the server keeps them.
    fn failure_reason(&self, resource: &str) -> String {
        let path = format!("/messages?resource_uuid={}", encode(resource));
        let newest = self
            .http
            .get(&path)
            .ok()
            .filter(|a| a.status == 200)
            .and_then(|a| {
                a.body["messages"]
                    .as_array()?
                    .iter()
                    .filter(|m| m["resource_uuid"] == resource)
                    .max_by_key(|m| m["created_at"].as_str().unwrap_or("").to_owned())
                    .and_then(|m| m["user_message"].as_str().map(str::to_owned))
            });
        newest.map_or_else(String::new, |m| format!(": {m}"))
    }

    /// Waits for a volume's operation to end; its `error*` status is a failure.
    fn settle_volume(&self, id: &str, what: &str) -> Result<Volume> {
        let answer = self.http.wait(&format!("/volumes/{id}"), what, |a| {
            Ok(a.status != 200 || settled(a.body["volume"]["status"].as_str().unwrap_or("")))
        })?;
        if answer.status == 404 {
            // blockctl serve reverts a failed create: the volume is gone, not `error`.
            return Err(Error::backend(format!(
                "{what} failed on the server{}: volume {id} is gone (the server reverted it)",
                self.failure_reason(id)
            ))
            .into());
        }
        let body = self.http.ok(answer)?;
        let volume = convert::volume(&body["volume"]);
        if volume.status.as_str().starts_with("error") {
            return Err(Error::backend(format!(
                "{what} failed on the server{}: volume {} is '{}'",
                self.failure_reason(&volume.id),
                volume.name,
                volume.status
            ))
            .into());
        }
        Ok(volume)
    }

    /// Waits until `GET path` answers 404.
    fn settle_gone(&self, path: &str, what: &str) -> Result<()> {
        self.http.wait(path, what, |a: &Answer| {
            if a.status == 200 {
                let status = a
                    .body
                    .as_object()
                    .and_then(|o| o.values().next())
                    .map(|r| r["status"].clone());
                if status
                    .as_ref()
                    .and_then(Value::as_str)
                    .is_some_and(|s| s.starts_with("error"))
                {
                    return Err(Error::backend(format!(
                        "{what} failed on the server: status {}",
                        status.unwrap_or_default()
                    ))
                    .into());
                }
            }
            Ok(a.status == 404)
        })?;
        Ok(())
    }

    fn action(&self, volume_id: &str, body: Value) -> Result<()> {
        let answer =
            self.http
                .send("POST", &format!("/volumes/{volume_id}/action"), Some(&body))?;
        self.http.ok(answer)?;
        Ok(())
    }

    fn settle_snapshot(&self, id: &str, what: &str) -> Result<Snapshot> {
        let answer = self.http.wait(&format!("/snapshots/{id}"), what, |a| {
            Ok(a.status != 200 || a.body["snapshot"]["status"] != "creating")
        })?;
        let snapshot = convert::snapshot(&self.http.ok(answer)?["snapshot"]);
        if snapshot.status.as_str().starts_with("error") {
            return Err(Error::backend(format!("{what} failed on the server")).into());
        }
        Ok(snapshot)
    }

    fn settle_backup(&self, id: &str, what: &str) -> Result<Backup> {
        let answer = self.http.wait(&format!("/backups/{id}"), what, |a| {
            Ok(a.status != 200
                || !matches!(
                    a.body["backup"]["status"].as_str(),
                    Some("creating" | "restoring" | "deleting")
                ))
        })?;
        let backup = convert::backup(&self.http.ok(answer)?["backup"], &self.project);
        if backup.status.as_str().starts_with("error") {
            return Err(Error::backend(format!(
                "{what} failed on the server: {}",
                backup.fail_reason.clone().unwrap_or_default()
            ))
            .into());
        }
        Ok(backup)
    }
}

impl Service for Remote {
    fn create_volume(&self, request: CreateVolume) -> Result<Change<Volume>> {
        if request.if_not_exists
            && let Ok(existing) = self.show_volume(&request.name)
        {
            return Ok(Change::new(false, existing));
        }
        let mut body = json!({
            "name": request.name,
            "description": request.description,
            "multiattach": request.multiattach,
        });
        if let Some(size) = request.size {
            body["size"] = size.into();
        }
        if let Some(t) = &request.volume_type {
            body["volume_type"] = t.clone().into();
        }
        if let Some(zone) = &request.availability_zone {
            body["availability_zone"] = zone.clone().into();
        }
        match &request.source {
            SourceRef::None => {}
            SourceRef::Snapshot(s) => body["snapshot_id"] = self.show_snapshot(s)?.id.into(),
            SourceRef::Volume(v) => body["source_volid"] = self.show_volume(v)?.id.into(),
        }
        if request.backend.is_some() {
            return Err(unsupported("--backend"));
        }
        let answer = self
            .http
            .send("POST", "/volumes", Some(&json!({ "volume": body })))?;
        let created = self.http.ok(answer)?;
        let id = created["volume"]["id"]
            .as_str()
            .unwrap_or_default()
            .to_owned();
        let volume = self.settle_volume(&id, &format!("creating volume {}", request.name))?;
        Ok(Change::new(true, volume))
    }

    fn list_volumes(&self) -> Result<Vec<Volume>> {
        let body = self.http.ok(self.http.get("/volumes/detail")?)?;
        let mut volumes: Vec<Volume> = body["volumes"]
            .as_array()
            .map(|l| l.iter().map(convert::volume).collect())
            .unwrap_or_default();
        volumes.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(volumes)
    }

    fn show_volume(&self, reference: &str) -> Result<Volume> {
        Ok(convert::volume(&self.volume_json(reference)?))
    }

    fn set_volume(
        &self,
        reference: &str,
        name: Option<String>,
        description: Option<String>,
    ) -> Result<Change<Volume>> {
        let before = self.show_volume(reference)?;
        let changes = crate::service::changes_metadata(
            name.as_ref(),
            description.as_ref(),
            &before.name,
            before.description.as_ref(),
        );
        if !changes {
            return Ok(Change::new(false, before));
        }
        let body = metadata_body(name, description);
        let answer = self.http.send(
            "PUT",
            &format!("/volumes/{}", before.id),
            Some(&json!({ "volume": body })),
        )?;
        Ok(Change::new(
            true,
            convert::volume(&self.http.ok(answer)?["volume"]),
        ))
    }

    fn extend_volume(&self, reference: &str, size_gib: u64) -> Result<Change<Volume>> {
        let volume = self.show_volume(reference)?;
        if size_gib == volume.size {
            return Ok(Change::new(false, volume));
        }
        self.action(&volume.id, json!({"os-extend": {"new_size": size_gib}}))?;
        let id = volume.id.clone();
        self.http
            .wait(&format!("/volumes/{id}"), "the extend", |a| {
                Ok(a.body["volume"]["size"] == size_gib
                    || a.body["volume"]["status"] == "error_extending")
            })?;
        Ok(Change::new(
            true,
            self.settle_volume(&id, &format!("extending volume {}", volume.name))?,
        ))
    }

    fn reset_volume_status(&self, reference: &str, status: VolumeStatus) -> Result<Change<Volume>> {
        let volume = self.show_volume(reference)?;
        if volume.status == status {
            return Ok(Change::new(false, volume));
        }
        self.action(
            &volume.id,
            json!({"os-reset_status": {"status": status.as_str()}}),
        )?;
        Ok(Change::new(true, self.show_volume(&volume.id)?))
    }

    fn reset_snapshot_status(
        &self,
        reference: &str,
        status: SnapshotStatus,
    ) -> Result<Change<Snapshot>> {
        let snapshot = self.show_snapshot(reference)?;
        if snapshot.status == status {
            return Ok(Change::new(false, snapshot));
        }
        let body = json!({"os-reset_status": {"status": status.as_str()}});
        let answer = self.http.send(
            "POST",
            &format!("/snapshots/{}/action", snapshot.id),
            Some(&body),
        )?;
        self.http.ok(answer)?;
        Ok(Change::new(true, self.show_snapshot(&snapshot.id)?))
    }

    fn force_delete_volume(&self, reference: &str) -> Result<Change<Deletion>> {
        let volume = self.show_volume(reference)?;
        self.action(&volume.id, json!({"os-force_delete": {}}))?;
        self.settle_gone(&format!("/volumes/{}", volume.id), "the force-delete")?;
        Ok(Change::new(
            true,
            Deletion {
                volumes: vec![volume.id],
                ..Deletion::default()
            },
        ))
    }

    fn delete_volume(&self, reference: &str, options: DeleteOptions) -> Result<Change<Deletion>> {
        if options.flatten_dependents || options.defer {
            return Err(unsupported("delete --flatten-dependents/--defer"));
        }
        let volume = match self.show_volume(reference) {
            Ok(volume) => volume,
            Err(e)
                if options.ignore_missing && crate::error::kind_of(&e) == ErrorKind::NotFound =>
            {
                return Ok(Change::new(false, Deletion::default()));
            }
            Err(e) => return Err(e),
        };
        let snapshots = if options.cascade {
            self.list_snapshots(Some(&volume.id))?
                .into_iter()
                .map(|s| s.id)
                .collect()
        } else {
            Vec::new()
        };
        let path = format!("/volumes/{}", volume.id);
        let query = if options.cascade { "?cascade=true" } else { "" };
        let answer = self.http.send("DELETE", &format!("{path}{query}"), None)?;
        self.http.ok(answer)?;
        self.settle_gone(&path, &format!("deleting volume {}", volume.name))?;
        Ok(Change::new(
            true,
            Deletion {
                volumes: vec![volume.id],
                snapshots,
                flattened: Vec::new(),
            },
        ))
    }

    fn dependent_clones(&self, _reference: &str) -> Result<Vec<Volume>> {
        Ok(Vec::new())
    }

    fn flatten_volume(&self, _reference: &str) -> Result<Change<Volume>> {
        Err(unsupported("volume flatten"))
    }

    fn revert_volume(&self, reference: &str, snapshot: &str) -> Result<Change<Volume>> {
        let volume = self.show_volume(reference)?;
        let snapshot = self.show_snapshot(snapshot)?;
        self.action(&volume.id, json!({"revert": {"snapshot_id": snapshot.id}}))?;
        Ok(Change::new(
            true,
            self.settle_volume(&volume.id, &format!("reverting volume {}", volume.name))?,
        ))
    }

    fn migrate_volume(&self, reference: &str, backend: &str) -> Result<Change<Volume>> {
        self.migrate(reference, backend)
    }

    fn retype_volume(
        &self,
        reference: &str,
        volume_type: &str,
        policy: MigrationPolicy,
    ) -> Result<Change<Volume>> {
        self.retype(reference, volume_type, policy)
    }

    fn attach_volume(&self, request: AttachVolume) -> Result<Change<Attachment>> {
        self.attach(request)
    }

    fn detach_volume(&self, request: DetachVolume) -> Result<Change<Volume>> {
        self.detach(request)
    }

    fn list_attachments(&self, volume: Option<&str>) -> Result<Vec<Attachment>> {
        self.attachments(volume)
    }

    fn show_attachment(&self, reference: &str) -> Result<Attachment> {
        self.attachment(reference)
    }

    fn delete_attachment(&self, reference: &str, force: bool) -> Result<Change<Volume>> {
        if force {
            return Err(unsupported("attachment delete --force"));
        }
        self.delete(reference)
    }

    fn reserve_attachment(&self, request: ReserveAttachment) -> Result<Attachment> {
        self.reserve(request)
    }

    fn connect_attachment(
        &self,
        reference: &str,
        connector: Connector,
        mountpoint: Option<String>,
    ) -> Result<Change<Attachment>> {
        self.connect(reference, connector, mountpoint)
    }

    fn complete_attachment(&self, reference: &str) -> Result<Change<Attachment>> {
        self.complete_step(reference)
    }

    fn list_messages(&self) -> Result<Vec<UserMessage>> {
        let body = self.http.ok(self.http.get("/messages")?)?;
        Ok(body["messages"]
            .as_array()
            .map(|l| {
                l.iter()
                    .map(|m| convert::message(m, &self.project))
                    .collect()
            })
            .unwrap_or_default())
    }

    fn show_message(&self, id: &str) -> Result<UserMessage> {
        let body = self
            .http
            .ok(self.http.get(&format!("/messages/{}", encode(id)))?)?;
        Ok(convert::message(&body["message"], &self.project))
    }

    fn delete_message(&self, id: &str) -> Result<()> {
        let answer = self
            .http
            .send("DELETE", &format!("/messages/{}", encode(id)), None)?;
        self.http.ok(answer)?;
        Ok(())
    }

    fn create_backup(&self, request: CreateBackup) -> Result<Change<Backup>> {
        let volume = self.show_volume(&request.volume)?;
        let body = json!({"backup": {
            "volume_id": volume.id,
            "name": request.name,
            "description": request.description,
            "incremental": request.incremental,
            "force": request.force,
        }});
        let created = self
            .http
            .ok(self.http.send("POST", "/backups", Some(&body))?)?;
        let id = created["backup"]["id"]
            .as_str()
            .unwrap_or_default()
            .to_owned();
        Ok(Change::new(true, self.settle_backup(&id, "the backup")?))
    }

    fn list_backups(&self, volume: Option<&str>) -> Result<Vec<Backup>> {
        let volume_id = volume
            .map(|v| self.show_volume(v))
            .transpose()?
            .map(|v| v.id);
        let body = self.http.ok(self.http.get("/backups/detail")?)?;
        Ok(body["backups"]
            .as_array()
            .map(|l| {
                l.iter()
                    .map(|b| convert::backup(b, &self.project))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
            .into_iter()
            .filter(|b| volume_id.as_ref().is_none_or(|v| *v == b.volume_id))
            .collect())
    }

    fn show_backup(&self, reference: &str) -> Result<Backup> {
        Ok(convert::backup(
            &self.find("backups", "backup", reference)?,
            &self.project,
        ))
    }

    fn set_backup(
        &self,
        reference: &str,
        name: Option<String>,
        description: Option<String>,
    ) -> Result<Change<Backup>> {
        let before = self.show_backup(reference)?;
        let changes = crate::service::changes_metadata(
            name.as_ref(),
            description.as_ref(),
            &before.name,
            before.description.as_ref(),
        );
        if !changes {
            return Ok(Change::new(false, before));
        }
        let body = metadata_body(name, description);
        let path = format!("/backups/{}", encode(&before.id));
        let answer = self
            .http
            .send("PUT", &path, Some(&json!({ "backup": body })))?;
        self.http.ok(answer)?;
        Ok(Change::new(true, self.show_backup(&before.id)?))
    }

    fn delete_backup(
        &self,
        reference: &str,
        ignore_missing: bool,
    ) -> Result<Change<BackupDeletion>> {
        let backup = match self.show_backup(reference) {
            Ok(b) => b,
            Err(e) if ignore_missing && crate::error::kind_of(&e) == ErrorKind::NotFound => {
                return Ok(Change::new(
                    false,
                    BackupDeletion {
                        backups: Vec::new(),
                    },
                ));
            }
            Err(e) => return Err(e),
        };
        let path = format!("/backups/{}", backup.id);
        self.http.ok(self.http.send("DELETE", &path, None)?)?;
        self.settle_gone(&path, "deleting the backup")?;
        Ok(Change::new(
            true,
            BackupDeletion {
                backups: vec![backup.id],
            },
        ))
    }

    fn restore_backup(&self, request: RestoreBackup) -> Result<Change<Volume>> {
        let backup = self.show_backup(&request.backup)?;
        let mut restore = json!({});
        if let Some(volume) = &request.volume {
            restore["volume_id"] = self.show_volume(volume)?.id.into();
        }
        if let Some(name) = &request.name {
            restore["name"] = name.clone().into();
        }
        let path = format!("/backups/{}/restore", backup.id);
        let answer = self
            .http
            .send("POST", &path, Some(&json!({ "restore": restore })))?;
        let body = self.http.ok(answer)?;
        let id = body["restore"]["volume_id"]
            .as_str()
            .unwrap_or_default()
            .to_owned();
        Ok(Change::new(true, self.settle_volume(&id, "the restore")?))
    }

    fn verify_backup(&self, _reference: &str) -> Result<BackupVerification> {
        Err(unsupported("backup verify"))
    }

    fn export_backup_record(&self, reference: &str) -> Result<BackupRecordExport> {
        self.export_record(reference)
    }

    fn import_backup_record(&self, record: BackupRecordExport) -> Result<Change<Backup>> {
        self.import_record(record)
    }

    fn create_snapshot(&self, request: CreateSnapshot) -> Result<Change<Snapshot>> {
        let volume = self.show_volume(&request.volume)?;
        if request.if_not_exists
            && let Some(existing) = self
                .list_snapshots(Some(&volume.id))?
                .into_iter()
                .find(|s| s.name == request.name)
        {
            return Ok(Change::new(false, existing));
        }
        let body = json!({"snapshot": {
            "volume_id": volume.id, "name": request.name, "description": request.description,
        }});
        let created = self
            .http
            .ok(self.http.send("POST", "/snapshots", Some(&body))?)?;
        let id = created["snapshot"]["id"]
            .as_str()
            .unwrap_or_default()
            .to_owned();
        Ok(Change::new(
            true,
            self.settle_snapshot(&id, "the snapshot")?,
        ))
    }

    fn list_snapshots(&self, volume: Option<&str>) -> Result<Vec<Snapshot>> {
        let path = match volume {
            Some(v) => format!(
                "/snapshots/detail?volume_id={}",
                encode(&self.show_volume(v)?.id)
            ),
            None => "/snapshots/detail".to_owned(),
        };
        let body = self.http.ok(self.http.get(&path)?)?;
        Ok(body["snapshots"]
            .as_array()
            .map(|l| l.iter().map(convert::snapshot).collect())
            .unwrap_or_default())
    }

    fn show_snapshot(&self, reference: &str) -> Result<Snapshot> {
        Ok(convert::snapshot(&self.find(
            "snapshots",
            "snapshot",
            reference,
        )?))
    }

    fn delete_snapshot(&self, reference: &str, ignore_missing: bool) -> Result<Change<Deletion>> {
        let snapshot = match self.show_snapshot(reference) {
            Ok(s) => s,
            Err(e) if ignore_missing && crate::error::kind_of(&e) == ErrorKind::NotFound => {
                return Ok(Change::new(false, Deletion::default()));
            }
            Err(e) => return Err(e),
        };
        let path = format!("/snapshots/{}", snapshot.id);
        self.http.ok(self.http.send("DELETE", &path, None)?)?;
        self.settle_gone(&path, "deleting the snapshot")?;
        Ok(Change::new(
            true,
            Deletion {
                snapshots: vec![snapshot.id],
                ..Deletion::default()
            },
        ))
    }

    fn create_volume_type(
        &self,
        name: &str,
        description: Option<String>,
        extra_specs: BTreeMap<String, String>,
        is_public: bool,
    ) -> Result<Change<VolumeType>> {
        let body = json!({"volume_type": {
            "name": name, "description": description, "extra_specs": extra_specs,
            "os-volume-type-access:is_public": is_public,
        }});
        let created = self
            .http
            .ok(self.http.send("POST", "/types", Some(&body))?)?;
        Ok(Change::new(
            true,
            convert::volume_type(&created["volume_type"]),
        ))
    }

    fn list_volume_types(&self) -> Result<Vec<VolumeType>> {
        let body = self.http.ok(self.http.get("/types")?)?;
        let default = self.http.get("/types/default")?;
        let default_id = default.body["volume_type"]["id"].clone();
        Ok(body["volume_types"]
            .as_array()
            .map(|l| {
                l.iter()
                    .map(|t| VolumeType {
                        is_default: t["id"] == default_id,
                        ..convert::volume_type(t)
                    })
                    .collect()
            })
            .unwrap_or_default())
    }

    fn show_volume_type(&self, reference: &str) -> Result<VolumeType> {
        self.list_volume_types()?
            .into_iter()
            .find(|t| t.id == reference || t.name == reference)
            .ok_or_else(|| Error::not_found(format!("no volume type '{reference}'")).into())
    }

    fn set_volume_type(
        &self,
        reference: &str,
        description: Option<String>,
        extra_specs: BTreeMap<String, String>,
    ) -> Result<Change<VolumeType>> {
        if description.is_some() {
            return Err(unsupported("type set --description"));
        }
        let before = self.show_volume_type(reference)?;
        let body = json!({ "extra_specs": extra_specs });
        self.http.ok(self.http.send(
            "POST",
            &format!("/types/{}/extra_specs", before.id),
            Some(&body),
        )?)?;
        let after = self.show_volume_type(&before.id)?;
        Ok(Change::new(after != before, after))
    }

    fn unset_volume_type(&self, reference: &str, keys: &[String]) -> Result<Change<VolumeType>> {
        let before = self.show_volume_type(reference)?;
        let mut changed = false;
        for key in keys.iter().filter(|k| before.extra_specs.contains_key(*k)) {
            let path = format!("/types/{}/extra_specs/{}", before.id, encode(key));
            self.http.ok(self.http.send("DELETE", &path, None)?)?;
            changed = true;
        }
        Ok(Change::new(changed, self.show_volume_type(&before.id)?))
    }

    fn delete_volume_type(&self, reference: &str) -> Result<Change<VolumeType>> {
        let t = self.show_volume_type(reference)?;
        self.http.ok(self
            .http
            .send("DELETE", &format!("/types/{}", t.id), None)?)?;
        Ok(Change::new(true, t))
    }

    fn create_token(
        &self,
        _project: &str,
        _role: &str,
        _description: Option<String>,
    ) -> Result<NewApiToken> {
        Err(unsupported("token create"))
    }

    fn list_tokens(&self) -> Result<Vec<ApiToken>> {
        Err(unsupported("token list"))
    }

    fn revoke_token(&self, _reference: &str) -> Result<Change<ApiToken>> {
        Err(unsupported("token revoke"))
    }

    fn authenticate_token(&self, _secret: &str) -> Result<Option<ApiToken>> {
        Err(unsupported("token authentication"))
    }

    fn show_quotas(&self) -> Result<Vec<QuotaUsage>> {
        let path = format!("/os-quota-sets/{}?usage=True", encode(&self.project));
        let body = self.http.ok(self.http.get(&path)?)?;
        Ok(convert::quotas(&body["quota_set"]))
    }

    fn set_quotas(&self, limits: &[(&str, i64)]) -> Result<Change<QuotaSet>> {
        let before = self.show_quotas()?;
        let set: serde_json::Map<String, Value> = limits
            .iter()
            .map(|(r, l)| ((*r).to_owned(), json!(l)))
            .collect();
        let path = format!("/os-quota-sets/{}", encode(&self.project));
        self.http.ok(self
            .http
            .send("PUT", &path, Some(&json!({ "quota_set": set })))?)?;
        let after = self.show_quotas()?;
        Ok(Change::new(after != before, QuotaSet { quotas: after }))
    }

    fn list_flows(&self, _unfinished_only: bool) -> Result<Vec<FlowSummary>> {
        Err(unsupported("flow list"))
    }

    fn show_flow(&self, _reference: &str) -> Result<FlowDetail> {
        Err(unsupported("flow show"))
    }

    fn recover_flows(&self, _reference: Option<&str>) -> Result<Vec<FlowRecovered>> {
        Err(unsupported("flow recover"))
    }

    /// The journal is the server's: nothing to warn about here.
    fn count_interrupted_flows(&self) -> Result<usize> {
        Ok(0)
    }

    fn list_backends(&self) -> Result<Vec<BackendPool>> {
        self.pools()
    }

    fn doctor(&self, _fix: bool) -> Result<Vec<Finding>> {
        Err(unsupported("doctor"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_values_are_percent_encoded() {
        assert_eq!(encode("db1"), "db1");
        assert_eq!(encode("a b&c=d"), "a%20b%26c%3Dd");
    }
}
