//! The `lvm` driver, as Cinder's reference LVM driver: volumes are logical volumes
//! `volume-<id>` of one volume group, snapshots `_snapshot-<id>`, exported over iSCSI by
//! tgt with the volume's device node as the backing store.
//!
//! `lvm_type = "default"` makes thick (linear) volumes with COW snapshots; a volume from a
//! snapshot or from a volume is a full copy (progress bar), the latter read from a
//! temporary snapshot `clone-snap-<id>` so the source may stay in use. `lvm_type = "thin"`
//! puts every volume in a thin pool (created when absent): snapshots, volumes from
//! snapshots and clones are thin snapshots, which share blocks with their origin yet never
//! depend on it, so nothing ever needs flattening.

mod block_io;
mod lvm2;

use std::path::Path;

use block_io::{DeviceReader, DeviceWriter};
use lvm2::{LogicalVolume, Lvm2};

use super::io::{VolumeReader, VolumeWriter};
use super::{BackendStats, Deleted, Progress, SnapshotCreated, VolumeCreated, VolumeDriver};
use crate::config::BackendConfig;
use crate::error::{Error, ErrorKind, Result};
use crate::process::{self, Cancel, LVM};
use crate::target::ExportSource;

const GIB: u64 = 1 << 30;
const MIB: u64 = 1 << 20;
/// Tag on a thick volume while a snapshot merges into it (a revert), so a revert that was
/// interrupted after the merge knows to recreate the snapshot rather than fail.
const MERGING_TAG: &str = "blockctl_merging";

/// What a delete does to a thick volume's blocks before giving them back to the group.
#[derive(Debug, Clone, Copy, PartialEq)]
enum VolumeClear {
    None,
    /// Zero the first `Some(bytes)`, or all of it.
    Zero(Option<u64>),
}

pub struct LvmDriver {
    lvm: Lvm2,
    backend_name: String,
    /// The thin pool, when `lvm_type = "thin"`.
    thin_pool: Option<String>,
    clear: VolumeClear,
    snapshot_percent: u32,
    max_over_subscription_ratio: f64,
    reserved_percentage: u32,
}

impl LvmDriver {
    /// A driver for a validated backend configuration (see `Config::validate`).
    pub fn new(name: &str, config: &BackendConfig) -> Result<LvmDriver> {
        let vg = config.volume_group.clone().ok_or_else(|| {
            Error::usage(format!(
                "backend '{name}': volume_driver 'lvm' needs volume_group"
            ))
        })?;
        if config.lvm_mirrors.unwrap_or(0) > 0 {
            tracing::warn!(
                "backend '{name}': lvm_mirrors is ignored: blockctl makes linear or thin \
                 volumes (mirror the physical volumes underneath instead)"
            );
        }
        let thin_pool = (config.lvm_type.as_deref() == Some("thin")).then(|| {
            config
                .lvm_thin_pool_name
                .clone()
                .unwrap_or_else(|| format!("{vg}-pool"))
        });
        let clear = match config.volume_clear.as_deref() {
            Some("none") => VolumeClear::None,
            _ => VolumeClear::Zero(
                config
                    .volume_clear_size
                    .filter(|mib| *mib > 0)
                    .map(|mib| mib * MIB),
            ),
        };
        Ok(LvmDriver {
            lvm: Lvm2::new(&vg, config.lvm_conf_file.as_deref()),
            backend_name: config
                .volume_backend_name
                .clone()
                .unwrap_or_else(|| name.to_owned()),
            thin_pool,
            clear,
            snapshot_percent: config.lvm_snapshot_size_percent.unwrap_or(100),
            max_over_subscription_ratio: config.max_over_subscription_ratio(),
            reserved_percentage: config.reserved_percentage.unwrap_or(0),
        })
    }

    fn must_find(&self, name: &str) -> Result<LogicalVolume> {
        self.lvm.logical_volume(name)?.ok_or_else(|| {
            Error::backend(format!(
                "logical volume {}/{name} does not exist",
                self.lvm.vg_name()
            ))
            .into()
        })
    }

    /// Refuses, before anything is made, a volume that cannot fit: thick, the group's free
    /// space; thin, the pool's over-subscription limit.
    fn check_room(&self, size_gib: u64) -> Result<()> {
        let wanted = size_gib * GIB;
        let vg = self.lvm.vg_name();
        match &self.thin_pool {
            None => {
                let free = self.lvm.volume_group()?.free;
                if wanted > free {
                    return Err(Error::new(
                        ErrorKind::QuotaExceeded,
                        format!(
                            "not enough free space in volume group '{vg}': {size_gib} GiB \
                             wanted, {} free",
                            gib_text(free)
                        ),
                    )
                    .into());
                }
            }
            Some(pool) => {
                let lvs = self.lvm.logical_volumes()?;
                let Some(pool_lv) = lvs.iter().find(|lv| lv.name == *pool) else {
                    return Ok(()); // made with all the free space just before the volume
                };
                let provisioned: u64 = lvs
                    .iter()
                    .filter(|lv| lv.pool == *pool)
                    .map(|lv| lv.size)
                    .sum();
                let limit = pool_lv.size as f64 * self.max_over_subscription_ratio;
                if (provisioned + wanted) as f64 > limit {
                    return Err(Error::new(
                        ErrorKind::QuotaExceeded,
                        format!(
                            "thin pool {vg}/{pool} would be over-subscribed: {} provisioned \
                             plus {size_gib} GiB exceeds {} × {} (max_over_subscription_ratio)",
                            gib_text(provisioned),
                            self.max_over_subscription_ratio,
                            gib_text(pool_lv.size)
                        ),
                    )
                    .into());
                }
            }
        }
        Ok(())
    }

    /// The thin pool, created with the group's free space when absent.
    fn ensure_thin_pool(&self, pool: &str) -> Result<()> {
        if let Some(existing) = self.lvm.logical_volume(pool)? {
            if !existing.is_thin_pool() {
                return Err(Error::usage(format!(
                    "{}/{pool} is not a thin pool: set lvm_thin_pool_name to a thin pool or \
                     to a name that is free",
                    self.lvm.vg_name()
                ))
                .into());
            }
            return Ok(());
        }
        if let Err(e) = self.lvm.create_thin_pool(pool) {
            // Another blockctl may have made it meanwhile.
            if self.lvm.logical_volume(pool)?.is_none() {
                return Err(e.context(format!(
                    "cannot create thin pool {}/{pool}",
                    self.lvm.vg_name()
                )));
            }
        }
        Ok(())
    }

    /// Grows a new volume made from something smaller to the size asked for.
    fn grow_to(&self, name: &str, size_gib: u64) -> Result<()> {
        if self.must_find(name)?.size < size_gib * GIB {
            self.lvm.extend(name, size_gib)?;
        }
        Ok(())
    }

    /// Removes a logical volume, first zeroing a thick one's data as `volume_clear` says
    /// (a thin pool hands out zeroed blocks, so thin volumes are not cleared).
    fn remove(&self, lv: &LogicalVolume) -> Result<()> {
        if let VolumeClear::Zero(len) = self.clear
            && !lv.is_thin()
        {
            let device = if lv.attr.starts_with('s') {
                self.lvm.cow_device_path(&lv.name)
            } else {
                self.lvm.device_path(&lv.name)
            };
            block_io::zero_device(&device, len, &Cancel::default()).map_err(|e| {
                e.context(format!(
                    "cannot clear {}/{} before deleting it (volume_clear = \"zero\"; set \
                     volume_clear = \"none\" to delete without clearing)",
                    self.lvm.vg_name(),
                    lv.name
                ))
            })?;
        }
        self.lvm.remove(&lv.name)
    }

    fn clone_snapshot_name(image_id: &str) -> String {
        format!("clone-snap-{image_id}")
    }

    /// Undoes a merge-based revert's effect on the snapshot: recreates it from the volume
    /// (which now holds the snapshot's data) and drops the merge tag.
    fn finish_merge(&self, volume: &str, snapshot: &str) -> Result<()> {
        if self.lvm.logical_volume(snapshot)?.is_none() {
            self.lvm
                .create_cow_snapshot(snapshot, volume, self.snapshot_percent)?;
        }
        self.lvm.delete_tag(volume, MERGING_TAG)
    }
}

/// GiB with two decimals, rounded down (1020 MiB free is "0.99 GiB", never "1.00").
fn gib_text(bytes: u64) -> String {
    let hundredths = bytes * 100 / GIB;
    format!("{}.{:02} GiB", hundredths / 100, hundredths % 100)
}

fn gib(bytes: u64) -> f64 {
    ((bytes as f64 / GIB as f64) * 100.0).round() / 100.0
}

impl VolumeDriver for LvmDriver {
    fn pool_name(&self) -> &str {
        &self.backend_name
    }

    fn check_ready(&self) -> Result<()> {
        process::require(LVM, "lvm")?;
        self.lvm.volume_group()?;
        Ok(())
    }

    fn location_of(&self, image_id: &str) -> String {
        format!("volume-{image_id}")
    }

    fn image_exists(&self, location: &str) -> Result<bool> {
        Ok(self.lvm.logical_volume(location)?.is_some())
    }

    fn create_volume(&self, image_id: &str, size_gib: u64) -> Result<String> {
        let name = self.location_of(image_id);
        self.check_room(size_gib)?;
        match &self.thin_pool {
            None => self.lvm.create(&name, size_gib)?,
            Some(pool) => {
                self.ensure_thin_pool(pool)?;
                self.lvm.create_thin(&name, size_gib, pool)?;
            }
        }
        Ok(name)
    }

    fn create_volume_from_snapshot(
        &self,
        image_id: &str,
        snapshot_location: &str,
        size_gib: u64,
        progress: &dyn Progress,
        cancel: &Cancel,
    ) -> Result<VolumeCreated> {
        let name = self.location_of(image_id);
        let snapshot = self.must_find(snapshot_location)?;
        if snapshot.is_thin() {
            self.lvm.create_thin_snapshot(&name, snapshot_location)?;
            self.grow_to(&name, size_gib)?;
        } else {
            self.check_room(size_gib)?;
            self.lvm.create(&name, size_gib)?;
            block_io::copy_device(
                &self.lvm.device_path(snapshot_location),
                &self.lvm.device_path(&name),
                size_gib * GIB,
                progress,
                cancel,
            )?;
        }
        Ok(VolumeCreated {
            location: name,
            shares_parent: false,
        })
    }

    fn create_cloned_volume(
        &self,
        image_id: &str,
        source_location: &str,
        size_gib: u64,
        progress: &dyn Progress,
        cancel: &Cancel,
    ) -> Result<String> {
        let name = self.location_of(image_id);
        let source = self.must_find(source_location)?;
        if source.is_thin() {
            self.lvm.create_thin_snapshot(&name, source_location)?;
            self.grow_to(&name, size_gib)?;
            return Ok(name);
        }
        self.check_room(size_gib)?;
        let temporary = Self::clone_snapshot_name(image_id);
        self.lvm
            .create_cow_snapshot(&temporary, source_location, self.snapshot_percent)?;
        self.lvm.create(&name, size_gib)?;
        block_io::copy_device(
            &self.lvm.device_path(&temporary),
            &self.lvm.device_path(&name),
            source.size,
            progress,
            cancel,
        )?;
        self.lvm.remove(&temporary)?;
        Ok(name)
    }

    fn undo_create_volume(&self, image_id: &str, _source_location: Option<&str>) -> Result<()> {
        for name in [
            Self::clone_snapshot_name(image_id),
            self.location_of(image_id),
        ] {
            if self.lvm.logical_volume(&name)?.is_some() {
                // Never cleared: it holds nothing but a partial copy of the source's data.
                self.lvm.remove(&name)?;
            }
        }
        Ok(())
    }

    fn delete_image(&self, location: &str) -> Result<Deleted> {
        match self.lvm.logical_volume(location)? {
            None => Ok(Deleted::AlreadyGone),
            Some(lv) => {
                self.remove(&lv)?;
                Ok(Deleted::Removed)
            }
        }
    }

    fn extend_volume(&self, location: &str, size_gib: u64) -> Result<()> {
        let lv = self.must_find(location)?;
        if lv.size >= size_gib * GIB {
            return Ok(()); // an interrupted extend that got this far
        }
        if !lv.is_thin() {
            let free = self.lvm.volume_group()?.free;
            let more = size_gib * GIB - lv.size;
            if more > free {
                return Err(Error::new(
                    ErrorKind::QuotaExceeded,
                    format!(
                        "not enough free space in volume group '{}': extending to {size_gib} \
                         GiB needs {} more, {} free",
                        self.lvm.vg_name(),
                        gib_text(more),
                        gib_text(free)
                    ),
                )
                .into());
            }
        }
        self.lvm.extend(location, size_gib)
    }

    fn create_snapshot(
        &self,
        volume_location: &str,
        snapshot_id: &str,
        _new_image_id: &str,
    ) -> Result<SnapshotCreated> {
        let name = format!("_snapshot-{snapshot_id}");
        let volume = self.must_find(volume_location)?;
        if volume.is_thin() {
            self.lvm.create_thin_snapshot(&name, volume_location)?;
        } else {
            self.lvm
                .create_cow_snapshot(&name, volume_location, self.snapshot_percent)?;
        }
        Ok(SnapshotCreated {
            snapshot_location: name,
            volume_location: volume_location.to_owned(),
        })
    }

    fn undo_create_snapshot(
        &self,
        _volume_location: &str,
        snapshot_id: &str,
        _new_image_id: &str,
    ) -> Result<()> {
        self.delete_image(&format!("_snapshot-{snapshot_id}"))?;
        Ok(())
    }

    /// Thin: a new thin snapshot of the snapshot becomes the volume (`volume-<new id>`).
    /// Thick: the snapshot is merged into the volume, which consumes it, and then taken
    /// again, as Cinder does.
    fn revert_to_snapshot(
        &self,
        volume_location: &str,
        snapshot_location: &str,
        new_image_id: &str,
        size_gib: u64,
        _progress: &dyn Progress,
        _cancel: &Cancel,
    ) -> Result<String> {
        let volume = self.must_find(volume_location)?;
        if volume.is_thin() {
            let name = self.location_of(new_image_id);
            self.lvm.create_thin_snapshot(&name, snapshot_location)?;
            self.grow_to(&name, size_gib)?;
            return Ok(name);
        }
        let merging = volume.tags.iter().any(|t| t == MERGING_TAG);
        if self.lvm.logical_volume(snapshot_location)?.is_some() {
            if !merging {
                self.lvm.add_tag(volume_location, MERGING_TAG)?;
            }
            self.lvm.merge(snapshot_location)?;
        } else if !merging {
            return Err(Error::backend(format!(
                "snapshot {}/{snapshot_location} does not exist",
                self.lvm.vg_name()
            ))
            .into());
        }
        self.finish_merge(volume_location, snapshot_location)?;
        Ok(volume_location.to_owned())
    }

    /// LVM volumes never share data with a parent: nothing to do.
    fn flatten(
        &self,
        _volume_location: &str,
        _oldest_snapshot: Option<&str>,
        _progress: &dyn Progress,
        _cancel: &Cancel,
    ) -> Result<()> {
        Ok(())
    }

    fn stats(&self) -> Result<BackendStats> {
        let vg = self.lvm.volume_group()?;
        let lvs = self.lvm.logical_volumes()?;
        let (total, free, provisioned) = match &self.thin_pool {
            None => (vg.size, vg.free, lvs.iter().map(|lv| lv.size).sum::<u64>()),
            Some(pool) => match lvs.iter().find(|lv| lv.name == *pool) {
                // Not made yet: it will take the group's free space.
                None => (vg.free, vg.free, 0),
                Some(pool_lv) => {
                    let used = pool_lv.data_percent.unwrap_or(0.0) / 100.0;
                    let free = (pool_lv.size as f64 * (1.0 - used)) as u64;
                    let provisioned = lvs.iter().filter(|lv| lv.pool == *pool).map(|lv| lv.size);
                    (pool_lv.size, free, provisioned.sum())
                }
            },
        };
        Ok(BackendStats {
            volume_backend_name: self.backend_name.clone(),
            pool_name: self.backend_name.clone(),
            driver: "lvm".to_owned(),
            total_capacity_gb: gib(total),
            // Rounded down, so the scheduler never counts space that is not there.
            free_capacity_gb: (free * 100 / GIB) as f64 / 100.0,
            provisioned_capacity_gb: Some(gib(provisioned)),
            thin_provisioning_support: self.thin_pool.is_some(),
            thick_provisioning_support: self.thin_pool.is_none(),
            max_over_subscription_ratio: self.max_over_subscription_ratio,
            reserved_percentage: self.reserved_percentage,
            location: match &self.thin_pool {
                None => format!("lvm:{}", self.lvm.vg_name()),
                Some(pool) => format!("lvm:{}/{pool}", self.lvm.vg_name()),
            },
        })
    }

    /// A thick snapshot makes the copy of an in-use source consistent.
    fn copies_attached_volumes(&self) -> bool {
        true
    }

    fn open_backup_reader(
        &self,
        location: &str,
        _backup_id: &str,
        _parent_id: Option<&str>,
        _cancel: &Cancel,
    ) -> Result<Box<dyn VolumeReader>> {
        Ok(Box::new(DeviceReader::open(
            &self.lvm.device_path(location),
        )?))
    }

    fn open_writer(
        &self,
        location: &str,
        _size: u64,
        cancel: &Cancel,
    ) -> Result<Box<dyn VolumeWriter>> {
        Ok(Box::new(DeviceWriter::open(
            &self.lvm.device_path(location),
            cancel,
        )?))
    }

    fn list_images(&self) -> Result<Option<Vec<String>>> {
        let mut names: Vec<String> = self
            .lvm
            .logical_volumes()?
            .into_iter()
            .map(|lv| lv.name)
            .filter(|n| {
                n.starts_with("volume-") || n.starts_with("_snapshot-") || self.is_staging(n)
            })
            .collect();
        names.sort();
        Ok(Some(names))
    }

    fn is_staging(&self, name: &str) -> bool {
        name.starts_with("clone-snap-")
    }

    fn remove_staging(&self, name: &str) -> Result<()> {
        if !self.is_staging(name) {
            return Err(anyhow::anyhow!(
                "'{name}' is not a temporary clone snapshot"
            ));
        }
        self.delete_image(name)?;
        Ok(())
    }

    fn export_source(&self, location: &str) -> Result<ExportSource> {
        let path = self.lvm.device_path(location);
        if !Path::new(&path).exists() {
            return Err(Error::backend(format!(
                "cannot export {}: {} does not exist (the logical volume is not active; \
                 activating it needs the device-mapper kernel driver)",
                location,
                path.display()
            ))
            .into());
        }
        Ok(ExportSource::Raw { path })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn free_space_is_rounded_down_so_it_never_looks_like_enough() {
        assert_eq!(gib_text(1020 << 20), "0.99 GiB");
        assert_eq!(gib_text(GIB), "1.00 GiB");
        assert_eq!(gib_text(5 * GIB + (GIB / 2)), "5.50 GiB");
    }
}
