//! The create_snapshot flow.

use serde::{Deserialize, Serialize};

use super::{QuotaCommitTask, QuotaReserveTask, QuotaStore};
use crate::catalogue::{self, snapshots, volumes};
use crate::driver::SnapshotCreated;
use crate::error::{Error, Result};
use crate::flow::engine::Store;
use crate::flow::{Cx, Flow, Outcome, Task};
use crate::model::{Snapshot, SnapshotStatus, VolumeStatus};

pub const KIND: &str = "snapshot_create";

#[derive(Debug, Serialize, Deserialize)]
pub struct CreateSnapshotStore {
    /// The volume\'s `host@backend#pool` (empty in flows journaled before it was recorded).
    #[serde(default)]
    pub host: String,
    pub project_id: String,
    pub volume_id: String,
    pub snapshot_id: String,
    pub name: String,
    pub description: Option<String>,
    /// The id naming the volume's new writable image.
    pub new_active_id: String,
    /// Filled by `ExtractSnapshotRequestTask`.
    pub volume_size: u64,
    /// The volume's location when the flow started.
    pub volume_location: String,
    #[serde(default)]
    pub volume_updated_at: String,
    /// Filled by `CreateSnapshotOnBackendTask`.
    #[serde(default)]
    pub created: Option<SnapshotCreated>,
}

impl Store for CreateSnapshotStore {
    fn locks(&self) -> Vec<String> {
        vec![format!("volume-{}", self.volume_id)]
    }
    fn host(&self) -> &str {
        &self.host
    }
}

impl QuotaStore for CreateSnapshotStore {
    fn project_id(&self) -> &str {
        &self.project_id
    }
    fn quota_deltas(&self) -> Vec<(&'static str, i64)> {
        vec![("snapshots", 1), ("gigabytes", self.volume_size as i64)]
    }
}

/// The create_snapshot flow:
///
/// 1. `ExtractSnapshotRequestTask` checks the volume is `available` and notes its image.
/// 2. `QuotaReserveTask` reserves `snapshots` +1 and `gigabytes` +size.
/// 3. `SnapshotEntryCreateTask` inserts the snapshot row in `creating`.
/// 4. `QuotaCommitTask` commits the reservation.
/// 5. `CreateSnapshotOnBackendTask` freezes the image and puts a new writable one on top.
/// 6. `CreateSnapshotOnFinishTask` records both locations and makes the snapshot
///    `available`, in one transaction. Idempotent.
pub fn get_flow() -> Flow<CreateSnapshotStore> {
    Flow::new(KIND)
        .add(ExtractSnapshotRequestTask)
        .add(QuotaReserveTask)
        .add(SnapshotEntryCreateTask)
        .add(QuotaCommitTask)
        .add(CreateSnapshotOnBackendTask)
        .add(CreateSnapshotOnFinishTask)
}

/// Reversion strategy: nothing to undo.
pub struct ExtractSnapshotRequestTask;

impl Task<CreateSnapshotStore> for ExtractSnapshotRequestTask {
    type Output = ();
    fn name(&self) -> &'static str {
        "ExtractSnapshotRequestTask"
    }
    fn execute(&self, cx: &Cx<'_>, store: &mut CreateSnapshotStore) -> Result<()> {
        let volume = cx
            .catalogue
            .read(|tx| volumes::must_get(tx, &store.volume_id))?;
        if volume.status != VolumeStatus::Available {
            let hint = if volume.status == VolumeStatus::InUse {
                format!(" (detach it first: blockctl volume detach {})", volume.name)
            } else {
                String::new()
            };
            return Err(Error::invalid_state(format!(
                "cannot snapshot volume {}: its status is '{}', it must be available{hint}",
                volume.name, volume.status
            ))
            .into());
        }
        store.volume_size = volume.size;
        store.volume_updated_at = volume.updated_at.clone();
        store.volume_location = volume
            .provider_location
            .ok_or_else(|| Error::invalid_state(format!("volume {} has no image", volume.name)))?;
        Ok(())
    }
}

/// Reversion strategy: delete the row (unless the insert itself failed).
pub struct SnapshotEntryCreateTask;

impl Task<CreateSnapshotStore> for SnapshotEntryCreateTask {
    type Output = ();
    fn name(&self) -> &'static str {
        "SnapshotEntryCreateTask"
    }
    fn execute(&self, cx: &Cx<'_>, store: &mut CreateSnapshotStore) -> Result<()> {
        let now = catalogue::now();
        let snapshot = Snapshot {
            id: store.snapshot_id.clone(),
            name: store.name.clone(),
            volume_id: store.volume_id.clone(),
            volume_size: store.volume_size,
            status: SnapshotStatus::Creating,
            project_id: store.project_id.clone(),
            provider_location: None,
            description: store.description.clone(),
            created_at: now.clone(),
            updated_at: now,
        };
        cx.catalogue.write(|tx| snapshots::insert(tx, &snapshot))
    }
    fn revert(
        &self,
        cx: &Cx<'_>,
        store: &CreateSnapshotStore,
        outcome: Outcome<'_, ()>,
    ) -> Result<()> {
        if matches!(outcome, Outcome::Failed(_)) {
            return Ok(());
        }
        cx.catalogue
            .write(|tx| snapshots::delete(tx, &store.snapshot_id))
    }
}

/// Reversion strategy: delete the new writable image, unless the volume already uses it.
pub struct CreateSnapshotOnBackendTask;

impl Task<CreateSnapshotStore> for CreateSnapshotOnBackendTask {
    type Output = SnapshotCreated;
    fn name(&self) -> &'static str {
        "CreateSnapshotOnBackendTask"
    }
    fn execute(&self, cx: &Cx<'_>, store: &mut CreateSnapshotStore) -> Result<SnapshotCreated> {
        let (volume, id, image) = (
            &store.volume_location,
            &store.snapshot_id,
            &store.new_active_id,
        );
        let created = cx.backend.driver.create_snapshot(volume, id, image)?;
        store.created = Some(created.clone());
        Ok(created)
    }
    fn revert(
        &self,
        cx: &Cx<'_>,
        store: &CreateSnapshotStore,
        _outcome: Outcome<'_, SnapshotCreated>,
    ) -> Result<()> {
        // Never undo under a volume the catalogue has already moved to the new image.
        let volume = cx.catalogue.read(|tx| volumes::get(tx, &store.volume_id))?;
        let current = volume.and_then(|v| v.provider_location);
        if current.is_some_and(|location| location != store.volume_location) {
            return Ok(());
        }
        let (volume, id, image) = (
            &store.volume_location,
            &store.snapshot_id,
            &store.new_active_id,
        );
        cx.backend.driver.undo_create_snapshot(volume, id, image)
    }
}

/// Switches the volume to its new image and the snapshot to the frozen one. Idempotent.
pub struct CreateSnapshotOnFinishTask;

impl Task<CreateSnapshotStore> for CreateSnapshotOnFinishTask {
    type Output = ();
    fn name(&self) -> &'static str {
        "CreateSnapshotOnFinishTask"
    }
    fn execute(&self, cx: &Cx<'_>, store: &mut CreateSnapshotStore) -> Result<()> {
        let created = store
            .created
            .clone()
            .ok_or_else(|| anyhow::anyhow!("the snapshot's backend task left no result"))?;
        cx.catalogue.write(|tx| {
            volumes::set_provider_location(tx, &store.volume_id, &created.volume_location)?;
            snapshots::set_available(tx, &store.snapshot_id, &created.snapshot_location)
        })
    }
    fn revert(
        &self,
        cx: &Cx<'_>,
        store: &CreateSnapshotStore,
        _outcome: Outcome<'_, ()>,
    ) -> Result<()> {
        cx.catalogue.write(|tx| {
            let (id, location) = (&store.volume_id, &store.volume_location);
            volumes::restore_provider_location(tx, id, location, &store.volume_updated_at)
        })
    }
    fn resumable(&self) -> bool {
        true
    }
}
