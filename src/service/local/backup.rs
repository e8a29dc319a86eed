//! Backups on the local service.

use super::{Local, new_id};
use crate::backup::ExportedRecord;
use crate::catalogue::{self, backups, quotas, volumes};
use crate::error::{Error, ErrorKind, Result, kind_of};
use crate::flow::engine;
use crate::flows::{backup_create, backup_delete, backup_restore};
use crate::model::{Backup, BackupStatus, Volume, VolumeStatus, validate_name};
use crate::service::{
    BackupDeletion, BackupRecordExport, BackupVerification, Change, CreateBackup, CreateVolume,
    RestoreBackup, Service, SourceRef,
};

impl Local {
    pub(super) fn find_backup(&self, reference: &str) -> Result<Backup> {
        self.env
            .catalogue
            .read(|tx| backups::find(tx, self.project(), reference))
    }

    pub(super) fn rename_backup(
        &self,
        reference: &str,
        name: Option<String>,
        description: Option<String>,
    ) -> Result<Change<Backup>> {
        if let Some(name) = &name {
            crate::model::validate_name("backup", name)?;
        }
        let backup = self.find_backup(reference)?;
        let changes = crate::service::changes_metadata(
            name.as_ref(),
            description.as_ref(),
            &backup.name,
            backup.description.as_ref(),
        );
        if !changes {
            return Ok(Change::new(false, backup));
        }
        self.env.catalogue.write(|tx| {
            backups::update_metadata(tx, &backup.id, name.as_deref(), description.as_deref())
        })?;
        Ok(Change::new(true, self.find_backup(&backup.id)?))
    }

    pub(super) fn backups(&self, volume: Option<&str>) -> Result<Vec<Backup>> {
        match volume {
            Some(reference) => {
                let volume = self.find_volume(reference)?;
                self.env
                    .catalogue
                    .read(|tx| backups::of_volume(tx, &volume.id))
            }
            None => self
                .env
                .catalogue
                .read(|tx| backups::list(tx, self.project())),
        }
    }

    pub(super) fn backup(&self, request: CreateBackup) -> Result<Change<Backup>> {
        let volume = self.find_volume(&request.volume)?;
        let name = match request.name {
            Some(name) => {
                validate_name("backup", &name)?;
                if request.if_not_exists
                    && let Some(existing) = self
                        .backups(Some(&volume.id))?
                        .into_iter()
                        .find(|b| b.name == name && b.status == BackupStatus::Available)
                {
                    return Ok(Change::new(false, existing));
                }
                name
            }
            None => format!(
                "{}-{}",
                volume.name,
                chrono::Utc::now().format("%Y%m%dT%H%M%SZ")
            ),
        };
        let store = backup_create::CreateBackupStore {
            host: volume.host.clone(),
            project_id: self.project().to_owned(),
            backup_id: request.id.clone().unwrap_or_else(new_id),
            volume_id: volume.id.clone(),
            name,
            description: request.description,
            incremental: request.incremental,
            force: request.force,
            volume_name: String::new(),
            volume_size: 0,
            location: String::new(),
            parent_id: None,
        };
        let id = store.backup_id.clone();
        engine::run(&self.env, &backup_create::get_flow(), "backup", &id, store)?;
        Ok(Change::new(true, self.find_backup(&id)?))
    }

    pub(super) fn remove_backup(
        &self,
        reference: &str,
        ignore_missing: bool,
    ) -> Result<Change<BackupDeletion>> {
        let backup = match self.find_backup(reference) {
            Ok(backup) => backup,
            Err(e) if ignore_missing && kind_of(&e) == ErrorKind::NotFound => {
                return Ok(Change::new(false, BackupDeletion::default()));
            }
            Err(e) => return Err(e),
        };
        let store = backup_delete::DeleteBackupStore {
            project_id: self.project().to_owned(),
            backup_id: backup.id.clone(),
            size: 0,
        };
        engine::run(
            &self.env,
            &backup_delete::get_flow(),
            "backup",
            &backup.id,
            store,
        )?;
        Ok(Change::new(
            true,
            BackupDeletion {
                backups: vec![backup.id],
            },
        ))
    }

    pub(super) fn restore(&self, request: RestoreBackup) -> Result<Change<Volume>> {
        let backup = self.find_backup(&request.backup)?;
        if backup.status != BackupStatus::Available {
            return Err(Error::invalid_state(format!(
                "cannot restore backup {}: its status is '{}', it must be available",
                backup.name, backup.status
            ))
            .into());
        }
        // Checked before a new volume is made for it.
        self.env.backups.record(&backup.id)?;
        let volume = match &request.volume {
            Some(reference) => self.find_volume(reference)?,
            None => {
                let name = request
                    .name
                    .clone()
                    .unwrap_or_else(|| format!("restore-{}", backup.name));
                let mut new_volume = request.new_volume.clone().unwrap_or(CreateVolume {
                    id: None,
                    name,
                    size: None,
                    description: None,
                    source: SourceRef::None,
                    if_not_exists: false,
                    multiattach: false,
                    volume_type: None,
                    availability_zone: None,
                    backend: None,
                });
                match new_volume.size {
                    None => new_volume.size = Some(backup.size),
                    Some(size) if size < backup.size => {
                        return Err(Error::usage(format!(
                            "a volume of {size} GiB cannot hold backup {} of {} GiB",
                            backup.name, backup.size
                        ))
                        .into());
                    }
                    Some(_) => {}
                }
                new_volume
                    .description
                    .get_or_insert_with(|| format!("restored from backup {}", backup.id));
                let created = self.create_volume(new_volume)?;
                // Ctrl-C between the two flows: the restore flow stops at once and marks
                // the new volume, rather than the process exiting with it `available`.
                self.env.cancel.arm(true);
                created.value
            }
        };
        let store = backup_restore::RestoreBackupStore {
            host: volume.host.clone(),
            backup_id: backup.id.clone(),
            volume_id: volume.id.clone(),
            location: String::new(),
        };
        let flow = backup_restore::get_flow();
        if let Err(e) = engine::run(&self.env, &flow, "volume", &volume.id, store) {
            // A volume made for this restore never holds the backup's data: it must not
            // look like a good one.
            if request.volume.is_none() {
                self.env.catalogue.write(|tx| {
                    volumes::restore(
                        tx,
                        &volume.id,
                        VolumeStatus::Available,
                        VolumeStatus::ErrorRestoring,
                        None,
                    )
                })?;
            }
            return Err(e);
        }
        Ok(Change::new(true, self.volume_by_id(&volume.id)?))
    }

    pub(super) fn verify(&self, reference: &str) -> Result<BackupVerification> {
        let backup = self.find_backup(reference)?;
        if !matches!(
            backup.status,
            BackupStatus::Available | BackupStatus::Restoring
        ) {
            return Err(Error::invalid_state(format!(
                "cannot verify backup {}: its status is '{}', it must be available",
                backup.name, backup.status
            ))
            .into());
        }
        let (chunks, bytes) =
            self.env
                .backups
                .verify(&backup.id, &*self.env.progress, &self.env.cancel)?;
        Ok(BackupVerification {
            id: backup.id,
            name: backup.name,
            chunks_checked: chunks,
            bytes_checked: bytes,
        })
    }

    pub(super) fn export_record(&self, reference: &str) -> Result<BackupRecordExport> {
        let backup = self.find_backup(reference)?;
        Ok(BackupRecordExport {
            backup_service: self.env.backups.service().to_owned(),
            backup_url: ExportedRecord {
                container: backup.container,
                record: self.env.backups.record(&backup.id)?,
            },
        })
    }

    pub(super) fn import_record(&self, export: BackupRecordExport) -> Result<Change<Backup>> {
        let repo = &self.env.backups;
        if export.backup_service != repo.service() {
            return Err(Error::usage(format!(
                "cannot import a '{}' backup record: this blockctl keeps backups with '{}'",
                export.backup_service,
                repo.service()
            ))
            .into());
        }
        let record = export.backup_url.record;
        if repo.record(&record.id)? != record {
            return Err(Error::usage(format!(
                "the record of backup {} does not match the one kept with it in {}",
                record.id,
                repo.container()
            ))
            .into());
        }
        if let Some(existing) = self.env.catalogue.read(|tx| backups::get(tx, &record.id))? {
            return Ok(Change::new(false, existing));
        }
        let stored = repo.stored(&record.id)?;
        let backup = Backup {
            id: record.id.clone(),
            name: record.name.clone(),
            description: record.description.clone(),
            volume_id: record.volume_id.clone(),
            project_id: self.project().to_owned(),
            status: BackupStatus::Available,
            size: record.size,
            object_count: stored.object_count,
            stored_bytes: stored.stored_bytes,
            container: repo.container(),
            parent_id: record.parent_id.clone(),
            is_incremental: record.parent_id.is_some(),
            has_dependent_backups: false,
            fail_reason: None,
            created_at: record.created_at.clone(),
            updated_at: catalogue::now(),
        };
        let flow_id = new_id();
        self.env.catalogue.write(|tx| {
            if let Some(parent) = &record.parent_id
                && backups::get(tx, parent)?.is_none()
            {
                return Err(Error::invalid_state(format!(
                    "backup {} is an incremental of backup {parent}, which this catalogue does \
                     not have: import that one first",
                    record.id
                ))
                .into());
            }
            let deltas = [("backups", 1), ("backup_gigabytes", record.size as i64)];
            quotas::reserve(tx, &flow_id, self.project(), &deltas)?;
            quotas::commit(tx, &flow_id)?;
            backups::insert(tx, &backup)
        })?;
        Ok(Change::new(true, self.find_backup(&record.id)?))
    }
}
