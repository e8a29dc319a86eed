//! The migrate_volume flow (Cinder's generic, host-copy migration), also run by a retype
//! that needs another backend: a new volume image on the destination, the data copied
//! through the drivers' reader and writer and verified, then the catalogue switched in one
//! transaction and the source image deleted.

use serde::{Deserialize, Serialize};

use crate::catalogue::{snapshots, volumes};
use crate::driver::{copy_volume, verify_copy};
use crate::error::{Error, Result};
use crate::flow::engine::Store;
use crate::flow::{Cx, Flow, Outcome, Task};
use crate::model::VolumeStatus;

pub const KIND: &str = "volume_migrate";

#[derive(Debug, Serialize, Deserialize)]
pub struct MigrateVolumeStore {
    /// The source backend's `host@backend#pool` (the volume's until the switch).
    pub host: String,
    pub volume_id: String,
    /// Where the volume goes.
    pub dest_host: String,
    pub dest_zone: String,
    /// The destination image's id (`volume-<id>` on RBD and LVM).
    pub dest_image_id: String,
    /// A retype's new type, switched together with the host.
    pub new_type_id: Option<String>,
    pub size: u64,
    /// Filled by `MigrateVolumeCheckTask`.
    #[serde(default)]
    pub source_location: String,
    #[serde(default)]
    pub source_type_id: String,
    /// Filled by `CreateDestinationVolumeTask`.
    #[serde(default)]
    pub dest_location: Option<String>,
}

impl Store for MigrateVolumeStore {
    fn locks(&self) -> Vec<String> {
        vec![format!("volume-{}", self.volume_id)]
    }
    fn host(&self) -> &str {
        &self.host
    }
}

impl MigrateVolumeStore {
    /// `retyping` for a retype, `maintenance` for a migration.
    fn busy_status(&self) -> VolumeStatus {
        if self.new_type_id.is_some() {
            VolumeStatus::Retyping
        } else {
            VolumeStatus::Maintenance
        }
    }
}

/// The migrate_volume flow:
///
/// 1. `MigrateVolumeCheckTask` requires an available volume without snapshots that shares
///    no data with a parent, and moves it to `maintenance` (`retyping` for a retype).
/// 2. `CreateDestinationVolumeTask` makes the new image on the destination backend.
/// 3. `CopyVolumeDataTask` copies the data (progress bar) and reads both back to compare.
/// 4. `MigrateVolumeCompletionTask` switches host, zone, image (and type) in one
///    transaction; the volume is `available` again.
/// 5. `DeleteSourceImageTask` deletes the source image. Idempotent.
///
/// Until step 4 the source is untouched: a failure, or a crash during the copy (then
/// `flow recover`), deletes the destination image and leaves the volume as it was. A
/// crash after the verified copy is resumed: steps 4 and 5 are idempotent.
pub fn get_flow() -> Flow<MigrateVolumeStore> {
    Flow::new(KIND)
        .add(MigrateVolumeCheckTask)
        .add(CreateDestinationVolumeTask)
        .add(CopyVolumeDataTask)
        .add(MigrateVolumeCompletionTask)
        .add(DeleteSourceImageTask)
}

/// Reversion strategy: the volume back to `available`, where still transitional.
pub struct MigrateVolumeCheckTask;

impl Task<MigrateVolumeStore> for MigrateVolumeCheckTask {
    type Output = String;
    fn name(&self) -> &'static str {
        "MigrateVolumeCheckTask"
    }
    fn execute(&self, cx: &Cx<'_>, store: &mut MigrateVolumeStore) -> Result<String> {
        let busy = store.busy_status();
        cx.catalogue.write(|tx| {
            let volume = volumes::must_get(tx, &store.volume_id)?;
            let operation = if busy == VolumeStatus::Retyping {
                "retype"
            } else {
                "migrate"
            };
            if let Some(parent) = &volume.parent_snapshot_id {
                return Err(Error::invalid_state(format!(
                    "cannot {operation} volume {}: it shares data with snapshot {parent}; \
                     flatten it first (blockctl volume flatten {})",
                    volume.name, volume.name
                ))
                .into());
            }
            if !snapshots::of_volume(tx, &volume.id)?.is_empty() {
                return Err(Error::invalid_state(format!(
                    "cannot {operation} volume {}: it has snapshots (a volume moves without \
                     them, as in Cinder); delete them first",
                    volume.name
                ))
                .into());
            }
            volumes::transition(tx, &volume.id, &[VolumeStatus::Available], busy, operation)?;
            store.source_location = volume
                .provider_location
                .ok_or_else(|| Error::invalid_state("the volume has no image"))?;
            store.source_type_id = volume.volume_type_id;
            Ok(volume.updated_at)
        })
    }
    fn revert(
        &self,
        cx: &Cx<'_>,
        store: &MigrateVolumeStore,
        outcome: Outcome<'_, String>,
    ) -> Result<()> {
        super::restore_available(cx, &store.volume_id, store.busy_status(), outcome)
    }
}

/// Reversion strategy: delete whatever the destination holds for the new image id.
pub struct CreateDestinationVolumeTask;

impl Task<MigrateVolumeStore> for CreateDestinationVolumeTask {
    type Output = String;
    fn name(&self) -> &'static str {
        "CreateDestinationVolumeTask"
    }
    fn execute(&self, cx: &Cx<'_>, store: &mut MigrateVolumeStore) -> Result<String> {
        let dest = cx.backends.for_host(&store.dest_host)?;
        dest.driver.check_ready()?;
        let location = dest
            .driver
            .create_volume(&store.dest_image_id, store.size)?;
        store.dest_location = Some(location.clone());
        Ok(location)
    }
    /// Leaves the destination alone once the volume was switched to it (the source image
    /// may be gone: then the destination holds the volume's only copy).
    fn revert(
        &self,
        cx: &Cx<'_>,
        store: &MigrateVolumeStore,
        _outcome: Outcome<'_, String>,
    ) -> Result<()> {
        let volume = cx.catalogue.read(|tx| volumes::get(tx, &store.volume_id))?;
        let switched = volume.is_some_and(|v| {
            v.host == store.dest_host && v.provider_location == store.dest_location
        });
        if switched {
            return Ok(());
        }
        let dest = cx.backends.for_host(&store.dest_host)?;
        dest.driver.undo_create_volume(&store.dest_image_id, None)
    }
}

/// Reversion strategy: drop what the readers left (RBD: their snapshots); the
/// destination image itself goes with `CreateDestinationVolumeTask`'s revert.
pub struct CopyVolumeDataTask;

impl CopyVolumeDataTask {
    /// The name the readers' consistency snapshots (RBD) carry.
    fn read_tag(store: &MigrateVolumeStore) -> String {
        format!("migrate-{}", store.dest_image_id)
    }
}

impl Task<MigrateVolumeStore> for CopyVolumeDataTask {
    type Output = ();
    fn name(&self) -> &'static str {
        "CopyVolumeDataTask"
    }
    fn execute(&self, cx: &Cx<'_>, store: &mut MigrateVolumeStore) -> Result<()> {
        let (source, dest) = (&cx.backend, cx.backends.for_host(&store.dest_host)?);
        let dest_location = store
            .dest_location
            .clone()
            .ok_or_else(|| anyhow::anyhow!("the destination image was not recorded"))?;
        let tag = Self::read_tag(store);
        let (progress, cancel) = (&*cx.progress, &cx.cancel);
        let reader =
            source
                .driver
                .open_backup_reader(&store.source_location, &tag, None, cancel)?;
        let writer = dest
            .driver
            .open_writer(&dest_location, reader.size(), cancel)?;
        copy_volume(&*reader, writer, progress, cancel)?;
        let copy = dest
            .driver
            .open_backup_reader(&dest_location, &tag, None, cancel)?;
        verify_copy(&*reader, &*copy, progress, cancel)?;
        drop((reader, copy));
        source.driver.undo_backup(&store.source_location, &tag)?;
        dest.driver.undo_backup(&dest_location, &tag)
    }
    fn revert(
        &self,
        cx: &Cx<'_>,
        store: &MigrateVolumeStore,
        _outcome: Outcome<'_, ()>,
    ) -> Result<()> {
        let tag = Self::read_tag(store);
        cx.backend
            .driver
            .undo_backup(&store.source_location, &tag)?;
        if let Some(dest_location) = &store.dest_location {
            let dest = cx.backends.for_host(&store.dest_host)?;
            dest.driver.abandon_writer(dest_location)?;
            dest.driver.undo_backup(dest_location, &tag)?;
        }
        Ok(())
    }
}

/// Switches the volume to the destination. Idempotent.
pub struct MigrateVolumeCompletionTask;

impl Task<MigrateVolumeStore> for MigrateVolumeCompletionTask {
    type Output = ();
    fn name(&self) -> &'static str {
        "MigrateVolumeCompletionTask"
    }
    fn execute(&self, cx: &Cx<'_>, store: &mut MigrateVolumeStore) -> Result<()> {
        let dest_location = store
            .dest_location
            .clone()
            .ok_or_else(|| anyhow::anyhow!("the destination image was not recorded"))?;
        cx.catalogue.write(|tx| {
            volumes::set_host(tx, &store.volume_id, &store.dest_host, &store.dest_zone)?;
            volumes::set_provider_location(tx, &store.volume_id, &dest_location)?;
            if let Some(type_id) = &store.new_type_id {
                volumes::set_type(tx, &store.volume_id, type_id)?;
            }
            volumes::set_status(tx, &store.volume_id, VolumeStatus::Available)
        })
    }
    /// Switches back while the source image is still there; once it is gone the volume
    /// keeps the destination (and `DeleteSourceImageTask` never ran to completion).
    fn revert(
        &self,
        cx: &Cx<'_>,
        store: &MigrateVolumeStore,
        _outcome: Outcome<'_, ()>,
    ) -> Result<()> {
        if !cx.backend.driver.image_exists(&store.source_location)? {
            tracing::warn!(
                "the volume's source image is gone; it stays on {}",
                store.dest_host
            );
            return Ok(());
        }
        let zone = cx.backend.availability_zone.clone();
        cx.catalogue.write(|tx| {
            volumes::set_host(tx, &store.volume_id, &store.host, &zone)?;
            volumes::set_provider_location(tx, &store.volume_id, &store.source_location)?;
            volumes::set_type(tx, &store.volume_id, &store.source_type_id)?;
            volumes::set_status(tx, &store.volume_id, store.busy_status())
        })
    }
    fn resumable(&self) -> bool {
        true
    }
}

/// Deletes the source image. Idempotent.
pub struct DeleteSourceImageTask;

impl Task<MigrateVolumeStore> for DeleteSourceImageTask {
    type Output = ();
    fn name(&self) -> &'static str {
        "DeleteSourceImageTask"
    }
    fn execute(&self, cx: &Cx<'_>, store: &mut MigrateVolumeStore) -> Result<()> {
        cx.backend.driver.delete_image(&store.source_location)?;
        crate::scheduler::stats::forget(cx.env, &cx.backend.name)?;
        if let Some(dest) = crate::backend::backend_name_of(&store.dest_host) {
            crate::scheduler::stats::forget(cx.env, dest)?;
        }
        Ok(())
    }
    fn resumable(&self) -> bool {
        true
    }
}
