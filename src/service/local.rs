//! The local service: flows run in this process against the catalogue and the backend.

mod admin;
mod attach;
mod attachment_steps;
mod backup;
mod doctor;
mod migrate;
mod tokens;
mod volume_type;

use std::path::Path;

use super::{
    AttachVolume, BackendPool, BackupDeletion, BackupRecordExport, BackupVerification, Change,
    CreateBackup, CreateSnapshot, CreateVolume, DeleteOptions, Deletion, DetachVolume, Finding,
    FlowDetail, FlowRecovered, FlowSummary, MigrationPolicy, QuotaSet, ReserveAttachment,
    RestoreBackup, Service, SourceRef,
};
use crate::catalogue::{self, Catalogue, quotas, snapshots, volume_types, volumes};
use crate::config::Config;
use crate::driver::Progress;
use crate::error::{Error, ErrorKind, Result, kind_of};
use crate::flow::Env;
use crate::flow::engine;
use crate::flows::{self, snapshot_create, snapshot_delete, volume_create, volume_delete};
use crate::flows::{volume_extend, volume_flatten, volume_revert};
use crate::lock::Locks;
use crate::model::{
    ApiToken, NewApiToken, QuotaUsage, Snapshot, SnapshotStatus, Volume, VolumeStatus, VolumeType,
    validate_name,
};
use crate::model::{Attachment, Backup, Connector, UserMessage};
use crate::process::Cancel;
use std::collections::BTreeMap;
use std::sync::Arc;

use crate::backend::{Backend, Backends};

/// How many journaled flows `flow list` shows.
const FLOW_LIST_LIMIT: usize = 200;

pub struct Local {
    env: Env,
}

fn new_id() -> String {
    uuid::Uuid::new_v4().to_string()
}

impl Local {
    /// Opens the catalogue under `state_dir` and the configured backend.
    pub fn open(
        config: &Config,
        state_dir: &Path,
        progress: Box<dyn Progress>,
        cancel: Cancel,
    ) -> Result<Local> {
        Ok(Local {
            env: Env {
                catalogue: Catalogue::open(state_dir)?,
                backends: Backends::new(config, state_dir),
                backups: crate::backup::open_repository(config, state_dir)?,
                locks: Locks::new(state_dir)?,
                cancel,
                progress,
                project_id: config.project_id.clone(),
            },
        })
    }

    /// The backend a volume lives on (the one its `host@backend#pool` names).
    pub(super) fn backend_of(&self, volume: &Volume) -> Result<Arc<Backend>> {
        self.env.backends.for_host(&volume.host)
    }

    /// The volume type a create asks for, or the configured default.
    fn volume_type_for(&self, reference: Option<&str>) -> Result<VolumeType> {
        let default = &self.env.backends.config().default_volume_type;
        self.env.catalogue.read(|tx| match reference {
            Some(reference) => volume_types::find(tx, reference, default),
            None => volume_types::find(tx, default, default).map_err(|_| {
                Error::usage(format!(
                    "default_volume_type '{default}' does not exist: create it (blockctl type \
                     create {default}) or change the configuration"
                ))
                .into()
            }),
        })
    }

    /// An enabled backend's name, from its name or any `host@backend#pool` naming it.
    fn backend_named(&self, reference: &str) -> Result<String> {
        let name = crate::backend::backend_name_of(reference).unwrap_or(reference);
        if !self.env.backends.names().iter().any(|n| n == name) {
            return Err(Error::usage(format!(
                "no enabled backend '{name}' (enabled: {})",
                self.env.backends.names().join(", ")
            ))
            .into());
        }
        Ok(name.to_owned())
    }

    /// The backend of the volume with id `volume_id`.
    pub(super) fn backend_of_id(&self, volume_id: &str) -> Result<Arc<Backend>> {
        let volume = self
            .env
            .catalogue
            .read(|tx| volumes::must_get(tx, volume_id))?;
        self.backend_of(&volume)
    }

    fn project(&self) -> &str {
        &self.env.project_id
    }

    fn find_volume(&self, reference: &str) -> Result<Volume> {
        self.env
            .catalogue
            .read(|tx| volumes::find(tx, self.project(), reference))
    }

    fn find_snapshot(&self, reference: &str) -> Result<Snapshot> {
        self.env
            .catalogue
            .read(|tx| snapshots::find(tx, self.project(), reference))
    }

    fn volume_by_id(&self, id: &str) -> Result<Volume> {
        self.env.catalogue.read(|tx| volumes::must_get(tx, id))
    }

    fn volume_by_name(&self, name: &str) -> Result<Option<Volume>> {
        self.env
            .catalogue
            .read(|tx| volumes::get_by_name(tx, self.project(), name))
    }

    fn resolve_source(
        &self,
        source: &SourceRef,
    ) -> Result<(volume_create::VolumeSource, Option<u64>, Option<String>)> {
        Ok(match source {
            SourceRef::None => (volume_create::VolumeSource::Raw, None, None),
            SourceRef::Snapshot(reference) => {
                let snapshot = self.find_snapshot(reference)?;
                let size = snapshot.volume_size;
                let parent = self
                    .env
                    .catalogue
                    .read(|tx| volumes::must_get(tx, &snapshot.volume_id))?;
                (
                    volume_create::VolumeSource::Snapshot {
                        snapshot_id: snapshot.id,
                        parent_volume_id: snapshot.volume_id,
                    },
                    Some(size),
                    Some(parent.host),
                )
            }
            SourceRef::Volume(reference) => {
                let volume = self.find_volume(reference)?;
                (
                    volume_create::VolumeSource::Volume {
                        source_volid: volume.id,
                    },
                    Some(volume.size),
                    Some(volume.host),
                )
            }
        })
    }
}

impl Service for Local {
    fn create_volume(&self, request: CreateVolume) -> Result<Change<Volume>> {
        validate_name("volume", &request.name)?;
        if let Some(existing) = self.volume_by_name(&request.name)? {
            if request.if_not_exists {
                return Ok(Change::new(false, existing));
            }
            return Err(Error::invalid_state(format!(
                "a volume named '{}' already exists ({})",
                request.name, existing.id
            ))
            .into());
        }
        // A copy is made on its source's backend, as Cinder's scheduler does.
        let (source, source_size, source_host) = self.resolve_source(&request.source)?;
        let size = request
            .size
            .or(source_size)
            .ok_or_else(|| Error::usage("a new volume needs --size"))?;
        let volume_type = self.volume_type_for(request.volume_type.as_deref())?;
        let forced = match &request.backend {
            Some(reference) => Some(self.backend_named(reference)?),
            None => None,
        };
        // Only a known backend is checked now; the scheduler may still pick another.
        if let Some(host) = &source_host {
            self.env.backends.for_host(host)?.driver.check_ready()?;
        } else if let Some(name) = &forced {
            self.env.backends.get(name)?.driver.check_ready()?;
        }
        let multiattach = request.multiattach
            || volume_type
                .extra_specs
                .get("multiattach")
                .is_some_and(|v| crate::scheduler::specs::matches("True", v));
        let store = volume_create::CreateVolumeStore {
            project_id: self.project().to_owned(),
            volume_id: request.id.clone().unwrap_or_else(new_id),
            name: request.name.clone(),
            size,
            description: request.description,
            source,
            volume_type_id: volume_type.id,
            multiattach,
            availability_zone: request.availability_zone,
            backend: forced,
            request_spec: None,
            host: source_host,
            created: None,
        };
        let id = store.volume_id.clone();
        match engine::run(&self.env, &volume_create::get_flow(), "volume", &id, store) {
            Ok(_) => Ok(Change::new(true, self.volume_by_id(&id)?)),
            // Another process created the same name meanwhile: that is "exists" too.
            Err(e) if request.if_not_exists && kind_of(&e) == ErrorKind::InvalidState => {
                match self.volume_by_name(&request.name)? {
                    Some(existing) => Ok(Change::new(false, existing)),
                    None => Err(e),
                }
            }
            Err(e) => Err(e),
        }
    }

    fn list_volumes(&self) -> Result<Vec<Volume>> {
        self.env
            .catalogue
            .read(|tx| volumes::list(tx, self.project()))
    }

    fn show_volume(&self, reference: &str) -> Result<Volume> {
        self.find_volume(reference)
    }

    fn set_volume(
        &self,
        reference: &str,
        name: Option<String>,
        description: Option<String>,
    ) -> Result<Change<Volume>> {
        if let Some(name) = &name {
            validate_name("volume", name)?;
        }
        let volume = self.find_volume(reference)?;
        let changes = crate::service::changes_metadata(
            name.as_ref(),
            description.as_ref(),
            &volume.name,
            volume.description.as_ref(),
        );
        if !changes {
            return Ok(Change::new(false, volume));
        }
        self.env.catalogue.write(|tx| {
            volumes::update_metadata(tx, &volume.id, name.as_deref(), description.as_deref())
        })?;
        Ok(Change::new(true, self.volume_by_id(&volume.id)?))
    }

    fn reset_volume_status(&self, reference: &str, status: VolumeStatus) -> Result<Change<Volume>> {
        self.reset_volume(reference, status)
    }

    fn reset_snapshot_status(
        &self,
        reference: &str,
        status: SnapshotStatus,
    ) -> Result<Change<Snapshot>> {
        self.reset_snapshot(reference, status)
    }

    fn force_delete_volume(&self, reference: &str) -> Result<Change<Deletion>> {
        self.force_delete(reference)
    }

    fn extend_volume(&self, reference: &str, size_gib: u64) -> Result<Change<Volume>> {
        let volume = self.find_volume(reference)?;
        if size_gib == volume.size {
            return Ok(Change::new(false, volume));
        }
        if size_gib < volume.size {
            return Err(Error::usage(format!(
                "cannot extend volume {} to {size_gib} GiB: it already has {} GiB (volumes only grow)",
                volume.name, volume.size
            ))
            .into());
        }
        self.backend_of(&volume)?.driver.check_ready()?;
        let store = volume_extend::ExtendVolumeStore {
            host: volume.host.clone(),
            project_id: self.project().to_owned(),
            volume_id: volume.id.clone(),
            new_size: size_gib,
            old_size: volume.size,
            location: String::new(),
        };
        engine::run(
            &self.env,
            &volume_extend::get_flow(),
            "volume",
            &volume.id,
            store,
        )?;
        Ok(Change::new(true, self.volume_by_id(&volume.id)?))
    }

    fn delete_volume(&self, reference: &str, options: DeleteOptions) -> Result<Change<Deletion>> {
        let volume = match self.find_volume(reference) {
            Ok(volume) => volume,
            Err(e) if options.ignore_missing && kind_of(&e) == ErrorKind::NotFound => {
                return Ok(Change::new(false, Deletion::default()));
            }
            Err(e) => return Err(e),
        };
        let snapshot_ids = self.snapshot_ids_of(&volume.id)?;
        let mut flattened = Vec::new();
        if options.flatten_dependents {
            for clone in self.dependents_of(&snapshot_ids)? {
                self.flatten_volume(&clone.id)?;
                flattened.push(clone.id);
            }
        }
        let store = volume_delete::DeleteVolumeStore {
            host: volume.host.clone(),
            project_id: self.project().to_owned(),
            volume_id: volume.id.clone(),
            cascade: options.cascade,
            defer: options.defer,
            images: Vec::new(),
            deferred: None,
        };
        engine::run(
            &self.env,
            &volume_delete::get_flow(),
            "volume",
            &volume.id,
            store,
        )?;
        Ok(Change::new(
            true,
            Deletion {
                volumes: vec![volume.id],
                snapshots: snapshot_ids,
                flattened,
            },
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

    fn dependent_clones(&self, reference: &str) -> Result<Vec<Volume>> {
        let volume = self.find_volume(reference)?;
        let snapshot_ids = self.snapshot_ids_of(&volume.id)?;
        self.dependents_of(&snapshot_ids)
    }

    fn flatten_volume(&self, reference: &str) -> Result<Change<Volume>> {
        let volume = self.find_volume(reference)?;
        if volume.parent_snapshot_id.is_none() {
            return Ok(Change::new(false, volume));
        }
        self.backend_of(&volume)?.driver.check_ready()?;
        let store = volume_flatten::FlattenVolumeStore {
            host: volume.host.clone(),
            volume_id: volume.id.clone(),
            volume_location: String::new(),
            oldest_snapshot: None,
            parent_snapshot_id: None,
        };
        engine::run(
            &self.env,
            &volume_flatten::get_flow(),
            "volume",
            &volume.id,
            store,
        )?;
        Ok(Change::new(true, self.volume_by_id(&volume.id)?))
    }

    fn revert_volume(&self, reference: &str, snapshot: &str) -> Result<Change<Volume>> {
        let volume = self.find_volume(reference)?;
        let snapshot = self.find_snapshot(snapshot)?;
        if snapshot.volume_id != volume.id {
            return Err(Error::usage(format!(
                "snapshot {} belongs to another volume ({}), not to {}",
                snapshot.name, snapshot.volume_id, volume.name
            ))
            .into());
        }
        self.backend_of(&volume)?.driver.check_ready()?;
        let store = volume_revert::RevertVolumeStore {
            host: volume.host.clone(),
            volume_id: volume.id.clone(),
            snapshot_id: snapshot.id,
            new_active_id: new_id(),
            snapshot_location: String::new(),
            old_location: String::new(),
            size: volume.size,
            new_location: None,
        };
        engine::run(
            &self.env,
            &volume_revert::get_flow(),
            "volume",
            &volume.id,
            store,
        )?;
        Ok(Change::new(true, self.volume_by_id(&volume.id)?))
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
        self.find_attachment(reference)
    }

    fn delete_attachment(&self, reference: &str, force: bool) -> Result<Change<Volume>> {
        let attachment = self.find_attachment(reference)?;
        self.run_detach(&attachment, force)
    }

    fn reserve_attachment(&self, request: ReserveAttachment) -> Result<Attachment> {
        Local::reserve_attachment(self, request)
    }

    fn connect_attachment(
        &self,
        reference: &str,
        connector: Connector,
        mountpoint: Option<String>,
    ) -> Result<Change<Attachment>> {
        Local::connect_attachment(self, reference, connector, mountpoint)
    }

    fn complete_attachment(&self, reference: &str) -> Result<Change<Attachment>> {
        Local::complete_attachment(self, reference)
    }

    fn list_messages(&self) -> Result<Vec<UserMessage>> {
        self.env
            .catalogue
            .read(|tx| catalogue::messages::list(tx, self.project()))
    }

    fn show_message(&self, id: &str) -> Result<UserMessage> {
        self.env
            .catalogue
            .read(|tx| catalogue::messages::get(tx, self.project(), id))
    }

    fn delete_message(&self, id: &str) -> Result<()> {
        let deleted = self
            .env
            .catalogue
            .write(|tx| catalogue::messages::delete(tx, self.project(), id))?;
        if !deleted {
            return Err(Error::not_found(format!("message {id} could not be found")).into());
        }
        Ok(())
    }

    fn create_backup(&self, request: CreateBackup) -> Result<Change<Backup>> {
        self.backup(request)
    }

    fn list_backups(&self, volume: Option<&str>) -> Result<Vec<Backup>> {
        self.backups(volume)
    }

    fn show_backup(&self, reference: &str) -> Result<Backup> {
        self.find_backup(reference)
    }

    fn set_backup(
        &self,
        reference: &str,
        name: Option<String>,
        description: Option<String>,
    ) -> Result<Change<Backup>> {
        self.rename_backup(reference, name, description)
    }

    fn delete_backup(
        &self,
        reference: &str,
        ignore_missing: bool,
    ) -> Result<Change<BackupDeletion>> {
        self.remove_backup(reference, ignore_missing)
    }

    fn restore_backup(&self, request: RestoreBackup) -> Result<Change<Volume>> {
        self.restore(request)
    }

    fn verify_backup(&self, reference: &str) -> Result<BackupVerification> {
        self.verify(reference)
    }

    fn export_backup_record(&self, reference: &str) -> Result<BackupRecordExport> {
        self.export_record(reference)
    }

    fn import_backup_record(&self, record: BackupRecordExport) -> Result<Change<Backup>> {
        self.import_record(record)
    }

    fn create_snapshot(&self, request: CreateSnapshot) -> Result<Change<Snapshot>> {
        validate_name("snapshot", &request.name)?;
        let volume = self.find_volume(&request.volume)?;
        let existing = self
            .env
            .catalogue
            .read(|tx| snapshots::of_volume(tx, &volume.id))?;
        if let Some(existing) = existing.into_iter().find(|s| s.name == request.name) {
            if request.if_not_exists {
                return Ok(Change::new(false, existing));
            }
            return Err(Error::invalid_state(format!(
                "volume {} already has a snapshot named '{}'",
                volume.name, request.name
            ))
            .into());
        }
        self.backend_of(&volume)?.driver.check_ready()?;
        let store = snapshot_create::CreateSnapshotStore {
            host: volume.host.clone(),
            project_id: self.project().to_owned(),
            volume_id: volume.id,
            snapshot_id: new_id(),
            name: request.name,
            description: request.description,
            new_active_id: new_id(),
            volume_size: 0,
            volume_location: String::new(),
            volume_updated_at: String::new(),
            created: None,
        };
        let id = store.snapshot_id.clone();
        engine::run(
            &self.env,
            &snapshot_create::get_flow(),
            "snapshot",
            &id,
            store,
        )?;
        Ok(Change::new(
            true,
            self.env.catalogue.read(|tx| snapshots::must_get(tx, &id))?,
        ))
    }

    fn list_snapshots(&self, volume: Option<&str>) -> Result<Vec<Snapshot>> {
        match volume {
            Some(reference) => {
                let volume = self.find_volume(reference)?;
                self.env
                    .catalogue
                    .read(|tx| snapshots::of_volume(tx, &volume.id))
            }
            None => self
                .env
                .catalogue
                .read(|tx| snapshots::list(tx, self.project())),
        }
    }

    fn show_snapshot(&self, reference: &str) -> Result<Snapshot> {
        self.find_snapshot(reference)
    }

    fn delete_snapshot(&self, reference: &str, ignore_missing: bool) -> Result<Change<Deletion>> {
        let snapshot = match self.find_snapshot(reference) {
            Ok(snapshot) => snapshot,
            Err(e) if ignore_missing && kind_of(&e) == ErrorKind::NotFound => {
                return Ok(Change::new(false, Deletion::default()));
            }
            Err(e) => return Err(e),
        };
        let backend = self.backend_of_id(&snapshot.volume_id)?;
        backend.driver.check_ready()?;
        let store = snapshot_delete::DeleteSnapshotStore {
            host: backend.host.clone(),
            snapshot_id: snapshot.id.clone(),
            volume_id: snapshot.volume_id,
            snapshot_location: None,
            volume_location: String::new(),
        };
        engine::run(
            &self.env,
            &snapshot_delete::get_flow(),
            "snapshot",
            &snapshot.id,
            store,
        )?;
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
        self.create_type(name, description, extra_specs, is_public)
    }

    fn list_volume_types(&self) -> Result<Vec<VolumeType>> {
        self.list_types()
    }

    fn show_volume_type(&self, reference: &str) -> Result<VolumeType> {
        self.volume_type_for(Some(reference))
    }

    fn set_volume_type(
        &self,
        reference: &str,
        description: Option<String>,
        extra_specs: BTreeMap<String, String>,
    ) -> Result<Change<VolumeType>> {
        self.set_type(reference, description, extra_specs)
    }

    fn unset_volume_type(&self, reference: &str, keys: &[String]) -> Result<Change<VolumeType>> {
        self.unset_type(reference, keys)
    }

    fn delete_volume_type(&self, reference: &str) -> Result<Change<VolumeType>> {
        self.delete_type(reference)
    }

    fn create_token(
        &self,
        project: &str,
        role: &str,
        description: Option<String>,
    ) -> Result<NewApiToken> {
        self.new_token(project, role, description)
    }

    fn list_tokens(&self) -> Result<Vec<ApiToken>> {
        self.all_tokens()
    }

    fn revoke_token(&self, reference: &str) -> Result<Change<ApiToken>> {
        self.revoke(reference)
    }

    fn authenticate_token(&self, secret: &str) -> Result<Option<ApiToken>> {
        self.token_for(secret)
    }

    fn show_quotas(&self) -> Result<Vec<QuotaUsage>> {
        self.env
            .catalogue
            .read(|tx| quotas::usage(tx, self.project()))
    }

    fn set_quotas(&self, limits: &[(&str, i64)]) -> Result<Change<QuotaSet>> {
        let before = self.show_quotas()?;
        let after = self.env.catalogue.write(|tx| {
            for (resource, limit) in limits {
                quotas::set_limit(tx, self.project(), resource, *limit)?;
            }
            quotas::usage(tx, self.project())
        })?;
        Ok(Change::new(before != after, QuotaSet { quotas: after }))
    }

    fn list_flows(&self, unfinished_only: bool) -> Result<Vec<FlowSummary>> {
        let records = self
            .env
            .catalogue
            .read(|tx| catalogue::flows::list(tx, unfinished_only, FLOW_LIST_LIMIT))?;
        records
            .into_iter()
            .map(|record| {
                let interrupted = engine::is_interrupted(&self.env, &record)?;
                Ok(FlowSummary {
                    record,
                    interrupted,
                })
            })
            .collect()
    }

    fn show_flow(&self, reference: &str) -> Result<FlowDetail> {
        let record = self.find_flow(reference)?;
        let tasks = self
            .env
            .catalogue
            .read(|tx| catalogue::flows::tasks(tx, &record.id))?;
        let store = serde_json::from_str(&record.store).unwrap_or(serde_json::Value::Null);
        let interrupted = engine::is_interrupted(&self.env, &record)?;
        Ok(FlowDetail {
            summary: FlowSummary {
                record,
                interrupted,
            },
            store,
            tasks,
        })
    }

    fn recover_flows(&self, reference: Option<&str>) -> Result<Vec<FlowRecovered>> {
        let records = match reference {
            Some(reference) => vec![self.find_flow(reference)?],
            None => self
                .list_flows(true)?
                .into_iter()
                .filter(|f| f.interrupted)
                .map(|f| f.record)
                .collect(),
        };
        let mut recovered = Vec::new();
        for record in records {
            let recovery = flows::recover(&self.env, &record).map_err(|e| {
                e.context(format!(
                    "cannot recover flow {} ({})",
                    record.id, record.kind
                ))
            })?;
            recovered.push(FlowRecovered {
                id: record.id,
                kind: record.kind,
                resource_id: record.resource_id,
                recovery,
            });
        }
        Ok(recovered)
    }

    fn count_interrupted_flows(&self) -> Result<usize> {
        Ok(self
            .list_flows(true)?
            .iter()
            .filter(|f| f.interrupted)
            .count())
    }

    fn list_backends(&self) -> Result<Vec<BackendPool>> {
        let candidates =
            crate::scheduler::stats::candidates(&self.env, None, chrono::TimeDelta::zero())?;
        Ok(candidates
            .into_iter()
            .map(|c| BackendPool {
                name: c.host,
                backend: c.name,
                availability_zone: c.availability_zone,
                reachable: c.stats.is_ok(),
                error: c.stats.as_ref().err().cloned(),
                volume_count: c.volume_count,
                allocated_capacity_gb: c.allocated_gb,
                storage_protocol: c
                    .extra_capabilities
                    .get("storage_protocol")
                    .and_then(|v| v.as_str())
                    .map(str::to_owned),
                stats: c.stats.ok(),
            })
            .collect())
    }

    fn doctor(&self, fix: bool) -> Result<Vec<Finding>> {
        self.check_everything(fix)
    }
}

impl Local {
    fn snapshot_ids_of(&self, volume_id: &str) -> Result<Vec<String>> {
        let snapshots = self
            .env
            .catalogue
            .read(|tx| snapshots::of_volume(tx, volume_id))?;
        Ok(snapshots.into_iter().map(|s| s.id).collect())
    }

    /// The clones still sharing data with any of these snapshots.
    fn dependents_of(&self, snapshot_ids: &[String]) -> Result<Vec<Volume>> {
        self.env.catalogue.read(|tx| {
            let mut clones = Vec::new();
            for id in snapshot_ids {
                clones.extend(volumes::dependents_of_snapshot(tx, id)?);
            }
            Ok(clones)
        })
    }

    fn find_flow(&self, reference: &str) -> Result<catalogue::flows::FlowRecord> {
        let mut matches = self.env.catalogue.read(|tx| {
            if let Some(record) = catalogue::flows::get(tx, reference)? {
                return Ok(vec![record]);
            }
            catalogue::flows::by_prefix(tx, reference)
        })?;
        match matches.len() {
            0 => Err(Error::not_found(format!("no flow with id '{reference}'")).into()),
            1 => Ok(matches.remove(0)),
            _ => {
                let ids: Vec<&str> = matches.iter().map(|r| r.id.as_str()).collect();
                Err(Error::new(
                    ErrorKind::Ambiguous,
                    format!(
                        "flow reference '{reference}' is ambiguous: it matches {}",
                        ids.join(", ")
                    ),
                )
                .into())
            }
        }
    }
}
