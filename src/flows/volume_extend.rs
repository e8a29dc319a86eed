//! The extend_volume flow.

use serde::{Deserialize, Serialize};

use super::{QuotaReserveTask, QuotaStore};
use crate::catalogue::{quotas, volumes};
use crate::error::{Error, Result};
use crate::flow::engine::Store;
use crate::flow::{Cx, Flow, Outcome, Task};
use crate::model::VolumeStatus;

pub const KIND: &str = "volume_extend";

#[derive(Debug, Serialize, Deserialize)]
pub struct ExtendVolumeStore {
    /// The volume\'s `host@backend#pool` (empty in flows journaled before it was recorded).
    #[serde(default)]
    pub host: String,
    pub project_id: String,
    pub volume_id: String,
    pub new_size: u64,
    /// Filled by `ExtendVolumeCheckTask`.
    pub old_size: u64,
    pub location: String,
}

impl Store for ExtendVolumeStore {
    fn locks(&self) -> Vec<String> {
        vec![format!("volume-{}", self.volume_id)]
    }
    fn host(&self) -> &str {
        &self.host
    }
}

impl QuotaStore for ExtendVolumeStore {
    fn project_id(&self) -> &str {
        &self.project_id
    }
    fn quota_deltas(&self) -> Vec<(&'static str, i64)> {
        vec![("gigabytes", self.new_size as i64 - self.old_size as i64)]
    }
}

/// The extend_volume flow:
///
/// 1. `ExtendVolumeCheckTask` refuses a smaller size and moves the volume to `extending`.
/// 2. `QuotaReserveTask` reserves the extra `gigabytes`.
/// 3. `ExtendVolumeTask` grows the image. Idempotent.
/// 4. `ExtendVolumeOnFinishTask` records the size, commits the quota, makes it `available`.
pub fn get_flow() -> Flow<ExtendVolumeStore> {
    Flow::new(KIND)
        .add(ExtendVolumeCheckTask)
        .add(QuotaReserveTask)
        .add(ExtendVolumeTask)
        .add(ExtendVolumeOnFinishTask)
}

/// Reversion strategy: back to `available` if still `extending`.
pub struct ExtendVolumeCheckTask;

impl Task<ExtendVolumeStore> for ExtendVolumeCheckTask {
    /// The volume's `updated_at` before the check.
    type Output = String;
    fn name(&self) -> &'static str {
        "ExtendVolumeCheckTask"
    }
    fn execute(&self, cx: &Cx<'_>, store: &mut ExtendVolumeStore) -> Result<String> {
        cx.catalogue.write(|tx| {
            let volume = volumes::must_get(tx, &store.volume_id)?;
            if store.new_size <= volume.size {
                return Err(Error::usage(format!(
                    "cannot extend volume {} to {} GiB: it already has {} GiB (volumes only grow)",
                    volume.name, store.new_size, volume.size
                ))
                .into());
            }
            volumes::transition(
                tx,
                &volume.id,
                &[VolumeStatus::Available],
                VolumeStatus::Extending,
                "extend",
            )?;
            store.old_size = volume.size;
            store.location = volume.provider_location.unwrap_or_default();
            Ok(volume.updated_at)
        })
    }
    fn revert(
        &self,
        cx: &Cx<'_>,
        store: &ExtendVolumeStore,
        outcome: Outcome<'_, String>,
    ) -> Result<()> {
        super::restore_available(cx, &store.volume_id, VolumeStatus::Extending, outcome)
    }
}

/// Grows the image (a no-op if it is already that large).
/// Reversion strategy: none; an image cannot shrink, and a larger image than the catalogue
/// says is harmless (the next extend to that size is a no-op).
pub struct ExtendVolumeTask;

impl Task<ExtendVolumeStore> for ExtendVolumeTask {
    type Output = ();
    fn name(&self) -> &'static str {
        "ExtendVolumeTask"
    }
    fn execute(&self, cx: &Cx<'_>, store: &mut ExtendVolumeStore) -> Result<()> {
        cx.backend
            .driver
            .extend_volume(&store.location, store.new_size)
    }
    fn resumable(&self) -> bool {
        true
    }
}

/// Records the new size, commits the quota and makes the volume `available`. Idempotent.
pub struct ExtendVolumeOnFinishTask;

impl Task<ExtendVolumeStore> for ExtendVolumeOnFinishTask {
    type Output = ();
    fn name(&self) -> &'static str {
        "ExtendVolumeOnFinishTask"
    }
    fn execute(&self, cx: &Cx<'_>, store: &mut ExtendVolumeStore) -> Result<()> {
        cx.catalogue.write(|tx| {
            volumes::set_size(tx, &store.volume_id, store.new_size)?;
            quotas::commit(tx, cx.flow_id)?;
            volumes::set_status(tx, &store.volume_id, VolumeStatus::Available)
        })
    }
    /// Back to the old size and `extending`, with the quota released (the check's revert
    /// then restores `available`). The image stays larger: it cannot shrink.
    fn revert(
        &self,
        cx: &Cx<'_>,
        store: &ExtendVolumeStore,
        _outcome: Outcome<'_, ()>,
    ) -> Result<()> {
        let delta = store.new_size as i64 - store.old_size as i64;
        cx.catalogue.write(|tx| {
            if quotas::has_reservations(tx, cx.flow_id)? {
                quotas::rollback(tx, cx.flow_id)?;
            } else {
                quotas::apply(tx, &store.project_id, &[("gigabytes", -delta)])?;
            }
            volumes::set_size(tx, &store.volume_id, store.old_size)?;
            volumes::set_status(tx, &store.volume_id, VolumeStatus::Extending)
        })
    }
    fn resumable(&self) -> bool {
        true
    }
}
