//! The backup delete flow.

use serde::{Deserialize, Serialize};

use crate::catalogue::{backups, quotas};
use crate::error::{Error, Result};
use crate::flow::engine::Store;
use crate::flow::{Cx, Flow, Outcome, Task};
use crate::model::BackupStatus;

pub const KIND: &str = "backup_delete";

#[derive(Debug, Serialize, Deserialize)]
pub struct DeleteBackupStore {
    pub project_id: String,
    pub backup_id: String,
    /// Filled by `DeleteBackupCheckTask`.
    pub size: u64,
}

impl Store for DeleteBackupStore {
    fn locks(&self) -> Vec<String> {
        vec![format!("backup-{}", self.backup_id)]
    }
    /// Works on the backup repository only: any backend will do.
    fn host(&self) -> &str {
        ""
    }
}

/// The backup delete flow:
///
/// 1. `DeleteBackupCheckTask` refuses a backup incrementals depend on, and moves it to
///    `deleting`.
/// 2. `DeleteBackupFromRepositoryTask` removes its directory. Idempotent.
/// 3. `DeleteBackupEntryTask` deletes the row and releases its quota. Idempotent.
pub fn get_flow() -> Flow<DeleteBackupStore> {
    Flow::new(KIND)
        .add(DeleteBackupCheckTask)
        .add(DeleteBackupFromRepositoryTask)
        .add(DeleteBackupEntryTask)
}

/// Reversion strategy: back to the status before, if still `deleting`.
pub struct DeleteBackupCheckTask;

impl Task<DeleteBackupStore> for DeleteBackupCheckTask {
    /// The status before.
    type Output = BackupStatus;
    fn name(&self) -> &'static str {
        "DeleteBackupCheckTask"
    }
    fn execute(&self, cx: &Cx<'_>, store: &mut DeleteBackupStore) -> Result<BackupStatus> {
        cx.catalogue.write(|tx| {
            let backup = backups::must_get(tx, &store.backup_id)?;
            if backup.has_dependent_backups {
                return Err(Error::invalid_state(format!(
                    "backup {} has dependent incremental backups: delete them first",
                    backup.name
                ))
                .into());
            }
            backups::transition(
                tx,
                &backup.id,
                &[
                    BackupStatus::Available,
                    BackupStatus::Error,
                    BackupStatus::ErrorDeleting,
                ],
                BackupStatus::Deleting,
                "delete",
            )?;
            store.size = backup.size;
            Ok(backup.status)
        })
    }
    fn revert(
        &self,
        cx: &Cx<'_>,
        store: &DeleteBackupStore,
        outcome: Outcome<'_, BackupStatus>,
    ) -> Result<()> {
        let previous = match outcome {
            Outcome::Done(previous) => *previous,
            Outcome::Failed(_) => return Ok(()),
            Outcome::Unknown => BackupStatus::Available,
        };
        cx.catalogue.write(|tx| {
            if backups::get(tx, &store.backup_id)?
                .is_some_and(|b| b.status == BackupStatus::Deleting)
            {
                backups::set_status(tx, &store.backup_id, previous)?;
            }
            Ok(())
        })
    }
}

/// Removes the backup from the repository. Idempotent.
///
/// Reversion strategy: none possible; the backup is left `error_deleting`.
pub struct DeleteBackupFromRepositoryTask;

impl Task<DeleteBackupStore> for DeleteBackupFromRepositoryTask {
    type Output = ();
    fn name(&self) -> &'static str {
        "DeleteBackupFromRepositoryTask"
    }
    fn execute(&self, cx: &Cx<'_>, store: &mut DeleteBackupStore) -> Result<()> {
        cx.backups.remove(&store.backup_id)
    }
    fn revert(
        &self,
        cx: &Cx<'_>,
        store: &DeleteBackupStore,
        outcome: Outcome<'_, ()>,
    ) -> Result<()> {
        if matches!(outcome, Outcome::Failed(_)) {
            return Ok(());
        }
        cx.catalogue
            .write(|tx| backups::set_status(tx, &store.backup_id, BackupStatus::ErrorDeleting))
    }
    fn resumable(&self) -> bool {
        true
    }
}

/// Deletes the row and releases `backups` and `backup_gigabytes`. Idempotent.
pub struct DeleteBackupEntryTask;

impl Task<DeleteBackupStore> for DeleteBackupEntryTask {
    type Output = ();
    fn name(&self) -> &'static str {
        "DeleteBackupEntryTask"
    }
    fn execute(&self, cx: &Cx<'_>, store: &mut DeleteBackupStore) -> Result<()> {
        cx.catalogue.write(|tx| {
            if backups::get(tx, &store.backup_id)?.is_none() {
                return Ok(()); // already done
            }
            backups::delete(tx, &store.backup_id)?;
            quotas::apply(
                tx,
                &store.project_id,
                &[("backups", -1), ("backup_gigabytes", -(store.size as i64))],
            )
        })
    }
    fn resumable(&self) -> bool {
        true
    }
}
