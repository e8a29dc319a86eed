//! Backups: where a volume's data goes, and how it comes back.
//!
//! Two repositories implement [`BackupRepository`]:
//! - `posix` ([`posix_backups::PosixBackups`]): a chunked, compressed, hash-verified
//!   repository in a directory (local or NFS). A chunk is a fixed-size range of the volume;
//!   zero ranges are recorded in the manifest and never stored; an incremental stores only
//!   the chunks whose content differs from its parent's. Every chunk carries the BLAKE3
//!   hash of its uncompressed bytes, checked on restore and by `backup verify`.
//! - `rbd` (feature `rbd`): RBD images in a backup pool, as Cinder's Ceph backup driver: a
//!   full backup is an image, an incremental a copy-on-write clone of its parent's that
//!   holds only the changed extents.

pub mod manifest;
pub mod pipeline;
pub mod posix;
mod posix_backups;
#[cfg(feature = "rbd")]
mod rbd_backups;

use std::path::Path;

pub use manifest::{Chunk, Manifest, Record};
pub use pipeline::{BackupPlan, Compression};
pub use posix::PosixRepository;

use crate::config::Config;
use crate::driver::{Progress, VolumeReader, VolumeWriter};
use crate::error::{Error, Result};
use crate::process::Cancel;

/// What a backup stored itself (an incremental shares the rest with its ancestors).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Stored {
    pub object_count: u64,
    pub stored_bytes: u64,
}

/// A place backups are kept.
pub trait BackupRepository: Send + Sync {
    /// `posix` or `rbd`: the `backup_service` of exported records.
    fn service(&self) -> &'static str;
    /// Where (a directory, or `pool` for RBD): the backups' `container`.
    fn container(&self) -> String;
    /// Backs up what `reader` reads as backup `record` (an incremental of its
    /// `parent_id`). The backup exists, complete, only once this returns `Ok`; what a
    /// failed or interrupted one left is removed by [`remove`](Self::remove).
    fn backup(
        &self,
        reader: &dyn VolumeReader,
        record: &Record,
        progress: &dyn Progress,
        cancel: &Cancel,
    ) -> Result<Stored>;
    /// What a complete backup stored.
    fn stored(&self, backup_id: &str) -> Result<Stored>;
    /// The record a complete backup carries (for `export-record` and `import-record`).
    fn record(&self, backup_id: &str) -> Result<Record>;
    /// Bytes of volume data a backup covers.
    fn volume_bytes(&self, backup_id: &str) -> Result<u64>;
    /// Writes the backup's data through `writer`, checking it as far as the repository can.
    fn restore(
        &self,
        backup_id: &str,
        writer: &dyn VolumeWriter,
        progress: &dyn Progress,
        cancel: &Cancel,
    ) -> Result<()>;
    /// Reads the whole backup back without restoring it; (objects checked, bytes).
    fn verify(
        &self,
        backup_id: &str,
        progress: &dyn Progress,
        cancel: &Cancel,
    ) -> Result<(u64, u64)>;
    /// Removes a backup, complete or not. Idempotent.
    fn remove(&self, backup_id: &str) -> Result<()>;
}

/// The record `export-record` prints: the repository and the backup's record.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ExportedRecord {
    /// The repository (directory, or RBD pool).
    pub container: String,
    #[serde(flatten)]
    pub record: Record,
}

/// The repository this configuration keeps backups in.
pub fn open_repository(config: &Config, state_dir: &Path) -> Result<Box<dyn BackupRepository>> {
    match config.backup_driver.as_str() {
        "posix" => {
            let root = config
                .backup_posix_path
                .clone()
                .unwrap_or_else(|| state_dir.join("backups"));
            let compression = match config.backup_compression_algorithm.as_str() {
                "none" => Compression::None,
                _ => Compression::Zstd(config.backup_compression_level),
            };
            Ok(Box::new(posix_backups::PosixBackups {
                repo: PosixRepository::new(root),
                chunk_size: config.backup_chunk_size,
                compression,
            }))
        }
        #[cfg(feature = "rbd")]
        "rbd" => Ok(Box::new(rbd_backups::RbdBackups::new(config))),
        other => Err(Error::usage(format!(
            "backup_driver '{other}' needs blockctl built with the rbd feature"
        ))
        .into()),
    }
}
