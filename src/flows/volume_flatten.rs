//! The flatten flow: a copy-on-write clone copies its parent's data and stops depending on it.

use serde::{Deserialize, Serialize};

use crate::catalogue::{snapshots, volumes};
use crate::error::{Error, Result};
use crate::flow::engine::Store;
use crate::flow::{Cx, Flow, Outcome, Task};
use crate::model::VolumeStatus;

pub const KIND: &str = "volume_flatten";

#[derive(Debug, Serialize, Deserialize)]
pub struct FlattenVolumeStore {
    /// The volume\'s `host@backend#pool` (empty in flows journaled before it was recorded).
    #[serde(default)]
    pub host: String,
    pub volume_id: String,
    /// Filled by `FlattenVolumeCheckTask`: the volume's image, its oldest snapshot's, and
    /// its parent snapshot.
    pub volume_location: String,
    #[serde(default)]
    pub oldest_snapshot: Option<String>,
    #[serde(default)]
    pub parent_snapshot_id: Option<String>,
}

impl Store for FlattenVolumeStore {
    fn locks(&self) -> Vec<String> {
        vec![format!("volume-{}", self.volume_id)]
    }
    fn host(&self) -> &str {
        &self.host
    }
}

/// The flatten flow:
///
/// 1. `FlattenVolumeCheckTask` requires a clone in `available`; moves it to `maintenance`.
/// 2. `FlattenVolumeTask` copies the parent's data into the clone (progress bar). Ctrl-C or
///    a crash leaves a valid clone, and the flow is reverted.
/// 3. `FlattenVolumeOnFinishTask` drops the dependency and makes the volume `available`.
/// 4. `PurgeDeferredTask` purges a deferred parent this was the last dependent of.
pub fn get_flow() -> Flow<FlattenVolumeStore> {
    Flow::new(KIND)
        .add(FlattenVolumeCheckTask)
        .add(FlattenVolumeTask)
        .add(FlattenVolumeOnFinishTask)
        .add(super::PurgeDeferredTask)
}

/// Reversion strategy: back to `available` if still `maintenance`.
pub struct FlattenVolumeCheckTask;

impl Task<FlattenVolumeStore> for FlattenVolumeCheckTask {
    /// The volume's `updated_at` before the check.
    type Output = String;
    fn name(&self) -> &'static str {
        "FlattenVolumeCheckTask"
    }
    fn execute(&self, cx: &Cx<'_>, store: &mut FlattenVolumeStore) -> Result<String> {
        cx.catalogue.write(|tx| {
            let volume = volumes::must_get(tx, &store.volume_id)?;
            if volume.parent_snapshot_id.is_none() {
                return Err(Error::invalid_state(format!(
                    "volume {} is not a clone: there is nothing to flatten",
                    volume.name
                ))
                .into());
            }
            volumes::transition(
                tx,
                &volume.id,
                &[VolumeStatus::Available],
                VolumeStatus::Maintenance,
                "flatten",
            )?;
            store.oldest_snapshot = snapshots::of_volume(tx, &volume.id)?
                .into_iter()
                .find_map(|s| s.provider_location);
            store.parent_snapshot_id = volume.parent_snapshot_id.clone();
            store.volume_location = volume
                .provider_location
                .ok_or_else(|| Error::invalid_state("the volume has no image"))?;
            Ok(volume.updated_at)
        })
    }
    fn revert(
        &self,
        cx: &Cx<'_>,
        store: &FlattenVolumeStore,
        outcome: Outcome<'_, String>,
    ) -> Result<()> {
        super::restore_available(cx, &store.volume_id, VolumeStatus::Maintenance, outcome)
    }
}

/// Reversion strategy: none needed; an interrupted flatten leaves a valid clone.
pub struct FlattenVolumeTask;

impl Task<FlattenVolumeStore> for FlattenVolumeTask {
    type Output = ();
    fn name(&self) -> &'static str {
        "FlattenVolumeTask"
    }
    fn execute(&self, cx: &Cx<'_>, store: &mut FlattenVolumeStore) -> Result<()> {
        let oldest = store.oldest_snapshot.as_deref();
        cx.backend
            .driver
            .flatten(&store.volume_location, oldest, &*cx.progress, &cx.cancel)
    }
}

/// Drops the dependency on the parent snapshot and makes the volume `available`. Idempotent.
pub struct FlattenVolumeOnFinishTask;

impl Task<FlattenVolumeStore> for FlattenVolumeOnFinishTask {
    type Output = ();
    fn name(&self) -> &'static str {
        "FlattenVolumeOnFinishTask"
    }
    fn execute(&self, cx: &Cx<'_>, store: &mut FlattenVolumeStore) -> Result<()> {
        cx.catalogue.write(|tx| {
            volumes::set_parent_snapshot(tx, &store.volume_id, None)?;
            volumes::set_status(tx, &store.volume_id, VolumeStatus::Available)
        })
    }
    /// Back to a clone in `maintenance` (the check's revert then restores `available`).
    fn revert(
        &self,
        cx: &Cx<'_>,
        store: &FlattenVolumeStore,
        _outcome: Outcome<'_, ()>,
    ) -> Result<()> {
        cx.catalogue.write(|tx| {
            let parent = store.parent_snapshot_id.as_deref();
            volumes::set_parent_snapshot(tx, &store.volume_id, parent)?;
            volumes::set_status(tx, &store.volume_id, VolumeStatus::Maintenance)
        })
    }
    fn resumable(&self) -> bool {
        true
    }
}
