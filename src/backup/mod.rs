//! Backups: a chunked, compressed, hash-verified repository with true incrementals.
//!
//! The posix repository (a directory, local or NFS) keeps one directory per backup: its
//! chunk objects and its manifest. A chunk is a fixed-size range of the volume; zero
//! ranges (holes, or data that is all zeros) are recorded in the manifest and never stored.
//! An incremental stores only the chunks whose content differs from its parent's; its
//! manifest points at the ancestor that holds each unchanged one. Every chunk carries the
//! BLAKE3 hash of its uncompressed bytes, checked on restore and by `backup verify`.

pub mod manifest;
pub mod pipeline;
pub mod posix;

pub use manifest::{Chunk, Manifest, Record};
pub use pipeline::{BackupPlan, Compression};
pub use posix::PosixRepository;

/// The record `export-record` prints: the repository and the manifest's record.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ExportedRecord {
    /// The repository directory.
    pub container: String,
    #[serde(flatten)]
    pub record: Record,
}

/// How this configuration stores backups.
#[derive(Debug, Clone)]
pub struct BackupSettings {
    pub repository: PosixRepository,
    pub chunk_size: u64,
    pub compression: Compression,
}

impl BackupSettings {
    pub fn from_config(
        config: &crate::config::Config,
        state_dir: &std::path::Path,
    ) -> BackupSettings {
        let root = config
            .backup_posix_path
            .clone()
            .unwrap_or_else(|| state_dir.join("backups"));
        let compression = match config.backup_compression_algorithm.as_str() {
            "none" => Compression::None,
            _ => Compression::Zstd(config.backup_compression_level),
        };
        BackupSettings {
            repository: PosixRepository::new(root),
            chunk_size: config.backup_chunk_size,
            compression,
        }
    }
}
