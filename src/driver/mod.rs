//! Storage drivers: each knows one storage technology and nothing about the catalogue.
//!
//! A driver names what it creates by the ids the flow hands it (never by operator input)
//! and returns the `provider_location` the catalogue stores. Deletes are idempotent.

mod file;
mod qemu_img;

use std::path::Path;

use serde::Serialize;

use crate::config::BackendConfig;
use crate::error::{Error, Result};
use crate::process::Cancel;

pub use file::FileDriver;

/// Progress of a long operation, reported by drivers; only `output` draws it.
pub trait Progress: Send + Sync {
    /// Starts a bar of `total` units (bytes, or hundredths of a percent).
    fn start(&self, label: &str, total: u64);
    fn set_position(&self, position: u64);
    fn finish(&self);
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

/// Capacity of a backend's pool, as Cinder's `get_volume_stats`.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct BackendStats {
    pub volume_backend_name: String,
    pub pool_name: String,
    pub driver: String,
    pub total_capacity_gb: f64,
    pub free_capacity_gb: f64,
    pub thin_provisioning_support: bool,
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
    /// Every image the backend holds, by location (for leak checks).
    fn list_images(&self) -> Result<Vec<String>>;

    fn create_volume(&self, image_id: &str, size_gib: u64) -> Result<String>;
    /// A copy-on-write volume sharing the snapshot's data.
    fn create_volume_from_snapshot(
        &self,
        image_id: &str,
        snapshot_location: &str,
        size_gib: u64,
    ) -> Result<String>;
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
    fn extend_volume(&self, location: &str, size_gib: u64) -> Result<()>;
    /// Freezes the volume's current data as a snapshot. Returns the new location of the
    /// volume's writable image (the snapshot keeps `active_location`).
    fn create_snapshot(&self, active_location: &str, new_active_id: &str) -> Result<String>;
    /// Removes a snapshot, keeping the data of everything built on it. Idempotent.
    fn delete_snapshot(&self, active_location: &str, snapshot_location: &str) -> Result<()>;
    /// A new writable image holding the snapshot's data; the caller then drops the old one.
    fn revert_to_snapshot(
        &self,
        snapshot_location: &str,
        new_active_id: &str,
        size_gib: u64,
    ) -> Result<String>;
    /// Copies shared data into the clone's own base image so it no longer depends on its
    /// parent. Interrupted, the image stays a valid clone.
    fn flatten(&self, base_location: &str, progress: &dyn Progress, cancel: &Cancel) -> Result<()>;
    fn stats(&self) -> Result<BackendStats>;
}

/// Opens the driver a backend's configuration names.
pub fn open_driver(
    name: &str,
    config: &BackendConfig,
    state_dir: &Path,
) -> Result<Box<dyn VolumeDriver>> {
    match config.volume_driver.as_str() {
        "file" => Ok(Box::new(FileDriver::new(name, config, state_dir)?)),
        other => Err(Error::usage(format!(
            "backend '{name}': unknown volume_driver '{other}' (available: file)"
        ))
        .into()),
    }
}
