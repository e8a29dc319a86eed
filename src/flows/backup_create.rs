//! The backup flow: a volume's data into the backup repository.

use serde::{Deserialize, Serialize};

use super::{QuotaCommitTask, QuotaReserveTask, QuotaStore};
use crate::backup::{Record, Stored};
use crate::catalogue::{self, backups, volumes};
use crate::error::{Error, Result};
use crate::flow::engine::Store;
use crate::flow::{Cx, Flow, Outcome, Task};
use crate::model::{Backup, BackupStatus, Previous, VolumeStatus};

pub const KIND: &str = "backup_create";

#[derive(Debug, Serialize, Deserialize)]
pub struct CreateBackupStore {
    /// The volume\'s `host@backend#pool` (empty in flows journaled before it was recorded).
    #[serde(default)]
    pub host: String,
    pub project_id: String,
    pub backup_id: String,
    pub volume_id: String,
    pub name: String,
    pub description: Option<String>,
    pub incremental: bool,
    /// Back up an in-use volume (from a consistent point where the backend makes one).
    pub force: bool,
    /// Filled by `ExtractBackupRequestTask`.
    pub volume_name: String,
    pub volume_size: u64,
    pub location: String,
    pub parent_id: Option<String>,
}

impl Store for CreateBackupStore {
    fn locks(&self) -> Vec<String> {
        vec![format!("volume-{}", self.volume_id)]
    }
    fn host(&self) -> &str {
        &self.host
    }
}

impl QuotaStore for CreateBackupStore {
    fn project_id(&self) -> &str {
        &self.project_id
    }
    fn quota_deltas(&self) -> Vec<(&'static str, i64)> {
        vec![
            ("backups", 1),
            ("backup_gigabytes", self.volume_size as i64),
        ]
    }
}

/// The backup flow:
///
/// 1. `ExtractBackupRequestTask` checks the volume and, for an incremental, finds its
///    parent (the volume's newest available backup, as Cinder picks it).
/// 2. `QuotaReserveTask` reserves `backups` and `backup_gigabytes`.
/// 3. `BackupEntryCreateTask` records the backup `creating`, the volume `backing-up`.
/// 4. `QuotaCommitTask`.
/// 5. `BackupVolumeTask` writes the changed chunks, then the manifest.
/// 6. `BackupOnFinishTask` makes the backup `available` and the volume what it was.
pub fn get_flow() -> Flow<CreateBackupStore> {
    Flow::new(KIND)
        .add(ExtractBackupRequestTask)
        .add(QuotaReserveTask)
        .add(BackupEntryCreateTask)
        .add(QuotaCommitTask)
        .add(BackupVolumeTask)
        .add(BackupOnFinishTask)
}

/// Reversion strategy: none; it only reads.
pub struct ExtractBackupRequestTask;

impl Task<CreateBackupStore> for ExtractBackupRequestTask {
    type Output = ();
    fn name(&self) -> &'static str {
        "ExtractBackupRequestTask"
    }
    fn execute(&self, cx: &Cx<'_>, store: &mut CreateBackupStore) -> Result<()> {
        cx.catalogue.read(|tx| {
            let volume = volumes::must_get(tx, &store.volume_id)?;
            let readable = match volume.status {
                VolumeStatus::Available => true,
                VolumeStatus::InUse => store.force && cx.backend.driver.copies_attached_volumes(),
                _ => false,
            };
            if !readable {
                let hint = if volume.status == VolumeStatus::InUse && !store.force {
                    " (use --force to back up an attached volume)".to_owned()
                } else if volume.status == VolumeStatus::InUse {
                    format!(
                        ": this backend cannot read an attached volume consistently; detach it \
                         first (blockctl volume detach {})",
                        volume.name
                    )
                } else {
                    String::new()
                };
                return Err(Error::invalid_state(format!(
                    "cannot back up volume {}: its status is '{}', it must be available{hint}",
                    volume.name, volume.status
                ))
                .into());
            }
            store.volume_name = volume.name.clone();
            store.volume_size = volume.size;
            store.location = volume.provider_location.clone().unwrap_or_default();
            if store.incremental {
                let parent = backups::latest_available(tx, &volume.id)?.ok_or_else(|| {
                    Error::invalid_state(format!(
                        "volume {} has no available backup to base an incremental on: make a \
                         full backup first",
                        volume.name
                    ))
                })?;
                store.parent_id = Some(parent.id);
            }
            Ok(())
        })
    }
}

/// Reversion strategy: delete the row and put the volume back to its status before.
pub struct BackupEntryCreateTask;

impl Task<CreateBackupStore> for BackupEntryCreateTask {
    type Output = Previous<VolumeStatus>;
    fn name(&self) -> &'static str {
        "BackupEntryCreateTask"
    }
    fn execute(
        &self,
        cx: &Cx<'_>,
        store: &mut CreateBackupStore,
    ) -> Result<Previous<VolumeStatus>> {
        let container = cx.backups.container();
        cx.catalogue.write(|tx| {
            let volume = volumes::must_get(tx, &store.volume_id)?;
            volumes::transition(
                tx,
                &volume.id,
                &[VolumeStatus::Available, VolumeStatus::InUse],
                VolumeStatus::BackingUp,
                "back up",
            )?;
            let now = catalogue::now();
            backups::insert(
                tx,
                &Backup {
                    id: store.backup_id.clone(),
                    name: store.name.clone(),
                    description: store.description.clone(),
                    volume_id: volume.id.clone(),
                    project_id: store.project_id.clone(),
                    status: BackupStatus::Creating,
                    size: volume.size,
                    object_count: 0,
                    stored_bytes: 0,
                    container,
                    parent_id: store.parent_id.clone(),
                    is_incremental: store.parent_id.is_some(),
                    has_dependent_backups: false,
                    fail_reason: None,
                    created_at: now.clone(),
                    updated_at: now,
                },
            )?;
            Ok(Previous {
                status: volume.status,
                updated_at: volume.updated_at,
            })
        })
    }
    fn revert(
        &self,
        cx: &Cx<'_>,
        store: &CreateBackupStore,
        outcome: Outcome<'_, Previous<VolumeStatus>>,
    ) -> Result<()> {
        let previous = match outcome {
            Outcome::Done(previous) => Some(previous),
            Outcome::Failed(_) => return Ok(()),
            Outcome::Unknown => None,
        };
        cx.catalogue.write(|tx| {
            backups::delete(tx, &store.backup_id)?;
            let (status, stamp) = match previous {
                Some(p) => (p.status, Some(p.updated_at.as_str())),
                None => (restored_status(tx, &store.volume_id)?, None),
            };
            volumes::restore(tx, &store.volume_id, VolumeStatus::BackingUp, status, stamp)?;
            Ok(())
        })
    }
}

/// A volume leaving `backing-up` without a journaled previous status: `in-use` if it has
/// attachments, else `available`.
fn restored_status(tx: &rusqlite::Transaction<'_>, volume_id: &str) -> Result<VolumeStatus> {
    let attached = !catalogue::attachments::of_volume(tx, volume_id)?.is_empty();
    Ok(if attached {
        VolumeStatus::InUse
    } else {
        VolumeStatus::Available
    })
}

/// Reads the volume into the backup repository.
///
/// Reversion strategy: remove whatever the repository holds of the backup (chunks written
/// so far, its manifest or image) and the backend's backup snapshot.
pub struct BackupVolumeTask;

impl Task<CreateBackupStore> for BackupVolumeTask {
    type Output = Stored;
    fn name(&self) -> &'static str {
        "BackupVolumeTask"
    }
    fn execute(&self, cx: &Cx<'_>, store: &mut CreateBackupStore) -> Result<Stored> {
        let created_at = cx
            .catalogue
            .read(|tx| backups::must_get(tx, &store.backup_id))?
            .created_at;
        let record = Record {
            id: store.backup_id.clone(),
            name: store.name.clone(),
            description: store.description.clone(),
            volume_id: store.volume_id.clone(),
            volume_name: store.volume_name.clone(),
            project_id: store.project_id.clone(),
            size: store.volume_size,
            parent_id: store.parent_id.clone(),
            created_at,
        };
        let reader = cx.backend.driver.open_backup_reader(
            &store.location,
            &store.backup_id,
            store.parent_id.as_deref(),
            &cx.cancel,
        )?;
        cx.backups
            .backup(reader.as_ref(), &record, &*cx.progress, &cx.cancel)
    }
    fn revert(
        &self,
        cx: &Cx<'_>,
        store: &CreateBackupStore,
        _outcome: Outcome<'_, Stored>,
    ) -> Result<()> {
        cx.backend
            .driver
            .undo_backup(&store.location, &store.backup_id)?;
        cx.backups.remove(&store.backup_id)
    }
}

/// Makes the backup `available` and the volume what it was. Idempotent.
pub struct BackupOnFinishTask;

impl Task<CreateBackupStore> for BackupOnFinishTask {
    type Output = ();
    fn name(&self) -> &'static str {
        "BackupOnFinishTask"
    }
    fn execute(&self, cx: &Cx<'_>, store: &mut CreateBackupStore) -> Result<()> {
        let stored = cx.backups.stored(&store.backup_id)?;
        cx.catalogue.write(|tx| {
            backups::complete(
                tx,
                &store.backup_id,
                stored.object_count,
                stored.stored_bytes,
            )?;
            let status = restored_status(tx, &store.volume_id)?;
            volumes::restore(tx, &store.volume_id, VolumeStatus::BackingUp, status, None)?;
            Ok(())
        })?;
        // Only once the backup is recorded: older backup snapshots go (a failure here
        // leaves one more snapshot, which the next backup removes).
        if let Err(e) = cx
            .backend
            .driver
            .finish_backup(&store.location, &store.backup_id)
        {
            tracing::warn!("cannot remove older backup snapshots of the volume: {e:#}");
        }
        Ok(())
    }
    /// Back to `creating`/`backing-up`, so the earlier reverts undo the rest.
    fn revert(
        &self,
        cx: &Cx<'_>,
        store: &CreateBackupStore,
        _outcome: Outcome<'_, ()>,
    ) -> Result<()> {
        cx.catalogue.write(|tx| {
            backups::set_status(tx, &store.backup_id, BackupStatus::Creating)?;
            let status = restored_status(tx, &store.volume_id)?;
            volumes::restore(tx, &store.volume_id, status, VolumeStatus::BackingUp, None)?;
            Ok(())
        })
    }
    fn resumable(&self) -> bool {
        true
    }
}
