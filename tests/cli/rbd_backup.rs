//! Backups of RBD volumes against the test cluster (`BLOCKCTL_TEST_CEPH_CONF`, as in
//! `rbd.rs`): the snapshot `backup.<id>` each backup reads and the next incremental diffs
//! from, chunk-exact incrementals, restores through librbd, and what failures and crashes
//! leave on the cluster and in the posix repository. Built with the `rbd` feature only.
//!
//! Volume contents are compared by a digest of the whole image read through Ceph's Python
//! bindings (`/usr/bin/python3`), never through blockctl. Every test deletes its volumes and
//! their images, also when it fails ([`BackupEnv`]'s `Drop`), so the shared pool stays clean.

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::process::{Command, Output};
use std::time::Duration;

use serde_json::Value;

use crate::crash::{blockctl, poll_until};
use crate::rbd::{RbdEnv, image_exists, rbd_env, snapshots, write_pattern};
use crate::support::{Attachment, Backup, Change, Flow, FlowRecovered, Quota, TestEnv, Volume};

const KIB: u64 = 1 << 10;
const MIB: u64 = 1 << 20;
const GIB: u64 = 1 << 30;
/// The default backup chunk size, which is also RBD's default object size.
const CHUNK: u64 = 4 * MIB;
const POOL: &str = "volumes";
/// What an incremental whose parent's snapshot is gone says on stderr.
const FALLBACK: &str = "reading the whole volume";

fn ceph_conf() -> String {
    std::env::var("BLOCKCTL_TEST_CEPH_CONF").expect(
        "BLOCKCTL_TEST_CEPH_CONF is not set: the rbd tests need the test cluster \
         (scripts/test.sh starts it with scripts/ceph-cluster.sh start DIR)",
    )
}

/// An [`RbdEnv`] that, when dropped, also detaches its volumes before they are deleted and
/// then removes (snapshots first) any image of a volume it ever made that is still on the
/// cluster, whatever state a failed test left the catalogue in.
struct BackupEnv(RbdEnv);

impl std::ops::Deref for BackupEnv {
    type Target = TestEnv;
    fn deref(&self) -> &TestEnv {
        &self.0
    }
}

impl Drop for BackupEnv {
    fn drop(&mut self) {
        // Nothing here may panic: this also runs while a failed test unwinds.
        let ids = |env: &TestEnv| -> Vec<String> {
            let output = env.run(&["volume", "list", "-o", "value", "-c", "id"]);
            String::from_utf8_lossy(&output.stdout)
                .split_whitespace()
                .map(str::to_owned)
                .collect()
        };
        for id in ids(self) {
            self.run(&["volume", "detach", &id, "--force"]);
        }
        for _ in 0..3 {
            let ids = ids(self);
            if ids.is_empty() {
                break;
            }
            for id in ids {
                self.run(&["volume", "delete", &id, "--cascade", "--yes"]);
            }
        }
        // Every volume this env made, by its create (or restore) flow's resource id.
        let output = self.run(&["flow", "list", "-o", "json"]);
        let flows: Vec<Value> = serde_json::from_slice(&output.stdout).unwrap_or_default();
        let made: BTreeSet<String> = flows
            .iter()
            .filter(|f| f["resource_type"] == "volume")
            .filter_map(|f| f["resource_id"].as_str())
            .map(|id| format!("volume-{id}"))
            .collect();
        for image in made {
            purge_image(&image);
        }
    }
}

/// Removes `image` and its snapshots from the pool, if it is there. A client killed with
/// `kill -9` may leave a watch on it for Ceph's watch timeout (30 s): retried that long.
/// Runs in `Drop`, so it cannot fail the test: what it cannot remove, it names on stderr.
#[allow(clippy::print_stderr)]
fn purge_image(image: &str) {
    let spec = format!("{POOL}/{image}");
    let rbd = |args: &[&str]| {
        Command::new("rbd")
            .args(["-c", &ceph_conf()])
            .args(args)
            .output()
    };
    for _ in 0..45 {
        if !image_exists(image) {
            return;
        }
        let _ = rbd(&["snap", "purge", &spec]);
        match rbd(&["rm", "--no-progress", &spec]) {
            Ok(output) if output.status.success() => return,
            _ => std::thread::sleep(Duration::from_secs(1)),
        }
    }
    eprintln!("rbd_backup: could not remove {spec}");
}

fn backup_env() -> BackupEnv {
    BackupEnv(rbd_env(""))
}

/// Writes, discards, reads or digests an image (`IMAGE[@SNAP]`) through Ceph's Python
/// bindings.
fn python_io(image: &str, op: &str, args: &[u64]) -> Output {
    const SCRIPT: &str = r#"
import sys, random, hashlib, rados, rbd
conf, pool, spec, op = sys.argv[1:5]
args = [int(a) for a in sys.argv[5:]]
name, _, snap = spec.partition("@")
step = 4 << 20
read_only = op in ("digest", "read")
with rados.Rados(conffile=conf) as cluster, cluster.open_ioctx(pool) as io:
    with rbd.Image(io, name, snapshot=snap or None, read_only=read_only) as image:
        if op == "random":
            seed, offset, length = args
            data = random.Random(seed).randbytes(length)
            for done in range(0, length, step):
                image.write(data[done:done + step], offset + done)
        elif op == "zeros":
            offset, length = args
            for done in range(0, length, step):
                image.write(bytes(min(step, length - done)), offset + done)
        elif op == "discard":
            offset, length = args
            image.discard(offset, length)
        elif op == "read":
            offset, length = args
            for done in range(0, length, step):
                image.read(offset + done, min(step, length - done))
        elif op == "digest":
            # The size, then (offset, SHA-256) of every 4 MiB block that is not all zeros:
            # equal digests mean equal contents, however the zeros are stored.
            size = image.size()
            total = hashlib.sha256(str(size).encode())
            zero = bytes(step)
            for offset in range(0, size, step):
                data = image.read(offset, min(step, size - offset))
                if data != zero[:len(data)]:
                    total.update(offset.to_bytes(8, "little") + hashlib.sha256(data).digest())
            print(total.hexdigest())
        else:
            sys.exit("unknown op " + op)
"#;
    let output = Command::new("/usr/bin/python3")
        .args(["-c", SCRIPT, &ceph_conf(), POOL, image, op])
        .args(args.iter().map(u64::to_string))
        .output()
        .expect("run /usr/bin/python3 with python3-rbd");
    assert!(
        output.status.success(),
        "python rbd {op} {args:?} on {image}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

/// Writes `len` bytes of seeded pseudo-random data at `offset` (the same seed and length
/// write the same bytes).
fn write_random(image: &str, seed: u64, offset: u64, len: u64) {
    python_io(image, "random", &[seed, offset, len]);
}

/// Overwrites `len` bytes at `offset` with written zeros (the objects stay allocated).
fn write_zeros(image: &str, offset: u64, len: u64) {
    python_io(image, "zeros", &[offset, len]);
}

fn discard(image: &str, offset: u64, len: u64) {
    python_io(image, "discard", &[offset, len]);
}

fn read_range(image: &str, offset: u64, len: u64) {
    python_io(image, "read", &[offset, len]);
}

/// A digest of the whole content of `image` (`IMAGE[@SNAP]`), size included.
fn digest(image: &str) -> String {
    let output = python_io(image, "digest", &[]);
    String::from_utf8(output.stdout)
        .expect("digest")
        .trim()
        .to_owned()
}

fn location(env: &TestEnv, volume: &str) -> String {
    let volume: Volume = env.json(&["volume", "show", volume]);
    volume.provider_location.expect("provider_location")
}

/// The names of the backup snapshots (`backup.*`) of `image`, sorted.
fn backup_snapshots(image: &str) -> Vec<String> {
    let mut names: Vec<String> = snapshots(image)
        .iter()
        .filter_map(|s| s["name"].as_str())
        .filter(|n| n.starts_with("backup."))
        .map(str::to_owned)
        .collect();
    names.sort();
    names
}

fn snap_of(backup: &Backup) -> String {
    format!("backup.{}", backup.id)
}

/// `blockctl ARGS -o json` for a command printing a `Change<T>`, which must succeed:
/// its value and stderr.
fn change_with_stderr<T: serde::de::DeserializeOwned>(env: &TestEnv, args: &[&str]) -> (T, String) {
    let mut all = args.to_vec();
    all.extend(["-o", "json"]);
    let output = env.run(&all);
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(
        output.status.success(),
        "blockctl {args:?} failed ({:?}):\n{stderr}",
        output.status.code()
    );
    let change: Change<T> = serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("blockctl {args:?}: bad JSON ({e})"));
    assert!(change.changed, "blockctl {args:?} changed nothing");
    (change.value, stderr)
}

/// `volume backup VOLUME --name NAME EXTRA…`, which must succeed and leave the backup
/// available: the backup and stderr.
fn backup(env: &TestEnv, volume: &str, name: &str, extra: &[&str]) -> (Backup, String) {
    let mut args = vec!["volume", "backup", volume, "--name", name];
    args.extend(extra);
    let (backup, stderr): (Backup, String) = change_with_stderr(env, &args);
    assert_eq!(backup.status, "available", "{backup:#?}");
    assert_eq!(backup.name, name);
    (backup, stderr)
}

/// A full backup that must not warn.
fn full(env: &TestEnv, volume: &str, name: &str) -> Backup {
    let (backup, stderr) = backup(env, volume, name, &[]);
    assert!(!backup.is_incremental && backup.parent_id.is_none());
    assert!(!stderr.contains(FALLBACK), "{stderr}");
    backup
}

/// An incremental of `parent` that must read only the diff since the parent's snapshot.
fn incremental(env: &TestEnv, volume: &str, name: &str, parent: &Backup) -> Backup {
    let (backup, stderr) = backup(env, volume, name, &["--incremental"]);
    assert!(backup.is_incremental, "{backup:#?}");
    assert_eq!(backup.parent_id.as_deref(), Some(parent.id.as_str()));
    assert!(
        !stderr.contains(FALLBACK),
        "{name}: the parent's snapshot is there, yet:\n{stderr}"
    );
    backup
}

/// `backup restore BACKUP --name NAME`: the new volume's image.
fn restore_new(env: &TestEnv, backup: &Backup, name: &str) -> String {
    let (volume, _): (Volume, String) =
        change_with_stderr(env, &["backup", "restore", &backup.id, "--name", name]);
    assert_eq!(volume.status, "available", "{volume:#?}");
    assert_eq!(volume.size, backup.size);
    volume.provider_location.expect("provider_location")
}

fn repository(env: &TestEnv) -> PathBuf {
    env.state.join("backups").join("backups")
}

/// The backup directories in the repository.
fn repository_dirs(env: &TestEnv) -> BTreeSet<String> {
    let Ok(entries) = std::fs::read_dir(repository(env)) else {
        return BTreeSet::new();
    };
    entries
        .map(|e| {
            e.expect("dir entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect()
}

/// The indexes of the chunks stored in the backup's own directory.
fn chunk_files(env: &TestEnv, backup: &Backup) -> BTreeSet<u64> {
    let dir = repository(env).join(&backup.id).join("chunks");
    std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| {
            let name = e.expect("dir entry").file_name();
            let name = name.to_string_lossy();
            let index = name
                .strip_suffix(".zst")
                .unwrap_or_else(|| panic!("{name}"));
            index.parse().unwrap_or_else(|_| panic!("{name}"))
        })
        .collect()
}

/// The backup stored exactly the chunks `indexes` (by 4 MiB chunk index).
fn assert_stored(env: &TestEnv, backup: &Backup, indexes: &[u64]) {
    let wanted: BTreeSet<u64> = indexes.iter().copied().collect();
    assert_eq!(
        chunk_files(env, backup),
        wanted,
        "chunks stored by {}",
        backup.name
    );
    assert_eq!(
        backup.object_count,
        indexes.len() as u64,
        "object_count of {}",
        backup.name
    );
}

fn backup_ids(env: &TestEnv) -> BTreeSet<String> {
    let backups: Vec<Backup> = env.json(&["backup", "list"]);
    backups.into_iter().map(|b| b.id).collect()
}

/// The catalogue, the cluster and the repository agree: no transitional status, no
/// reservation, usage equal to what the rows account for, every volume's image on the
/// cluster, one repository directory per backup row and no other. (`crash::
/// assert_consistent` looks for qcow2 files, which an RBD env has none of.)
fn assert_rbd_consistent(env: &TestEnv) {
    let volumes: Vec<Volume> = env.json(&["volume", "list"]);
    let backups: Vec<Backup> = env.json(&["backup", "list"]);
    for v in &volumes {
        let transitional = [
            "creating",
            "deleting",
            "backing-up",
            "restoring-backup",
            "attaching",
            "detaching",
        ];
        assert!(
            !transitional.contains(&v.status.as_str()),
            "{} left '{}'",
            v.name,
            v.status
        );
        let image = v.provider_location.as_deref().expect("provider_location");
        assert!(image_exists(image), "{}: no image {image}", v.name);
    }
    for b in &backups {
        let transitional = ["creating", "deleting", "restoring"].contains(&b.status.as_str());
        assert!(!transitional, "backup {} left '{}'", b.name, b.status);
    }
    for q in env.json::<Vec<Quota>>(&["quota", "show"]) {
        let expected = match q.resource.as_str() {
            "volumes" => volumes.len() as i64,
            "snapshots" => 0,
            "gigabytes" => volumes.iter().map(|v| v.size as i64).sum(),
            "backups" => backups.len() as i64,
            "backup_gigabytes" => backups.iter().map(|b| b.size as i64).sum(),
            other => panic!("unexpected quota resource {other}"),
        };
        let what = format!("quota {} (in_use, reserved)", q.resource);
        assert_eq!((q.in_use, q.reserved), (expected, 0), "{what}");
    }
    let rows: BTreeSet<String> = backups.into_iter().map(|b| b.id).collect();
    assert_eq!(
        repository_dirs(env),
        rows,
        "repository dirs vs. backup rows"
    );
}

/// 1. A full backup and three incrementals of data at chunk boundaries, rewritten,
///    overwritten with zeros and discarded: each incremental stores exactly the chunks whose
///    content changed, every backup restores into a new volume byte for byte as the volume
///    was, and the full restores over the volume itself, zeroing what it had since.
#[test]
fn rbd_full_and_incremental_chain_round_trips() {
    let env = backup_env();
    env.create_volume("data", "1G");
    let image = location(&env, "data");
    // Chunks 0; 1-2 (across a boundary); 5-6 (unaligned); 25-26; the last one, 255.
    write_random(&image, 1, 0, MIB);
    write_random(&image, 2, 7 * MIB, 2 * MIB);
    write_random(&image, 3, 21 * MIB + 12 * KIB, 5 * MIB);
    write_random(&image, 4, 100 * MIB, 8 * MIB);
    write_random(&image, 5, GIB - MIB, MIB);
    let mut states = vec![digest(&image)];
    let full = full(&env, "data", "full");
    assert_stored(&env, &full, &[0, 1, 2, 5, 6, 25, 26, 255]);
    assert_eq!(backup_snapshots(&image), vec![snap_of(&full)]);
    assert_eq!(
        digest(&format!("{image}@{}", snap_of(&full))),
        states[0],
        "the backup's snapshot holds the data backed up"
    );

    // inc1: chunk 1 rewritten in part, chunk 40 (all zeros so far) written.
    write_random(&image, 11, 5 * MIB, 64 * KIB);
    write_random(&image, 12, 160 * MIB + 4 * KIB, 4 * KIB);
    states.push(digest(&image));
    let inc1 = incremental(&env, "data", "inc1", &full);
    assert_stored(&env, &inc1, &[1, 40]);

    // inc2: chunks 25-26 overwritten with zeros, chunk 2 discarded, chunk 255 changed.
    write_zeros(&image, 100 * MIB, 8 * MIB);
    discard(&image, 8 * MIB, CHUNK);
    write_random(&image, 13, GIB - 4 * KIB, 4 * KIB);
    states.push(digest(&image));
    let inc2 = incremental(&env, "data", "inc2", &inc1);
    assert_stored(&env, &inc2, &[255]);

    // inc3: 4 KiB across the boundary of chunks 2 and 3; chunk 0 rewritten with the same
    // bytes (changed for the diff, same hash: not stored again).
    write_random(&image, 14, 12 * MIB - 2 * KIB, 4 * KIB);
    write_random(&image, 1, 0, MIB);
    states.push(digest(&image));
    let inc3 = incremental(&env, "data", "inc3", &inc2);
    assert_stored(&env, &inc3, &[2, 3]);
    assert_eq!(backup_snapshots(&image), vec![snap_of(&inc3)]);
    assert_ne!(states[0], states[3], "the volume did change");

    for (i, b) in [&full, &inc1, &inc2, &inc3].into_iter().enumerate() {
        let restored = restore_new(&env, b, &format!("restored-{}", b.name));
        assert_eq!(
            digest(&restored),
            states[i],
            "{} restored into a new volume",
            b.name
        );
    }

    // The volume now has data where the full backup has zero chunks (3, 40) and zeros
    // where it has data (25-26): all of it must become the full's data.
    let (volume, _): (Volume, String) = change_with_stderr(
        &env,
        &["backup", "restore", "full", "--volume", "data", "--yes"],
    );
    assert_eq!(volume.status, "available");
    assert_eq!(
        digest(&image),
        states[0],
        "the full restored over the volume"
    );
    let backups: Vec<Backup> = env.json(&["backup", "list"]);
    assert!(
        backups.iter().all(|b| b.status == "available"),
        "{backups:#?}"
    );
    assert_rbd_consistent(&env);
}

/// 2. Each backup's snapshot replaces its parent's; the volume deletes despite the last
///    one, which goes with the image; the backups outlive the volume and still restore.
#[test]
fn rbd_backup_snapshots_rotate_and_go_with_the_volume() {
    let env = backup_env();
    env.create_volume("rot", "1G");
    let image = location(&env, "rot");
    write_random(&image, 21, 0, 2 * MIB);
    let b1 = full(&env, "rot", "b1");
    assert_eq!(backup_snapshots(&image), vec![snap_of(&b1)], "after b1");
    write_random(&image, 22, 40 * MIB, 4 * KIB);
    let b2 = incremental(&env, "rot", "b2", &b1);
    assert_eq!(backup_snapshots(&image), vec![snap_of(&b2)], "after b2");
    write_random(&image, 23, 80 * MIB, 4 * KIB);
    let last = digest(&image);
    let b3 = incremental(&env, "rot", "b3", &b2);
    assert_eq!(backup_snapshots(&image), vec![snap_of(&b3)], "after b3");

    env.ok(&["volume", "delete", "rot", "--yes"]);
    assert!(!image_exists(&image), "{image} is still on the cluster");
    let backups: Vec<Backup> = env.json(&["backup", "list"]);
    assert_eq!(backups.len(), 3);
    assert!(
        backups.iter().all(|b| b.status == "available"),
        "{backups:#?}"
    );
    let restored = restore_new(&env, &b3, "after-delete");
    assert_eq!(digest(&restored), last);
    assert_rbd_consistent(&env);
}

/// 2b. A full backup after earlier ones also leaves only its own snapshot.
#[test]
fn rbd_full_backup_after_an_earlier_backup_leaves_only_its_snapshot() {
    let env = backup_env();
    env.create_volume("refull", "1G");
    let image = location(&env, "refull");
    write_random(&image, 31, 0, MIB);
    let b1 = full(&env, "refull", "b1");
    assert_eq!(backup_snapshots(&image), vec![snap_of(&b1)]);
    write_random(&image, 32, 8 * MIB, 4 * KIB);
    let b2 = full(&env, "refull", "b2");
    assert_eq!(
        backup_snapshots(&image),
        vec![snap_of(&b2)],
        "after a second full backup (b1 = {})",
        b1.id
    );
}

/// 2c. The snapshot of a deleted backup does not outlive the next backup of the volume.
#[test]
fn rbd_snapshot_of_a_deleted_backup_goes_with_the_next_backup() {
    let env = backup_env();
    env.create_volume("deleted", "1G");
    let image = location(&env, "deleted");
    write_random(&image, 41, 0, MIB);
    let b1 = full(&env, "deleted", "b1");
    write_random(&image, 42, 8 * MIB, 4 * KIB);
    let b2 = incremental(&env, "deleted", "b2", &b1);
    env.ok(&["backup", "delete", "b2", "--yes"]);
    write_random(&image, 43, 16 * MIB, 4 * KIB);
    // b1's snapshot went with b2: this one reads the whole volume (and says so).
    let (b3, stderr) = backup(&env, "deleted", "b3", &["--incremental"]);
    assert!(stderr.contains(FALLBACK), "{stderr}");
    assert_stored(&env, &b3, &[2, 4]);
    assert_eq!(
        backup_snapshots(&image),
        vec![snap_of(&b3)],
        "after b3 (the deleted b2 = {})",
        b2.id
    );
}

/// Bytes the pool has served to readers, as `rados df` reports them (the manager's
/// statistics, a second or two late).
fn pool_read_bytes() -> u64 {
    let output = Command::new("rados")
        .args(["-c", &ceph_conf(), "df", "--format", "json"])
        .output()
        .expect("run rados");
    assert!(output.status.success(), "rados df");
    let df: Value = serde_json::from_slice(&output.stdout).expect("rados df json");
    df["pools"]
        .as_array()
        .and_then(|pools| pools.iter().find(|p| p["name"] == POOL))
        .and_then(|p| p["read_bytes"].as_u64())
        .expect("read_bytes of the pool")
}

/// Waits until the pool statistics count at least `bytes` read since `since`; returns
/// the bytes they count.
fn wait_for_reads(since: u64, bytes: u64, what: &str) -> u64 {
    let mut read = 0;
    poll_until(what, Duration::from_secs(60), || {
        read = pool_read_bytes().saturating_sub(since);
        read >= bytes
    });
    read
}

/// 3. A 4 GiB volume with 1 GiB of data, then one 4 KiB write: the incremental stores one
///    object, and reads one chunk from the cluster where the full read the whole GiB.
#[test]
fn rbd_incremental_reads_only_the_diff() {
    let env = backup_env();
    env.create_volume("big", "4G");
    let image = location(&env, "big");
    write_pattern(&image, 7, 0, GIB);
    let before_full = pool_read_bytes();
    let b1 = full(&env, "big", "full");
    assert_eq!(b1.object_count, 256, "{b1:#?}");
    let full_read = wait_for_reads(before_full, GIB, "the full backup's reads in rados df");

    write_pattern(&image, 9, 512 * MIB + 8 * KIB, 4 * KIB);
    let before = pool_read_bytes();
    let b2 = incremental(&env, "big", "inc", &b1);
    assert_stored(&env, &b2, &[128]);
    // A fence: once rados df counts these 64 MiB read after the incremental, it counts all
    // that the incremental read.
    read_range(&image, 0, 64 * MIB);
    let read = wait_for_reads(before, 64 * MIB, "the fence's reads in rados df") - 64 * MIB;
    // It reads one chunk; reading the whole volume would be the full's GiB again. The
    // margin is for other clients of the shared pool.
    assert!(
        read < 512 * MIB,
        "the incremental read {read} bytes from the pool (the full read {full_read})"
    );
}

/// 4. With the parent's snapshot removed by hand, an incremental says it reads the whole
///    volume, still stores only the changed chunk and restores exactly; the next one diffs
///    from its snapshot again.
#[test]
fn rbd_incremental_without_the_parent_snapshot_compares_hashes() {
    let env = backup_env();
    env.create_volume("lost", "1G");
    let image = location(&env, "lost");
    write_random(&image, 51, 0, 10 * MIB);
    write_random(&image, 52, 300 * MIB, MIB);
    let b1 = full(&env, "lost", "b1");
    assert_stored(&env, &b1, &[0, 1, 2, 75]);
    let status = Command::new("rbd")
        .args(["-c", &ceph_conf(), "snap", "rm", "--no-progress"])
        .arg(format!("{POOL}/{image}@{}", snap_of(&b1)))
        .status()
        .expect("rbd snap rm");
    assert!(status.success());
    write_random(&image, 53, 5 * MIB, 4 * KIB);
    let state = digest(&image);

    let (b2, stderr) = backup(&env, "lost", "b2", &["--incremental"]);
    assert!(stderr.contains(FALLBACK), "{stderr}");
    assert_eq!(b2.parent_id.as_deref(), Some(b1.id.as_str()));
    assert_stored(&env, &b2, &[1]);
    assert_eq!(backup_snapshots(&image), vec![snap_of(&b2)]);
    assert_eq!(digest(&restore_new(&env, &b2, "r2")), state);

    write_random(&image, 54, 301 * MIB, 4 * KIB);
    let b3 = incremental(&env, "lost", "b3", &b2);
    assert_stored(&env, &b3, &[75]);
    assert_eq!(digest(&restore_new(&env, &b3, "r3")), digest(&image));
    assert_rbd_consistent(&env);
}

/// 5. An attached RBD volume is backed up only with --force, from its snapshot, and stays
///    attached.
#[test]
fn rbd_in_use_volume_backs_up_with_force() {
    let env = backup_env();
    env.create_volume("vm", "1G");
    let image = location(&env, "vm");
    write_random(&image, 61, 0, 6 * MIB);
    let attachment: Attachment = env.attach("vm", &["--host", "h1"]);
    let before: Volume = env.json(&["volume", "show", "vm"]);
    assert_eq!(before.status, "in-use");

    let stderr = env.fails(&["volume", "backup", "vm", "--name", "refused"], 5);
    assert!(stderr.contains("--force"), "{stderr}");
    assert!(backup_ids(&env).is_empty());
    assert!(backup_snapshots(&image).is_empty());

    let state = digest(&image);
    let (b1, _) = backup(&env, "vm", "b1", &["--force"]);
    // The host goes on writing: the backup holds what its snapshot held.
    write_random(&image, 62, 2 * MIB, 4 * KIB);
    let after: Volume = env.json(&["volume", "show", "vm"]);
    assert_eq!(
        (after.status.as_str(), after.attach_status.as_str()),
        ("in-use", "attached")
    );
    assert_eq!(after.attachments, before.attachments);
    let attachments: Vec<Attachment> = env.json(&["attachment", "list", "--volume", "vm"]);
    assert_eq!(attachments.len(), 1);
    assert_eq!(attachments[0].id, attachment.id);
    assert_eq!(attachments[0].attach_status, "attached");
    assert_eq!(digest(&restore_new(&env, &b1, "r1")), state);

    let (b2, stderr) = backup(&env, "vm", "b2", &["--incremental", "--force"]);
    assert!(!stderr.contains(FALLBACK), "{stderr}");
    assert_stored(&env, &b2, &[0]);
    assert_eq!(backup_snapshots(&image), vec![snap_of(&b2)]);
    assert_eq!(digest(&restore_new(&env, &b2, "r2")), digest(&image));
    let vm: Volume = env.json(&["volume", "show", "vm"]);
    assert_eq!(vm.status, "in-use");
    assert_rbd_consistent(&env);
    env.ok(&["volume", "detach", "vm"]);
}

/// Runs `volume backup ARGS…` until it hangs at `BackupVolumeTask:chunk` (a chunk stored),
/// kills it with SIGKILL and recovers: the flow must be reverted. Returns the backup id.
fn crash_backup(env: &TestEnv, args: &[&str]) -> String {
    let marker = env.dir.path().join("hang-marker");
    let _ = std::fs::remove_file(&marker);
    let mut child = blockctl(env)
        .env("BLOCKCTL_CONFIG", env.config.as_ref().expect("config"))
        .args(["volume", "backup"])
        .args(args)
        .env("__BLOCKCTL_TEST_HANG_AT", "BackupVolumeTask:chunk")
        .env("__BLOCKCTL_TEST_HANG_MARKER", &marker)
        .spawn()
        .expect("spawn blockctl");
    poll_until(
        "the hang at BackupVolumeTask:chunk",
        Duration::from_secs(60),
        || marker.exists() || child.try_wait().expect("try_wait").is_some(),
    );
    if let Some(status) = child.try_wait().expect("try_wait") {
        let output = child.wait_with_output().expect("output");
        panic!(
            "the backup exited ({status}) before it hung:\n{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    child.kill().expect("kill -9");
    child.wait().expect("reap");

    let flows: Vec<Flow> = env.json(&["flow", "list", "--unfinished"]);
    assert_eq!(flows.len(), 1, "{flows:#?}");
    let flow = &flows[0];
    assert_eq!(
        (flow.kind.as_str(), flow.interrupted),
        ("backup_create", true)
    );
    let id = flow.resource_id.clone();
    assert!(
        repository(env)
            .join(&id)
            .join("chunks")
            .read_dir()
            .unwrap()
            .count()
            > 0,
        "a chunk was stored before the kill"
    );
    let recovered: Vec<FlowRecovered> = env.json(&["flow", "recover"]);
    assert_eq!(recovered.len(), 1, "{recovered:#?}");
    assert_eq!(
        (
            recovered[0].resource_id.as_str(),
            recovered[0].recovery.as_str()
        ),
        (id.as_str(), "reverted")
    );
    id
}

/// 6. A backup killed while it stores chunks is reverted by `flow recover`: no snapshot of
///    its own, no directory, no row, no quota; the parent's snapshot stays, so the next
///    incremental still diffs.
#[test]
fn rbd_backup_killed_mid_chunks_is_reverted() {
    let env = backup_env();
    env.create_volume("crash", "1G");
    let image = location(&env, "crash");
    write_random(&image, 71, 0, 16 * MIB);

    let id = crash_backup(&env, &["crash", "--name", "killed"]);
    assert!(
        backup_snapshots(&image).is_empty(),
        "{:?}",
        snapshots(&image)
    );
    assert!(!repository(&env).join(&id).exists());
    assert!(backup_ids(&env).is_empty());
    let volume: Volume = env.json(&["volume", "show", "crash"]);
    assert_eq!(volume.status, "available");
    assert_rbd_consistent(&env);

    let b1 = full(&env, "crash", "b1");
    assert_stored(&env, &b1, &[0, 1, 2, 3]);
    write_random(&image, 72, 9 * MIB, 4 * KIB);
    write_random(&image, 73, 13 * MIB, 4 * KIB);
    let id = crash_backup(&env, &["crash", "--name", "killed-inc", "--incremental"]);
    assert_eq!(backup_snapshots(&image), vec![snap_of(&b1)], "killed {id}");
    assert!(!repository(&env).join(&id).exists());
    assert_eq!(backup_ids(&env), BTreeSet::from([b1.id.clone()]));
    assert_rbd_consistent(&env);

    let b2 = incremental(&env, "crash", "b2", &b1);
    assert_stored(&env, &b2, &[2, 3]);
    assert_eq!(backup_snapshots(&image), vec![snap_of(&b2)]);
    assert_eq!(digest(&restore_new(&env, &b2, "r2")), digest(&image));
    assert_rbd_consistent(&env);
}

/// `volume backup ARGS…` failing at `point`: exit 7 with the injected error.
fn fail_backup(env: &TestEnv, args: &[&str], point: &str) {
    let output = env
        .cmd()
        .args(["volume", "backup"])
        .args(args)
        .env("__BLOCKCTL_TEST_FAIL_AT", point)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(7), "{point}: {stderr}");
    let task = point.trim_end_matches(":after");
    assert!(
        stderr.contains(&format!("injected failure at {task}")),
        "{point}: {stderr}"
    );
}

/// After a failed backup: the same backups, snapshots and directories as before, the
/// volume available, catalogue and repository consistent.
fn assert_failed_cleanly(env: &TestEnv, image: &str, snaps: &[String], rows: usize, what: &str) {
    assert_eq!(backup_snapshots(image), snaps, "snapshots after {what}");
    assert_eq!(backup_ids(env).len(), rows, "backups after {what}");
    let volume: Volume = env.json(&["volume", "show", "faulty"]);
    assert_eq!(volume.status, "available", "{what}");
    let flows: Vec<Flow> = env.json(&["flow", "list"]);
    assert_eq!(flows[0].state, "reverted", "{what}");
    assert_rbd_consistent(env);
}

const BACKUP_TASKS: [&str; 6] = [
    "ExtractBackupRequestTask",
    "QuotaReserveTask",
    "BackupEntryCreateTask",
    "QuotaCommitTask",
    "BackupVolumeTask",
    "BackupOnFinishTask",
];

/// 7. A backup failing at any task, before or after its execute, takes away its own
///    snapshot, directory and row and leaves the parent's snapshot, so the next incremental
///    still diffs. (A backup failing after `BackupOnFinishTask`'s execute is
///    [`rbd_incremental_failing_in_on_finish_keeps_the_parent_snapshot`].)
#[test]
fn rbd_backup_failures_revert_on_the_cluster() {
    let env = backup_env();
    env.create_volume("faulty", "1G");
    let image = location(&env, "faulty");
    write_random(&image, 81, 0, 6 * MIB);
    for task in BACKUP_TASKS {
        for point in [task.to_owned(), format!("{task}:after")] {
            fail_backup(&env, &["faulty", "--name", "first"], &point);
            assert_failed_cleanly(&env, &image, &[], 0, &format!("the first, at {point}"));
        }
    }
    let b1 = full(&env, "faulty", "b1");
    let snaps = vec![snap_of(&b1)];
    write_random(&image, 82, 5 * MIB, 4 * KIB);
    for task in BACKUP_TASKS {
        for point in [task.to_owned(), format!("{task}:after")] {
            if point == "BackupOnFinishTask:after" {
                // The older snapshots went once the backup was recorded: its own test.
                continue;
            }
            fail_backup(&env, &["faulty", "--name", "again"], &point);
            assert_failed_cleanly(&env, &image, &snaps, 1, &format!("a full, at {point}"));
            fail_backup(&env, &["faulty", "--name", "inc", "--incremental"], &point);
            let what = format!("an incremental, at {point}");
            assert_failed_cleanly(&env, &image, &snaps, 1, &what);
        }
    }
    let b2 = incremental(&env, "faulty", "b2", &b1);
    assert_stored(&env, &b2, &[1]);
    assert_eq!(backup_snapshots(&image), vec![snap_of(&b2)]);
    assert_eq!(digest(&restore_new(&env, &b2, "r2")), digest(&image));
}

/// 7b. An incremental failing in `BackupOnFinishTask` (its catalogue write) is reverted and
///     keeps its parent's snapshot for the next incremental to diff from. Failing after it
///     ran, the older snapshots are already gone (they go once the backup is recorded):
///     the next incremental says so and compares hashes, still storing only what changed.
#[test]
fn rbd_incremental_failing_in_on_finish_keeps_the_parent_snapshot() {
    let env = backup_env();
    env.create_volume("faulty", "1G");
    let image = location(&env, "faulty");
    write_random(&image, 91, 0, 6 * MIB);
    let b1 = full(&env, "faulty", "b1");
    write_random(&image, 92, 5 * MIB, 4 * KIB);
    let point = "BackupOnFinishTask";
    fail_backup(&env, &["faulty", "--name", "inc", "--incremental"], point);
    assert_failed_cleanly(
        &env,
        &image,
        &[snap_of(&b1)],
        1,
        &format!("an incremental, at {point}"),
    );
    let b2 = incremental(&env, "faulty", "b2", &b1);
    assert_stored(&env, &b2, &[1]);

    write_random(&image, 93, 9 * MIB, 4 * KIB);
    let point = "BackupOnFinishTask:after";
    fail_backup(&env, &["faulty", "--name", "inc2", "--incremental"], point);
    assert!(backup_snapshots(&image).is_empty(), "{point}");
    let (b3, stderr) = backup(&env, "faulty", "b3", &["--incremental"]);
    assert!(stderr.contains(FALLBACK), "{stderr}");
    assert_eq!(b3.parent_id.as_deref(), Some(b2.id.as_str()));
    assert_stored(&env, &b3, &[2]);
    assert_eq!(backup_snapshots(&image), vec![snap_of(&b3)]);
    assert_eq!(digest(&restore_new(&env, &b3, "r3")), digest(&image));
}

/// A restore makes zero chunks read as zeros however long their run: more than 2 GiB of
/// them (one `rbd_write_zeroes` call) too, into a new volume and over one with data there.
#[test]
fn rbd_restore_zeroes_runs_of_zero_chunks_longer_than_2_gib() {
    let env = backup_env();
    env.create_volume("sparse", "3G");
    let image = location(&env, "sparse");
    write_random(&image, 101, 0, MIB);
    write_random(&image, 102, 3 * GIB - MIB, MIB);
    let state = digest(&image);
    let b1 = full(&env, "sparse", "b1");
    assert_stored(&env, &b1, &[0, 767]);
    // Data in the middle of the zero run, for the restore over the volume to zero.
    write_random(&image, 103, GIB + 4 * KIB, 8 * MIB);
    let output = env.run(&["backup", "restore", "b1", "--volume", "sparse", "--yes"]);
    assert!(
        output.status.success(),
        "restore over the volume ({:?}): {}",
        output.status.code(),
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(digest(&image), state, "restored over the volume");
    assert_eq!(
        digest(&restore_new(&env, &b1, "r1")),
        state,
        "restored anew"
    );
    assert_rbd_consistent(&env);
}
