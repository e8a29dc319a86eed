//! The whole volume lifecycle against real qcow2 images: every step is checked in the
//! catalogue and in the images themselves (qemu-img info, qemu-io patterns).

use std::path::PathBuf;

use serde::de::DeserializeOwned;

use crate::support::{
    Change, Deletion, Flow, FlowDetail, Quota, Snapshot, TestEnv, Volume, reads_pattern,
    write_pattern,
};

const MIB: u64 = 1 << 20;
const GIB: u64 = 1 << 30;

/// Runs `line` (split on whitespace) with `-o json`, which must succeed.
fn json<T: DeserializeOwned>(env: &TestEnv, line: &str) -> T {
    env.json(&line.split_whitespace().collect::<Vec<_>>())
}

/// Runs a mutating verb; returns `changed` and the resource.
fn change<T: DeserializeOwned>(env: &TestEnv, line: &str) -> (bool, T) {
    let change: Change<T> = json(env, line);
    (change.changed, change.value)
}

fn show(env: &TestEnv, reference: &str) -> Volume {
    json(env, &format!("volume show {reference}"))
}

fn snapshot(env: &TestEnv, volume: &str, name: &str) -> Snapshot {
    let (changed, snap) = change(env, &format!("volume snapshot {volume} --name {name}"));
    assert!(changed);
    snap
}

/// A resource with an image: a volume or a snapshot.
trait Located {
    fn location(&self) -> &str;
}

impl Located for Volume {
    fn location(&self) -> &str {
        self.provider_location.as_deref().expect("location")
    }
}

impl Located for Snapshot {
    fn location(&self) -> &str {
        self.provider_location.as_deref().expect("location")
    }
}

/// The image file of a volume or snapshot.
fn image(env: &TestEnv, resource: &impl Located) -> PathBuf {
    env.volumes_dir().join(resource.location())
}

/// The volume's current writable image.
fn top_image(env: &TestEnv, volume: &str) -> PathBuf {
    image(env, &show(env, volume))
}

/// The backing file qemu-img reports for the resource's image.
fn backing(env: &TestEnv, resource: &impl Located) -> Option<String> {
    let info = env.image_info(resource.location());
    info["backing-filename"].as_str().map(str::to_owned)
}

fn virtual_size(env: &TestEnv, resource: &impl Located) -> u64 {
    let info = env.image_info(resource.location());
    info["virtual-size"].as_u64().expect("virtual-size")
}

/// What is in use of the `volumes`, `snapshots` and `gigabytes` quotas; checks that no
/// flow left anything reserved.
fn usage(env: &TestEnv) -> Vec<i64> {
    let quotas: Vec<Quota> = json(env, "quota show");
    let names: Vec<&str> = quotas.iter().map(|q| q.resource.as_str()).collect();
    let all = [
        "volumes",
        "snapshots",
        "gigabytes",
        "backups",
        "backup_gigabytes",
    ];
    assert_eq!(names, all);
    assert!(quotas.iter().all(|q| q.reserved == 0), "{quotas:?}");
    quotas.iter().take(3).map(|q| q.in_use).collect()
}

#[test]
fn create_makes_a_standalone_qcow2_of_the_requested_size() {
    let env = TestEnv::new();
    let volume = env.create_volume("db1", "1G");
    assert_eq!((volume.size, volume.status.as_str()), (1, "available"));
    assert!(image(&env, &volume).is_file());
    assert_eq!(env.image_info(volume.location())["format"], "qcow2");
    assert_eq!(virtual_size(&env, &volume), GIB);
    assert_eq!(backing(&env, &volume), None);
    assert_eq!(env.images(), [volume.location()]);
    assert_eq!(usage(&env), [1, 0, 1]);
}

#[test]
fn snapshot_keeps_the_old_image_and_the_volume_gets_an_overlay() {
    let env = TestEnv::new();
    let before = env.create_volume("db1", "1");
    write_pattern(&image(&env, &before), 0xaa, 0, 2 * MIB);
    let snap = snapshot(&env, "db1", "s1");
    let after = show(&env, "db1");

    assert_eq!(snap.location(), before.location());
    assert_eq!((&snap.volume_id, snap.volume_size), (&before.id, 1));
    assert_ne!(after.location(), before.location());
    assert_eq!(backing(&env, &after).as_deref(), Some(snap.location()));
    let overlay = image(&env, &after);
    assert!(reads_pattern(&overlay, 0xaa, 0, 2 * MIB));

    // Writes after the snapshot land in the overlay; the snapshot stays frozen.
    write_pattern(&overlay, 0xbb, 0, MIB);
    assert!(reads_pattern(&image(&env, &snap), 0xaa, 0, 2 * MIB));
    assert_eq!(env.images().len(), 2);
    assert_eq!(usage(&env), [1, 1, 2]);
}

#[test]
fn clone_from_snapshot_is_a_copy_on_write_overlay() {
    let env = TestEnv::new();
    env.create_volume("db1", "1");
    write_pattern(&top_image(&env, "db1"), 0xaa, 0, 2 * MIB);
    let snap = snapshot(&env, "db1", "s1");
    let (changed, clone): (bool, Volume) = change(&env, "volume clone --snapshot s1 --name c1");

    assert!(changed);
    assert_eq!(clone.parent_snapshot_id.as_ref(), Some(&snap.id));
    assert_eq!(
        clone.clone_depth, 1,
        "a clone of an independent volume's snapshot"
    );
    assert_eq!(clone.snapshot_id.as_ref(), Some(&snap.id));
    assert_eq!((&clone.source_volid, clone.size), (&None, 1));
    assert_eq!(backing(&env, &clone).as_deref(), Some(snap.location()));
    let clone_image = image(&env, &clone);
    assert!(reads_pattern(&clone_image, 0xaa, 0, 2 * MIB));

    // The clone's writes stay in the clone.
    write_pattern(&clone_image, 0xcc, 0, MIB);
    assert!(reads_pattern(&top_image(&env, "db1"), 0xaa, 0, 2 * MIB));
}

#[test]
fn clone_from_volume_is_an_independent_full_copy() {
    let env = TestEnv::new();
    let origin = env.create_volume("db1", "1");
    write_pattern(&top_image(&env, "db1"), 0xaa, 0, 2 * MIB);
    snapshot(&env, "db1", "s1");
    write_pattern(&top_image(&env, "db1"), 0xbb, 4 * MIB, 2 * MIB);

    let (changed, copy): (bool, Volume) = change(&env, "volume clone --source db1 --name copy");
    assert!(changed);
    assert_eq!(copy.source_volid.as_ref(), Some(&origin.id));
    assert!(copy.snapshot_id.is_none() && copy.parent_snapshot_id.is_none());
    assert_eq!(backing(&env, &copy), None);

    // Everything the source chain held, and still there once the source is gone.
    env.ok(&["volume", "delete", "db1", "--cascade", "--yes"]);
    assert_eq!(env.images(), [copy.location()]);
    assert!(reads_pattern(&image(&env, &copy), 0xaa, 0, 2 * MIB));
    assert!(reads_pattern(&image(&env, &copy), 0xbb, 4 * MIB, 2 * MIB));
}

#[test]
fn flatten_copies_the_shared_data_and_drops_the_dependency() {
    let env = TestEnv::new();
    env.create_volume("db1", "1");
    write_pattern(&top_image(&env, "db1"), 0xaa, 0, 2 * MIB);
    let snap = snapshot(&env, "db1", "s1");
    env.ok(&["volume", "clone", "--snapshot", "s1", "--name", "c1"]);
    let clone_image = top_image(&env, "c1");
    write_pattern(&clone_image, 0xcc, 4 * MIB, MIB);

    let (changed, flat): (bool, Volume) = change(&env, "volume flatten c1");
    assert!(changed);
    assert_eq!(flat.parent_snapshot_id, None);
    assert_eq!(flat.snapshot_id.as_ref(), Some(&snap.id), "kept, as Cinder");
    assert_eq!(backing(&env, &flat), None);
    assert_eq!(change(&env, "volume flatten c1"), (false, flat));

    // The snapshot has no dependents any more: deleting it keeps the clone's data.
    env.ok(&["snapshot", "delete", "s1", "--yes"]);
    assert!(reads_pattern(&clone_image, 0xaa, 0, 2 * MIB));
    assert!(reads_pattern(&clone_image, 0xcc, 4 * MIB, MIB));
}

#[test]
fn extend_grows_the_volume_and_its_image() {
    let env = TestEnv::new();
    env.create_volume("db1", "1");
    let volume_image = top_image(&env, "db1");
    write_pattern(&volume_image, 0xaa, 0, 2 * MIB);

    let (changed, grown): (bool, Volume) = change(&env, "volume extend db1 --size 2G");
    assert!(changed);
    assert_eq!(grown.size, 2);
    assert_eq!(virtual_size(&env, &grown), 2 * GIB);
    assert!(reads_pattern(&volume_image, 0xaa, 0, 2 * MIB));
    assert_eq!(usage(&env), [1, 0, 2]);

    assert_eq!(change(&env, "volume extend db1 --size 2"), (false, grown));
    assert_eq!(usage(&env), [1, 0, 2]);
}

#[test]
fn revert_discards_later_writes_and_keeps_the_size() {
    let env = TestEnv::new();
    env.create_volume("db1", "1");
    snapshot(&env, "db1", "s0");
    write_pattern(&top_image(&env, "db1"), 0xaa, 0, 2 * MIB);
    let snap = snapshot(&env, "db1", "s1");
    let discarded = top_image(&env, "db1");
    write_pattern(&discarded, 0xbb, 0, MIB);
    write_pattern(&discarded, 0xbb, 4 * MIB, MIB);
    env.ok(&["volume", "extend", "db1", "--size", "2"]);

    // Only the latest snapshot can be reverted to.
    let before = env.observe();
    let stderr = env.fails(&["volume", "revert", "db1", "--snapshot", "s0", "--yes"], 5);
    assert!(stderr.contains("only the latest snapshot (s1)"), "{stderr}");
    assert_eq!(env.observe(), before);
    assert!(reads_pattern(&discarded, 0xbb, 0, MIB));

    let (changed, reverted): (bool, Volume) = change(&env, "volume revert db1 --snapshot s1 --yes");
    assert!(changed);
    assert_eq!((reverted.size, reverted.status.as_str()), (2, "available"));
    assert_eq!(virtual_size(&env, &reverted), 2 * GIB);
    assert_eq!(backing(&env, &reverted).as_deref(), Some(snap.location()));
    assert!(reads_pattern(&image(&env, &reverted), 0xaa, 0, 2 * MIB));
    assert!(reads_pattern(&image(&env, &reverted), 0, 4 * MIB, MIB));
    assert!(!discarded.exists(), "the discarded image is deleted");
    let snap: Snapshot = json(&env, "snapshot show s1");
    assert_eq!(snap.status, "available");
}

#[test]
fn snapshot_delete_merges_its_data_into_the_volume() {
    let env = TestEnv::new();
    env.create_volume("db1", "1");
    write_pattern(&top_image(&env, "db1"), 0xaa, 0, MIB);
    let s1 = snapshot(&env, "db1", "s1");
    write_pattern(&top_image(&env, "db1"), 0xbb, 4 * MIB, MIB);
    let s2 = snapshot(&env, "db1", "s2");
    let volume_image = top_image(&env, "db1");
    write_pattern(&volume_image, 0xcc, 8 * MIB, MIB);

    for (snap, left) in [(&s1, 1), (&s2, 0)] {
        let (changed, deleted): (bool, Deletion) =
            change(&env, &format!("snapshot delete {} --yes", snap.name));
        assert!(changed);
        assert_eq!(deleted.snapshots, [snap.id.as_str()]);
        assert!(!image(&env, snap).exists(), "{}", snap.name);
        assert!(reads_pattern(&volume_image, 0xaa, 0, MIB), "{}", snap.name);
        assert!(reads_pattern(&volume_image, 0xbb, 4 * MIB, MIB));
        assert!(reads_pattern(&volume_image, 0xcc, 8 * MIB, MIB));
        assert_eq!(usage(&env), [1, left, 1 + left]);
    }
    let volume = show(&env, "db1");
    assert_eq!(image(&env, &volume), volume_image);
    assert_eq!(backing(&env, &volume), None);
    assert_eq!(env.images(), [volume.location()]);
}

#[test]
fn volume_set_renames_and_describes() {
    let env = TestEnv::new();
    let volume = env.create_volume("db1", "1");
    let (changed, renamed): (bool, Volume) =
        change(&env, "volume set db1 --name db2 --description primary");
    assert!(changed);
    assert_eq!((&renamed.id, renamed.name.as_str()), (&volume.id, "db2"));
    assert_eq!(renamed.description.as_deref(), Some("primary"));
    assert_eq!(show(&env, "db2"), renamed);
    env.fails(&["volume", "show", "db1"], 3);

    let again = change(&env, "volume set db2 --name db2 --description primary");
    assert_eq!(again, (false, renamed));
}

#[test]
fn references_resolve_by_id_unique_prefix_and_name() {
    let env = TestEnv::new();
    let volume = env.create_volume("db1", "1");
    env.create_volume("db2", "1");
    let snap = snapshot(&env, "db1", "s1");
    let prefix = &volume.id[..8];
    for reference in [volume.id.as_str(), prefix, &prefix.to_uppercase(), "db1"] {
        assert_eq!(show(&env, reference).id, volume.id, "volume {reference}");
    }
    for reference in [snap.id.as_str(), &snap.id[..8], "s1"] {
        let found: Snapshot = json(&env, &format!("snapshot show {reference}"));
        assert_eq!(found.id, snap.id, "snapshot {reference}");
    }
    let listed: Vec<Snapshot> = json(&env, &format!("snapshot list --volume {prefix}"));
    assert_eq!(listed, [snap]);
}

#[test]
fn if_not_exists_returns_the_existing_resource() {
    let env = TestEnv::new();
    let volume = env.create_volume("db1", "1");
    let again = change(&env, "volume create db1 --size 1 --if-not-exists");
    assert_eq!(again, (false, volume));
    let snap = snapshot(&env, "db1", "s1");
    let again = change(&env, "snapshot create db1 --name s1 --if-not-exists");
    assert_eq!(again, (false, snap));
    assert_eq!(usage(&env), [1, 1, 2]);
    assert_eq!(env.images().len(), 2);
}

#[test]
fn ignore_missing_deletes_succeed_without_change() {
    let env = TestEnv::new();
    env.create_volume("db1", "1");
    let before = env.observe();
    let nothing = Deletion {
        volumes: vec![],
        snapshots: vec![],
        flattened: vec![],
    };
    for noun in ["volume", "snapshot"] {
        let line = format!("{noun} delete nope --ignore-missing --yes");
        assert_eq!(change(&env, &line), (false, nothing.clone()), "{noun}");
        env.fails(&[noun, "delete", "nope", "--yes"], 3);
    }
    assert_eq!(env.observe(), before);
}

#[test]
fn cascade_delete_removes_every_image_and_releases_the_quota() {
    let env = TestEnv::new();
    let volume = env.create_volume("db1", "1");
    let s1 = snapshot(&env, "db1", "s1");
    env.ok(&["volume", "extend", "db1", "--size", "3"]);
    let s2 = snapshot(&env, "db1", "s2");
    env.ok(&["volume", "revert", "db1", "--snapshot", "s2", "--yes"]);
    assert_eq!(env.images().len(), 3);
    assert_eq!(usage(&env), [1, 2, 3 + 1 + 3]);

    let (changed, deleted): (bool, Deletion) = change(&env, "volume delete db1 --cascade --yes");
    assert!(changed);
    assert_eq!(deleted.volumes, [volume.id]);
    assert_eq!(deleted.snapshots, [s1.id, s2.id]);
    assert_eq!(env.images(), Vec::<String>::new());
    assert_eq!(usage(&env), [0, 0, 0]);
    assert_eq!(json::<Vec<Volume>>(&env, "volume list"), []);
    assert_eq!(json::<Vec<Snapshot>>(&env, "snapshot list"), []);
}

#[test]
fn quota_set_changes_the_limits_quota_show_reports() {
    let env = TestEnv::new();
    env.create_volume("db1", "2");
    let _: serde_json::Value = json(&env, "quota set --volumes 3 --snapshots=-1 --gigabytes 50");
    let line = |q: Quota| (q.resource, q.limit, q.in_use);
    assert_eq!(line(env.quota("volumes")), ("volumes".to_owned(), 3, 1));
    assert_eq!(
        line(env.quota("snapshots")),
        ("snapshots".to_owned(), -1, 0)
    );
    assert_eq!(
        line(env.quota("gigabytes")),
        ("gigabytes".to_owned(), 50, 2)
    );
}

#[test]
fn config_show_prints_toml_and_json() {
    let env = TestEnv::new();
    let text = env.ok(&["config", "show"]);
    assert!(text.contains("# source: (built-in defaults)"), "{text}");
    let state_line = format!("# state_dir: {}", env.state.display());
    assert!(text.contains(&state_line), "{text}");
    let toml: toml::Table = toml::from_str(&text).expect("config show prints TOML");
    assert_eq!(toml["project_id"].as_str(), Some("admin"));
    assert_eq!(toml["enabled_backends"].as_array().map(Vec::len), Some(1));
    let backend = &toml["backends"]["file-1"];
    assert_eq!(backend["volume_driver"].as_str(), Some("file"));

    let json: serde_json::Value = json(&env, "config show");
    assert_eq!(json["state_dir"].as_str(), env.state.to_str());
    assert_eq!(json["source"], serde_json::Value::Null);
    assert_eq!(json["backends"]["file-1"]["volume_driver"], "file");
}

/// The `(name, state)` of the tasks of the one `kind` flow on `resource_id`, looked up
/// through `flow list` and `flow show` (by id prefix).
fn flow_tasks(env: &TestEnv, kind: &str, resource_id: &str) -> Vec<(String, String)> {
    let flows: Vec<Flow> = json(env, "flow list");
    let matching: Vec<&Flow> = flows
        .iter()
        .filter(|f| f.kind == kind && f.resource_id == resource_id)
        .collect();
    let [flow] = matching[..] else {
        panic!("not one {kind} flow for {resource_id}: {flows:#?}");
    };
    assert_eq!((flow.state.as_str(), flow.interrupted), ("success", false));
    let detail: FlowDetail = json(env, &format!("flow show {}", &flow.id[..8]));
    assert_eq!(&detail.flow, flow);
    detail
        .tasks
        .into_iter()
        .map(|t| (t.name, t.state))
        .collect()
}

/// `names` (space-separated), each in state `success`.
fn all_success(names: &str) -> Vec<(String, String)> {
    let names = names.split_whitespace();
    names
        .map(|n| (n.to_owned(), "success".to_owned()))
        .collect()
}

#[test]
fn flows_are_journaled_with_cinder_task_names() {
    let env = TestEnv::new();
    let volume = env.create_volume("db1", "1");
    let snap = snapshot(&env, "db1", "s1");
    env.ok(&["snapshot", "delete", "s1", "--yes"]);
    env.ok(&["volume", "delete", "db1", "--yes"]);

    let tasks = flow_tasks(&env, "volume_create", &volume.id);
    let create = "ExtractVolumeRequestTask QuotaReserveTask EntryCreateTask QuotaCommitTask \
        ExtractSchedulerSpecTask ScheduleCreateVolumeTask CreateVolumeFromSpecTask \
        CreateVolumeOnFinishTask";
    assert_eq!(tasks, all_success(create));
    let tasks = flow_tasks(&env, "snapshot_create", &snap.id);
    let create = "ExtractSnapshotRequestTask QuotaReserveTask SnapshotEntryCreateTask \
        QuotaCommitTask CreateSnapshotOnBackendTask CreateSnapshotOnFinishTask";
    assert_eq!(tasks, all_success(create));
    let tasks = flow_tasks(&env, "snapshot_delete", &snap.id);
    let delete = "DeleteSnapshotCheckTask DeleteSnapshotOnBackendTask DeleteSnapshotEntryTask";
    assert_eq!(tasks, all_success(delete));
    let tasks = flow_tasks(&env, "volume_delete", &volume.id);
    let delete = "DeleteVolumeCheckTask DeleteVolumeFromBackendTask DeleteVolumeEntryTask \
        PurgeDeferredTask";
    assert_eq!(tasks, all_success(delete));
}

#[test]
fn delete_can_flatten_dependent_clones_first() {
    let env = TestEnv::new();
    let base = env.create_volume("base", "1");
    write_pattern(
        &env.volumes_dir()
            .join(base.provider_location.as_ref().unwrap()),
        4,
        0,
        1 << 20,
    );
    env.ok(&["volume", "snapshot", "base", "--name", "gold"]);
    let child: Change<Volume> =
        env.json(&["volume", "clone", "--snapshot", "gold", "--name", "child"]);
    let stderr = env.fails(&["volume", "delete", "base", "--cascade", "--yes"], 5);
    assert!(stderr.contains("child"), "{stderr}");
    let stderr = env.fails(
        &["volume", "delete", "base", "--flatten-dependents", "--yes"],
        2,
    );
    assert!(
        stderr.contains("--cascade"),
        "--flatten-dependents requires --cascade: {stderr}"
    );
    let deleted: Change<Deletion> = env.json(&[
        "volume",
        "delete",
        "base",
        "--cascade",
        "--flatten-dependents",
        "--yes",
    ]);
    assert_eq!(deleted.value.flattened, vec![child.value.id.clone()]);
    assert_eq!(deleted.value.volumes, vec![base.id]);
    let survivor: Volume = env.json(&["volume", "show", "child"]);
    assert_eq!(
        (survivor.parent_snapshot_id, survivor.clone_depth),
        (None, 0)
    );
    let image = env.volumes_dir().join(survivor.provider_location.unwrap());
    assert!(
        reads_pattern(&image, 4, 0, 1 << 20),
        "the clone kept its data"
    );
    assert_eq!(
        env.images().len(),
        1,
        "only the flattened clone's image is left"
    );
}
