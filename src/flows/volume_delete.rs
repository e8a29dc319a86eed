//! The delete_volume flow, with `--cascade` deleting the volume's snapshots too.

use serde::{Deserialize, Serialize};

use crate::catalogue::{quotas, snapshots, volumes};
use crate::error::{Error, Result};
use crate::flow::engine::Store;
use crate::flow::{Cx, Flow, Outcome, Task};
use crate::model::{Previous, SnapshotStatus, VolumeStatus};

pub const KIND: &str = "volume_delete";

/// The statuses a volume may be deleted from (Cinder's, less the force-only ones).
pub const DELETABLE: &[VolumeStatus] = &[
    VolumeStatus::Available,
    VolumeStatus::Error,
    VolumeStatus::ErrorDeleting,
    VolumeStatus::ErrorRestoring,
    VolumeStatus::ErrorExtending,
];

#[derive(Debug, Serialize, Deserialize)]
pub struct DeleteVolumeStore {
    /// The volume\'s `host@backend#pool` (empty in flows journaled before it was recorded).
    #[serde(default)]
    pub host: String,
    pub project_id: String,
    pub volume_id: String,
    pub cascade: bool,
    /// Defer the deletion while clones depend on the volume's snapshots (`--defer`).
    #[serde(default)]
    pub defer: bool,
    /// Filled by `DeleteVolumeCheckTask`: the images to delete, newest first.
    pub images: Vec<String>,
    /// Filled by `DeleteVolumeCheckTask` when the deletion is deferred: the volume's image
    /// and where to purge it from later.
    #[serde(default)]
    pub deferred: Option<(String, String)>,
}

impl Store for DeleteVolumeStore {
    fn locks(&self) -> Vec<String> {
        vec![format!("volume-{}", self.volume_id)]
    }
    fn host(&self) -> &str {
        &self.host
    }
}

/// The delete_volume flow:
///
/// 1. `DeleteVolumeCheckTask` refuses a volume in use, with snapshots (unless cascading) or
///    whose snapshots have clones, and moves it (and its snapshots) to `deleting`.
///    With `--defer`, clones may depend on them: the deletion is then deferred.
/// 2. `DeleteVolumeFromBackendTask` deletes the images (deferred: takes the volume out of
///    use, its data staying for the clones — RBD moves it to the trash). Idempotent.
/// 3. `DeleteVolumeEntryTask` removes the rows (deferred: hides them) and releases their
///    quota. Idempotent.
/// 4. `PurgeDeferredTask` purges deferred volumes nothing depends on any more.
///
/// Once the images start going there is no way back, so `flow recover` resumes such a flow.
pub fn get_flow() -> Flow<DeleteVolumeStore> {
    Flow::new(KIND)
        .add(DeleteVolumeCheckTask)
        .add(DeleteVolumeFromBackendTask)
        .add(DeleteVolumeEntryTask)
        .add(super::PurgeDeferredTask)
}

/// Refuses what may not be deleted; moves the volume and its snapshots to `deleting`.
/// Reversion strategy: put back the statuses it changed, where they are still `deleting`.
pub struct DeleteVolumeCheckTask;

#[derive(Debug, Serialize, Deserialize)]
pub struct PreviousStatus {
    volume: Previous<VolumeStatus>,
    snapshots: Vec<(String, Previous<SnapshotStatus>)>,
}

impl Task<DeleteVolumeStore> for DeleteVolumeCheckTask {
    type Output = PreviousStatus;
    fn name(&self) -> &'static str {
        "DeleteVolumeCheckTask"
    }
    fn execute(&self, cx: &Cx<'_>, store: &mut DeleteVolumeStore) -> Result<PreviousStatus> {
        // Asking the backend where a deferred volume will wait is I/O: done before the write
        // transaction, not while holding it. The flow's volume lock keeps the answer true.
        let deferred = if store.defer {
            deferral_for(cx, &store.volume_id)?
        } else {
            None
        };
        cx.catalogue.write(|tx| {
            let volume = volumes::must_get(tx, &store.volume_id)?;
            if volume.attach_status != "detached" {
                return Err(Error::invalid_state(format!(
                    "volume {} is {} ({}): detach it first (blockctl volume detach {})",
                    volume.name, volume.status, volume.attach_status, volume.name
                ))
                .into());
            }
            let snaps = snapshots::of_volume(tx, &volume.id)?;
            if !snaps.is_empty() && !store.cascade {
                let names: Vec<&str> = snaps.iter().map(|s| s.name.as_str()).collect();
                return Err(Error::invalid_state(format!(
                    "volume {} has {} snapshot(s) ({}): delete them first or use --cascade",
                    volume.name,
                    snaps.len(),
                    names.join(", ")
                ))
                .into());
            }
            let mut has_clones = false;
            for snapshot in &snaps {
                let clones = volumes::dependents_of_snapshot(tx, &snapshot.id)?;
                has_clones |= !clones.is_empty();
                if !clones.is_empty() && !store.defer {
                    let names: Vec<&str> = clones.iter().map(|v| v.name.as_str()).collect();
                    return Err(Error::invalid_state(format!(
                        "volume {} cannot be deleted: its snapshot {} has dependent clone(s) {}; \
                         flatten or delete them first (blockctl volume flatten {}), or use \
                         --flatten-dependents or --defer",
                        volume.name,
                        snapshot.name,
                        names.join(", "),
                        names[0]
                    ))
                    .into());
                }
            }
            if has_clones {
                store.deferred = Some(deferred.clone().ok_or_else(|| {
                    Error::invalid_state("the volume's clones changed meanwhile; try again")
                })?);
            }
            volumes::transition(tx, &volume.id, DELETABLE, VolumeStatus::Deleting, "delete")?;
            let mut previous = Vec::new();
            for snapshot in &snaps {
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
                previous.push((
                    snapshot.id.clone(),
                    Previous {
                        status: snapshot.status,
                        updated_at: snapshot.updated_at.clone(),
                    },
                ));
            }
            // Snapshots first, newest first: an RBD image cannot go while it has snapshots.
            // A deferred deletion deletes nothing now.
            store.images.clear();
            if store.deferred.is_none() {
                let snapshot_images = snaps
                    .iter()
                    .rev()
                    .filter_map(|s| s.provider_location.clone());
                store.images.extend(snapshot_images);
                store
                    .images
                    .extend(volume.provider_location.iter().cloned());
            }
            Ok(PreviousStatus {
                volume: Previous {
                    status: volume.status,
                    updated_at: volume.updated_at,
                },
                snapshots: previous,
            })
        })
    }
    fn revert(
        &self,
        cx: &Cx<'_>,
        store: &DeleteVolumeStore,
        outcome: Outcome<'_, PreviousStatus>,
    ) -> Result<()> {
        let previous = match outcome {
            Outcome::Done(previous) => previous,
            // The check's transaction failed as a whole: nothing changed.
            Outcome::Failed(_) => return Ok(()),
            // The process died around the check's commit: undo it if it happened.
            Outcome::Unknown => {
                return cx.catalogue.write(|tx| {
                    let id = &store.volume_id;
                    volumes::restore(
                        tx,
                        id,
                        VolumeStatus::Deleting,
                        VolumeStatus::Available,
                        None,
                    )?;
                    for snapshot in snapshots::of_volume(tx, id)? {
                        let (from, to) = (SnapshotStatus::Deleting, SnapshotStatus::Available);
                        snapshots::restore(tx, &snapshot.id, from, to, None)?;
                    }
                    Ok(())
                });
            }
        };
        cx.catalogue.write(|tx| {
            let volume = &previous.volume;
            let stamp = Some(volume.updated_at.as_str());
            volumes::restore(
                tx,
                &store.volume_id,
                VolumeStatus::Deleting,
                volume.status,
                stamp,
            )?;
            for (id, snapshot) in &previous.snapshots {
                let stamp = Some(snapshot.updated_at.as_str());
                snapshots::restore(tx, id, SnapshotStatus::Deleting, snapshot.status, stamp)?;
            }
            Ok(())
        })
    }
}

/// For a volume whose snapshots have clones: its image's location and where it will wait
/// for its clones (`DeleteVolumeStore::deferred`); `None` when nothing depends on it.
fn deferral_for(cx: &Cx<'_>, volume_id: &str) -> Result<Option<(String, String)>> {
    let (volume, has_clones) = cx.catalogue.read(|tx| {
        let volume = volumes::must_get(tx, volume_id)?;
        let mut has_clones = false;
        for snapshot in snapshots::of_volume(tx, volume_id)? {
            has_clones |= !volumes::dependents_of_snapshot(tx, &snapshot.id)?.is_empty();
        }
        Ok((volume, has_clones))
    })?;
    if !has_clones {
        return Ok(None);
    }
    let location = volume.provider_location.unwrap_or_default();
    let deferred = cx.backend.driver.deferred_location(&location)?;
    Ok(Some((location, deferred)))
}

/// Deletes the volume's images. Idempotent.
/// Reversion strategy: the data may be partly gone, so mark the volume and its snapshots
/// `error_deleting` (deleting them again finishes the job).
pub struct DeleteVolumeFromBackendTask;

impl Task<DeleteVolumeStore> for DeleteVolumeFromBackendTask {
    type Output = ();
    fn name(&self) -> &'static str {
        "DeleteVolumeFromBackendTask"
    }
    fn execute(&self, cx: &Cx<'_>, store: &mut DeleteVolumeStore) -> Result<()> {
        if let Some((location, _)) = &store.deferred {
            return cx.backend.driver.defer_deletion(location);
        }
        for image in &store.images {
            cx.backend.driver.delete_image(image)?;
        }
        Ok(())
    }
    fn revert(
        &self,
        cx: &Cx<'_>,
        store: &DeleteVolumeStore,
        _outcome: Outcome<'_, ()>,
    ) -> Result<()> {
        cx.catalogue.write(|tx| {
            volumes::set_status(tx, &store.volume_id, VolumeStatus::ErrorDeleting)?;
            for snapshot in snapshots::of_volume(tx, &store.volume_id)? {
                snapshots::set_status(tx, &snapshot.id, SnapshotStatus::ErrorDeleting)?;
            }
            Ok(())
        })
    }
    fn resumable(&self) -> bool {
        true
    }
}

/// Removes the volume's and its snapshots' rows and releases their quota, in one
/// transaction. Idempotent: a volume already gone is left alone.
pub struct DeleteVolumeEntryTask;

impl Task<DeleteVolumeStore> for DeleteVolumeEntryTask {
    type Output = ();
    fn name(&self) -> &'static str {
        "DeleteVolumeEntryTask"
    }
    fn execute(&self, cx: &Cx<'_>, store: &mut DeleteVolumeStore) -> Result<()> {
        cx.catalogue.write(|tx| {
            let Some(volume) = volumes::get(tx, &store.volume_id)? else {
                return Ok(());
            };
            let snaps = snapshots::of_volume(tx, &volume.id)?;
            let snapshot_gb: u64 = snaps.iter().map(|s| s.volume_size).sum();
            if let Some((_, deferred)) = &store.deferred {
                volumes::soft_delete(tx, &volume.id, deferred)?;
            } else {
                for snapshot in &snaps {
                    snapshots::delete(tx, &snapshot.id)?;
                }
                volumes::delete(tx, &volume.id)?;
            }
            quotas::apply(
                tx,
                &volume.project_id,
                &[
                    ("volumes", -1),
                    ("snapshots", -(snaps.len() as i64)),
                    ("gigabytes", -((volume.size + snapshot_gb) as i64)),
                ],
            )
        })
    }
    fn resumable(&self) -> bool {
        true
    }
}
