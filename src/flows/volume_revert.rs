//! The revert_to_snapshot flow (Cinder: the latest snapshot only).

use serde::{Deserialize, Serialize};

use crate::catalogue::{snapshots, volumes};
use crate::error::{Error, Result};
use crate::flow::engine::Store;
use crate::flow::{Cx, Flow, Outcome, Task};
use crate::model::{SnapshotStatus, VolumeStatus};

pub const KIND: &str = "volume_revert";

#[derive(Debug, Serialize, Deserialize)]
pub struct RevertVolumeStore {
    /// The volume\'s `host@backend#pool` (empty in flows journaled before it was recorded).
    #[serde(default)]
    pub host: String,
    pub volume_id: String,
    pub snapshot_id: String,
    pub new_active_id: String,
    /// Filled by `RevertToSnapshotCheckTask`.
    pub snapshot_location: String,
    pub old_location: String,
    pub size: u64,
    /// Filled by `RevertToSnapshotOnBackendTask`: the volume's location afterwards (the
    /// same as `old_location` where the backend rolls back in place).
    #[serde(default)]
    pub new_location: Option<String>,
}

impl Store for RevertVolumeStore {
    fn locks(&self) -> Vec<String> {
        vec![format!("volume-{}", self.volume_id)]
    }
    fn host(&self) -> &str {
        &self.host
    }
}

/// The revert_to_snapshot flow:
///
/// 1. `RevertToSnapshotCheckTask` requires the volume's latest snapshot; moves the volume
///    to `reverting` and the snapshot to `restoring`.
/// 2. `RevertToSnapshotOnBackendTask` makes a new writable image holding the snapshot's
///    data (the volume keeps its current size, as Cinder).
/// 3. `RevertToSnapshotOnFinishTask` switches the volume to it; both back to `available`.
/// 4. `DeleteRevertedImageTask` deletes the image the volume no longer uses. Idempotent.
pub fn get_flow() -> Flow<RevertVolumeStore> {
    Flow::new(KIND)
        .add(RevertToSnapshotCheckTask)
        .add(RevertToSnapshotOnBackendTask)
        .add(RevertToSnapshotOnFinishTask)
        .add(DeleteRevertedImageTask)
}

/// Reversion strategy: statuses back to `available`, where still transitional.
pub struct RevertToSnapshotCheckTask;

/// The volume's and the snapshot's `updated_at` before the check.
#[derive(Debug, Serialize, Deserialize)]
pub struct Stamps {
    volume: String,
    snapshot: String,
}

impl Task<RevertVolumeStore> for RevertToSnapshotCheckTask {
    type Output = Stamps;
    fn name(&self) -> &'static str {
        "RevertToSnapshotCheckTask"
    }
    fn execute(&self, cx: &Cx<'_>, store: &mut RevertVolumeStore) -> Result<Stamps> {
        cx.catalogue.write(|tx| {
            let snapshot = snapshots::must_get(tx, &store.snapshot_id)?;
            let volume = volumes::must_get(tx, &store.volume_id)?;
            let latest = snapshots::of_volume(tx, &volume.id)?.pop();
            if latest.as_ref().map(|s| &s.id) != Some(&snapshot.id) {
                return Err(Error::invalid_state(format!(
                    "cannot revert volume {} to snapshot {}: only the latest snapshot ({}) can be \
                     reverted to; delete the newer ones first",
                    volume.name,
                    snapshot.name,
                    latest.map_or_else(String::new, |s| s.name)
                ))
                .into());
            }
            volumes::transition(
                tx,
                &volume.id,
                &[VolumeStatus::Available],
                VolumeStatus::Reverting,
                "revert",
            )?;
            snapshots::transition(
                tx,
                &snapshot.id,
                &[SnapshotStatus::Available],
                SnapshotStatus::Restoring,
                "revert to",
            )?;
            store.snapshot_location = snapshot
                .provider_location
                .ok_or_else(|| Error::invalid_state("the snapshot has no image"))?;
            store.old_location = volume.provider_location.unwrap_or_default();
            store.size = volume.size;
            Ok(Stamps {
                volume: volume.updated_at,
                snapshot: snapshot.updated_at,
            })
        })
    }
    fn revert(
        &self,
        cx: &Cx<'_>,
        store: &RevertVolumeStore,
        outcome: Outcome<'_, Stamps>,
    ) -> Result<()> {
        let (volume_stamp, snapshot_stamp) = match outcome {
            Outcome::Done(s) => (Some(s.volume.as_str()), Some(s.snapshot.as_str())),
            Outcome::Failed(_) => return Ok(()),
            Outcome::Unknown => (None, None),
        };
        cx.catalogue.write(|tx| {
            let (from, to) = (VolumeStatus::Reverting, VolumeStatus::Available);
            volumes::restore(tx, &store.volume_id, from, to, volume_stamp)?;
            let (from, to) = (SnapshotStatus::Restoring, SnapshotStatus::Available);
            snapshots::restore(tx, &store.snapshot_id, from, to, snapshot_stamp)?;
            Ok(())
        })
    }
}

/// Reversion strategy: delete the new image unless the volume already uses it.
pub struct RevertToSnapshotOnBackendTask;

impl Task<RevertVolumeStore> for RevertToSnapshotOnBackendTask {
    type Output = String;
    fn name(&self) -> &'static str {
        "RevertToSnapshotOnBackendTask"
    }
    fn execute(&self, cx: &Cx<'_>, store: &mut RevertVolumeStore) -> Result<String> {
        let location = cx.backend.driver.revert_to_snapshot(
            &store.old_location,
            &store.snapshot_location,
            &store.new_active_id,
            store.size,
            &*cx.progress,
            &cx.cancel,
        )?;
        store.new_location = Some(location.clone());
        Ok(location)
    }
    fn revert(
        &self,
        cx: &Cx<'_>,
        store: &RevertVolumeStore,
        _outcome: Outcome<'_, String>,
    ) -> Result<()> {
        super::delete_unused_image(cx, &store.volume_id, &store.new_active_id)
    }
}

/// Switches the volume to the new image. Idempotent.
pub struct RevertToSnapshotOnFinishTask;

impl Task<RevertVolumeStore> for RevertToSnapshotOnFinishTask {
    type Output = ();
    fn name(&self) -> &'static str {
        "RevertToSnapshotOnFinishTask"
    }
    fn execute(&self, cx: &Cx<'_>, store: &mut RevertVolumeStore) -> Result<()> {
        let new_location = store
            .new_location
            .clone()
            .ok_or_else(|| anyhow::anyhow!("the revert's backend task left no result"))?;
        cx.catalogue.write(|tx| {
            volumes::set_provider_location(tx, &store.volume_id, &new_location)?;
            volumes::set_status(tx, &store.volume_id, VolumeStatus::Available)?;
            snapshots::set_status(tx, &store.snapshot_id, SnapshotStatus::Available)
        })
    }
    /// Switches back to the old image, unless `DeleteRevertedImageTask` already removed it:
    /// then the revert to the snapshot is complete and cannot be undone, so the volume keeps
    /// its new image (and the backend task's revert leaves that image alone).
    fn revert(
        &self,
        cx: &Cx<'_>,
        store: &RevertVolumeStore,
        _outcome: Outcome<'_, ()>,
    ) -> Result<()> {
        if !cx.backend.driver.image_exists(&store.old_location)? {
            tracing::warn!("the volume's previous image is gone; the revert to the snapshot stays");
            return Ok(());
        }
        cx.catalogue.write(|tx| {
            volumes::set_provider_location(tx, &store.volume_id, &store.old_location)?;
            volumes::set_status(tx, &store.volume_id, VolumeStatus::Reverting)?;
            snapshots::set_status(tx, &store.snapshot_id, SnapshotStatus::Restoring)
        })
    }
    fn resumable(&self) -> bool {
        true
    }
}

/// Deletes the image the volume used before the revert. Idempotent.
pub struct DeleteRevertedImageTask;

impl Task<RevertVolumeStore> for DeleteRevertedImageTask {
    type Output = ();
    fn name(&self) -> &'static str {
        "DeleteRevertedImageTask"
    }
    fn execute(&self, cx: &Cx<'_>, store: &mut RevertVolumeStore) -> Result<()> {
        // A backend that rolled back in place has no previous image to drop.
        if store.new_location.as_deref() != Some(store.old_location.as_str()) {
            cx.backend.driver.delete_image(&store.old_location)?;
        }
        Ok(())
    }
    fn resumable(&self) -> bool {
        true
    }
}
