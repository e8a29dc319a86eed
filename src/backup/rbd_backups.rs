//! The `rbd` backup repository: RBD images in a backup pool (`backup_ceph_pool`), as
//! Cinder's Ceph backup driver keeps them.
//!
//! A full backup is an image `backup-<id>` holding the volume's data; an incremental is a
//! copy-on-write clone of its parent's snapshot that holds only the chunks that changed
//! (for an RBD volume: only the extents `rbd_diff_iterate2` reports, read from the
//! volume's backup snapshot). Each backup ends with the snapshot `backup-<id>@snap`
//! (protected, so incrementals can be cloned from it), then its record in the image's
//! metadata, written last: an image without its record is not a backup.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use super::pipeline::{is_zero, parallel_with_progress};
use super::{BackupRepository, Record, Stored};
use crate::config::Config;
use crate::driver::rbd::client::{Cluster, ClusterConfig, RbdError, StreamImage};
use crate::driver::{Extent, Progress, VolumeReader, VolumeWriter, merged, overlaps_any};
use crate::error::{Error, Result};
use crate::process::Cancel;

const SNAPSHOT: &str = "snap";
const RECORD: &str = "blockctl.backup.record";
const STORED: &str = "blockctl.backup.stored";
const VOLUME_BYTES: &str = "blockctl.backup.volume_bytes";
/// Bytes per read/write: RBD's default object size.
const CHUNK: u64 = 4 << 20;

fn rbd_error(e: RbdError) -> anyhow::Error {
    Error::backend(e.to_string()).into()
}

fn image_name(backup_id: &str) -> String {
    format!("backup-{backup_id}")
}

pub struct RbdBackups {
    config: ClusterConfig,
    pool: String,
    cluster: Mutex<Option<Arc<Cluster>>>,
}

/// The chunks (indexes) of a `size`-byte image that overlap any of `extents`.
fn chunks_touching(size: u64, extents: &[Extent]) -> Vec<usize> {
    let count = size.div_ceil(CHUNK) as usize;
    (0..count)
        .filter(|&i| {
            let offset = i as u64 * CHUNK;
            let len = CHUNK.min(size - offset);
            overlaps_any(extents, offset, len)
        })
        .collect()
}

fn chunk_len(size: u64, index: usize) -> usize {
    CHUNK.min(size - index as u64 * CHUNK) as usize
}

/// `(offset, len, exists)` extents that hold data, merged.
fn data_extents(diff: Vec<(u64, u64, bool)>) -> Vec<Extent> {
    let existing = diff.into_iter().filter(|(_, _, exists)| *exists);
    merged(
        existing
            .map(|(offset, len, _)| Extent { offset, len })
            .collect(),
    )
}

impl RbdBackups {
    pub fn new(config: &Config) -> RbdBackups {
        RbdBackups {
            config: ClusterConfig {
                ceph_conf: config
                    .backup_ceph_conf
                    .clone()
                    .unwrap_or_else(|| "/etc/ceph/ceph.conf".to_owned()),
                user: config
                    .backup_ceph_user
                    .clone()
                    .unwrap_or_else(|| "admin".to_owned()),
                keyring: None,
                connect_timeout: 15,
                op_timeout: 30,
            },
            pool: config
                .backup_ceph_pool
                .clone()
                .unwrap_or_else(|| "backups".to_owned()),
            cluster: Mutex::new(None),
        }
    }

    fn cluster(&self) -> Result<Arc<Cluster>> {
        let mut slot = self.cluster.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(cluster) = &*slot {
            return Ok(Arc::clone(cluster));
        }
        let cluster = Arc::new(Cluster::connect(&self.config).map_err(rbd_error)?);
        *slot = Some(Arc::clone(&cluster));
        Ok(cluster)
    }

    fn open(&self, backup_id: &str, snapshot: Option<&str>) -> Result<StreamImage> {
        StreamImage::open(
            &self.cluster()?,
            &self.pool,
            &image_name(backup_id),
            snapshot,
        )
        .map_err(|e| {
            if e.is_not_found() {
                Error::not_found(format!(
                    "backup {backup_id} is not in RBD pool {}",
                    self.pool
                ))
                .into()
            } else {
                rbd_error(e)
            }
        })
    }

    /// A metadata value of a complete backup.
    fn metadata(&self, backup_id: &str, key: &str) -> Result<String> {
        self.open(backup_id, None)?
            .metadata(key)
            .map_err(rbd_error)?
            .ok_or_else(|| {
                Error::not_found(format!(
                    "backup {backup_id} in RBD pool {} is incomplete (it has no record)",
                    self.pool
                ))
                .into()
            })
    }

    /// Makes the image a backup writes into: new for a full backup, a clone of the
    /// parent's snapshot for an incremental. Replaces what an interrupted attempt left.
    fn make_image(&self, record: &Record, size: u64) -> Result<StreamImage> {
        if let Some(parent) = &record.parent_id {
            self.record(parent)?; // an image without its record is not a backup to build on
        }
        self.remove(&record.id)?;
        let cluster = self.cluster()?;
        let pool = cluster.pool(&self.pool).map_err(rbd_error)?;
        let name = image_name(&record.id);
        match &record.parent_id {
            None => pool.create_image(&name, size).map_err(rbd_error)?,
            Some(parent) => {
                pool.clone_image(&image_name(parent), SNAPSHOT, &name)
                    .map_err(rbd_error)?;
                let image = pool.open(&name).map_err(rbd_error)?;
                if image.size().map_err(rbd_error)? < size {
                    image.resize(size).map_err(rbd_error)?;
                }
            }
        }
        drop(pool);
        self.open(&record.id, None)
    }
}

impl BackupRepository for RbdBackups {
    fn service(&self) -> &'static str {
        "rbd"
    }

    fn container(&self) -> String {
        self.pool.clone()
    }

    fn backup(
        &self,
        reader: &dyn VolumeReader,
        record: &Record,
        progress: &dyn Progress,
        cancel: &Cancel,
    ) -> Result<Stored> {
        let size = reader.size();
        let image = self.make_image(record, size)?;
        let incremental = record.parent_id.is_some();
        // What may differ from the image's current content (its parent's, or zeros).
        let todo = match (incremental, reader.changed()) {
            (true, Some(changed)) => chunks_touching(size, changed),
            (true, None) => {
                let mut both = data_extents(image.diff(None).map_err(rbd_error)?);
                both.extend_from_slice(reader.allocated());
                chunks_touching(size, &merged(both))
            }
            (false, _) => chunks_touching(size, reader.allocated()),
        };
        let (objects, bytes) = (AtomicU64::new(0), AtomicU64::new(0));
        let len_of = |index: usize| chunk_len(size, index) as u64;
        let label = ("backing up", &len_of as &(dyn Fn(usize) -> u64 + Sync));
        parallel_with_progress(&todo, label, progress, cancel, |index| {
            let offset = index as u64 * CHUNK;
            let len = chunk_len(size, index);
            let mut data = vec![0u8; len];
            reader.read_at(&mut data, offset)?;
            let zero = is_zero(&data);
            let differs = if incremental {
                let mut current = vec![0u8; len];
                image.read_at(&mut current, offset).map_err(rbd_error)?;
                current != data
            } else {
                !zero
            };
            if differs {
                if zero {
                    image.write_zeroes(offset, len as u64).map_err(rbd_error)?;
                } else {
                    image.write_at(&data, offset).map_err(rbd_error)?;
                    bytes.fetch_add(len as u64, Ordering::Relaxed);
                }
                objects.fetch_add(1, Ordering::Relaxed);
                crate::flow::hang_point("BackupVolumeTask:chunk");
            }
            Ok(())
        })?;
        image.flush().map_err(rbd_error)?;
        image.snap_create(SNAPSHOT).map_err(rbd_error)?;
        let cluster = self.cluster()?;
        let pool = cluster.pool(&self.pool).map_err(rbd_error)?;
        pool.open(&image_name(&record.id))
            .and_then(|i| i.snap_protect(SNAPSHOT))
            .map_err(rbd_error)?;
        let stored = Stored {
            object_count: objects.into_inner(),
            stored_bytes: bytes.into_inner(),
        };
        image
            .set_metadata(STORED, &serde_json::to_string(&stored)?)
            .and_then(|()| image.set_metadata(VOLUME_BYTES, &size.to_string()))
            .map_err(rbd_error)?;
        // The record goes last: it is what makes the image a backup.
        image
            .set_metadata(RECORD, &serde_json::to_string(record)?)
            .map_err(rbd_error)?;
        Ok(stored)
    }

    fn stored(&self, backup_id: &str) -> Result<Stored> {
        Ok(serde_json::from_str(&self.metadata(backup_id, STORED)?)?)
    }

    fn record(&self, backup_id: &str) -> Result<Record> {
        Ok(serde_json::from_str(&self.metadata(backup_id, RECORD)?)?)
    }

    fn volume_bytes(&self, backup_id: &str) -> Result<u64> {
        self.record(backup_id)?;
        Ok(self.metadata(backup_id, VOLUME_BYTES)?.parse()?)
    }

    fn restore(
        &self,
        backup_id: &str,
        writer: &dyn VolumeWriter,
        progress: &dyn Progress,
        cancel: &Cancel,
    ) -> Result<()> {
        self.record(backup_id)?;
        let image = self.open(backup_id, Some(SNAPSHOT))?;
        let size = image.size().map_err(rbd_error)?;
        let data = data_extents(image.diff(None).map_err(rbd_error)?);
        let todo = chunks_touching(size, &data);
        // `todo` is sorted: every other chunk holds nothing and is zeroed.
        for index in (0..size.div_ceil(CHUNK) as usize).filter(|i| todo.binary_search(i).is_err()) {
            cancel.check()?;
            writer.write_zeroes(index as u64 * CHUNK, chunk_len(size, index) as u64)?;
        }
        let len_of = |index: usize| chunk_len(size, index) as u64;
        let label = ("restoring", &len_of as &(dyn Fn(usize) -> u64 + Sync));
        parallel_with_progress(&todo, label, progress, cancel, |index| {
            let offset = index as u64 * CHUNK;
            let mut buf = vec![0u8; chunk_len(size, index)];
            image.read_at(&mut buf, offset).map_err(rbd_error)?;
            if is_zero(&buf) {
                writer.write_zeroes(offset, buf.len() as u64)?;
            } else {
                writer.write_at(&buf, offset)?;
            }
            Ok(())
        })
    }

    fn verify(
        &self,
        backup_id: &str,
        progress: &dyn Progress,
        cancel: &Cancel,
    ) -> Result<(u64, u64)> {
        self.record(backup_id)?;
        let image = self.open(backup_id, Some(SNAPSHOT))?;
        let size = image.size().map_err(rbd_error)?;
        let todo = chunks_touching(size, &data_extents(image.diff(None).map_err(rbd_error)?));
        let len_of = |index: usize| chunk_len(size, index) as u64;
        let label = ("verifying", &len_of as &(dyn Fn(usize) -> u64 + Sync));
        parallel_with_progress(&todo, label, progress, cancel, |index| {
            let mut buf = vec![0u8; chunk_len(size, index)];
            image
                .read_at(&mut buf, index as u64 * CHUNK)
                .map_err(rbd_error)
        })?;
        Ok((todo.len() as u64, todo.iter().map(|&i| len_of(i)).sum()))
    }

    fn remove(&self, backup_id: &str) -> Result<()> {
        let cluster = self.cluster()?;
        let pool = cluster.pool(&self.pool).map_err(rbd_error)?;
        let name = image_name(backup_id);
        let image = match pool.open(&name) {
            Ok(image) => image,
            Err(e) if e.is_not_found() => return Ok(()),
            Err(e) => return Err(rbd_error(e)),
        };
        if image.snap_exists(SNAPSHOT).map_err(rbd_error)? {
            if image.snap_is_protected(SNAPSHOT).map_err(rbd_error)? {
                image.snap_unprotect(SNAPSHOT).map_err(|e| {
                    if e.errno == libc::EBUSY {
                        Error::invalid_state(format!(
                            "backup {backup_id} has incremental backups cloned from it: delete \
                             them first"
                        ))
                        .into()
                    } else {
                        rbd_error(e)
                    }
                })?;
            }
            image.snap_remove(SNAPSHOT).map_err(rbd_error)?;
        }
        drop(image);
        match pool.remove_image(&name) {
            Err(e) if !e.is_not_found() => Err(rbd_error(e)),
            _ => Ok(()),
        }
    }
}
