//! The RBD driver's volume reader and writer: librbd reads and writes from every core.
//!
//! A backup reads the snapshot `backup.<backup id>` it takes of the volume, so it is
//! consistent even while the volume is attached and written to. The snapshot stays until
//! the next backup of the volume completes: an incremental then reads only what
//! `rbd_diff_iterate2` reports changed between the two snapshots, not the whole volume.

use super::client::{Cluster, StreamImage};
use crate::driver::{Extent, Progress, VolumeReader, VolumeWriter};
use crate::error::{Error, Result};

/// The snapshot a backup reads, and the next incremental diffs from.
pub fn backup_snapshot(backup_id: &str) -> String {
    format!("backup.{backup_id}")
}

/// Whether a snapshot name is one of blockctl's backup snapshots.
pub fn is_backup_snapshot(name: &str) -> bool {
    name.starts_with("backup.")
}

fn rbd_error(e: super::client::RbdError) -> anyhow::Error {
    Error::backend(e.to_string()).into()
}

/// `(offset, length)` pairs as sorted, merged extents.
fn merged(extents: impl Iterator<Item = (u64, u64)>) -> Vec<Extent> {
    crate::driver::merged(
        extents
            .map(|(offset, len)| Extent { offset, len })
            .collect(),
    )
}

pub struct RbdReader {
    image: StreamImage,
    size: u64,
    allocated: Vec<Extent>,
    changed: Option<Vec<Extent>>,
}

impl RbdReader {
    /// Takes (or finds, after an interrupted attempt) the backup's snapshot and opens it.
    pub fn open(
        cluster: &std::sync::Arc<Cluster>,
        pool: &str,
        location: &str,
        backup_id: &str,
        parent_id: Option<&str>,
    ) -> Result<RbdReader> {
        let snapshot = backup_snapshot(backup_id);
        let volume = StreamImage::open(cluster, pool, location, None).map_err(rbd_error)?;
        let snapshots = volume.snapshots().map_err(rbd_error)?;
        if !snapshots.contains(&snapshot) {
            volume.snap_create(&snapshot).map_err(rbd_error)?;
        }
        let image =
            StreamImage::open(cluster, pool, location, Some(&snapshot)).map_err(rbd_error)?;
        let size = image.size().map_err(rbd_error)?;
        let allocated = merged(
            image
                .diff(None)
                .map_err(rbd_error)?
                .into_iter()
                .filter(|(_, _, exists)| *exists)
                .map(|(offset, len, _)| (offset, len)),
        );
        let changed = match parent_id.map(backup_snapshot) {
            Some(base) if snapshots.contains(&base) => Some(merged(
                image
                    .diff(Some(&base))
                    .map_err(rbd_error)?
                    .into_iter()
                    .map(|(offset, len, _)| (offset, len)),
            )),
            Some(base) => {
                tracing::warn!(
                    "the snapshot {location}@{base} of the parent backup is gone: reading the \
                     whole volume (only chunks whose content changed are stored)"
                );
                None
            }
            None => None,
        };
        Ok(RbdReader {
            image,
            size,
            allocated,
            changed,
        })
    }
}

impl VolumeReader for RbdReader {
    fn size(&self) -> u64 {
        self.size
    }
    fn allocated(&self) -> &[Extent] {
        &self.allocated
    }
    fn read_at(&self, buf: &mut [u8], offset: u64) -> Result<()> {
        self.image.read_at(buf, offset).map_err(rbd_error)
    }
    fn changed(&self) -> Option<&[Extent]> {
        self.changed.as_deref()
    }
}

/// Removes the backup snapshot of `backup_id` from the volume, if there.
pub fn remove_backup_snapshot(
    cluster: &std::sync::Arc<Cluster>,
    pool: &str,
    location: &str,
    backup_id: &str,
) -> Result<()> {
    let image = match StreamImage::open(cluster, pool, location, None) {
        Ok(image) => image,
        Err(e) if e.is_not_found() => return Ok(()),
        Err(e) => return Err(rbd_error(e)),
    };
    let snapshot = backup_snapshot(backup_id);
    if image.snapshots().map_err(rbd_error)?.contains(&snapshot) {
        image.snap_remove(&snapshot).map_err(rbd_error)?;
    }
    Ok(())
}

/// Removes the image's backup snapshots, but `keep`'s (all of them before the image
/// itself goes).
pub fn remove_backup_snapshots(
    cluster: &std::sync::Arc<Cluster>,
    pool: &str,
    location: &str,
    keep: Option<&str>,
) -> Result<()> {
    let image = match StreamImage::open(cluster, pool, location, None) {
        Ok(image) => image,
        Err(e) if e.is_not_found() => return Ok(()),
        Err(e) => return Err(rbd_error(e)),
    };
    let kept = keep.map(backup_snapshot);
    for snapshot in image.snapshots().map_err(rbd_error)? {
        if is_backup_snapshot(&snapshot) && Some(&snapshot) != kept.as_ref() {
            image.snap_remove(&snapshot).map_err(rbd_error)?;
        }
    }
    Ok(())
}

pub struct RbdWriter {
    pub image: StreamImage,
}

impl VolumeWriter for RbdWriter {
    fn write_at(&self, buf: &[u8], offset: u64) -> Result<()> {
        self.image.write_at(buf, offset).map_err(rbd_error)
    }
    fn write_zeroes(&self, offset: u64, len: u64) -> Result<()> {
        self.image.write_zeroes(offset, len).map_err(rbd_error)
    }
    fn finish(self: Box<Self>, _progress: &dyn Progress) -> Result<()> {
        self.image.flush().map_err(rbd_error)
    }
}
