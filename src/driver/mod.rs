//! Storage drivers: each knows one storage technology and nothing about the catalogue.
//!
//! A driver names what it creates by the ids the flow hands it (never by operator input)
//! and returns the `provider_location` the catalogue stores. Deletes are idempotent.

mod copy;
mod file;
mod file_io;
mod io;
mod lvm;
mod qemu_img;
#[cfg(feature = "rbd")]
pub(crate) mod rbd;
mod sparse;

use std::path::Path;

use serde::Serialize;

use crate::config::BackendConfig;
use crate::error::{Error, Result};
use crate::process::Cancel;
use crate::target::ExportSource;

pub use copy::{copy_volume, verify_copy};
pub use file::FileDriver;
pub use io::{Extent, VolumeReader, VolumeWriter, merged, overlaps_any};
pub use lvm::LvmDriver;

/// Progress of a long operation, reported by drivers; only `output` draws it.
pub trait Progress: Send + Sync {
    /// Starts a bar of `total` units (hundredths of a percent, or items).
    fn start(&self, label: &str, total: u64);
    /// Starts a bar of `total` bytes (shows bytes done and the rate).
    fn start_bytes(&self, label: &str, total: u64) {
        self.start(label, total);
    }
    fn set_position(&self, position: u64);
    fn finish(&self);
    /// Starts a spinner for work of unknown length (a remote operation being polled);
    /// `finish` ends it.
    fn spin(&self, _label: &str) {}
}

/// Progress that goes nowhere (off a TTY, `--quiet`, tests).
pub struct NoProgress;

impl Progress for NoProgress {
    fn start(&self, _label: &str, _total: u64) {}
    fn set_position(&self, _position: u64) {}
    fn finish(&self) {}
}

/// Whether a delete removed something or found it gone already.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Deleted {
    Removed,
    AlreadyGone,
}

/// A volume a driver created from a snapshot.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct VolumeCreated {
    pub location: String,
    /// Whether it still shares data with the snapshot (copy-on-write).
    pub shares_parent: bool,
}

/// Where a snapshot's data and the volume's writable data live after `create_snapshot`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SnapshotCreated {
    pub snapshot_location: String,
    pub volume_location: String,
}

/// Capacity of a backend's pool, as Cinder's `get_volume_stats`.
#[derive(Debug, Clone, Serialize, serde::Deserialize, PartialEq)]
pub struct BackendStats {
    pub volume_backend_name: String,
    pub pool_name: String,
    pub driver: String,
    pub total_capacity_gb: f64,
    pub free_capacity_gb: f64,
    /// The sum of the sizes of what the pool holds, where the driver can tell.
    pub provisioned_capacity_gb: Option<f64>,
    pub thin_provisioning_support: bool,
    pub thick_provisioning_support: bool,
    pub max_over_subscription_ratio: f64,
    pub reserved_percentage: u32,
    pub location: String,
}

/// What blockctl asks of a storage backend.
pub trait VolumeDriver: Send + Sync {
    /// The pool part of `host@backend#pool`.
    fn pool_name(&self) -> &str;
    /// Fails with one clear sentence when the backend cannot work (missing tool, directory).
    fn check_ready(&self) -> Result<()>;
    /// The location an image created for `image_id` has (deterministic, so a revert whose
    /// task's outcome is unknown can still clean it up).
    fn location_of(&self, image_id: &str) -> String;
    fn image_exists(&self, location: &str) -> Result<bool>;

    fn create_volume(&self, image_id: &str, size_gib: u64) -> Result<String>;
    /// A copy-on-write volume sharing the snapshot's data (or, where the driver's clone
    /// depth limit or configuration says so, flattened: `shares_parent` false).
    fn create_volume_from_snapshot(
        &self,
        image_id: &str,
        snapshot_location: &str,
        size_gib: u64,
        progress: &dyn Progress,
        cancel: &Cancel,
    ) -> Result<VolumeCreated>;
    /// An independent full copy of a volume.
    fn create_cloned_volume(
        &self,
        image_id: &str,
        source_location: &str,
        size_gib: u64,
        progress: &dyn Progress,
        cancel: &Cancel,
    ) -> Result<String>;
    fn delete_image(&self, location: &str) -> Result<Deleted>;
    /// Undoes a create of `image_id` (whatever part of it happened), including anything
    /// the driver made on the source (`source_location`) to copy it. Idempotent.
    fn undo_create_volume(&self, image_id: &str, _source_location: Option<&str>) -> Result<()> {
        self.delete_image(&self.location_of(image_id))?;
        Ok(())
    }
    fn extend_volume(&self, location: &str, size_gib: u64) -> Result<()>;
    /// Takes a snapshot named by `snapshot_id`. A driver may move the volume's writable
    /// data to a new image named by `new_image_id` (file: the old image is frozen as the
    /// snapshot); the result says where each now lives.
    fn create_snapshot(
        &self,
        volume_location: &str,
        snapshot_id: &str,
        new_image_id: &str,
    ) -> Result<SnapshotCreated>;
    /// Undoes `create_snapshot` (whatever part of it happened), the volume's data being
    /// back at `volume_location`. Idempotent.
    fn undo_create_snapshot(
        &self,
        volume_location: &str,
        snapshot_id: &str,
        new_image_id: &str,
    ) -> Result<()>;
    /// Removes a snapshot, keeping the data of everything built on it. Idempotent.
    /// (RBD and LVM: the snapshot is an image of its own, deleted as one.)
    fn delete_snapshot(&self, _volume_location: &str, snapshot_location: &str) -> Result<()> {
        self.delete_image(snapshot_location)?;
        Ok(())
    }
    /// Makes the volume hold the snapshot's data again, returning the volume's location
    /// afterwards (a new image named by `new_image_id`, or the same one rolled back).
    fn revert_to_snapshot(
        &self,
        volume_location: &str,
        snapshot_location: &str,
        new_image_id: &str,
        size_gib: u64,
        progress: &dyn Progress,
        cancel: &Cancel,
    ) -> Result<String>;
    /// Copies shared data into the clone so it no longer depends on its parent
    /// (`oldest_snapshot`: the location of the volume's oldest snapshot, if any).
    /// Interrupted, the volume stays a valid clone.
    fn flatten(
        &self,
        volume_location: &str,
        oldest_snapshot: Option<&str>,
        progress: &dyn Progress,
        cancel: &Cancel,
    ) -> Result<()>;
    fn stats(&self) -> Result<BackendStats>;
    /// Whether `create_cloned_volume` can copy a volume while it is attached (RBD: from a
    /// snapshot; file: no, its export holds the image's write lock).
    fn copies_attached_volumes(&self) -> bool {
        true
    }
    /// Opens the volume at `location` for backup `backup_id` (an incremental of
    /// `parent_id`). RBD takes the snapshot `backup.<id>` and reads that (consistent even
    /// while attached), with the diff since `backup.<parent>` when that still exists; the
    /// file driver reads the image (the caller holds the volume `backing-up`).
    fn open_backup_reader(
        &self,
        location: &str,
        backup_id: &str,
        parent_id: Option<&str>,
        cancel: &Cancel,
    ) -> Result<Box<dyn VolumeReader>>;
    /// After backup `backup_id` is recorded complete: RBD drops every older backup
    /// snapshot (the new one is the base of the next incremental). Idempotent.
    fn finish_backup(&self, _location: &str, _backup_id: &str) -> Result<()> {
        Ok(())
    }
    /// Undoes what `open_backup_reader` left (RBD: the snapshot `backup.<id>`). Idempotent.
    fn undo_backup(&self, _location: &str, _backup_id: &str) -> Result<()> {
        Ok(())
    }
    /// Opens the volume at `location` (of `size` bytes) for a restore that overwrites all
    /// of it; `finish` makes the written bytes its data.
    fn open_writer(
        &self,
        location: &str,
        size: u64,
        cancel: &Cancel,
    ) -> Result<Box<dyn VolumeWriter>>;
    /// Removes what a writer opened on `location` left when its process died mid-way
    /// (file: the raw staging file). Idempotent.
    fn abandon_writer(&self, _location: &str) -> Result<()> {
        Ok(())
    }
    /// Every image the backend holds in blockctl's name (file: `*.qcow2`, and staging
    /// files a killed backup or restore left); `None` where the backend cannot list them.
    /// For `doctor`.
    fn list_images(&self) -> Result<Option<Vec<String>>> {
        Ok(None)
    }
    /// Whether a name `list_images` reported is a staging object (file: `.restore-…`;
    /// LVM: `clone-snap-…`) rather than a volume's or snapshot's image.
    fn is_staging(&self, name: &str) -> bool {
        name.starts_with('.')
    }
    /// Removes a staging file `list_images` reported (never a volume's image).
    fn remove_staging(&self, _name: &str) -> Result<()> {
        Ok(())
    }
    /// What a target helper serves to attach the volume at `location`.
    fn export_source(&self, location: &str) -> Result<ExportSource>;
    /// Where a volume taken out of use while clones still depend on its snapshots can be
    /// purged from later (file: where it is; RBD: `trash:<image id>`).
    fn deferred_location(&self, volume_location: &str) -> Result<String> {
        Ok(volume_location.to_owned())
    }
    /// Takes the volume out of use, its data staying for its clones (RBD: to the trash).
    /// Idempotent.
    fn defer_deletion(&self, _volume_location: &str) -> Result<()> {
        Ok(())
    }
    /// Removes a deferred volume and its snapshots once nothing depends on them. Idempotent.
    fn purge_deferred(&self, deferred_location: &str, snapshot_locations: &[String]) -> Result<()> {
        for snapshot in snapshot_locations.iter().rev() {
            self.delete_image(snapshot)?;
        }
        self.delete_image(deferred_location)?;
        Ok(())
    }
}

/// Opens the driver a backend's configuration names.
pub fn open_driver(
    name: &str,
    config: &BackendConfig,
    state_dir: &Path,
) -> Result<Box<dyn VolumeDriver>> {
    match config.volume_driver.as_str() {
        "file" => Ok(Box::new(FileDriver::new(name, config, state_dir)?)),
        "lvm" => Ok(Box::new(LvmDriver::new(name, config)?)),
        #[cfg(feature = "rbd")]
        "rbd" => Ok(Box::new(rbd::RbdDriver::new(name, config))),
        #[cfg(not(feature = "rbd"))]
        "rbd" => Err(Error::usage(format!(
            "backend '{name}': volume_driver 'rbd' needs blockctl built with the rbd feature \
             (cargo install --features rbd, with librados-dev and librbd-dev installed)"
        ))
        .into()),
        other => Err(Error::usage(format!(
            "backend '{name}': unknown volume_driver '{other}' (available: file, lvm, rbd)"
        ))
        .into()),
    }
}
