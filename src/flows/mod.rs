//! Cinder's volume flows, one module per flow, each with a `get_flow()` whose doc comment
//! numbers its steps. Shared tasks (quota reservation) live here, and so does the registry
//! `flow recover` uses to rebuild a journaled flow from its kind.

pub mod attachment_update;
pub mod backup_create;
pub mod backup_delete;
pub mod backup_restore;
pub mod snapshot_create;
pub mod snapshot_delete;
pub mod volume_attach;
pub mod volume_create;
pub mod volume_delete;
pub mod volume_detach;
pub mod volume_extend;
pub mod volume_flatten;
pub mod volume_migrate;
pub mod volume_revert;

use crate::catalogue::flows::FlowRecord;
use crate::catalogue::{quotas, volumes};
use crate::error::Result;
use crate::flow::engine::{self, Recovery};
use crate::flow::{Cx, Env, Outcome, Task};
use crate::model::VolumeStatus;

/// Rebuilds a journaled flow by kind and recovers it.
pub fn recover(env: &Env, record: &FlowRecord) -> Result<Recovery> {
    match record.kind.as_str() {
        volume_create::KIND => engine::recover(env, &volume_create::get_flow(), &record.id),
        volume_delete::KIND => engine::recover(env, &volume_delete::get_flow(), &record.id),
        volume_extend::KIND => engine::recover(env, &volume_extend::get_flow(), &record.id),
        volume_flatten::KIND => engine::recover(env, &volume_flatten::get_flow(), &record.id),
        volume_revert::KIND => engine::recover(env, &volume_revert::get_flow(), &record.id),
        volume_migrate::KIND => engine::recover(env, &volume_migrate::get_flow(), &record.id),
        snapshot_create::KIND => engine::recover(env, &snapshot_create::get_flow(), &record.id),
        snapshot_delete::KIND => engine::recover(env, &snapshot_delete::get_flow(), &record.id),
        backup_create::KIND => engine::recover(env, &backup_create::get_flow(), &record.id),
        backup_restore::KIND => engine::recover(env, &backup_restore::get_flow(), &record.id),
        backup_delete::KIND => engine::recover(env, &backup_delete::get_flow(), &record.id),
        volume_attach::KIND => engine::recover(env, &volume_attach::get_flow(), &record.id),
        volume_detach::KIND => engine::recover(env, &volume_detach::get_flow(), &record.id),
        attachment_update::KIND => engine::recover(env, &attachment_update::get_flow(), &record.id),
        other => Err(engine::unknown_kind(other)),
    }
}

/// A flow store that reserves quota.
pub trait QuotaStore {
    fn project_id(&self) -> &str;
    /// What the flow adds to each quota resource.
    fn quota_deltas(&self) -> Vec<(&'static str, i64)>;
}

/// Reserves the flow's quota deltas, refusing when a limit would be exceeded.
///
/// Reversion strategy: roll back the flow's reservations (idempotent; reservations carry the
/// flow id, so an interrupted flow never leaks them, unlike Cinder's).
pub struct QuotaReserveTask;

impl<S: QuotaStore> Task<S> for QuotaReserveTask {
    type Output = ();
    fn name(&self) -> &'static str {
        "QuotaReserveTask"
    }
    fn execute(&self, cx: &Cx<'_>, store: &mut S) -> Result<()> {
        let deltas = store.quota_deltas();
        cx.catalogue
            .write(|tx| quotas::reserve(tx, cx.flow_id, store.project_id(), &deltas))
    }
    fn revert(&self, cx: &Cx<'_>, _store: &S, _outcome: Outcome<'_, ()>) -> Result<()> {
        cx.catalogue.write(|tx| quotas::rollback(tx, cx.flow_id))
    }
}

/// Moves the flow's reservations into usage.
///
/// Reversion strategy: if the reservations are still there the commit never happened, so
/// roll them back; otherwise subtract the committed deltas from usage again.
pub struct QuotaCommitTask;

impl<S: QuotaStore> Task<S> for QuotaCommitTask {
    type Output = ();
    fn name(&self) -> &'static str {
        "QuotaCommitTask"
    }
    fn execute(&self, cx: &Cx<'_>, _store: &mut S) -> Result<()> {
        cx.catalogue.write(|tx| quotas::commit(tx, cx.flow_id))
    }
    fn revert(&self, cx: &Cx<'_>, store: &S, _outcome: Outcome<'_, ()>) -> Result<()> {
        let deltas = store.quota_deltas();
        cx.catalogue.write(|tx| {
            if quotas::has_reservations(tx, cx.flow_id)? {
                quotas::rollback(tx, cx.flow_id)
            } else {
                let released: Vec<(&str, i64)> = deltas.iter().map(|&(r, d)| (r, -d)).collect();
                quotas::apply(tx, store.project_id(), &released)
            }
        })
    }
}

/// Revert of a check task that moved a volume from `available` to `from` and journaled the
/// volume's previous `updated_at`: puts both back, if the status is still `from`.
fn restore_available(
    cx: &Cx<'_>,
    volume_id: &str,
    from: VolumeStatus,
    outcome: Outcome<'_, String>,
) -> Result<()> {
    let stamp = match outcome {
        Outcome::Done(updated_at) => Some(updated_at.as_str()),
        Outcome::Failed(_) => return Ok(()), // the check's transaction changed nothing
        Outcome::Unknown => None,
    };
    cx.catalogue.write(|tx| {
        volumes::restore(tx, volume_id, from, VolumeStatus::Available, stamp)?;
        Ok(())
    })
}

/// Revert of a task that made a new writable image for a volume: deletes it, unless the
/// catalogue already switched the volume to it.
fn delete_unused_image(cx: &Cx<'_>, volume_id: &str, image_id: &str) -> Result<()> {
    let new_location = cx.backend.driver.location_of(image_id);
    let volume = cx.catalogue.read(|tx| volumes::get(tx, volume_id))?;
    if volume.and_then(|v| v.provider_location).as_deref() != Some(new_location.as_str()) {
        cx.backend.driver.delete_image(&new_location)?;
    }
    Ok(())
}

/// Purges deferred volumes nothing depends on any more (after a clone was flattened or
/// deleted): their images and snapshots on the backend, then their rows. Repeats, so a
/// chain of deferred parents goes in order.
///
/// Reversion strategy: none; idempotent, so `flow recover` resumes it.
pub struct PurgeDeferredTask;

impl<S> Task<S> for PurgeDeferredTask {
    type Output = Vec<String>;
    fn name(&self) -> &'static str {
        "PurgeDeferredTask"
    }
    fn execute(&self, cx: &Cx<'_>, _store: &mut S) -> Result<Vec<String>> {
        let mut purged = Vec::new();
        loop {
            let ready = cx.catalogue.read(volumes::purgeable)?;
            if ready.is_empty() {
                return Ok(purged);
            }
            for deferred in ready {
                cx.backend
                    .driver
                    .purge_deferred(&deferred.location, &deferred.snapshot_locations)?;
                cx.catalogue
                    .write(|tx| volumes::purge_rows(tx, &deferred.id))?;
                purged.push(deferred.id);
            }
        }
    }
    fn resumable(&self) -> bool {
        true
    }
}
