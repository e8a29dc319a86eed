//! The posix repository: a directory (local disk or an NFS mount) holding one directory per
//! backup: its chunk objects and, written last, its manifest.
//!
//! ```text
//! REPO/backups/<backup-id>/manifest.json
//! REPO/backups/<backup-id>/chunks/<index>.<zst|raw>
//! ```
//!
//! Every object is written to a temporary name, synced and renamed, so an object under its
//! final name is complete; the manifest goes last, so a backup interrupted before it has no
//! manifest and is not a backup (its directory is removed by the flow's revert).

use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;

use super::manifest::{FORMAT, Manifest};
use crate::error::{Error, Result};

const MANIFEST: &str = "manifest.json";

#[derive(Debug, Clone)]
pub struct PosixRepository {
    pub root: PathBuf,
}

/// Writes `bytes` to `path` atomically: a temporary file in the same directory, synced
/// when `durable`, then renamed over `path`.
pub fn write_atomically(path: &Path, bytes: &[u8], durable: bool) -> Result<()> {
    let dir = path.parent().context("an object path has a directory")?;
    let name = path.file_name().context("an object path has a name")?;
    let tmp = dir.join(format!(".{}.tmp", name.to_string_lossy()));
    let mut file = File::create(&tmp).with_context(|| format!("cannot write {}", tmp.display()))?;
    file.write_all(bytes)
        .and_then(|()| {
            if durable {
                file.sync_data()
            } else {
                start_writeback(&file);
                Ok(())
            }
        })
        .with_context(|| format!("cannot write {}", tmp.display()))?;
    std::fs::rename(&tmp, path).with_context(|| format!("cannot rename {}", tmp.display()))?;
    Ok(())
}

/// Starts writing the file's dirty pages to disk without waiting, so the disk writes while
/// the next chunks are read (the final sync then has little left to wait for).
fn start_writeback(file: &File) {
    use std::os::fd::AsRawFd;
    // SAFETY: sync_file_range on an open descriptor; a failure only loses the head start.
    unsafe { libc::sync_file_range(file.as_raw_fd(), 0, 0, libc::SYNC_FILE_RANGE_WRITE) };
}

/// `syncfs(2)` of the filesystem holding `dir`: every chunk written before is on disk.
fn sync_filesystem(dir: &Path) -> Result<()> {
    use std::os::fd::AsRawFd;
    let handle = File::open(dir).with_context(|| format!("cannot open {}", dir.display()))?;
    // SAFETY: syncfs on a descriptor that stays open for the call.
    if unsafe { libc::syncfs(handle.as_raw_fd()) } != 0 {
        return Err(anyhow::Error::new(std::io::Error::last_os_error())
            .context(format!("cannot sync the filesystem of {}", dir.display())));
    }
    Ok(())
}

impl PosixRepository {
    pub fn new(root: PathBuf) -> PosixRepository {
        PosixRepository { root }
    }

    pub fn backup_dir(&self, backup_id: &str) -> PathBuf {
        self.root.join("backups").join(backup_id)
    }

    fn chunks_dir(&self, backup_id: &str) -> PathBuf {
        self.backup_dir(backup_id).join("chunks")
    }

    pub fn chunk_path(&self, backup_id: &str, index: usize, compressed: bool) -> PathBuf {
        let extension = if compressed { "zst" } else { "raw" };
        self.chunks_dir(backup_id)
            .join(format!("{index:08}.{extension}"))
    }

    /// Makes the directories a new backup writes into.
    pub fn prepare(&self, backup_id: &str) -> Result<()> {
        let dir = self.chunks_dir(backup_id);
        std::fs::create_dir_all(&dir).map_err(|e| {
            Error::backend(format!(
                "cannot create backup directory {}: {e}",
                dir.display()
            ))
        })?;
        Ok(())
    }

    /// Writes a chunk object (atomically, not yet durably: [`put_manifest`] makes every
    /// chunk durable first, with one filesystem sync instead of one per chunk).
    ///
    /// [`put_manifest`]: Self::put_manifest
    pub fn put_chunk(
        &self,
        backup_id: &str,
        index: usize,
        compressed: bool,
        bytes: &[u8],
    ) -> Result<()> {
        write_atomically(&self.chunk_path(backup_id, index, compressed), bytes, false)
    }

    pub fn get_chunk(&self, backup_id: &str, index: usize, compressed: bool) -> Result<Vec<u8>> {
        let path = self.chunk_path(backup_id, index, compressed);
        std::fs::read(&path).map_err(|e| {
            Error::backend(format!(
                "chunk {index} of backup {backup_id} is missing or unreadable ({}): {e}",
                path.display()
            ))
            .into()
        })
    }

    /// Makes the backup's chunks durable, then writes the manifest, making the backup
    /// complete; then syncs its directory.
    pub fn put_manifest(&self, manifest: &Manifest) -> Result<()> {
        let dir = self.backup_dir(&manifest.record.id);
        sync_filesystem(&dir)?;
        write_atomically(&dir.join(MANIFEST), &serde_json::to_vec(manifest)?, true)?;
        File::open(&dir)
            .and_then(|d| d.sync_all())
            .with_context(|| format!("cannot sync {}", dir.display()))?;
        Ok(())
    }

    /// The manifest of a complete backup.
    pub fn get_manifest(&self, backup_id: &str) -> Result<Manifest> {
        let path = self.backup_dir(backup_id).join(MANIFEST);
        let bytes = std::fs::read(&path).map_err(|e| {
            Error::not_found(format!(
                "backup {backup_id} has no manifest in the repository ({}): {e}",
                path.display()
            ))
        })?;
        let manifest: Manifest = serde_json::from_slice(&bytes).map_err(|e| {
            Error::backend(format!(
                "the manifest of backup {backup_id} is corrupt: {e}"
            ))
        })?;
        if manifest.format != FORMAT {
            return Err(Error::backend(format!(
                "backup {backup_id} has manifest format {}, this blockctl reads {FORMAT}",
                manifest.format
            ))
            .into());
        }
        Ok(manifest)
    }

    /// Removes a backup's directory (idempotent).
    pub fn remove(&self, backup_id: &str) -> Result<()> {
        match std::fs::remove_dir_all(self.backup_dir(backup_id)) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(anyhow::Error::new(e)
                .context(format!(
                    "cannot remove backup {backup_id} from the repository"
                ))),
            _ => Ok(()),
        }
    }
}
