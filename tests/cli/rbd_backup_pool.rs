//! `backup_driver = "rbd"` against the test cluster's `backups` pool: backups as RBD images
//! `backup-<id>`, incrementals as clones of their parent's `snap` holding only the changed
//! 4 MiB chunks; restores compared byte for byte (a digest of every chunk of the whole
//! image) with the volume as it was at backup time; delete, export/import, crash recovery
//! and incomplete images.
//!
//! Other tests share the pools, so everything here is checked by the ids this test made,
//! and [`PoolEnv`] removes its backup images and volumes even when a test panics.

use std::cell::RefCell;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::Duration;

use serde::Deserialize;
use serde_json::Value;

use crate::crash::{assert_consistent, blockctl, poll_until};
use crate::support::{Backup, Change, Flow, FlowRecovered, Quota, TestEnv, Volume};

const MIB: u64 = 1 << 20;
const GIB: u64 = 1 << 30;
/// The rbd repository's chunk: RBD's default object size.
const CHUNK: u64 = 4 * MIB;
const BACKUP_POOL: &str = "backups";
const VOLUME_POOL: &str = "volumes";

fn ceph_conf() -> String {
    std::env::var("BLOCKCTL_TEST_CEPH_CONF").expect(
        "BLOCKCTL_TEST_CEPH_CONF is not set: the rbd tests need the test cluster \
         (scripts/test.sh starts it with scripts/ceph-cluster.sh start DIR)",
    )
}

// ---------------------------------------------------------------------------------------
// The cluster, seen from outside: the `rbd` CLI and Ceph's Python bindings.

/// `rbd -c CONF ARGS`, whatever its outcome.
fn rbd(args: &[&str]) -> Output {
    Command::new("rbd")
        .args(["-c", &ceph_conf()])
        .args(args)
        .output()
        .expect("run rbd")
}

fn backup_image(id: &str) -> String {
    format!("backup-{id}")
}

fn backup_spec(id: &str) -> String {
    format!("{BACKUP_POOL}/{}", backup_image(id))
}

/// The images of a pool, if `rbd ls` answers.
fn try_pool_images(pool: &str) -> Option<BTreeSet<String>> {
    let output = rbd(&["ls", pool, "--format", "json"]);
    if !output.status.success() {
        return None;
    }
    let listed: Value = serde_json::from_slice(&output.stdout).ok()?;
    listed
        .as_array()?
        .iter()
        .map(|n| n.as_str().map(str::to_owned))
        .collect()
}

/// The images of a pool.
fn pool_images(pool: &str) -> BTreeSet<String> {
    try_pool_images(pool).unwrap_or_else(|| panic!("rbd ls {pool} failed"))
}

fn backup_image_exists(id: &str) -> bool {
    rbd(&["info", &backup_spec(id)]).status.success()
}

/// `rbd info backups/backup-<id>`.
fn backup_info(id: &str) -> Value {
    crate::rbd::rbd_json(&["info", &backup_spec(id)])
}

/// The snapshots of a backup image: (name, protected).
fn backup_snapshots(id: &str) -> Vec<(String, bool)> {
    let listed = crate::rbd::rbd_json(&["snap", "ls", &backup_spec(id)]);
    listed
        .as_array()
        .expect("rbd snap ls: an array")
        .iter()
        .map(|s| {
            (
                s["name"].as_str().expect("snapshot name").to_owned(),
                s["protected"] == "true",
            )
        })
        .collect()
}

/// The clones of `backups/backup-<id>@snap`.
fn backup_children(id: &str) -> Vec<String> {
    let listed = crate::rbd::rbd_json(&["children", &format!("{}@snap", backup_spec(id))]);
    listed
        .as_array()
        .expect("rbd children: an array")
        .iter()
        .map(|c| {
            format!(
                "{}/{}",
                c["pool"].as_str().unwrap(),
                c["image"].as_str().unwrap()
            )
        })
        .collect()
}

/// The image metadata of a backup image.
fn backup_metadata(id: &str) -> serde_json::Map<String, Value> {
    match crate::rbd::rbd_json(&["image-meta", "list", &backup_spec(id)]) {
        Value::Object(map) => map,
        // `rbd image-meta list` prints nothing (not `{}`) for an image without metadata.
        _ => serde_json::Map::new(),
    }
}

/// The names of a volume image's snapshots, sorted.
fn volume_snapshots(image: &str) -> Vec<String> {
    let mut names: Vec<String> = crate::rbd::snapshots(image)
        .iter()
        .map(|s| s["name"].as_str().expect("snapshot name").to_owned())
        .collect();
    names.sort();
    names
}

/// Removes an image (and its snapshots) with the `rbd` CLI, whatever state a failed test
/// left it in. Fails (silently) while clones of it remain: callers make several passes.
fn force_remove(pool: &str, image: &str) {
    let spec = format!("{pool}/{image}");
    if !rbd(&["info", &spec]).status.success() {
        return;
    }
    let listed = rbd(&["snap", "ls", &spec, "--format", "json"]);
    let snapshots: Value = serde_json::from_slice(&listed.stdout).unwrap_or_default();
    for snapshot in snapshots.as_array().into_iter().flatten() {
        if snapshot["protected"] == "true" {
            let name = snapshot["name"].as_str().unwrap_or_default();
            rbd(&["snap", "unprotect", &format!("{spec}@{name}")]);
        }
    }
    rbd(&["snap", "purge", &spec]);
    rbd(&["rm", &spec]);
}

/// Ceph's Python bindings, for I/O on images: `digest`, `write`, `discard`; `file` digests
/// a raw file.
const PYTHON_IO: &str = r#"
import sys, json, hashlib
CHUNK = 4 << 20

def digest(read, size):
    zero = bytes(CHUNK)
    chunks = []
    for offset in range(0, size, CHUNK):
        n = min(CHUNK, size - offset)
        data = read(offset, n)
        if len(data) < n:
            data += bytes(n - len(data))
        chunks.append("0" if data == zero[:n] else hashlib.sha256(data).hexdigest()[:20])
    return {"size": size, "chunks": chunks}

op = sys.argv[1]
if op == "file":
    with open(sys.argv[2], "rb") as f:
        f.seek(0, 2)
        size = f.tell()
        def read(offset, n):
            f.seek(offset)
            return f.read(n)
        print(json.dumps(digest(read, size)))
    sys.exit(0)

import rados, rbd
conf, pool, spec = sys.argv[2:5]
name, _, snap = spec.partition("@")
with rados.Rados(conffile=conf) as cluster, cluster.open_ioctx(pool) as io:
    if op == "digest":
        with rbd.Image(io, name, snapshot=snap or None, read_only=True) as image:
            print(json.dumps(digest(image.read, image.size())))
    elif op == "write":
        pattern, offset, length = map(int, sys.argv[5:8])
        with rbd.Image(io, name) as image:
            done = 0
            while done < length:
                n = min(CHUNK, length - done)
                image.write(bytes([pattern]) * n, offset + done)
                done += n
            image.flush()
    elif op == "discard":
        offset, length = map(int, sys.argv[5:7])
        with rbd.Image(io, name) as image:
            image.discard(offset, length)
            image.flush()
    else:
        sys.exit("unknown op " + op)
"#;

fn python_io(args: &[&str]) -> String {
    let output = Command::new("/usr/bin/python3")
        .args(["-c", PYTHON_IO])
        .args(args)
        .output()
        .expect("run /usr/bin/python3 (python3-rados, python3-rbd)");
    assert!(
        output.status.success(),
        "python {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("utf-8")
}

/// Writes `len` bytes of `pattern` (0: zeros, as data) at `offset` of a volume image.
fn rbd_write(image: &str, pattern: u8, offset: u64, len: u64) {
    python_io(&[
        "write",
        &ceph_conf(),
        VOLUME_POOL,
        image,
        &pattern.to_string(),
        &offset.to_string(),
        &len.to_string(),
    ]);
}

/// Discards `len` bytes at `offset` of a volume image.
fn rbd_discard(image: &str, offset: u64, len: u64) {
    python_io(&[
        "discard",
        &ceph_conf(),
        VOLUME_POOL,
        image,
        &offset.to_string(),
        &len.to_string(),
    ]);
}

/// A whole image, chunk by chunk: `"0"` for a chunk of zeros, else a SHA-256 prefix of its
/// bytes. Two equal digests are two byte-identical images (of the same size).
#[derive(Debug, Clone, PartialEq, Deserialize)]
struct Digest {
    size: u64,
    chunks: Vec<String>,
}

impl Digest {
    /// The chunks that hold something other than zeros.
    fn data_chunks(&self) -> Vec<usize> {
        (0..self.chunks.len())
            .filter(|&i| self.chunks[i] != "0")
            .collect()
    }
}

fn rbd_digest(pool: &str, spec: &str) -> Digest {
    let text = python_io(&["digest", &ceph_conf(), pool, spec]);
    serde_json::from_str(&text).expect("digest json")
}

/// The digest of a qcow2 image, through a (sparse) raw copy.
fn qcow2_digest(image: &Path, scratch: &Path) -> Digest {
    let raw = scratch.join("digest.raw");
    let status = Command::new("qemu-img")
        .args(["convert", "-U", "-f", "qcow2", "-O", "raw"])
        .arg(image)
        .arg(&raw)
        .status()
        .expect("qemu-img convert");
    assert!(status.success(), "qemu-img convert {}", image.display());
    let text = python_io(&["file", raw.to_str().unwrap()]);
    std::fs::remove_file(&raw).expect("remove the raw copy");
    serde_json::from_str(&text).expect("digest json")
}

/// Asserts two digests are equal, naming the chunks that differ.
fn assert_same_data(actual: &Digest, expected: &Digest, what: &str) {
    assert_eq!(actual.size, expected.size, "{what}: image size");
    let differing: Vec<String> = (0..expected.chunks.len())
        .filter(|&i| actual.chunks[i] != expected.chunks[i])
        .map(|i| {
            format!(
                "chunk {i} (at {} MiB): {} instead of {}",
                i as u64 * CHUNK / MIB,
                actual.chunks[i],
                expected.chunks[i]
            )
        })
        .collect();
    assert!(
        differing.is_empty(),
        "{what}: {} chunks differ: {differing:#?}",
        differing.len()
    );
}

/// Zeroes `len` bytes at `offset` of a qcow2 image with `qemu-io write -z` (zero clusters,
/// not data).
fn qcow2_write_zeroes(image: &Path, offset: u64, len: u64) {
    let status = Command::new("qemu-io")
        .args(["-f", "qcow2", "-c"])
        .arg(format!("write -z {offset} {len}"))
        .arg(image)
        .stdout(std::process::Stdio::null())
        .status()
        .expect("qemu-io");
    assert!(
        status.success(),
        "qemu-io write -z into {}",
        image.display()
    );
}

// ---------------------------------------------------------------------------------------
// The env.

/// The configuration lines every env here has: backups go to the test cluster.
fn backup_config(explicit: bool) -> String {
    let mut text = format!(
        "backup_driver = \"rbd\"\nbackup_ceph_conf = \"{}\"\n",
        ceph_conf()
    );
    if explicit {
        text.push_str(&format!(
            "backup_ceph_pool = \"{BACKUP_POOL}\"\nbackup_ceph_user = \"admin\"\n"
        ));
    }
    text
}

/// A [`TestEnv`] whose backups go to the `backups` pool. It remembers every backup id and
/// RBD volume image it sees, and on drop deletes them (through blockctl, then with `rbd`
/// for whatever a failed test left), so the shared pools do not fill up.
struct PoolEnv {
    env: TestEnv,
    /// Volumes are RBD images in the `volumes` pool (else qcow2 files of the file backend).
    rbd_volumes: bool,
    backups: RefCell<BTreeSet<String>>,
    volume_images: RefCell<BTreeSet<String>>,
}

impl std::ops::Deref for PoolEnv {
    type Target = TestEnv;
    fn deref(&self) -> &TestEnv {
        &self.env
    }
}

impl PoolEnv {
    /// Volumes on the RBD backend (pool `volumes`), backups in the `backups` pool, with
    /// every backup_ceph_* option spelled out.
    fn rbd_volumes() -> PoolEnv {
        let conf = ceph_conf();
        let config = format!(
            "{}enabled_backends = [\"ceph\"]\n\
             [backends.ceph]\n\
             volume_driver = \"rbd\"\n\
             volume_backend_name = \"ceph\"\n\
             rbd_pool = \"{VOLUME_POOL}\"\n\
             rbd_ceph_conf = \"{conf}\"\n\
             rbd_user = \"admin\"\n\
             rados_connect_timeout = 10\n",
            backup_config(true)
        );
        PoolEnv::new(TestEnv::with_config(&config), true)
    }

    /// Nothing but the two backup options: the zero-config file backend keeps the volumes,
    /// backups go to the default pool `backups`.
    fn file_volumes() -> PoolEnv {
        PoolEnv::new(TestEnv::with_config(&backup_config(false)), false)
    }

    fn new(env: TestEnv, rbd_volumes: bool) -> PoolEnv {
        PoolEnv {
            env,
            rbd_volumes,
            backups: RefCell::new(BTreeSet::new()),
            volume_images: RefCell::new(BTreeSet::new()),
        }
    }

    fn track_backup(&self, id: &str) {
        self.backups.borrow_mut().insert(id.to_owned());
    }

    fn track_volume(&self, volume: &Volume) {
        if self.rbd_volumes
            && let Some(location) = &volume.provider_location
        {
            self.volume_images.borrow_mut().insert(location.clone());
        }
    }

    /// Everything the catalogue and the journal know of: backups (and backup flows, whose
    /// resource is the backup) and volumes.
    fn track_catalogue(&self) {
        let backups = self.run(&["backup", "list", "-o", "json"]);
        if let Ok(backups) = serde_json::from_slice::<Vec<Backup>>(&backups.stdout) {
            backups.iter().for_each(|b| self.track_backup(&b.id));
        }
        let flows = self.run(&["flow", "list", "-o", "json"]);
        if let Ok(flows) = serde_json::from_slice::<Vec<Flow>>(&flows.stdout) {
            flows
                .iter()
                .filter(|f| f.kind == "backup_create")
                .for_each(|f| self.track_backup(&f.resource_id));
        }
        let volumes = self.run(&["volume", "list", "-o", "json"]);
        if let Ok(volumes) = serde_json::from_slice::<Vec<Volume>>(&volumes.stdout) {
            volumes.iter().for_each(|v| self.track_volume(v));
        }
    }

    /// A new volume of 1 GiB (its RBD image, if any, is removed on drop).
    fn volume(&self, name: &str) -> Volume {
        let volume = self.create_volume(name, "1");
        self.track_volume(&volume);
        volume
    }

    fn location(&self, volume: &str) -> String {
        let volume: Volume = self.json(&["volume", "show", volume]);
        volume.provider_location.expect("provider_location")
    }

    /// `volume backup VOLUME --name NAME [--incremental]`, which must succeed.
    fn backup(&self, volume: &str, name: &str, incremental: bool) -> Backup {
        let mut args = vec!["volume", "backup", volume, "--name", name];
        if incremental {
            args.push("--incremental");
        }
        let change: Change<Backup> = self.json(&args);
        self.track_backup(&change.value.id);
        assert!(change.changed);
        let backup = change.value;
        assert_eq!(backup.status, "available", "{backup:#?}");
        assert_eq!(backup.container, BACKUP_POOL);
        assert_eq!(backup.is_incremental, incremental);
        backup
    }

    fn show_backup(&self, backup: &str) -> Backup {
        self.json(&["backup", "show", backup])
    }

    /// The digest of a volume's whole data as a host would read it.
    fn digest(&self, volume: &str) -> Digest {
        if self.rbd_volumes {
            rbd_digest(VOLUME_POOL, &self.location(volume))
        } else {
            qcow2_digest(&self.image_of(volume), self.dir.path())
        }
    }

    /// `backup restore BACKUP --name NAME`: a new volume, which must be `available`.
    fn restore_new(&self, backup: &str, name: &str) -> Volume {
        let change: Change<Volume> = self.json(&["backup", "restore", backup, "--name", name]);
        self.track_volume(&change.value);
        assert!(change.changed);
        assert_eq!(change.value.status, "available");
        assert_eq!(change.value.name, name);
        change.value
    }

    /// `backup restore BACKUP --volume VOLUME --yes`.
    fn restore_over(&self, backup: &str, volume: &str) {
        let change: Change<Volume> =
            self.json(&["backup", "restore", backup, "--volume", volume, "--yes"]);
        assert_eq!(change.value.status, "available");
    }

    fn quota(&self, resource: &str) -> Quota {
        let quotas: Vec<Quota> = self.json(&["quota", "show"]);
        quotas
            .into_iter()
            .find(|q| q.resource == resource)
            .unwrap_or_else(|| panic!("no quota line {resource}"))
    }

    /// (in_use, reserved) of `backups` and of `backup_gigabytes`.
    fn backup_quotas(&self) -> [(i64, i64); 2] {
        let backups = self.quota("backups");
        let gigabytes = self.quota("backup_gigabytes");
        [
            (backups.in_use, backups.reserved),
            (gigabytes.in_use, gigabytes.reserved),
        ]
    }

    /// Deletes every backup (leaves first) and volume through blockctl; returns whether
    /// the catalogue ended empty.
    fn delete_everything(&self) -> bool {
        self.run(&["flow", "recover"]);
        self.track_catalogue();
        for _ in 0..6 {
            let output = self.run(&["backup", "list", "-o", "json"]);
            let backups: Vec<Backup> = serde_json::from_slice(&output.stdout).unwrap_or_default();
            if backups.is_empty() {
                break;
            }
            for b in backups.iter().filter(|b| !b.has_dependent_backups) {
                self.run(&["backup", "delete", &b.id, "--yes"]);
            }
        }
        for _ in 0..3 {
            let output = self.run(&["volume", "list", "-o", "value", "-c", "id"]);
            let ids = String::from_utf8_lossy(&output.stdout).into_owned();
            if ids.trim().is_empty() {
                break;
            }
            for id in ids.split_whitespace() {
                self.run(&["volume", "delete", id, "--cascade", "--yes"]);
            }
        }
        let backups = self.run(&["backup", "list", "-o", "value", "-c", "id"]);
        let volumes = self.run(&["volume", "list", "-o", "value", "-c", "id"]);
        backups.stdout.trim_ascii().is_empty() && volumes.stdout.trim_ascii().is_empty()
    }

    /// The images of this env still on the cluster: `backups/backup-<id>` of every backup
    /// id it saw, and its RBD volume images. `None` if the pools cannot be listed.
    fn leftovers(&self) -> Option<Vec<String>> {
        let in_backups = try_pool_images(BACKUP_POOL)?;
        let mut left: Vec<String> = self
            .backups
            .borrow()
            .iter()
            .map(|id| backup_image(id))
            .filter(|image| in_backups.contains(image))
            .map(|image| format!("{BACKUP_POOL}/{image}"))
            .collect();
        if !self.volume_images.borrow().is_empty() {
            let in_volumes = try_pool_images(VOLUME_POOL)?;
            left.extend(
                self.volume_images
                    .borrow()
                    .iter()
                    .filter(|image| in_volumes.contains(*image))
                    .map(|image| format!("{VOLUME_POOL}/{image}")),
            );
        }
        Some(left)
    }

    /// The end of a test: blockctl deletes everything, and nothing of this env is left in
    /// the pools.
    fn finish(&self) {
        assert!(
            self.delete_everything(),
            "blockctl could not delete everything"
        );
        let left = self.leftovers().expect("rbd ls");
        assert!(left.is_empty(), "left in the pools: {left:?}");
    }
}

impl Drop for PoolEnv {
    fn drop(&mut self) {
        self.delete_everything();
        // Whatever blockctl could not remove: clones go before their parents.
        for _ in 0..4 {
            let left = self.leftovers().unwrap_or_default();
            if left.is_empty() {
                return;
            }
            for spec in left {
                let (pool, image) = spec.split_once('/').unwrap();
                force_remove(pool, image);
            }
        }
    }
}

/// Checks a complete backup image: a clone of its parent's `snap` for an incremental (else
/// no parent), one protected snapshot `snap`, and its metadata: the record (matching the
/// catalogue), what it stored and the volume's bytes.
fn assert_backup_image(backup: &Backup) {
    let info = backup_info(&backup.id);
    match &backup.parent_id {
        Some(parent) => {
            let spec = &info["parent"];
            assert_eq!(spec["pool"], BACKUP_POOL, "{info:#}");
            assert_eq!(spec["image"], backup_image(parent).as_str(), "{info:#}");
            assert_eq!(spec["snapshot"], "snap", "{info:#}");
        }
        None => assert!(info.get("parent").is_none(), "a full backup: {info:#}"),
    }
    assert_eq!(info["size"], backup.size * GIB, "{info:#}");
    assert_eq!(
        backup_snapshots(&backup.id),
        vec![("snap".to_owned(), true)],
        "backup {}",
        backup.name
    );
    let meta = backup_metadata(&backup.id);
    let record: Value = serde_json::from_str(
        meta["blockctl.backup.record"]
            .as_str()
            .expect("the record is there"),
    )
    .expect("the record is JSON");
    assert_eq!(record["id"], backup.id.as_str());
    assert_eq!(record["name"], backup.name.as_str());
    assert_eq!(record["volume_id"], backup.volume_id.as_str());
    assert_eq!(record["size"], backup.size);
    assert_eq!(record["parent_id"], serde_json::json!(backup.parent_id));
    assert_eq!(record["created_at"], backup.created_at.as_str());
    let stored: Value =
        serde_json::from_str(meta["blockctl.backup.stored"].as_str().expect("stored")).unwrap();
    assert_eq!(stored["object_count"], backup.object_count);
    assert_eq!(stored["stored_bytes"], backup.stored_bytes);
    assert_eq!(
        meta["blockctl.backup.volume_bytes"],
        (backup.size * GIB).to_string().as_str()
    );
}

fn stored(backup: &Backup) -> (u64, u64) {
    (backup.object_count, backup.stored_bytes)
}

// ---------------------------------------------------------------------------------------
// 1. An RBD volume: a chain of incrementals, every restore byte-exact.

#[test]
fn rbd_volume_incremental_chain_restores_every_backup_byte_exact() {
    let env = PoolEnv::rbd_volumes();
    let db = env.volume("db");
    let image = db.provider_location.clone().unwrap();
    assert_eq!(image, format!("volume-{}", db.id));

    // Data in chunks 0, 2, 25 (4 KiB in the middle) and the last one (255).
    rbd_write(&image, 1, 0, CHUNK);
    rbd_write(&image, 2, 10 * MIB, MIB);
    rbd_write(&image, 3, 100 * MIB + 4096, 4096);
    rbd_write(&image, 4, GIB - CHUNK, CHUNK);
    let full = env.backup("db", "full", false);
    assert_eq!(full.parent_id, None);
    assert_eq!(stored(&full), (4, 4 * CHUNK), "the four chunks with data");
    let full_data = env.digest("db");
    assert_eq!(full_data.data_chunks(), vec![0, 2, 25, 255]);
    assert_backup_image(&full);
    assert_eq!(
        volume_snapshots(&image),
        vec![format!("backup.{}", full.id)],
        "the backup read the volume's snapshot backup.<id>, kept for the next incremental"
    );

    // inc1: part of chunk 0 rewritten, chunk 12 new.
    rbd_write(&image, 5, MIB, 64 * 1024);
    rbd_write(&image, 6, 50 * MIB, MIB);
    let inc1 = env.backup("db", "inc1", true);
    assert_eq!(inc1.parent_id.as_deref(), Some(full.id.as_str()));
    assert_eq!(stored(&inc1), (2, 2 * CHUNK), "chunks 0 and 12");
    let inc1_data = env.digest("db");
    assert_backup_image(&inc1);
    assert_eq!(
        volume_snapshots(&image),
        vec![format!("backup.{}", inc1.id)],
        "the parent's snapshot goes once the incremental is complete"
    );
    assert!(env.show_backup("full").has_dependent_backups);

    // inc2: chunk 2 zeroed by writing zeros, chunk 25 discarded, chunk 100 new.
    rbd_write(&image, 0, 10 * MIB, MIB);
    rbd_discard(&image, 25 * CHUNK, CHUNK);
    rbd_write(&image, 7, 400 * MIB, 2 * MIB);
    let inc2 = env.backup("db", "inc2", true);
    assert_eq!(inc2.parent_id.as_deref(), Some(inc1.id.as_str()));
    assert_eq!(
        stored(&inc2),
        (3, CHUNK),
        "chunks 2 and 25 (zeroed: objects of 0 bytes) and 100"
    );
    let inc2_data = env.digest("db");
    assert_eq!(inc2_data.data_chunks(), vec![0, 12, 100, 255]);
    assert_backup_image(&inc2);

    // inc3: chunk 2 written again, chunk 12 rewritten with the same bytes (changed for
    // RBD, not in content: not stored), and a write across chunks 15 and 16.
    rbd_write(&image, 8, 2 * CHUNK, CHUNK);
    rbd_write(&image, 6, 50 * MIB, MIB);
    rbd_write(&image, 9, 64 * MIB - MIB / 2, MIB);
    let inc3 = env.backup("db", "inc3", true);
    assert_eq!(inc3.parent_id.as_deref(), Some(inc2.id.as_str()));
    assert_eq!(stored(&inc3), (3, 3 * CHUNK), "chunks 2, 15 and 16");
    let inc3_data = env.digest("db");
    assert_eq!(inc3_data.data_chunks(), vec![0, 2, 12, 15, 16, 100, 255]);
    assert_backup_image(&inc3);
    assert_eq!(backup_children(&inc2.id), vec![backup_spec(&inc3.id)]);
    assert_eq!(
        volume_snapshots(&image),
        vec![format!("backup.{}", inc3.id)]
    );

    // verify reads every backup back.
    let verified: Value = env.json(&["backup", "verify", "full"]);
    assert_eq!(verified["chunks_checked"], 4, "{verified:#}");
    assert_eq!(verified["bytes_checked"], 4 * CHUNK, "{verified:#}");
    for name in ["inc1", "inc2", "inc3"] {
        let verified: Value = env.json(&["backup", "verify", name]);
        assert!(
            verified["chunks_checked"].as_u64().unwrap() > 0,
            "{verified:#}"
        );
    }

    // Each backup restores, into a new volume, exactly the volume as it was.
    let chain = [
        (&full, &full_data),
        (&inc1, &inc1_data),
        (&inc2, &inc2_data),
        (&inc3, &inc3_data),
    ];
    for (backup, data) in chain {
        let name = format!("r-{}", backup.name);
        let restored = env.restore_new(&backup.name, &name);
        assert_eq!(restored.size, 1);
        assert!(restored.provider_location.unwrap().starts_with("volume-"));
        let what = format!("{} restored into a new volume", backup.name);
        assert_same_data(&env.digest(&name), data, &what);
    }

    // Over an existing volume: what the backup does not hold reads as zeros afterwards.
    env.restore_over("inc2", "db");
    assert_same_data(
        &env.digest("db"),
        &inc2_data,
        "inc2 restored over db (chunks 2, 15, 16 must be zeros again)",
    );
    env.restore_over("full", "r-inc3");
    assert_same_data(
        &env.digest("r-inc3"),
        &full_data,
        "full restored over r-inc3 (chunks 2, 12, 15, 16, 100 must be zeros)",
    );

    // An incremental after a restore stores what the restore changed since inc3.
    let inc4 = env.backup("db", "inc4", true);
    assert_eq!(inc4.parent_id.as_deref(), Some(inc3.id.as_str()));
    assert_eq!(
        stored(&inc4),
        (3, 0),
        "chunks 2, 15 and 16 are zeros again (objects of 0 bytes)"
    );
    env.restore_over("inc4", "r-full");
    assert_same_data(
        &env.digest("r-full"),
        &inc2_data,
        "inc4 restored over r-full",
    );

    env.finish();
}

// ---------------------------------------------------------------------------------------
// 2. A file volume (zero-config backend) backed up into the pool.

#[test]
fn file_volume_backs_up_into_the_pool_and_restores_byte_exact() {
    let env = PoolEnv::file_volumes();
    let vol = env.volume("vol");
    assert!(
        vol.host.ends_with("@file-1#file"),
        "only the backup options configured: the zero-config file backend ({})",
        vol.host
    );
    assert!(
        vol.provider_location
            .as_deref()
            .unwrap()
            .ends_with(".qcow2")
    );
    let qcow2 = env.image_of("vol");

    crate::support::write_pattern(&qcow2, 1, 0, CHUNK);
    crate::support::write_pattern(&qcow2, 2, 20 * MIB, MIB);
    crate::support::write_pattern(&qcow2, 3, GIB - MIB, MIB);
    let full = env.backup("vol", "full", false);
    assert_eq!(stored(&full), (3, 3 * CHUNK), "chunks 0, 5 and 255");
    let full_data = env.digest("vol");
    assert_eq!(full_data.data_chunks(), vec![0, 5, 255]);
    assert_backup_image(&full);

    // inc1: chunk 0 overwritten with zeros (as data), chunk 5 zeroed (zero clusters),
    // chunk 50 new.
    crate::support::write_pattern(&qcow2, 0, 0, CHUNK);
    qcow2_write_zeroes(&qcow2, 20 * MIB, MIB);
    crate::support::write_pattern(&qcow2, 5, 200 * MIB, MIB);
    let inc1 = env.backup("vol", "inc1", true);
    assert_eq!(inc1.parent_id.as_deref(), Some(full.id.as_str()));
    assert_eq!(
        stored(&inc1),
        (3, CHUNK),
        "chunks 0 and 5 (zeroed: objects of 0 bytes) and 50"
    );
    let inc1_data = env.digest("vol");
    assert_eq!(inc1_data.data_chunks(), vec![50, 255]);
    assert_backup_image(&inc1);

    // inc2: chunk 50 rewritten with the same bytes (not stored), chunks 0 and 70 new.
    crate::support::write_pattern(&qcow2, 5, 200 * MIB, MIB);
    crate::support::write_pattern(&qcow2, 7, 64 * 1024, 64 * 1024);
    crate::support::write_pattern(&qcow2, 6, 280 * MIB, MIB);
    let inc2 = env.backup("vol", "inc2", true);
    assert_eq!(inc2.parent_id.as_deref(), Some(inc1.id.as_str()));
    assert_eq!(stored(&inc2), (2, 2 * CHUNK), "chunks 0 and 70");
    let inc2_data = env.digest("vol");
    assert_eq!(inc2_data.data_chunks(), vec![0, 50, 70, 255]);
    assert_backup_image(&inc2);

    for (backup, data) in [
        (&full, &full_data),
        (&inc1, &inc1_data),
        (&inc2, &inc2_data),
    ] {
        let name = format!("r-{}", backup.name);
        let restored = env.restore_new(&backup.name, &name);
        assert!(restored.provider_location.unwrap().ends_with(".qcow2"));
        let what = format!("{} restored into a new file volume", backup.name);
        assert_same_data(&env.digest(&name), data, &what);
    }
    env.restore_over("inc1", "vol");
    assert_same_data(
        &env.digest("vol"),
        &inc1_data,
        "inc1 restored over vol (chunks 0 and 70 must be zeros)",
    );
    assert_consistent(&env);

    env.finish();
}

// ---------------------------------------------------------------------------------------
// 3. Delete.

#[test]
fn delete_refuses_parents_and_removes_images_leaf_first() {
    let env = PoolEnv::file_volumes();
    env.volume("vol");
    let qcow2 = env.image_of("vol");
    crate::support::write_pattern(&qcow2, 1, 0, MIB);
    let full = env.backup("vol", "full", false);
    crate::support::write_pattern(&qcow2, 2, 8 * MIB, MIB);
    let inc1 = env.backup("vol", "inc1", true);
    crate::support::write_pattern(&qcow2, 3, 16 * MIB, MIB);
    let inc2 = env.backup("vol", "inc2", true);
    assert_eq!(env.backup_quotas(), [(3, 0), (3, 0)]);

    let images =
        |ids: &[&str]| -> Vec<bool> { ids.iter().map(|id| backup_image_exists(id)).collect() };
    let all = [full.id.as_str(), inc1.id.as_str(), inc2.id.as_str()];
    assert_eq!(images(&all), vec![true, true, true]);

    for parent in ["full", "inc1"] {
        let before: Vec<Backup> = env.json(&["backup", "list"]);
        let stderr = env.fails(&["backup", "delete", parent, "--yes"], 5);
        assert!(stderr.contains("dependent incremental"), "{stderr}");
        let after: Vec<Backup> = env.json(&["backup", "list"]);
        assert_eq!(after, before, "a refused delete changes nothing");
        assert_eq!(images(&all), vec![true, true, true]);
        assert_eq!(env.backup_quotas(), [(3, 0), (3, 0)]);
    }
    assert_eq!(backup_snapshots(&full.id), vec![("snap".to_owned(), true)]);

    let deleted: Change<Value> = env.json(&["backup", "delete", "inc2", "--yes"]);
    assert_eq!(deleted.value["backups"], serde_json::json!([inc2.id]));
    assert_eq!(images(&all), vec![true, true, false]);
    assert!(
        backup_children(&inc1.id).is_empty(),
        "inc2 was inc1's only clone"
    );
    assert!(!env.show_backup("inc1").has_dependent_backups);
    assert_eq!(env.backup_quotas(), [(2, 0), (2, 0)]);

    env.ok(&["backup", "delete", "inc1", "--yes"]);
    assert_eq!(images(&all), vec![true, false, false]);
    assert_eq!(env.backup_quotas(), [(1, 0), (1, 0)]);
    // The parent is whole: it still restores.
    env.restore_new("full", "r-full");
    assert!(crate::support::reads_pattern(
        &env.image_of("r-full"),
        1,
        0,
        MIB
    ));

    env.ok(&["backup", "delete", "full", "--yes"]);
    assert_eq!(images(&all), vec![false, false, false]);
    let in_pool = pool_images(BACKUP_POOL);
    for id in all {
        assert!(!in_pool.contains(&backup_image(id)), "{id} is still listed");
        let snap = rbd(&["info", &format!("{}@snap", backup_spec(id))]);
        assert!(!snap.status.success(), "backup-{id}@snap is still there");
    }
    assert_eq!(env.backup_quotas(), [(0, 0), (0, 0)]);
    let listed: Vec<Backup> = env.json(&["backup", "list"]);
    assert!(listed.is_empty(), "{listed:#?}");
    // Deleting again: not found, or nothing with --ignore-missing.
    env.fails(&["backup", "delete", &full.id, "--yes"], 3);
    let nothing: Change<Value> =
        env.json(&["backup", "delete", &full.id, "--ignore-missing", "--yes"]);
    assert!(!nothing.changed);
    assert_consistent(&env);

    env.finish();
}

// ---------------------------------------------------------------------------------------
// 4. export-record, a lost catalogue, import-record.

fn write_file(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write record file");
    path
}

#[test]
fn export_wipe_import_then_restore_byte_exact() {
    let env = PoolEnv::file_volumes();
    let vol = env.volume("vol");
    let qcow2 = env.image_of("vol");
    crate::support::write_pattern(&qcow2, 1, 0, 2 * CHUNK);
    crate::support::write_pattern(&qcow2, 2, 300 * MIB, MIB);
    let full = env.backup("vol", "full", false);
    let full_data = env.digest("vol");
    crate::support::write_pattern(&qcow2, 3, CHUNK, MIB);
    crate::support::write_pattern(&qcow2, 0, 300 * MIB, MIB);
    let inc = env.backup("vol", "inc", true);
    let inc_data = env.digest("vol");

    let exported: Value = env.json(&["backup", "export-record", "inc"]);
    assert_eq!(exported["backup_service"], "rbd");
    let url = &exported["backup_url"];
    assert_eq!(url["container"], BACKUP_POOL);
    assert_eq!(url["id"], inc.id.as_str());
    assert_eq!(url["name"], "inc");
    assert_eq!(url["volume_id"], vol.id.as_str());
    assert_eq!(url["volume_name"], "vol");
    assert_eq!(url["project_id"], "admin");
    assert_eq!(url["size"], 1);
    assert_eq!(url["parent_id"], full.id.as_str());
    assert_eq!(url["created_at"], inc.created_at.as_str());
    let mut keys: Vec<&str> = url
        .as_object()
        .unwrap()
        .keys()
        .map(|k| k.as_str())
        .collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        [
            "container",
            "created_at",
            "description",
            "id",
            "name",
            "parent_id",
            "project_id",
            "size",
            "volume_id",
            "volume_name"
        ]
    );
    let dir = env.dir.path();
    let inc_record = write_file(dir, "inc.json", &exported.to_string());
    let full_text = env.ok(&["backup", "export-record", "full", "-o", "json"]);
    let full_record = write_file(dir, "full.json", &full_text);

    // The catalogue is lost (the volume was deleted first: backups outlive their volume).
    env.ok(&["volume", "delete", "vol", "--yes"]);
    for entry in std::fs::read_dir(&env.state).unwrap() {
        let path = entry.unwrap().path();
        if path
            .file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("catalogue.sqlite")
        {
            std::fs::remove_file(path).unwrap();
        }
    }
    let listed: Vec<Backup> = env.json(&["backup", "list"]);
    assert!(listed.is_empty(), "a new catalogue");
    assert!(backup_image_exists(&full.id) && backup_image_exists(&inc.id));

    // An incremental before its parent: refused, nothing imported.
    let stderr = env.fails(
        &["backup", "import-record", inc_record.to_str().unwrap()],
        5,
    );
    assert!(stderr.contains("import that one first"), "{stderr}");
    assert!(env.json::<Vec<Backup>>(&["backup", "list"]).is_empty());
    assert_eq!(env.backup_quotas(), [(0, 0), (0, 0)]);

    // Records that do not match what the image carries: refused.
    let tamper = |what: &str, change: &dyn Fn(&mut Value)| {
        let mut record: Value = serde_json::from_str(&full_text).unwrap();
        change(&mut record);
        let path = write_file(dir, "tampered.json", &record.to_string());
        let stderr = env.fails(&["backup", "import-record", path.to_str().unwrap()], 2);
        assert!(!stderr.is_empty(), "{what}: a reason");
        assert!(
            env.json::<Vec<Backup>>(&["backup", "list"]).is_empty(),
            "{what}: nothing imported"
        );
        stderr
    };
    let stderr = tamper("name", &|r| r["backup_url"]["name"] = "renamed".into());
    assert!(stderr.contains("does not match"), "{stderr}");
    tamper("size", &|r| r["backup_url"]["size"] = 2.into());
    tamper("parent", &|r| {
        r["backup_url"]["parent_id"] = inc.id.as_str().into()
    });
    tamper("created_at", &|r| {
        r["backup_url"]["created_at"] = "2001-01-01T00:00:00".into()
    });
    tamper("volume", &|r| {
        r["backup_url"]["volume_id"] = "someone-else".into()
    });
    let stderr = tamper("service", &|r| r["backup_service"] = "posix".into());
    assert!(stderr.contains("posix"), "{stderr}");
    tamper("not JSON", &|r| *r = Value::String("garbage".into()));
    // A record of a backup the pool does not have.
    let mut record: Value = serde_json::from_str(&full_text).unwrap();
    record["backup_url"]["id"] = "00000000-0000-4000-8000-00000000dead".into();
    let path = write_file(dir, "missing.json", &record.to_string());
    env.fails(&["backup", "import-record", path.to_str().unwrap()], 3);
    assert_eq!(env.backup_quotas(), [(0, 0), (0, 0)]);

    // The full backup, then its incremental.
    let imported: Change<Backup> =
        env.json(&["backup", "import-record", full_record.to_str().unwrap()]);
    assert!(imported.changed);
    let imported_full = imported.value;
    assert_eq!(imported_full.id, full.id);
    assert_eq!(imported_full.status, "available");
    assert_eq!(stored(&imported_full), stored(&full));
    assert_eq!(imported_full.created_at, full.created_at);
    assert_eq!(imported_full.container, BACKUP_POOL);

    // The catalogue does not know of the incremental yet: the pool refuses to delete the
    // parent of a clone, and the full backup stays whole and available.
    let stderr = env.fails(&["backup", "delete", "full", "--yes"], 5);
    assert!(stderr.contains("incremental"), "{stderr}");
    assert_eq!(env.show_backup("full").status, "available");
    assert_eq!(backup_snapshots(&full.id), vec![("snap".to_owned(), true)]);
    assert_backup_image(&full);

    let imported: Change<Backup> =
        env.json(&["backup", "import-record", inc_record.to_str().unwrap()]);
    assert!(imported.changed);
    assert_eq!(imported.value.parent_id.as_deref(), Some(full.id.as_str()));
    assert!(imported.value.is_incremental);
    assert_eq!(stored(&imported.value), stored(&inc));
    assert!(env.show_backup("full").has_dependent_backups);
    let again: Change<Backup> =
        env.json(&["backup", "import-record", inc_record.to_str().unwrap()]);
    assert!(!again.changed, "importing twice changes nothing");
    assert_eq!(env.backup_quotas(), [(2, 0), (2, 0)]);

    env.restore_new("inc", "r-inc");
    assert_same_data(&env.digest("r-inc"), &inc_data, "the imported incremental");
    env.restore_new("full", "r-full");
    assert_same_data(
        &env.digest("r-full"),
        &full_data,
        "the imported full backup",
    );
    env.fails(&["backup", "delete", "full", "--yes"], 5);
    assert_consistent(&env);

    env.finish();
}

// ---------------------------------------------------------------------------------------
// 5. Crashes and injected failures.

/// A child process killed (SIGKILL) and reaped when dropped, so a failing test leaves no
/// hung blockctl holding its locks.
struct Killed(Option<std::process::Child>);

impl Drop for Killed {
    fn drop(&mut self) {
        if let Some(mut child) = self.0.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// Runs `blockctl ARGS` until it hangs at `point`, then kills it with SIGKILL.
fn hang_and_kill(env: &PoolEnv, args: &[&str], point: &str) {
    let marker = env.dir.path().join("hang-marker");
    let _ = std::fs::remove_file(&marker);
    let child = blockctl(env)
        .args(args)
        .env("BLOCKCTL_CONFIG", env.config.as_ref().unwrap())
        .env("__BLOCKCTL_TEST_HANG_AT", point)
        .env("__BLOCKCTL_TEST_HANG_MARKER", &marker)
        .spawn()
        .expect("spawn blockctl");
    let mut child = Killed(Some(child));
    let what = format!("blockctl {args:?} (hang at {point})");
    let exited = |child: &mut Killed| {
        let child = child.0.as_mut().unwrap();
        child.try_wait().expect("try_wait").is_some()
    };
    poll_until(&what, Duration::from_secs(60), || {
        marker.exists() || exited(&mut child)
    });
    if exited(&mut child) {
        let output = child.0.take().unwrap().wait_with_output().unwrap();
        panic!(
            "{what} exited ({:?}) before it hung:\n{}",
            output.status,
            String::from_utf8_lossy(&output.stderr)
        );
    }
    drop(child); // kill -9
}

/// The interrupted backup flow: its backup id.
fn interrupted_backup(env: &PoolEnv) -> String {
    let flows: Vec<Flow> = env.json(&["flow", "list", "--unfinished"]);
    let flow = flows
        .iter()
        .find(|f| f.kind == "backup_create")
        .unwrap_or_else(|| panic!("no unfinished backup flow: {flows:#?}"));
    assert!(flow.interrupted, "{flow:#?}");
    env.track_backup(&flow.resource_id);
    flow.resource_id.clone()
}

/// `flow recover`, which must revert exactly the one interrupted backup flow.
fn recover_reverts(env: &PoolEnv, backup_id: &str) {
    let recovered: Vec<FlowRecovered> = env.json(&["flow", "recover"]);
    assert_eq!(recovered.len(), 1, "{recovered:#?}");
    assert_eq!(recovered[0].kind, "backup_create");
    assert_eq!(recovered[0].resource_id, backup_id);
    assert_eq!(recovered[0].recovery, "reverted");
    assert!(
        env.json::<Vec<FlowRecovered>>(&["flow", "recover"])
            .is_empty()
    );
}

/// [`assert_consistent`] for an env whose volumes are RBD images: no transitional status,
/// exact quota usage, each volume's image in the pool.
fn assert_rbd_consistent(env: &PoolEnv) {
    let volumes: Vec<Volume> = env.json(&["volume", "list"]);
    let backups: Vec<Backup> = env.json(&["backup", "list"]);
    for v in &volumes {
        assert!(
            ["available", "in-use"].contains(&v.status.as_str()),
            "{} left '{}'",
            v.name,
            v.status
        );
    }
    for b in &backups {
        assert_eq!(b.status, "available", "backup {}", b.name);
    }
    let in_pool = pool_images(VOLUME_POOL);
    for v in &volumes {
        let image = v.provider_location.clone().expect("an image");
        assert!(in_pool.contains(&image), "{} has no image {image}", v.name);
    }
    for q in env.json::<Vec<Quota>>(&["quota", "show"]) {
        let expected = match q.resource.as_str() {
            "volumes" => volumes.len() as i64,
            "gigabytes" => volumes.iter().map(|v| v.size as i64).sum(),
            "snapshots" => 0,
            "backups" => backups.len() as i64,
            "backup_gigabytes" => backups.iter().map(|b| b.size as i64).sum(),
            other => panic!("unexpected quota resource {other}"),
        };
        assert_eq!(
            (q.in_use, q.reserved),
            (expected, 0),
            "quota {}",
            q.resource
        );
    }
}

/// What a reverted backup must not leave: its image, its row, the volume's snapshot
/// `backup.<id>` (RBD volumes).
fn assert_no_trace(env: &PoolEnv, backup_id: &str, volume_image: Option<&str>) {
    assert!(
        !backup_image_exists(backup_id),
        "backups/backup-{backup_id} left behind"
    );
    assert!(!pool_images(BACKUP_POOL).contains(&backup_image(backup_id)));
    let listed: Vec<Backup> = env.json(&["backup", "list"]);
    assert!(
        listed.iter().all(|b| b.id != backup_id),
        "row left: {listed:#?}"
    );
    env.fails(&["backup", "show", backup_id], 3);
    if let Some(image) = volume_image {
        let snapshot = format!("backup.{backup_id}");
        assert!(
            !volume_snapshots(image).contains(&snapshot),
            "{image}@{snapshot} left behind"
        );
    }
}

#[test]
fn rbd_volume_kill_9_mid_backup_then_recover_reverts() {
    let env = PoolEnv::rbd_volumes();
    let db = env.volume("db");
    let image = db.provider_location.clone().unwrap();
    for i in 0..8 {
        rbd_write(&image, 10 + i as u8, i * 16 * MIB, CHUNK);
    }

    // A full backup, killed after storing its first chunk.
    hang_and_kill(
        &env,
        &["volume", "backup", "db", "--name", "crashed"],
        "BackupVolumeTask:chunk",
    );
    let crashed = interrupted_backup(&env);
    assert!(
        backup_image_exists(&crashed),
        "the kill left a partial image (what recovery must remove)"
    );
    assert!(volume_snapshots(&image).contains(&format!("backup.{crashed}")));
    recover_reverts(&env, &crashed);
    assert_no_trace(&env, &crashed, Some(&image));
    assert!(volume_snapshots(&image).is_empty());
    assert_eq!(
        env.json::<Volume>(&["volume", "show", "db"]).status,
        "available"
    );
    assert_rbd_consistent(&env);

    // Then a backup works.
    let full = env.backup("db", "full", false);
    assert_eq!(stored(&full), (8, 8 * CHUNK));
    let full_data = env.digest("db");

    // An incremental, killed the same way: the parent stays whole and keeps its snapshot
    // on the volume (the next incremental diffs from it).
    rbd_write(&image, 30, 0, MIB);
    rbd_write(&image, 31, 200 * MIB, MIB);
    hang_and_kill(
        &env,
        &[
            "volume",
            "backup",
            "db",
            "--name",
            "crashed-inc",
            "--incremental",
        ],
        "BackupVolumeTask:chunk",
    );
    let crashed_inc = interrupted_backup(&env);
    assert!(backup_image_exists(&crashed_inc));
    recover_reverts(&env, &crashed_inc);
    assert_no_trace(&env, &crashed_inc, Some(&image));
    assert!(
        backup_children(&full.id).is_empty(),
        "no clone of the parent left"
    );
    assert_eq!(
        volume_snapshots(&image),
        vec![format!("backup.{}", full.id)]
    );
    assert_backup_image(&full);
    assert_rbd_consistent(&env);

    let inc = env.backup("db", "inc", true);
    assert_eq!(inc.parent_id.as_deref(), Some(full.id.as_str()));
    assert_eq!(stored(&inc), (2, 2 * CHUNK), "chunks 0 and 50 only");
    let inc_data = env.digest("db");
    env.restore_new("inc", "r-inc");
    assert_same_data(
        &env.digest("r-inc"),
        &inc_data,
        "inc after a crashed incremental",
    );
    env.restore_new("full", "r-full");
    assert_same_data(
        &env.digest("r-full"),
        &full_data,
        "full after a crashed incremental",
    );
    assert_rbd_consistent(&env);

    env.finish();
}

#[test]
fn file_volume_kill_9_mid_backup_then_recover_reverts() {
    let env = PoolEnv::file_volumes();
    env.volume("vol");
    let qcow2 = env.image_of("vol");
    for i in 0..6 {
        crate::support::write_pattern(&qcow2, 10 + i as u8, i * 32 * MIB, CHUNK);
    }
    hang_and_kill(
        &env,
        &["volume", "backup", "vol", "--name", "crashed"],
        "BackupVolumeTask:chunk",
    );
    let crashed = interrupted_backup(&env);
    assert!(backup_image_exists(&crashed));
    recover_reverts(&env, &crashed);
    assert_no_trace(&env, &crashed, None);
    assert_consistent(&env);
    assert_eq!(env.backup_quotas(), [(0, 0), (0, 0)]);

    let full = env.backup("vol", "full", false);
    assert_eq!(stored(&full), (6, 6 * CHUNK));
    crate::support::write_pattern(&qcow2, 40, 500 * MIB, MIB);
    hang_and_kill(
        &env,
        &[
            "volume",
            "backup",
            "vol",
            "--name",
            "crashed-inc",
            "--incremental",
        ],
        "BackupVolumeTask:chunk",
    );
    let crashed_inc = interrupted_backup(&env);
    recover_reverts(&env, &crashed_inc);
    assert_no_trace(&env, &crashed_inc, None);
    assert!(backup_children(&full.id).is_empty());
    assert_consistent(&env);

    let inc = env.backup("vol", "inc", true);
    assert_eq!(stored(&inc), (1, CHUNK));
    let data = env.digest("vol");
    env.restore_new("inc", "r-inc");
    assert_same_data(
        &env.digest("r-inc"),
        &data,
        "inc after a crashed incremental",
    );
    assert_consistent(&env);

    env.finish();
}

/// `volume backup db ARGS` failing at `point`: exit 7 with the injected error, the flow
/// reverted, no image, no row, the volume `available` and its snapshots as `expected`.
fn fails_at(env: &PoolEnv, args: &[&str], point: &str, image: &str, expected: &[String]) {
    let output = env
        .cmd()
        .args(["volume", "backup", "db"])
        .args(args)
        .env("__BLOCKCTL_TEST_FAIL_AT", point)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    let task = point.trim_end_matches(":after");
    assert_eq!(output.status.code(), Some(7), "{point}: {stderr}");
    assert!(
        stderr.contains(&format!("injected failure at {task}")),
        "{point}: {stderr}"
    );
    let flows: Vec<Flow> = env.json(&["flow", "list"]);
    let flow = &flows[0];
    assert_eq!(flow.kind, "backup_create", "{point}");
    assert_eq!(flow.state, "reverted", "{point}: {flow:#?}");
    env.track_backup(&flow.resource_id);
    assert_no_trace(env, &flow.resource_id, Some(image));
    assert_eq!(
        env.json::<Volume>(&["volume", "show", "db"]).status,
        "available",
        "{point}"
    );
    assert_eq!(
        volume_snapshots(image),
        expected,
        "{point}: the volume's snapshots"
    );
    assert_rbd_consistent(env);
}

#[test]
fn rbd_injected_failures_after_the_data_is_stored_leave_no_image() {
    let env = PoolEnv::rbd_volumes();
    let db = env.volume("db");
    let image = db.provider_location.clone().unwrap();
    rbd_write(&image, 1, 0, 2 * CHUNK);
    let points = [
        "BackupVolumeTask",
        "BackupVolumeTask:after",
        "BackupOnFinishTask",
    ];
    for point in points {
        fails_at(&env, &["--name", "f"], point, &image, &[]);
    }
    let full = env.backup("db", "full", false);
    let full_data = env.digest("db");
    let parent_snapshot = vec![format!("backup.{}", full.id)];
    rbd_write(&image, 2, 100 * MIB, MIB);
    for point in points {
        fails_at(
            &env,
            &["--name", "i", "--incremental"],
            point,
            &image,
            &parent_snapshot,
        );
        assert!(backup_children(&full.id).is_empty(), "{point}");
    }
    assert_backup_image(&full);
    let inc = env.backup("db", "inc", true);
    assert_eq!(stored(&inc), (1, CHUNK), "chunk 25 only");
    let inc_data = env.digest("db");
    env.restore_new("inc", "r-inc");
    assert_same_data(&env.digest("r-inc"), &inc_data, "inc after failed attempts");
    env.restore_new("full", "r-full");
    assert_same_data(
        &env.digest("r-full"),
        &full_data,
        "full after failed attempts",
    );

    env.finish();
}

/// A failure after `BackupOnFinishTask` did its work (it already dropped the parent's
/// snapshot on the volume) still leaves no image; the next incremental then reads the
/// whole volume and is still exact.
#[test]
fn rbd_injected_failure_after_on_finish_reverts_and_the_next_incremental_is_exact() {
    let env = PoolEnv::rbd_volumes();
    let db = env.volume("db");
    let image = db.provider_location.clone().unwrap();
    rbd_write(&image, 1, 0, 2 * CHUNK);
    rbd_write(&image, 2, 40 * MIB, CHUNK);
    fails_at(
        &env,
        &["--name", "f"],
        "BackupOnFinishTask:after",
        &image,
        &[],
    );
    let full = env.backup("db", "full", false);
    rbd_write(&image, 3, 100 * MIB, MIB);
    rbd_discard(&image, 40 * MIB, CHUNK);
    let output = env
        .cmd()
        .args(["volume", "backup", "db", "--name", "i", "--incremental"])
        .env("__BLOCKCTL_TEST_FAIL_AT", "BackupOnFinishTask:after")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(7));
    let flows: Vec<Flow> = env.json(&["flow", "list"]);
    assert_eq!(flows[0].state, "reverted");
    env.track_backup(&flows[0].resource_id);
    assert_no_trace(&env, &flows[0].resource_id, Some(&image));
    assert!(backup_children(&full.id).is_empty());
    assert_rbd_consistent(&env);

    let inc = env.backup("db", "inc", true);
    assert_eq!(inc.parent_id.as_deref(), Some(full.id.as_str()));
    assert_eq!(
        stored(&inc),
        (2, CHUNK),
        "chunk 25 new, chunk 10 discarded (an object of 0 bytes)"
    );
    let inc_data = env.digest("db");
    env.restore_new("inc", "r-inc");
    assert_same_data(&env.digest("r-inc"), &inc_data, "inc");

    env.finish();
}

// ---------------------------------------------------------------------------------------
// 6. An image without its record is not a backup.

#[test]
fn backup_image_without_its_record_is_incomplete() {
    let env = PoolEnv::file_volumes();
    env.volume("vol");
    crate::support::write_pattern(&env.image_of("vol"), 1, 0, MIB);
    let full = env.backup("vol", "full", false);
    env.volume("target");
    let target_before = env.digest("target");
    let removed = rbd(&[
        "image-meta",
        "remove",
        &backup_spec(&full.id),
        "blockctl.backup.record",
    ]);
    assert!(
        removed.status.success(),
        "{}",
        String::from_utf8_lossy(&removed.stderr)
    );
    let volumes_before: Vec<Volume> = env.json(&["volume", "list"]);

    let stderr = env.fails(&["backup", "verify", "full"], 3);
    assert!(stderr.contains("incomplete"), "verify: {stderr}");
    let stderr = env.fails(&["backup", "restore", "full", "--name", "r"], 3);
    assert!(stderr.contains("incomplete"), "restore: {stderr}");
    let stderr = env.fails(
        &["backup", "restore", "full", "--volume", "target", "--yes"],
        3,
    );
    assert!(stderr.contains("incomplete"), "restore over: {stderr}");
    let stderr = env.fails(&["backup", "export-record", "full"], 3);
    assert!(stderr.contains("incomplete"), "export-record: {stderr}");
    assert_eq!(
        env.json::<Vec<Volume>>(&["volume", "list"]),
        volumes_before,
        "no volume made, none changed"
    );
    assert_same_data(&env.digest("target"), &target_before, "target untouched");
    assert_eq!(env.show_backup("full").status, "available");
    assert_consistent(&env);
    // It can still be deleted.
    env.ok(&["backup", "delete", "full", "--yes"]);
    assert!(!backup_image_exists(&full.id));
    assert_eq!(env.backup_quotas(), [(0, 0), (0, 0)]);

    env.finish();
}

/// An incremental needs a parent that is a backup: one whose image lost its record is not
/// (the posix repository refuses the same way when the parent's manifest is missing:
/// exit 3). Nothing may be left of the refused attempt.
#[test]
fn incremental_of_a_backup_without_its_record_is_refused() {
    let env = PoolEnv::file_volumes();
    env.volume("vol");
    let qcow2 = env.image_of("vol");
    crate::support::write_pattern(&qcow2, 1, 0, MIB);
    let full = env.backup("vol", "full", false);
    let removed = rbd(&[
        "image-meta",
        "remove",
        &backup_spec(&full.id),
        "blockctl.backup.record",
    ]);
    assert!(removed.status.success());
    crate::support::write_pattern(&qcow2, 2, 8 * MIB, MIB);

    let output = env.run(&[
        "volume",
        "backup",
        "vol",
        "--name",
        "inc",
        "--incremental",
        "-o",
        "json",
    ]);
    env.track_catalogue();
    let stderr = String::from_utf8_lossy(&output.stderr);
    let made: Vec<Backup> = env.json(&["backup", "list"]);
    assert_eq!(
        output.status.code(),
        Some(3),
        "an incremental of backup {} (no record: not a backup) was made: {made:#?}\n{stderr}",
        full.id
    );
    assert!(stderr.contains("incomplete"), "{stderr}");
    assert_eq!(made.len(), 1, "only the full backup: {made:#?}");
    assert!(backup_children(&full.id).is_empty(), "no clone of it left");
    assert_consistent(&env);

    env.finish();
}

/// Killed once its image is complete, just before `BackupOnFinishTask`: the remaining task
/// is idempotent, so `flow recover` finishes the backup, which is then whole.
#[test]
fn rbd_kill_9_before_on_finish_then_recover_resumes() {
    let env = PoolEnv::rbd_volumes();
    let db = env.volume("db");
    let image = db.provider_location.clone().unwrap();
    rbd_write(&image, 1, 0, 2 * CHUNK);
    let full = env.backup("db", "full", false);
    rbd_write(&image, 2, 100 * MIB, MIB);
    rbd_write(&image, 3, 0, MIB);
    hang_and_kill(
        &env,
        &["volume", "backup", "db", "--name", "inc", "--incremental"],
        "BackupOnFinishTask",
    );
    let id = interrupted_backup(&env);
    let recovered: Vec<FlowRecovered> = env.json(&["flow", "recover"]);
    assert_eq!(recovered.len(), 1, "{recovered:#?}");
    assert_eq!(recovered[0].resource_id, id);
    assert_eq!(recovered[0].recovery, "resumed");
    let inc = env.show_backup(&id);
    assert_eq!(inc.status, "available");
    assert_eq!(inc.parent_id.as_deref(), Some(full.id.as_str()));
    assert_eq!(stored(&inc), (2, 2 * CHUNK), "chunks 0 and 25");
    assert_backup_image(&inc);
    assert_eq!(
        volume_snapshots(&image),
        vec![format!("backup.{id}")],
        "the parent's snapshot went when the resumed backup completed"
    );
    assert_rbd_consistent(&env);
    let data = env.digest("db");
    env.restore_new("inc", "r-inc");
    assert_same_data(&env.digest("r-inc"), &data, "the resumed incremental");

    env.finish();
}

/// backup_io.rs: a backup's snapshot `backup.<id>` on an RBD volume "stays until the next
/// backup of the volume completes". A volume should therefore carry one backup snapshot,
/// the newest backup's, whatever came before: a full backup after an incremental, or a
/// backup after the newest one was deleted.
#[test]
fn rbd_volume_keeps_only_its_newest_backup_snapshot() {
    let env = PoolEnv::rbd_volumes();
    let db = env.volume("db");
    let image = db.provider_location.clone().unwrap();
    rbd_write(&image, 1, 0, CHUNK);
    let mut problems = Vec::new();
    let mut check = |after: &str, newest: &Backup| {
        let snapshots = volume_snapshots(&image);
        let wanted = vec![format!("backup.{}", newest.id)];
        if snapshots != wanted {
            problems.push(format!("after {after}: {snapshots:?}, wanted {wanted:?}"));
        }
    };
    let full = env.backup("db", "full", false);
    check("the full backup", &full);
    let inc1 = env.backup("db", "inc1", true);
    check("inc1", &inc1);
    let full2 = env.backup("db", "full2", false);
    check("a full backup after inc1", &full2);
    // The newest backup deleted: its snapshot is of no use to any incremental.
    env.ok(&["backup", "delete", "full2", "--yes"]);
    rbd_write(&image, 2, CHUNK, MIB);
    let inc2 = env.backup("db", "inc2", true);
    assert_eq!(inc2.parent_id.as_deref(), Some(inc1.id.as_str()));
    check("inc2, after full2 was deleted", &inc2);
    let data = env.digest("db");
    env.restore_new("inc2", "r-inc2");
    assert_same_data(&env.digest("r-inc2"), &data, "inc2");
    assert!(
        problems.is_empty(),
        "backup snapshots pile up on volume {image}:\n{}",
        problems.join("\n")
    );

    env.finish();
}

/// A volume extended between two backups: the incremental (a clone of the smaller parent,
/// grown) holds the data beyond the parent's end; it restores byte-exact, and not onto a
/// volume smaller than itself.
#[test]
fn rbd_incremental_after_extend_restores_byte_exact() {
    let env = PoolEnv::rbd_volumes();
    let db = env.volume("db");
    let image = db.provider_location.clone().unwrap();
    rbd_write(&image, 1, 0, CHUNK);
    rbd_write(&image, 2, GIB - MIB, MIB);
    let full = env.backup("db", "full", false);
    let full_data = env.digest("db");
    env.ok(&["volume", "extend", "db", "--size", "2"]);
    rbd_write(&image, 3, GIB + 500 * MIB, MIB);
    rbd_write(&image, 4, GIB - MIB, MIB);
    let inc = env.backup("db", "inc", true);
    assert_eq!(inc.size, 2);
    assert_eq!(inc.parent_id.as_deref(), Some(full.id.as_str()));
    assert_eq!(stored(&inc), (2, 2 * CHUNK), "chunks 255 and 381");
    assert_backup_image(&inc);
    let inc_data = env.digest("db");
    assert_eq!(inc_data.size, 2 * GIB);
    let restored = env.restore_new("inc", "r-inc");
    assert_eq!(restored.size, 2);
    assert_same_data(&env.digest("r-inc"), &inc_data, "inc (2 GiB)");
    env.restore_new("full", "r-full");
    assert_same_data(&env.digest("r-full"), &full_data, "full (1 GiB)");
    let stderr = env.fails(
        &["backup", "restore", "inc", "--volume", "r-full", "--yes"],
        2,
    );
    assert!(stderr.contains("smaller"), "{stderr}");
    assert_same_data(&env.digest("r-full"), &full_data, "r-full untouched");

    env.finish();
}
