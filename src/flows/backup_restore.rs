//! The restore flow: a backup's data onto a volume (new, or overwritten with `--yes`).

use serde::{Deserialize, Serialize};

use crate::catalogue::{backups, volumes};
use crate::error::{Error, Result};
use crate::flow::engine::Store;
use crate::flow::{Cx, Flow, Outcome, Task};
use crate::model::{BackupStatus, VolumeStatus};

pub const KIND: &str = "backup_restore";

#[derive(Debug, Serialize, Deserialize)]
pub struct RestoreBackupStore {
    /// The volume\'s `host@backend#pool` (empty in flows journaled before it was recorded).
    #[serde(default)]
    pub host: String,
    pub backup_id: String,
    pub volume_id: String,
    /// Filled by `RestoreBackupCheckTask`.
    pub location: String,
}

impl Store for RestoreBackupStore {
    fn locks(&self) -> Vec<String> {
        vec![
            format!("volume-{}", self.volume_id),
            format!("backup-{}", self.backup_id),
        ]
    }
    fn host(&self) -> &str {
        &self.host
    }
}

/// The restore flow:
///
/// 1. `RestoreBackupCheckTask` checks the backup (its manifest too) and the volume (large
///    enough), and moves them to `restoring` / `restoring-backup`.
/// 2. `RestoreBackupTask` writes every chunk, each verified against its hash first. A
///    restore that fails here leaves the volume `error_restoring`: never `available` with
///    data that is not the backup's.
/// 3. `RestoreBackupOnFinishTask` makes both `available`.
pub fn get_flow() -> Flow<RestoreBackupStore> {
    Flow::new(KIND)
        .add(RestoreBackupCheckTask)
        .add(RestoreBackupTask)
        .add(RestoreBackupOnFinishTask)
}

/// Reversion strategy: the backup back to `available`, the volume back to its status before
/// if it is still `restoring-backup` (a failed restore made it `error_restoring`).
pub struct RestoreBackupCheckTask;

impl Task<RestoreBackupStore> for RestoreBackupCheckTask {
    /// The volume's status before (`available`, or `error_restoring` after a failed restore).
    type Output = VolumeStatus;
    fn name(&self) -> &'static str {
        "RestoreBackupCheckTask"
    }
    fn execute(&self, cx: &Cx<'_>, store: &mut RestoreBackupStore) -> Result<VolumeStatus> {
        let volume_bytes = cx.backups.volume_bytes(&store.backup_id)?;
        cx.catalogue.write(|tx| {
            let backup = backups::must_get(tx, &store.backup_id)?;
            let volume = volumes::must_get(tx, &store.volume_id)?;
            if volume.size < backup.size || volume.size << 30 < volume_bytes {
                return Err(Error::usage(format!(
                    "volume {} ({} GiB) is smaller than backup {} ({} GiB)",
                    volume.name, volume.size, backup.name, backup.size
                ))
                .into());
            }
            backups::transition(
                tx,
                &backup.id,
                &[BackupStatus::Available],
                BackupStatus::Restoring,
                "restore",
            )?;
            volumes::transition(
                tx,
                &volume.id,
                &[VolumeStatus::Available, VolumeStatus::ErrorRestoring],
                VolumeStatus::RestoringBackup,
                "restore a backup onto",
            )?;
            store.location = volume.provider_location.unwrap_or_default();
            Ok(volume.status)
        })
    }
    fn revert(
        &self,
        cx: &Cx<'_>,
        store: &RestoreBackupStore,
        outcome: Outcome<'_, VolumeStatus>,
    ) -> Result<()> {
        let previous = match outcome {
            Outcome::Done(previous) => *previous,
            Outcome::Failed(_) => return Ok(()), // its transaction changed nothing
            // Not known whether its data was good: not `available`.
            Outcome::Unknown => VolumeStatus::ErrorRestoring,
        };
        cx.catalogue.write(|tx| {
            backups::transition(
                tx,
                &store.backup_id,
                &[BackupStatus::Restoring],
                BackupStatus::Available,
                "finish restoring",
            )
            .ok();
            volumes::restore(
                tx,
                &store.volume_id,
                VolumeStatus::RestoringBackup,
                previous,
                None,
            )?;
            Ok(())
        })
    }
}

/// Writes the backup's chunks onto the volume.
///
/// Reversion strategy: the volume's data is no longer known to be anything: it goes
/// `error_restoring` (restore again, or delete it).
pub struct RestoreBackupTask;

impl Task<RestoreBackupStore> for RestoreBackupTask {
    type Output = ();
    fn name(&self) -> &'static str {
        "RestoreBackupTask"
    }
    fn execute(&self, cx: &Cx<'_>, store: &mut RestoreBackupStore) -> Result<()> {
        let volume_bytes = cx.backups.volume_bytes(&store.backup_id)?;
        let writer = cx
            .backend
            .driver
            .open_writer(&store.location, volume_bytes, &cx.cancel)?;
        cx.backups
            .restore(&store.backup_id, writer.as_ref(), &*cx.progress, &cx.cancel)?;
        writer.finish(&*cx.progress)
    }
    fn revert(
        &self,
        cx: &Cx<'_>,
        store: &RestoreBackupStore,
        _outcome: Outcome<'_, ()>,
    ) -> Result<()> {
        cx.catalogue.write(|tx| {
            volumes::restore(
                tx,
                &store.volume_id,
                VolumeStatus::RestoringBackup,
                VolumeStatus::ErrorRestoring,
                None,
            )?;
            Ok(())
        })
    }
}

/// Makes the backup and the volume `available`. Idempotent.
pub struct RestoreBackupOnFinishTask;

impl Task<RestoreBackupStore> for RestoreBackupOnFinishTask {
    type Output = ();
    fn name(&self) -> &'static str {
        "RestoreBackupOnFinishTask"
    }
    fn execute(&self, cx: &Cx<'_>, store: &mut RestoreBackupStore) -> Result<()> {
        cx.catalogue.write(|tx| {
            volumes::restore(
                tx,
                &store.volume_id,
                VolumeStatus::RestoringBackup,
                VolumeStatus::Available,
                None,
            )?;
            backups::set_status(tx, &store.backup_id, BackupStatus::Available)
        })
    }
    fn revert(
        &self,
        cx: &Cx<'_>,
        store: &RestoreBackupStore,
        _outcome: Outcome<'_, ()>,
    ) -> Result<()> {
        cx.catalogue.write(|tx| {
            volumes::restore(
                tx,
                &store.volume_id,
                VolumeStatus::Available,
                VolumeStatus::RestoringBackup,
                None,
            )?;
            backups::set_status(tx, &store.backup_id, BackupStatus::Restoring)
        })
    }
    fn resumable(&self) -> bool {
        true
    }
}
