//! One lifecycle body, run against each backend: what an operator does with a volume, with
//! its data checked on the backend itself after every step.

use std::ops::Deref;

use crate::support::{Change, Deletion, Snapshot, TestEnv, Volume};

const MIB: u64 = 1 << 20;

/// How a test reaches a backend's data, by `provider_location`.
trait Backend {
    type Env: Deref<Target = TestEnv>;
    fn env(&self) -> Self::Env;
    fn write(&self, env: &TestEnv, location: &str, pattern: u8, offset: u64, len: u64);
    fn reads(&self, env: &TestEnv, location: &str, pattern: u8, offset: u64, len: u64) -> bool;
    fn exists(&self, env: &TestEnv, location: &str) -> bool;
    /// Whether the volume image still reads part of its data from a parent.
    fn has_parent(&self, env: &TestEnv, location: &str) -> bool;
    /// Whether nothing of the image (or snapshot) is left anywhere, trash included.
    fn is_gone(&self, env: &TestEnv, location: &str) -> bool {
        !self.exists(env, location)
    }
}

struct File;

impl Backend for File {
    type Env = Box<TestEnv>;
    fn env(&self) -> Box<TestEnv> {
        Box::new(TestEnv::new())
    }
    fn write(&self, env: &TestEnv, location: &str, pattern: u8, offset: u64, len: u64) {
        crate::support::write_pattern(&env.volumes_dir().join(location), pattern, offset, len);
    }
    fn reads(&self, env: &TestEnv, location: &str, pattern: u8, offset: u64, len: u64) -> bool {
        crate::support::reads_pattern(&env.volumes_dir().join(location), pattern, offset, len)
    }
    fn exists(&self, env: &TestEnv, location: &str) -> bool {
        env.volumes_dir().join(location).exists()
    }
    fn has_parent(&self, env: &TestEnv, location: &str) -> bool {
        // A clone with no snapshots of its own: its image backs directly on the parent's.
        env.image_info(location)["backing-filename"].is_string()
    }
}

#[cfg(feature = "rbd")]
struct Rbd;

#[cfg(feature = "rbd")]
impl Backend for Rbd {
    type Env = crate::rbd::RbdEnv;
    fn env(&self) -> crate::rbd::RbdEnv {
        crate::rbd::rbd_env("")
    }
    fn write(&self, _env: &TestEnv, location: &str, pattern: u8, offset: u64, len: u64) {
        crate::rbd::write_pattern(location, pattern, offset, len);
    }
    fn reads(&self, _env: &TestEnv, location: &str, pattern: u8, offset: u64, len: u64) -> bool {
        crate::rbd::reads_pattern(location, pattern, offset, len)
    }
    fn exists(&self, _env: &TestEnv, location: &str) -> bool {
        match location.split_once('@') {
            Some((image, snapshot)) => {
                crate::rbd::image_exists(image)
                    && crate::rbd::snapshots(image)
                        .iter()
                        .any(|s| s["name"] == snapshot)
            }
            None => crate::rbd::image_exists(location),
        }
    }
    fn has_parent(&self, _env: &TestEnv, location: &str) -> bool {
        crate::rbd::info(location).get("parent").is_some()
    }
    fn is_gone(&self, _env: &TestEnv, location: &str) -> bool {
        let image = location.split('@').next().unwrap();
        let trash = crate::rbd::rbd_json(&["trash", "ls", "volumes"]);
        let in_trash = trash.as_array().unwrap().iter().any(|t| t["name"] == image);
        !in_trash && !crate::rbd::image_exists(image)
    }
}

fn location_of(env: &TestEnv, volume: &str) -> String {
    let volume: Volume = env.json(&["volume", "show", volume]);
    volume.provider_location.expect("provider_location")
}

/// create → write → snapshot → write → clone (COW) → flatten → extend → revert → copy of a
/// volume → delete everything; the data and the backend's objects checked at each step.
fn lifecycle(backend: &impl Backend) {
    let env = backend.env();
    let db = env.create_volume("db1", "1G");
    let image = db.provider_location.clone().unwrap();
    assert!(backend.exists(&env, &image));
    backend.write(&env, &image, 1, 0, MIB);

    let snap: Change<Snapshot> = env.json(&["volume", "snapshot", "db1", "--name", "nightly"]);
    let snap_location = snap.value.provider_location.clone().unwrap();
    assert!(backend.exists(&env, &snap_location));
    backend.write(&env, &location_of(&env, "db1"), 2, 0, MIB);
    assert!(
        backend.reads(&env, &snap_location, 1, 0, MIB),
        "the snapshot keeps its data"
    );
    assert!(backend.reads(&env, &location_of(&env, "db1"), 2, 0, MIB));

    let clone: Change<Volume> =
        env.json(&["volume", "clone", "--snapshot", "nightly", "--name", "copy"]);
    let clone_image = clone.value.provider_location.clone().unwrap();
    assert_eq!(
        (
            clone.value.clone_depth,
            clone.value.parent_snapshot_id.as_deref()
        ),
        (1, Some(snap.value.id.as_str()))
    );
    assert!(
        backend.has_parent(&env, &clone_image),
        "a copy-on-write clone"
    );
    assert!(backend.reads(&env, &clone_image, 1, 0, MIB));

    let flat: Change<Volume> = env.json(&["volume", "flatten", "copy"]);
    assert_eq!(
        (flat.value.clone_depth, flat.value.parent_snapshot_id),
        (0, None)
    );
    assert!(!backend.has_parent(&env, &clone_image));
    assert!(
        backend.reads(&env, &clone_image, 1, 0, MIB),
        "flattening keeps the data"
    );

    let extended: Change<Volume> = env.json(&["volume", "extend", "db1", "--size", "2G"]);
    assert_eq!(extended.value.size, 2);
    env.ok(&["volume", "revert", "db1", "--snapshot", "nightly", "--yes"]);
    let reverted: Volume = env.json(&["volume", "show", "db1"]);
    assert_eq!(
        (reverted.status.as_str(), reverted.size),
        ("available", 2),
        "revert keeps the size"
    );
    assert!(
        backend.reads(&env, &location_of(&env, "db1"), 1, 0, MIB),
        "back to the snapshot's data"
    );

    let full: Change<Volume> = env.json(&["volume", "clone", "--source", "db1", "--name", "full"]);
    let full_image = full.value.provider_location.clone().unwrap();
    assert_eq!(full.value.clone_depth, 0);
    assert!(
        !backend.has_parent(&env, &full_image),
        "a copy of a volume is independent"
    );
    assert!(backend.reads(&env, &full_image, 1, 0, MIB));

    let volume_image = location_of(&env, "db1");
    let deleted: Change<Deletion> = env.json(&[
        "volume",
        "delete",
        "db1",
        "copy",
        "full",
        "--cascade",
        "--yes",
    ]);
    assert_eq!(deleted.value.snapshots, vec![snap.value.id]);
    for location in [&volume_image, &snap_location, &clone_image, &full_image] {
        assert!(!backend.exists(&env, location), "{location} was deleted");
    }
    for quota in env.json::<Vec<crate::support::Quota>>(&["quota", "show"]) {
        assert_eq!((quota.in_use, quota.reserved), (0, 0), "{quota:?}");
    }
}

/// `volume delete --cascade --defer` of a volume whose snapshot has a clone: the volume
/// leaves the operator's view and its quota at once, its data stays for the clone, and it
/// is purged from the backend when the clone stops depending on it (`flatten`, here, then
/// `delete` for a second clone).
fn deferred_deletion(backend: &impl Backend) {
    let env = backend.env();
    let base = env.create_volume("base", "1G");
    backend.write(&env, base.provider_location.as_ref().unwrap(), 3, 0, MIB);
    let snap: Change<Snapshot> = env.json(&["volume", "snapshot", "base", "--name", "gold"]);
    let snap_location = snap.value.provider_location.clone().unwrap();
    let first: Change<Volume> =
        env.json(&["volume", "clone", "--snapshot", "gold", "--name", "c1"]);
    let second: Change<Volume> =
        env.json(&["volume", "clone", "--snapshot", "gold", "--name", "c2"]);

    let deleted: Change<Deletion> =
        env.json(&["volume", "delete", "base", "--cascade", "--defer", "--yes"]);
    assert_eq!(deleted.value.volumes, vec![base.id.clone()]);
    let names: Vec<String> = env
        .json::<Vec<Volume>>(&["volume", "list"])
        .into_iter()
        .map(|v| v.name)
        .collect();
    assert_eq!(names, ["c1", "c2"], "the deferred volume is out of view");
    assert!(env.json::<Vec<Snapshot>>(&["snapshot", "list"]).is_empty());
    assert_eq!(env.quota("volumes").in_use, 2);
    assert_eq!(env.quota("snapshots").in_use, 0);
    env.create_volume("base", "1G"); // its name is free again
    for clone in [&first.value, &second.value] {
        let location = clone.provider_location.as_ref().unwrap();
        assert!(backend.has_parent(&env, location) && backend.reads(&env, location, 3, 0, MIB));
    }
    assert!(
        !backend.is_gone(&env, &snap_location),
        "the deferred data is kept"
    );

    env.ok(&["volume", "flatten", "c1"]);
    let flows: Vec<crate::support::Flow> = env.json(&["flow", "list"]);
    assert_eq!(flows[0].state, "success");
    assert!(backend.reads(
        &env,
        first.value.provider_location.as_ref().unwrap(),
        3,
        0,
        MIB
    ));
    assert!(
        backend.has_parent(&env, second.value.provider_location.as_ref().unwrap()),
        "c2 still depends"
    );
    assert!(backend.reads(
        &env,
        second.value.provider_location.as_ref().unwrap(),
        3,
        0,
        MIB
    ));

    env.ok(&["volume", "delete", "c2", "--yes"]);
    // The last dependent is gone: the deferred volume was purged, snapshot and all.
    let detail: crate::support::FlowDetail = env.json(&[
        "flow",
        "show",
        &env.json::<Vec<crate::support::Flow>>(&["flow", "list"])[0].id,
    ]);
    let purge = detail
        .tasks
        .iter()
        .find(|t| t.name == "PurgeDeferredTask")
        .expect("purge task");
    assert_eq!(
        purge.result,
        Some(serde_json::json!([base.id])),
        "{detail:?}"
    );
    assert!(
        backend.is_gone(&env, &snap_location),
        "{snap_location} purged"
    );
    assert!(backend.reads(
        &env,
        first.value.provider_location.as_ref().unwrap(),
        3,
        0,
        MIB
    ));
}

#[test]
fn file_deferred_deletion() {
    deferred_deletion(&File);
}

#[cfg(feature = "rbd")]
#[test]
fn rbd_deferred_deletion() {
    deferred_deletion(&Rbd);
}

#[test]
fn file_lifecycle() {
    lifecycle(&File);
}

#[cfg(feature = "rbd")]
#[test]
fn rbd_lifecycle() {
    lifecycle(&Rbd);
}
