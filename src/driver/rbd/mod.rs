//! The `rbd` driver (cargo feature `rbd`): volumes are RBD images in `rbd_pool`, named
//! `volume-<id>` as Cinder names them; snapshots are protected RBD snapshots
//! `volume-<id>@snapshot-<id>`; a volume from a snapshot is a copy-on-write clone, flattened
//! when the clone would be deeper than `rbd_max_clone_depth` or when
//! `rbd_flatten_volume_from_snapshot` is set; a volume from a volume is cloned from a
//! temporary snapshot of the source and flattened, so sources never gain hidden dependents.

mod backup_io;
pub(crate) mod client;
mod ffi;

use std::sync::{Arc, Mutex};

use client::{Cluster, ClusterConfig, Pool, RbdError, StreamImage};

use super::{
    BackendStats, Deleted, Progress, SnapshotCreated, VolumeCreated, VolumeDriver, VolumeReader,
    VolumeWriter,
};
use crate::config::BackendConfig;
use crate::error::{Error, Result};
use crate::process::Cancel;
use crate::target::{ExportSource, RbdImage};

const GIB: u64 = 1 << 30;

/// The prefix of a deferred (trashed) volume's location: `trash:<image id>`.
const TRASH: &str = "trash:";

pub struct RbdDriver {
    backend_name: String,
    pool_name: String,
    cluster_config: ClusterConfig,
    max_clone_depth: u32,
    flatten_volume_from_snapshot: bool,
    secret_uuid: Option<String>,
    max_over_subscription_ratio: f64,
    reserved_percentage: u32,
    /// Connected on first use, so commands that never touch the backend never connect.
    cluster: Mutex<Option<Arc<Cluster>>>,
}

fn backend_error(error: RbdError) -> anyhow::Error {
    if error.is_cancelled() {
        return Error::interrupted().into();
    }
    Error::backend(error.to_string()).into()
}

/// `image@snapshot` → (image, snapshot).
fn split_snapshot(location: &str) -> Result<(&str, &str)> {
    location
        .split_once('@')
        .ok_or_else(|| anyhow::anyhow!("'{location}' is not an RBD snapshot location"))
}

impl RbdDriver {
    pub fn new(name: &str, config: &BackendConfig) -> RbdDriver {
        RbdDriver {
            backend_name: config
                .volume_backend_name
                .clone()
                .unwrap_or_else(|| name.to_owned()),
            pool_name: config.rbd_pool.clone().unwrap_or_else(|| "rbd".to_owned()),
            cluster_config: ClusterConfig {
                ceph_conf: config
                    .rbd_ceph_conf
                    .clone()
                    .unwrap_or_else(|| "/etc/ceph/ceph.conf".to_owned()),
                user: config
                    .rbd_user
                    .clone()
                    .unwrap_or_else(|| "admin".to_owned()),
                keyring: config.rbd_keyring_conf.clone(),
                connect_timeout: config.rados_connect_timeout.unwrap_or(15),
                op_timeout: config.rados_op_timeout.unwrap_or(30),
            },
            max_clone_depth: config.rbd_max_clone_depth.unwrap_or(5),
            flatten_volume_from_snapshot: config.rbd_flatten_volume_from_snapshot.unwrap_or(false),
            secret_uuid: config.rbd_secret_uuid.clone(),
            max_over_subscription_ratio: config.max_over_subscription_ratio(),
            reserved_percentage: config.reserved_percentage.unwrap_or(0),
            cluster: Mutex::new(None),
        }
    }

    fn cluster(&self) -> Result<Arc<Cluster>> {
        let mut slot = self.cluster.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(cluster) = &*slot {
            return Ok(Arc::clone(cluster));
        }
        let cluster = Arc::new(Cluster::connect(&self.cluster_config).map_err(backend_error)?);
        *slot = Some(Arc::clone(&cluster));
        Ok(cluster)
    }

    /// Runs `f` on the pool; librados/librbd errors become backend errors.
    fn with_pool<T>(&self, f: impl FnOnce(&Pool<'_>) -> client::RbdResult<T>) -> Result<T> {
        let cluster = self.cluster()?;
        let pool = cluster.pool(&self.pool_name).map_err(backend_error)?;
        f(&pool).map_err(backend_error)
    }

    /// How many ancestors an image has (Cinder's `_get_clone_depth`).
    fn clone_depth(pool: &Pool<'_>, image: &client::Image<'_>) -> client::RbdResult<u32> {
        let mut depth = 0;
        let mut parent = image.parent()?;
        while let Some(spec) = parent {
            depth += 1;
            parent = pool.open_read_only(&spec.image, None)?.parent()?;
        }
        Ok(depth)
    }

    /// Flattens `image` with a progress bar; Ctrl-C stops it cleanly (a valid clone stays).
    fn flatten_image(&self, image: &str, progress: &dyn Progress, cancel: &Cancel) -> Result<()> {
        progress.start("flattening", 10_000);
        let on_progress = |position| progress.set_position(position);
        let result = self.with_pool(|pool| pool.open(image)?.flatten(&on_progress, cancel));
        progress.finish();
        result
    }

    /// Unprotects (if needed) and removes `image@snapshot`; `AlreadyGone` if absent.
    fn remove_snapshot(pool: &Pool<'_>, image: &str, snapshot: &str) -> client::RbdResult<Deleted> {
        let opened = match pool.open(image) {
            Ok(opened) => opened,
            Err(e) if e.is_not_found() => return Ok(Deleted::AlreadyGone),
            Err(e) => return Err(e),
        };
        if !opened.snap_exists(snapshot)? {
            return Ok(Deleted::AlreadyGone);
        }
        if opened.snap_is_protected(snapshot)? {
            opened.snap_unprotect(snapshot)?;
        }
        opened.snap_remove(snapshot)?;
        Ok(Deleted::Removed)
    }

    fn temporary_snapshot(image_id: &str) -> String {
        format!("{image_id}.clone_snap")
    }
}

impl RbdDriver {
    /// (total, free) bytes of the pool from `ceph df`: used + max_avail, max_avail.
    fn pool_capacity(&self, cluster: &Cluster) -> Option<(u64, u64)> {
        let output = cluster
            .mon_command(r#"{"prefix": "df", "format": "json"}"#)
            .inspect_err(|e| tracing::warn!("ceph df failed: {e}"))
            .ok()?;
        let df: serde_json::Value = serde_json::from_str(&output).ok()?;
        let pool = df["pools"]
            .as_array()?
            .iter()
            .find(|p| p["name"] == self.pool_name.as_str())?;
        let used = pool["stats"]["bytes_used"].as_u64()?;
        let available = pool["stats"]["max_avail"].as_u64()?;
        Some((used + available, available))
    }
}

impl VolumeDriver for RbdDriver {
    fn pool_name(&self) -> &str {
        &self.pool_name
    }

    fn check_ready(&self) -> Result<()> {
        self.with_pool(|_| Ok(()))
    }

    fn location_of(&self, image_id: &str) -> String {
        format!("volume-{image_id}")
    }

    fn image_exists(&self, location: &str) -> Result<bool> {
        self.with_pool(|pool| {
            let (image, snapshot) = match location.split_once('@') {
                Some((image, snapshot)) => (image, Some(snapshot)),
                None => (location, None),
            };
            match pool.open_read_only(image, None) {
                Ok(opened) => snapshot.map_or(Ok(true), |s| opened.snap_exists(s)),
                Err(e) if e.is_not_found() => Ok(false),
                Err(e) => Err(e),
            }
        })
    }

    fn create_volume(&self, image_id: &str, size_gib: u64) -> Result<String> {
        let location = self.location_of(image_id);
        self.with_pool(|pool| pool.create_image(&location, size_gib * GIB))?;
        Ok(location)
    }

    fn create_volume_from_snapshot(
        &self,
        image_id: &str,
        snapshot_location: &str,
        size_gib: u64,
        progress: &dyn Progress,
        cancel: &Cancel,
    ) -> Result<VolumeCreated> {
        let (parent, snapshot) = split_snapshot(snapshot_location)?;
        let location = self.location_of(image_id);
        let depth = self.with_pool(|pool| {
            let parent_image = pool.open_read_only(parent, Some(snapshot))?;
            if !parent_image.snap_is_protected(snapshot)? {
                pool.open(parent)?.snap_protect(snapshot)?;
            }
            pool.clone_image(parent, snapshot, &location)?;
            if parent_image.size()? < size_gib * GIB {
                pool.open(&location)?.resize(size_gib * GIB)?;
            }
            Ok(1 + Self::clone_depth(pool, &parent_image)?)
        })?;
        let flatten = self.flatten_volume_from_snapshot || depth > self.max_clone_depth;
        if flatten {
            tracing::info!(
                depth,
                max = self.max_clone_depth,
                "flattening the new clone"
            );
            self.flatten_image(&location, progress, cancel)?;
        }
        Ok(VolumeCreated {
            location,
            shares_parent: !flatten,
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
        let snapshot = Self::temporary_snapshot(image_id);
        let location = self.location_of(image_id);
        self.with_pool(|pool| {
            let source = pool.open(source_location)?;
            if !source.snap_exists(&snapshot)? {
                source.snap_create(&snapshot)?;
            }
            if !source.snap_is_protected(&snapshot)? {
                source.snap_protect(&snapshot)?;
            }
            pool.clone_image(source_location, &snapshot, &location)?;
            let child = pool.open(&location)?;
            if child.size()? < size_gib * GIB {
                child.resize(size_gib * GIB)?;
            }
            Ok(())
        })?;
        self.flatten_image(&location, progress, cancel)?;
        self.with_pool(|pool| Self::remove_snapshot(pool, source_location, &snapshot))?;
        Ok(location)
    }

    fn undo_create_volume(&self, image_id: &str, source_location: Option<&str>) -> Result<()> {
        self.delete_image(&self.location_of(image_id))?;
        if let Some(source) = source_location.filter(|s| !s.contains('@')) {
            let snapshot = Self::temporary_snapshot(image_id);
            self.with_pool(|pool| Self::remove_snapshot(pool, source, &snapshot))?;
        }
        Ok(())
    }

    fn delete_image(&self, location: &str) -> Result<Deleted> {
        if let Some((image, snapshot)) = location.split_once('@') {
            return self.with_pool(|pool| Self::remove_snapshot(pool, image, snapshot));
        }
        backup_io::remove_backup_snapshots(&self.cluster()?, &self.pool_name, location, None)?;
        self.with_pool(|pool| match pool.remove_image(location) {
            Ok(()) => Ok(Deleted::Removed),
            Err(e) if e.is_not_found() => Ok(Deleted::AlreadyGone),
            Err(e) => Err(e),
        })
    }

    fn extend_volume(&self, location: &str, size_gib: u64) -> Result<()> {
        self.with_pool(|pool| {
            let image = pool.open(location)?;
            if image.size()? < size_gib * GIB {
                image.resize(size_gib * GIB)?;
            }
            Ok(())
        })
    }

    fn create_snapshot(
        &self,
        volume_location: &str,
        snapshot_id: &str,
        _new_image_id: &str,
    ) -> Result<SnapshotCreated> {
        let snapshot = format!("snapshot-{snapshot_id}");
        self.with_pool(|pool| {
            let image = pool.open(volume_location)?;
            if !image.snap_exists(&snapshot)? {
                image.snap_create(&snapshot)?;
            }
            // Protected, as Cinder does, so it can be cloned at once.
            if !image.snap_is_protected(&snapshot)? {
                image.snap_protect(&snapshot)?;
            }
            Ok(())
        })?;
        Ok(SnapshotCreated {
            snapshot_location: format!("{volume_location}@{snapshot}"),
            volume_location: volume_location.to_owned(),
        })
    }

    fn undo_create_snapshot(
        &self,
        volume_location: &str,
        snapshot_id: &str,
        _new_image_id: &str,
    ) -> Result<()> {
        let snapshot = format!("snapshot-{snapshot_id}");
        self.with_pool(|pool| Self::remove_snapshot(pool, volume_location, &snapshot))?;
        Ok(())
    }

    fn revert_to_snapshot(
        &self,
        volume_location: &str,
        snapshot_location: &str,
        _new_image_id: &str,
        size_gib: u64,
        progress: &dyn Progress,
        cancel: &Cancel,
    ) -> Result<String> {
        let (_, snapshot) = split_snapshot(snapshot_location)?;
        progress.start("reverting", 10_000);
        let on_progress = |position| progress.set_position(position);
        let result = self.with_pool(|pool| {
            let image = pool.open(volume_location)?;
            image.rollback(snapshot, &on_progress, cancel)?;
            // The volume keeps its size, as Cinder's revert does.
            if image.size()? < size_gib * GIB {
                image.resize(size_gib * GIB)?;
            }
            Ok(())
        });
        progress.finish();
        result?;
        Ok(volume_location.to_owned())
    }

    fn flatten(
        &self,
        volume_location: &str,
        _oldest_snapshot: Option<&str>,
        progress: &dyn Progress,
        cancel: &Cancel,
    ) -> Result<()> {
        let has_parent = self.with_pool(|pool| {
            Ok(pool
                .open_read_only(volume_location, None)?
                .parent()?
                .is_some())
        })?;
        if !has_parent {
            return Ok(());
        }
        self.flatten_image(volume_location, progress, cancel)
    }

    fn deferred_location(&self, volume_location: &str) -> Result<String> {
        let id = self.with_pool(|pool| pool.open_read_only(volume_location, None)?.id())?;
        Ok(format!("{TRASH}{id}"))
    }

    fn defer_deletion(&self, volume_location: &str) -> Result<()> {
        backup_io::remove_backup_snapshots(
            &self.cluster()?,
            &self.pool_name,
            volume_location,
            None,
        )?;
        self.with_pool(|pool| match pool.trash_move(volume_location) {
            Err(e) if e.is_not_found() => Ok(()), // moved already
            other => other,
        })
    }

    fn purge_deferred(&self, deferred_location: &str, snapshot_locations: &[String]) -> Result<()> {
        let Some(id) = deferred_location.strip_prefix(TRASH) else {
            return Err(anyhow::anyhow!(
                "'{deferred_location}' is not a deferred RBD image"
            ));
        };
        self.with_pool(|pool| {
            let image = match pool.open_by_id(id) {
                Ok(image) => image,
                Err(e) if e.is_not_found() => return Ok(()), // purged already
                Err(e) => return Err(e),
            };
            for location in snapshot_locations {
                let snapshot = location.rsplit('@').next().unwrap_or(location);
                if image.snap_exists(snapshot)? {
                    if image.snap_is_protected(snapshot)? {
                        image.snap_unprotect(snapshot)?;
                    }
                    image.snap_remove(snapshot)?;
                }
            }
            drop(image);
            pool.trash_remove(id)
        })
    }

    fn stats(&self) -> Result<BackendStats> {
        // As Cinder's RBD driver: the pool's view from `ceph df` (max_avail accounts for
        // replication), falling back to the raw cluster capacity. Without a running
        // ceph-mgr both read 0.
        let cluster = self.cluster()?;
        let (total, free) = match self.pool_capacity(&cluster) {
            Some(capacity) => capacity,
            None => {
                let (total_kb, free_kb) = cluster.capacity_kb().map_err(backend_error)?;
                (total_kb << 10, free_kb << 10)
            }
        };
        let gib = |bytes: u64| ((bytes as f64 / GIB as f64) * 100.0).round() / 100.0;
        Ok(BackendStats {
            volume_backend_name: self.backend_name.clone(),
            pool_name: self.pool_name.clone(),
            driver: "rbd".to_owned(),
            total_capacity_gb: gib(total),
            free_capacity_gb: gib(free),
            provisioned_capacity_gb: None,
            thin_provisioning_support: true,
            thick_provisioning_support: false,
            max_over_subscription_ratio: self.max_over_subscription_ratio,
            reserved_percentage: self.reserved_percentage,
            location: format!("{}:{}", self.cluster_config.ceph_conf, self.pool_name),
        })
    }

    fn list_images(&self) -> Result<Option<Vec<String>>> {
        let names = self.with_pool(|pool| pool.list_images())?;
        Ok(Some(
            names
                .into_iter()
                .filter(|name| name.starts_with("volume-"))
                .collect(),
        ))
    }

    fn open_backup_reader(
        &self,
        location: &str,
        backup_id: &str,
        parent_id: Option<&str>,
        _cancel: &Cancel,
    ) -> Result<Box<dyn VolumeReader>> {
        let cluster = self.cluster()?;
        let reader =
            backup_io::RbdReader::open(&cluster, &self.pool_name, location, backup_id, parent_id)?;
        Ok(Box::new(reader))
    }

    fn finish_backup(&self, location: &str, backup_id: &str) -> Result<()> {
        backup_io::remove_backup_snapshots(
            &self.cluster()?,
            &self.pool_name,
            location,
            Some(backup_id),
        )
    }

    fn undo_backup(&self, location: &str, backup_id: &str) -> Result<()> {
        backup_io::remove_backup_snapshot(&self.cluster()?, &self.pool_name, location, backup_id)
    }

    fn open_writer(
        &self,
        location: &str,
        _size: u64,
        _cancel: &Cancel,
    ) -> Result<Box<dyn VolumeWriter>> {
        let image = StreamImage::open(&self.cluster()?, &self.pool_name, location, None)
            .map_err(backend_error)?;
        Ok(Box::new(backup_io::RbdWriter { image }))
    }

    fn export_source(&self, location: &str) -> Result<ExportSource> {
        let monitors = self.cluster()?.monitors().map_err(backend_error)?;
        Ok(ExportSource::Rbd(RbdImage {
            pool: self.pool_name.clone(),
            image: location.to_owned(),
            ceph_conf: self.cluster_config.ceph_conf.clone(),
            user: self.cluster_config.user.clone(),
            monitors,
            secret_uuid: self.secret_uuid.clone(),
        }))
    }
}
