//! The delete_snapshot flow.

use serde::{Deserialize, Serialize};

use crate::catalogue::{quotas, snapshots, volumes};
use crate::error::{Error, Result};
use crate::flow::engine::Store;
use crate::flow::{Cx, Flow, Outcome, Task};
use crate::model::{Previous, SnapshotStatus, VolumeStatus};

pub const KIND: &str = "snapshot_delete";

#[derive(Debug, Serialize, Deserialize)]
pub struct DeleteSnapshotStore {
    /// The volume\'s `host@backend#pool` (empty in flows journaled before it was recorded).
    #[serde(default)]
    pub host: String,
    pub snapshot_id: String,
    pub volume_id: String,
    /// Filled by `DeleteSnapshotCheckTask`.
    pub snapshot_location: Option<String>,
    pub volume_location: String,
}

impl Store for DeleteSnapshotStore {
    fn locks(&self) -> Vec<String> {
        vec![format!("volume-{}", self.volume_id)]
    }
    fn host(&self) -> &str {
        &self.host
    }
}

/// The delete_snapshot flow:
///
/// 1. `DeleteSnapshotCheckTask` refuses a snapshot with dependent clones and moves it to
///    `deleting`.
/// 2. `DeleteSnapshotOnBackendTask` merges its data into the image above it, then deletes
///    its image. Idempotent.
/// 3. `DeleteSnapshotEntryTask` removes the row and releases its quota. Idempotent.
pub fn get_flow() -> Flow<DeleteSnapshotStore> {
    Flow::new(KIND)
        .add(DeleteSnapshotCheckTask)
        .add(DeleteSnapshotOnBackendTask)
        .add(DeleteSnapshotEntryTask)
}

/// Reversion strategy: back to the previous status if still `deleting`.
pub struct DeleteSnapshotCheckTask;

impl Task<DeleteSnapshotStore> for DeleteSnapshotCheckTask {
    type Output = Previous<SnapshotStatus>;
    fn name(&self) -> &'static str {
        "DeleteSnapshotCheckTask"
    }
    fn execute(
        &self,
        cx: &Cx<'_>,
        store: &mut DeleteSnapshotStore,
    ) -> Result<Previous<SnapshotStatus>> {
        cx.catalogue.write(|tx| {
            let snapshot = snapshots::must_get(tx, &store.snapshot_id)?;
            let clones = volumes::dependents_of_snapshot(tx, &snapshot.id)?;
            if !clones.is_empty() {
                let names: Vec<&str> = clones.iter().map(|v| v.name.as_str()).collect();
                return Err(Error::invalid_state(format!(
                    "snapshot {} has dependent clone(s) {}: flatten or delete them first \
                     (blockctl volume flatten {})",
                    snapshot.name,
                    names.join(", "),
                    names[0]
                ))
                .into());
            }
            let volume = volumes::must_get(tx, &snapshot.volume_id)?;
            if !matches!(volume.status, VolumeStatus::Available | VolumeStatus::Error) {
                return Err(Error::invalid_state(format!(
                    "cannot delete snapshot {}: volume {} is '{}', it must be available",
                    snapshot.name, volume.name, volume.status
                ))
                .into());
            }
            snapshots::transition(
                tx,
                &snapshot.id,
                &[
                    SnapshotStatus::Available,
                    SnapshotStatus::Error,
                    SnapshotStatus::ErrorDeleting,
                ],
                SnapshotStatus::Deleting,
                "delete",
            )?;
            store.snapshot_location = snapshot.provider_location;
            store.volume_location = volume.provider_location.unwrap_or_default();
            Ok(Previous {
                status: snapshot.status,
                updated_at: snapshot.updated_at,
            })
        })
    }
    fn revert(
        &self,
        cx: &Cx<'_>,
        store: &DeleteSnapshotStore,
        outcome: Outcome<'_, Previous<SnapshotStatus>>,
    ) -> Result<()> {
        let (to, stamp) = match outcome {
            Outcome::Done(previous) => (previous.status, Some(previous.updated_at.as_str())),
            Outcome::Failed(_) => return Ok(()),
            Outcome::Unknown => (SnapshotStatus::Available, None),
        };
        cx.catalogue.write(|tx| {
            snapshots::restore(tx, &store.snapshot_id, SnapshotStatus::Deleting, to, stamp)?;
            Ok(())
        })
    }
}

/// Reversion strategy: mark the snapshot `error_deleting` (deleting again finishes the job).
pub struct DeleteSnapshotOnBackendTask;

impl Task<DeleteSnapshotStore> for DeleteSnapshotOnBackendTask {
    type Output = ();
    fn name(&self) -> &'static str {
        "DeleteSnapshotOnBackendTask"
    }
    fn execute(&self, cx: &Cx<'_>, store: &mut DeleteSnapshotStore) -> Result<()> {
        match &store.snapshot_location {
            Some(location) => cx
                .backend
                .driver
                .delete_snapshot(&store.volume_location, location),
            None => Ok(()),
        }
    }
    fn revert(
        &self,
        cx: &Cx<'_>,
        store: &DeleteSnapshotStore,
        _outcome: Outcome<'_, ()>,
    ) -> Result<()> {
        cx.catalogue.write(|tx| {
            snapshots::set_status(tx, &store.snapshot_id, SnapshotStatus::ErrorDeleting)
        })
    }
    fn resumable(&self) -> bool {
        true
    }
}

/// Removes the row and releases `snapshots` and `gigabytes`, in one transaction.
pub struct DeleteSnapshotEntryTask;

impl Task<DeleteSnapshotStore> for DeleteSnapshotEntryTask {
    type Output = ();
    fn name(&self) -> &'static str {
        "DeleteSnapshotEntryTask"
    }
    fn execute(&self, cx: &Cx<'_>, store: &mut DeleteSnapshotStore) -> Result<()> {
        cx.catalogue.write(|tx| {
            let Some(snapshot) = snapshots::get(tx, &store.snapshot_id)? else {
                return Ok(());
            };
            snapshots::delete(tx, &snapshot.id)?;
            quotas::apply(
                tx,
                &snapshot.project_id,
                &[
                    ("snapshots", -1),
                    ("gigabytes", -(snapshot.volume_size as i64)),
                ],
            )
        })
    }
    fn resumable(&self) -> bool {
        true
    }
}
