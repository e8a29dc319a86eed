//! The RBD backend against the real test cluster (`scripts/test.sh` starts it with
//! `scripts/ceph-cluster.sh` and exports `BLOCKCTL_TEST_CEPH_CONF`). Built with the `rbd`
//! feature only; without the cluster variable these tests fail, they are never skipped.

use std::path::PathBuf;
use std::process::Command;

use serde_json::Value;

use crate::support::{Change, Deletion, TestEnv, Volume};

const MIB: u64 = 1 << 20;
const POOL: &str = "volumes";

fn ceph_conf() -> String {
    std::env::var("BLOCKCTL_TEST_CEPH_CONF").expect(
        "BLOCKCTL_TEST_CEPH_CONF is not set: the rbd tests need the test cluster \
         (scripts/test.sh starts it with scripts/ceph-cluster.sh start DIR)",
    )
}

/// A [`TestEnv`] on the test cluster that deletes its volumes when dropped, so the shared
/// (RAM-backed) pool does not fill up.
pub(crate) struct RbdEnv(TestEnv);

impl std::ops::Deref for RbdEnv {
    type Target = TestEnv;
    fn deref(&self) -> &TestEnv {
        &self.0
    }
}

impl Drop for RbdEnv {
    fn drop(&mut self) {
        // Clones go before their parents: a few passes settle any order.
        for _ in 0..3 {
            let output = self.run(&["volume", "list", "-o", "value", "-c", "id"]);
            let ids = String::from_utf8_lossy(&output.stdout).into_owned();
            if ids.trim().is_empty() {
                return;
            }
            for id in ids.split_whitespace() {
                self.run(&["volume", "delete", id, "--cascade", "--yes"]);
            }
        }
    }
}

/// An env whose only backend is the test cluster's `volumes` pool; `extra` adds options.
pub(crate) fn rbd_env(extra: &str) -> RbdEnv {
    RbdEnv(TestEnv::with_config(&format!(
        "enabled_backends = [\"ceph\"]\n\
         [backends.ceph]\n\
         volume_driver = \"rbd\"\n\
         volume_backend_name = \"ceph\"\n\
         rbd_pool = \"{POOL}\"\n\
         rbd_ceph_conf = \"{}\"\n\
         rbd_user = \"admin\"\n\
         rados_connect_timeout = 10\n\
         {extra}\n",
        ceph_conf()
    )))
}

/// `rbd -c CONF ARGS --format json`, which must succeed.
pub(crate) fn rbd_json(args: &[&str]) -> Value {
    let output = Command::new("rbd")
        .args(["-c", &ceph_conf()])
        .args(args)
        .args(["--format", "json"])
        .output()
        .expect("run rbd");
    assert!(
        output.status.success(),
        "rbd {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("rbd json")
}

pub(crate) fn image_exists(image: &str) -> bool {
    Command::new("rbd")
        .args(["-c", &ceph_conf(), "info", &format!("{POOL}/{image}")])
        .output()
        .expect("run rbd")
        .status
        .success()
}

pub(crate) fn info(image: &str) -> Value {
    rbd_json(&["info", &format!("{POOL}/{image}")])
}

pub(crate) fn snapshots(image: &str) -> Vec<Value> {
    rbd_json(&["snap", "ls", &format!("{POOL}/{image}")])
        .as_array()
        .cloned()
        .unwrap_or_default()
}

/// Writes or checks `len` bytes of `pattern` at `offset` through Ceph's Python bindings.
fn pattern_io(op: &str, image: &str, pattern: u8, offset: u64, len: u64) -> bool {
    const SCRIPT: &str = r#"
import sys, rados, rbd
conf, pool, spec, op, pattern, offset, length = sys.argv[1:]
name, _, snap = spec.partition("@")
pattern, offset, length = int(pattern), int(offset), int(length)
chunk = 4 << 20
with rados.Rados(conffile=conf) as cluster, cluster.open_ioctx(pool) as io:
    with rbd.Image(io, name, snapshot=snap or None, read_only=(op == "read")) as image:
        done = 0
        while done < length:
            n = min(chunk, length - done)
            if op == "write":
                image.write(bytes([pattern]) * n, offset + done)
            elif image.read(offset + done, n) != bytes([pattern]) * n:
                sys.exit(1)
            done += n
"#;
    let status = Command::new("/usr/bin/python3")
        .args(["-c", SCRIPT, &ceph_conf(), POOL, image, op])
        .args([pattern.to_string(), offset.to_string(), len.to_string()])
        .status()
        .expect("run python3 with python3-rbd");
    status.success()
}

pub(crate) fn write_pattern(image: &str, pattern: u8, offset: u64, len: u64) {
    assert!(
        pattern_io("write", image, pattern, offset, len),
        "write into {image}"
    );
}

pub(crate) fn reads_pattern(image: &str, pattern: u8, offset: u64, len: u64) -> bool {
    pattern_io("read", image, pattern, offset, len)
}

fn location(env: &TestEnv, volume: &str) -> String {
    let volume: Volume = env.json(&["volume", "show", volume]);
    volume.provider_location.expect("provider_location")
}

/// What is RBD-specific; the lifecycle itself is `backends::rbd_lifecycle`.
#[test]
fn rbd_objects_are_named_and_protected_as_cinder_does() {
    let env = rbd_env("");
    let db = env.create_volume("db1", "1G");
    let image = db.provider_location.clone().unwrap();
    assert_eq!(image, format!("volume-{}", db.id));
    assert_eq!(info(&image)["size"], 1u64 << 30);
    assert!(db.host.ends_with("@ceph#volumes"), "{}", db.host);
    write_pattern(&image, 1, 0, MIB);

    let snap: Change<crate::support::Snapshot> =
        env.json(&["volume", "snapshot", "db1", "--name", "nightly"]);
    let snap_name = format!("snapshot-{}", snap.value.id);
    assert_eq!(
        snap.value.provider_location.as_deref(),
        Some(format!("{image}@{snap_name}").as_str())
    );
    let listed = snapshots(&image);
    assert!(
        listed
            .iter()
            .any(|s| s["name"] == snap_name.as_str() && s["protected"] == "true"),
        "{listed:?}"
    );
    assert_eq!(
        location(&env, "db1"),
        image,
        "an RBD snapshot leaves the volume's image in place"
    );
    write_pattern(&image, 2, 0, MIB);

    let clone: Change<Volume> =
        env.json(&["volume", "clone", "--snapshot", "nightly", "--name", "copy"]);
    let clone_image = clone.value.provider_location.clone().unwrap();
    assert_eq!(
        clone.value.parent_snapshot_id.as_deref(),
        Some(snap.value.id.as_str())
    );
    assert_eq!(info(&clone_image)["parent"]["snapshot"], snap_name.as_str());
    assert!(
        reads_pattern(&clone_image, 1, 0, MIB),
        "the clone reads the snapshot's data"
    );
}

#[test]
fn rbd_clone_deeper_than_max_clone_depth_is_flattened() {
    let env = rbd_env("rbd_max_clone_depth = 1");
    env.create_volume("base", "1G");
    write_pattern(&location(&env, "base"), 7, 0, MIB);
    env.ok(&["volume", "snapshot", "base", "--name", "s1"]);
    let first: Change<Volume> = env.json(&["volume", "clone", "--snapshot", "s1", "--name", "c1"]);
    assert_eq!(first.value.clone_depth, 1);
    assert!(
        first.value.parent_snapshot_id.is_some(),
        "depth 1 is allowed"
    );
    env.ok(&["volume", "snapshot", "c1", "--name", "s2"]);
    let second: Change<Volume> = env.json(&["volume", "clone", "--snapshot", "s2", "--name", "c2"]);
    let image = second.value.provider_location.clone().unwrap();
    assert!(
        second.value.parent_snapshot_id.is_none(),
        "depth 2 > 1: flattened as it is made"
    );
    assert!(info(&image).get("parent").is_none());
    assert!(reads_pattern(&image, 7, 0, MIB));
    // Not a dependent any more: s2 (and then c1) can go.
    env.ok(&["snapshot", "delete", "s2", "--yes"]);
}

#[test]
fn rbd_flatten_volume_from_snapshot_flattens_every_clone() {
    let env = rbd_env("rbd_flatten_volume_from_snapshot = true");
    env.create_volume("base", "1G");
    env.ok(&["volume", "snapshot", "base", "--name", "s1"]);
    let clone: Change<Volume> = env.json(&["volume", "clone", "--snapshot", "s1", "--name", "c1"]);
    assert!(clone.value.parent_snapshot_id.is_none());
    assert!(
        info(&clone.value.provider_location.unwrap())
            .get("parent")
            .is_none()
    );
}

#[test]
fn rbd_clone_of_a_volume_is_independent_and_leaves_no_snapshot_behind() {
    let env = rbd_env("");
    let source = env.create_volume("src", "1G");
    let source_image = source.provider_location.unwrap();
    write_pattern(&source_image, 3, 4 * MIB, MIB);
    let clone: Change<Volume> = env.json(&[
        "volume", "clone", "--source", "src", "--name", "copy", "--size", "2G",
    ]);
    let image = clone.value.provider_location.clone().unwrap();
    assert_eq!(
        clone.value.source_volid.as_deref(),
        Some(source.id.as_str())
    );
    assert!(info(&image).get("parent").is_none(), "flattened");
    assert_eq!(info(&image)["size"], 2u64 << 30);
    assert!(reads_pattern(&image, 3, 4 * MIB, MIB));
    assert!(
        snapshots(&source_image).is_empty(),
        "the temporary clone snapshot is gone"
    );
    env.ok(&["volume", "delete", "src", "--yes"]);
    assert!(
        reads_pattern(&image, 3, 4 * MIB, MIB),
        "the copy outlives its source"
    );
}

#[test]
fn rbd_delete_with_dependent_clones_is_refused_until_they_are_flattened() {
    let env = rbd_env("");
    let base = env.create_volume("base", "1G");
    env.ok(&["volume", "snapshot", "base", "--name", "gold"]);
    env.ok(&["volume", "clone", "--snapshot", "gold", "--name", "child"]);
    let before = env.observe_rbd(&base.provider_location.clone().unwrap());
    let stderr = env.fails(&["volume", "delete", "base", "--cascade", "--yes"], 5);
    assert!(
        stderr.contains("dependent clone") && stderr.contains("child"),
        "{stderr}"
    );
    let stderr = env.fails(&["snapshot", "delete", "gold", "--yes"], 5);
    assert!(stderr.contains("child"), "{stderr}");
    assert_eq!(
        env.observe_rbd(&base.provider_location.clone().unwrap()),
        before,
        "nothing changed"
    );
    env.ok(&["volume", "flatten", "child"]);
    env.ok(&["volume", "delete", "base", "--cascade", "--yes"]);
    assert!(!image_exists(&base.provider_location.unwrap()));
}

#[test]
fn rbd_unreachable_cluster_fails_fast_with_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let conf: PathBuf = dir.path().join("ceph.conf");
    // A monitor address nothing listens on.
    std::fs::write(
        &conf,
        "[global]\nmon host = v1:127.0.0.1:9\nauth client required = none\n",
    )
    .unwrap();
    let env = TestEnv::with_config(&format!(
        "enabled_backends = [\"ceph\"]\n[backends.ceph]\nvolume_driver = \"rbd\"\n\
         rbd_pool = \"volumes\"\nrbd_ceph_conf = \"{}\"\nrados_connect_timeout = 3\n",
        conf.display()
    ));
    let started = std::time::Instant::now();
    let stderr = env.fails(&["volume", "create", "x", "--size", "1"], 7);
    let elapsed = started.elapsed();
    assert!(
        stderr.contains("cannot connect to the Ceph cluster"),
        "{stderr}"
    );
    assert!(
        elapsed.as_secs() < 20,
        "took {elapsed:?} despite a 3 s connect timeout"
    );
    assert!(
        env.json::<Vec<Volume>>(&["volume", "list"]).is_empty(),
        "nothing was created"
    );
}

impl TestEnv {
    /// What an operator can observe of an RBD-backed env: rows, quotas, and the volume
    /// image's snapshots.
    fn observe_rbd(&self, image: &str) -> (Vec<Volume>, Vec<crate::support::Quota>, Vec<Value>) {
        (
            self.json(&["volume", "list"]),
            self.json(&["quota", "show"]),
            snapshots(image),
        )
    }
}

/// Parent data of the interrupted flattens: enough for the flatten to take a second.
const DATA_MIB: u64 = 256;

/// A clone of a snapshot of a volume holding `data_mib` MiB of pattern 9; returns the env
/// and the clone's image.
fn clone_with_data(data_mib: u64) -> (RbdEnv, String) {
    let env = rbd_env("");
    env.create_volume("base", "1G");
    write_pattern(&location(&env, "base"), 9, 0, data_mib * MIB);
    env.ok(&["volume", "snapshot", "base", "--name", "gold"]);
    let clone: Change<Volume> =
        env.json(&["volume", "clone", "--snapshot", "gold", "--name", "copy"]);
    (env, clone.value.provider_location.unwrap())
}

/// Starts `volume flatten copy` and returns once its FlattenVolumeTask is running.
fn flatten_in_background(env: &TestEnv) -> std::process::Child {
    let mut child = env.spawn(&["volume", "flatten", "copy"]);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    loop {
        let flows: Vec<crate::support::Flow> = env.json(&["flow", "list", "--unfinished"]);
        if let Some(flow) = flows.iter().find(|f| f.kind == "volume_flatten") {
            let detail: crate::support::FlowDetail = env.json(&["flow", "show", &flow.id]);
            if detail
                .tasks
                .iter()
                .any(|t| t.name == "FlattenVolumeTask" && t.state == "running")
            {
                return child;
            }
        }
        if std::time::Instant::now() > deadline || child.try_wait().unwrap().is_some() {
            let _ = child.kill();
            let _ = child.wait();
            panic!("the flatten never reached FlattenVolumeTask");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

/// The clone is `available`, still a clone of `gold` on the cluster, and reads its data.
fn assert_still_a_valid_clone(env: &TestEnv, image: &str, data_mib: u64) {
    let volume: Volume = env.json(&["volume", "show", "copy"]);
    assert_eq!(volume.status, "available");
    assert!(
        volume.parent_snapshot_id.is_some(),
        "still a clone in the catalogue"
    );
    assert!(
        info(image).get("parent").is_some(),
        "still a clone on the cluster"
    );
    assert!(
        reads_pattern(image, 9, 0, data_mib * MIB),
        "reads its parent's data"
    );
}

#[test]
fn rbd_ctrl_c_during_flatten_reverts_and_leaves_a_valid_clone() {
    let (env, image) = clone_with_data(DATA_MIB);
    let child = flatten_in_background(&env);
    let (code, stderr) = crate::support::interrupt(child);
    assert_eq!(code, Some(130), "{stderr}");
    let flows: Vec<crate::support::Flow> = env.json(&["flow", "list"]);
    assert_eq!(
        (flows[0].kind.as_str(), flows[0].state.as_str()),
        ("volume_flatten", "reverted")
    );
    assert_still_a_valid_clone(&env, &image, DATA_MIB);
    // The image was left mid-flatten by a dead client; a new flatten finishes the job.
    let flat: Change<Volume> = env.json(&["volume", "flatten", "copy"]);
    assert!(flat.value.parent_snapshot_id.is_none());
    assert!(info(&image).get("parent").is_none());
    assert!(reads_pattern(&image, 9, 0, DATA_MIB * MIB));
}

#[test]
fn rbd_kill_9_during_flatten_then_flow_recover() {
    let (env, image) = clone_with_data(DATA_MIB);
    let mut child = flatten_in_background(&env);
    child.kill().unwrap();
    child.wait().unwrap();
    let flows: Vec<crate::support::Flow> = env.json(&["flow", "list", "--unfinished"]);
    assert!(
        flows
            .iter()
            .any(|f| f.kind == "volume_flatten" && f.interrupted),
        "{flows:?}"
    );
    let recovered: Vec<crate::support::FlowRecovered> = env.json(&["flow", "recover"]);
    assert_eq!(recovered.len(), 1);
    assert_eq!(recovered[0].recovery, "reverted");
    assert_still_a_valid_clone(&env, &image, DATA_MIB);
    assert!(
        env.json::<Vec<crate::support::FlowRecovered>>(&["flow", "recover"])
            .is_empty()
    );
    // Not flattened again here: on this memstore cluster Ceph's own `rbd flatten` of a
    // clone whose previous flatten client was killed skips the objects that were in flight
    // (README, "Known issues").
}

#[test]
fn rbd_delete_can_flatten_dependent_clones_first() {
    let env = rbd_env("");
    let base = env.create_volume("base", "1G");
    write_pattern(&base.provider_location.clone().unwrap(), 5, 0, MIB);
    env.ok(&["volume", "snapshot", "base", "--name", "gold"]);
    let child: Change<Volume> =
        env.json(&["volume", "clone", "--snapshot", "gold", "--name", "child"]);
    let image = child.value.provider_location.clone().unwrap();
    let deleted: Change<Deletion> = env.json(&[
        "volume",
        "delete",
        "base",
        "--cascade",
        "--flatten-dependents",
        "--yes",
    ]);
    assert_eq!(deleted.value.flattened, vec![child.value.id]);
    assert!(!image_exists(&base.provider_location.unwrap()));
    assert!(info(&image).get("parent").is_none());
    assert!(reads_pattern(&image, 5, 0, MIB), "the clone kept its data");
}

/// Runs `args` failing at each task of `tasks`, before and after its execute, and checks the
/// command fails with the injected error and leaves catalogue and cluster as they were: the
/// volume image's snapshots unchanged, and no image for the resource the flow was making
/// (other tests share the pool, so it is checked by the id the journal records).
fn rbd_every_point_reverts(env: &RbdEnv, args: &[&str], tasks: &[&str], image: &str) {
    let before = env.observe_rbd(image);
    for task in tasks {
        for point in [task.to_string(), format!("{task}:after")] {
            let output = env
                .cmd()
                .args(args)
                .env("__BLOCKCTL_TEST_FAIL_AT", &point)
                .output()
                .unwrap();
            let stderr = String::from_utf8_lossy(&output.stderr);
            assert_eq!(output.status.code(), Some(7), "{point}: {stderr}");
            assert!(
                stderr.contains(&format!("injected failure at {task}")),
                "{point}: {stderr}"
            );
            assert_eq!(env.observe_rbd(image), before, "{args:?} failed at {point}");
            let flows: Vec<crate::support::Flow> = env.json(&["flow", "list"]);
            assert_eq!(flows[0].state, "reverted", "{point}");
            // A create's resource is the new volume (or snapshot); a revert's is `image` itself.
            let made = format!("volume-{}", flows[0].resource_id);
            assert!(
                made == image || !image_exists(&made),
                "{point} left {made} behind"
            );
        }
    }
}

#[test]
fn rbd_failures_at_every_task_revert_on_the_cluster() {
    let env = rbd_env("");
    let base = env.create_volume("base", "1G");
    let image = base.provider_location.clone().unwrap();
    write_pattern(&image, 6, 0, MIB);
    env.ok(&["volume", "snapshot", "base", "--name", "gold"]);
    let create = [
        "ExtractVolumeRequestTask",
        "QuotaReserveTask",
        "EntryCreateTask",
        "QuotaCommitTask",
        "ExtractSchedulerSpecTask",
        "ScheduleCreateVolumeTask",
        "CreateVolumeFromSpecTask",
        "CreateVolumeOnFinishTask",
    ];
    let clone_snapshot = ["volume", "clone", "--snapshot", "gold", "--name", "c"];
    rbd_every_point_reverts(&env, &clone_snapshot, &create, &image);
    let clone_volume = ["volume", "clone", "--source", "base", "--name", "c"];
    rbd_every_point_reverts(&env, &clone_volume, &create, &image);
    let snapshot = [
        "ExtractSnapshotRequestTask",
        "QuotaReserveTask",
        "SnapshotEntryCreateTask",
        "QuotaCommitTask",
        "CreateSnapshotOnBackendTask",
        "CreateSnapshotOnFinishTask",
    ];
    rbd_every_point_reverts(
        &env,
        &["volume", "snapshot", "base", "--name", "s2"],
        &snapshot,
        &image,
    );
    // Revert rolls back in place: every point up to the rollback itself leaves data as is.
    write_pattern(&image, 8, 0, MIB);
    let revert = ["RevertToSnapshotCheckTask"];
    rbd_every_point_reverts(
        &env,
        &["volume", "revert", "base", "--snapshot", "gold", "--yes"],
        &revert,
        &image,
    );
    assert!(
        reads_pattern(&image, 8, 0, MIB),
        "a refused revert keeps the volume's data"
    );
    // And after all that, the real operations still work.
    env.ok(&["volume", "clone", "--snapshot", "gold", "--name", "c"]);
    assert!(reads_pattern(&location(&env, "c"), 6, 0, MIB));
}

#[test]
fn rbd_backend_list_reports_the_pool_capacity() {
    let env = rbd_env("");
    let backends: Vec<Value> = env.json(&[
        "backend",
        "list",
        "-c",
        "pool_name",
        "-c",
        "total_capacity_gb",
        "-c",
        "free_capacity_gb",
    ]);
    assert_eq!(backends.len(), 1, "{backends:?}");
    let pool = &backends[0];
    assert_eq!(pool["pool_name"], POOL);
    let total = pool["total_capacity_gb"].as_f64().unwrap();
    let free = pool["free_capacity_gb"].as_f64().unwrap();
    // `ceph df`'s view of the pool: the test cluster's manager runs, so neither is 0.
    let df: Value = serde_json::from_slice(
        &Command::new("ceph")
            .args(["-c", &ceph_conf(), "df", "--format", "json"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap_or_default();
    let max_avail = df["pools"]
        .as_array()
        .and_then(|pools| pools.iter().find(|p| p["name"] == POOL))
        .map(|p| p["stats"]["max_avail"].as_f64().unwrap() / (1u64 << 30) as f64);
    assert!(
        total > 0.0 && free > 0.0 && free <= total,
        "total {total}, free {free}"
    );
    if let Some(max_avail) = max_avail {
        assert!(
            (free - max_avail).abs() < 0.5,
            "free {free} GiB vs ceph df max_avail {max_avail} GiB"
        );
    }
}
