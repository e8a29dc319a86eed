//! The LVM backend against real lvm2 on a loop device per test (`support::lvm::LvmFixture`),
//! on a machine without device-mapper: the `lvm.conf` blockctl and the tests share disables
//! activation, so lvm2 does metadata operations only (create, extend, remove, report). What
//! needs an active LV (data copies, snapshots, zeroing, exports) is checked here for the
//! clear failure the contract promises, and for real in `tests/lvm_datapath.rs` where
//! device-mapper exists. The attach test needs the test tgtd (`scripts/test.sh` starts it
//! and exports `BLOCKCTL_TEST_TGT_CONTROL_PORT` / `BLOCKCTL_TEST_TGT_PORTAL_PORT`); without
//! them it fails, it never skips.

use std::collections::BTreeSet;
use std::process::Output;

use serde::Deserialize;
use serde_json::Value;

use crate::support::lvm::{GIB, LvmFixture};
use crate::support::tgt;
use crate::support::{Change, Deletion, Quota, Snapshot, TestEnv, Volume};

/// The LV a volume lives in.
fn lv_name(volume: &Volume) -> String {
    format!("volume-{}", volume.id)
}

fn volume(env: &TestEnv, name: &str) -> Volume {
    env.json(&["volume", "show", name])
}

fn volume_names(env: &TestEnv) -> Vec<String> {
    let volumes: Vec<Volume> = env.json(&["volume", "list"]);
    sorted(volumes.into_iter().map(|v| v.name))
}

fn in_use(env: &TestEnv, resource: &str) -> i64 {
    env.quota(resource).in_use
}

/// (volumes, gigabytes, snapshots) in use.
fn usage(env: &TestEnv) -> (i64, i64, i64) {
    (
        in_use(env, "volumes"),
        in_use(env, "gigabytes"),
        in_use(env, "snapshots"),
    )
}

fn sorted(names: impl IntoIterator<Item = String>) -> Vec<String> {
    let mut names: Vec<String> = names.into_iter().collect();
    names.sort();
    names
}

fn assert_available(env: &TestEnv, name: &str) -> Volume {
    let volume = volume(env, name);
    assert_eq!(
        (volume.status.as_str(), volume.attach_status.as_str()),
        ("available", "detached"),
        "{volume:#?}"
    );
    volume
}

/// Whether stderr blames the missing device-mapper, or names the LV's device node.
fn blames_device_mapper(stderr: &str, device: &str) -> bool {
    stderr.contains("device-mapper") || stderr.contains(device)
}

// ---------------------------------------------------------------------------------------
// Metadata operations

#[test]
fn lvm_create_makes_an_lv_of_exactly_the_size_named_after_the_volume() {
    let fx = LvmFixture::new(16);
    let db = fx.create_volume("db1", "1");
    assert_eq!(db.provider_location, Some(lv_name(&db)), "{db:#?}");
    assert_eq!((db.size, db.status.as_str()), (1, "available"));
    let logs = fx.create_volume("logs", "3");

    let lvs = fx.lvs();
    assert_eq!(lvs.len(), 2, "{lvs:#?}");
    let db_lv = fx.lv(&lv_name(&db)).expect("db1's LV");
    assert_eq!(db_lv.size, GIB, "{db_lv:?}");
    assert_eq!(
        db_lv.segtype, "linear",
        "thick is a plain linear LV: {db_lv:?}"
    );
    assert_eq!(db_lv.origin, "");
    assert_eq!(fx.lv(&lv_name(&logs)).expect("logs' LV").size, 3 * GIB);

    // `volume show` gives the same LV name.
    assert_eq!(volume(&fx, "logs").provider_location, Some(lv_name(&logs)));
    assert_eq!(usage(&fx), (2, 4, 0));
    let vg = fx.vgs();
    assert_eq!(vg.lv_count, 2);
    assert_eq!(vg.size - vg.free, 4 * GIB, "{vg:?}");
}

#[test]
fn lvm_extend_grows_the_lv_to_the_new_size() {
    let fx = LvmFixture::new(16);
    let db = fx.create_volume("db1", "1");
    let extended: Change<Volume> = fx.json(&["volume", "extend", "db1", "--size", "3"]);
    assert!(extended.changed);
    assert_eq!(
        (extended.value.size, extended.value.status.as_str()),
        (3, "available")
    );
    let lv = fx.lv(&lv_name(&db)).expect("db1's LV");
    assert_eq!(lv.size, 3 * GIB, "{lv:?}");
    assert_eq!(fx.lv_names(), vec![lv_name(&db)], "extend makes no new LV");
    assert_eq!(usage(&fx), (1, 3, 0));
}

#[test]
fn lvm_delete_with_volume_clear_none_removes_the_lv() {
    let fx = LvmFixture::new(16);
    let db = fx.create_volume("db1", "2");
    assert_eq!(fx.lv_names(), vec![lv_name(&db)]);
    let deleted: Change<Deletion> = fx.json(&["volume", "delete", "db1", "--yes"]);
    assert!(deleted.changed);
    assert_eq!(deleted.value.volumes, vec![db.id.clone()]);
    assert_eq!(fx.lvs(), vec![], "the LV is gone");
    assert_eq!(volume_names(&fx), Vec::<String>::new());
    assert_eq!(usage(&fx), (0, 0, 0));
    let vg = fx.vgs();
    assert_eq!((vg.free, vg.lv_count), (vg.size, 0), "{vg:?}");
}

#[test]
fn lvm_several_volumes_then_deleting_some_leaves_exactly_the_others() {
    let fx = LvmFixture::new(16);
    let sizes = [("a", 1), ("b", 2), ("c", 1), ("d", 3)];
    let volumes: Vec<Volume> = sizes
        .iter()
        .map(|(name, size)| fx.create_volume(name, &size.to_string()))
        .collect();
    assert_eq!(
        fx.lv_names(),
        sorted(volumes.iter().map(lv_name)),
        "one LV per volume"
    );
    assert_eq!(usage(&fx), (4, 7, 0));

    fx.ok(&["volume", "delete", "b", "d", "--yes"]);
    assert_eq!(
        fx.lv_names(),
        sorted([lv_name(&volumes[0]), lv_name(&volumes[2])])
    );
    for kept in [&volumes[0], &volumes[2]] {
        assert_eq!(fx.lv(&lv_name(kept)).unwrap().size, GIB);
        assert_eq!(
            volume(&fx, &kept.name).provider_location,
            Some(lv_name(kept))
        );
    }
    assert_eq!(volume_names(&fx), vec!["a", "c"]);
    assert_eq!(usage(&fx), (2, 2, 0));
    let vg = fx.vgs();
    assert_eq!(vg.size - vg.free, 2 * GIB, "{vg:?}");
}

#[test]
fn lvm_flatten_of_a_plain_volume_has_nothing_to_do() {
    let fx = LvmFixture::new(16);
    let db = fx.create_volume("db1", "1");
    let before = fx.lvs();
    let output = fx.run(&["volume", "flatten", "db1", "-o", "json"]);
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let flattened: Change<Volume> = serde_json::from_slice(&output.stdout).unwrap();
    assert!(!flattened.changed, "{flattened:#?}");
    assert_eq!(flattened.value.provider_location, Some(lv_name(&db)));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("nothing to flatten"), "{stderr}");
    assert_eq!(fx.lvs(), before);
}

#[test]
fn lvm_backend_list_reports_the_volume_group_as_vgs_does() {
    let fx = LvmFixture::new(16);
    let one = fx.create_volume("one", "1");
    fx.create_volume("two", "2");
    // An LV of the group that is no volume counts as provisioned too (Cinder sums the
    // group's LVs).
    fx.lvm_ok(&["lvcreate", "-Zn", "-L", "8m", "-n", "other", &fx.vg]);

    let backends: Vec<Value> = fx.json(&["backend", "list"]);
    assert_eq!(backends.len(), 1, "{backends:#?}");
    let stats = &backends[0];
    let vg = fx.vgs();
    let gib = |bytes: u64| bytes as f64 / GIB as f64;
    let figure = |key: &str| {
        stats[key]
            .as_f64()
            .unwrap_or_else(|| panic!("{key} in {stats:#}"))
    };
    let close = |key: &str, expected: f64| {
        let got = figure(key);
        assert!(
            (got - expected).abs() <= 0.01,
            "{key} = {got}, vgs says {expected}: {stats:#}"
        );
    };
    close("total_capacity_gb", gib(vg.size));
    close("free_capacity_gb", gib(vg.free));
    let provisioned: u64 = fx.lvs().iter().map(|lv| lv.size).sum();
    assert_eq!(provisioned, 3 * GIB + 8 * (1 << 20));
    close("provisioned_capacity_gb", gib(provisioned));
    assert_eq!(stats["driver"], "lvm", "{stats:#}");
    assert_eq!(stats["thin_provisioning_support"], false, "{stats:#}");
    assert_eq!(stats["thick_provisioning_support"], true, "{stats:#}");
    assert_eq!(figure("max_over_subscription_ratio"), 20.0);
    assert_eq!(figure("reserved_percentage"), 0.0);
    // The pool is the one volumes are placed in: `host@backend#pool`.
    let pool = stats["pool_name"].as_str().expect("pool_name");
    assert!(!pool.is_empty());
    assert!(
        one.host.ends_with(&format!("@lvm-1#{pool}")),
        "host {} vs pool {pool}",
        one.host
    );

    // The figures follow the group: remove a volume and free space grows by its size.
    fx.ok(&["volume", "delete", "two", "--yes"]);
    let after: Vec<Value> = fx.json(&["backend", "list"]);
    let freed = after[0]["free_capacity_gb"].as_f64().unwrap() - figure("free_capacity_gb");
    assert!((freed - 2.0).abs() <= 0.01, "freed {freed} GiB: {after:#?}");
    let vg = fx.vgs();
    let free = after[0]["free_capacity_gb"].as_f64().unwrap();
    assert!((free - gib(vg.free)).abs() <= 0.01, "{free} vs {vg:?}");
}

// ---------------------------------------------------------------------------------------
// Failures that change nothing

#[test]
fn lvm_missing_volume_group_fails_create_with_exit_7_and_changes_nothing() {
    let fx = LvmFixture::new(4);
    let missing = format!("{}missing", fx.vg);
    fx.write_config(&[("volume_group", Some(&format!("\"{missing}\"")))]);
    let stderr = fx.fails(&["volume", "create", "db1", "--size", "1"], 7);
    assert!(
        stderr.contains(&format!("volume group '{missing}'")),
        "{stderr}"
    );
    assert!(stderr.contains("not found"), "{stderr}");
    assert_eq!(volume_names(&fx), Vec::<String>::new());
    assert_eq!(usage(&fx), (0, 0, 0));
    assert_eq!(fx.lvs(), vec![], "nothing landed in the real group either");
}

#[test]
fn lvm_create_larger_than_the_free_space_exits_6_and_leaves_nothing() {
    // A 2 GiB PV: 511 extents of 4 MiB. After a 1 GiB volume 1020 MiB are free, so not
    // even another 1 GiB fits.
    let fx = LvmFixture::new(2);
    let first = fx.create_volume("first", "1");
    let free = fx.vgs().free;
    assert!(free < GIB, "the test needs less than 1 GiB free: {free}");
    let before = fx.observe();
    let before_lvs = fx.lvs();
    for (name, size) in [("second", "1"), ("huge", "5")] {
        // The scheduler's CapacityFilter refuses it before the driver is asked, naming
        // the group (the backend's location) and its free space, rounded down.
        let stderr = fx.fails(&["volume", "create", name, "--size", size], 6);
        assert!(stderr.contains("CapacityFilter"), "{stderr}");
        assert!(stderr.contains(&format!("lvm:{} has", fx.vg)), "{stderr}");
        assert!(stderr.contains("0.99 GiB free"), "{stderr}");
        assert_eq!(fx.lvs(), before_lvs, "no new LV after {name}");
        assert_eq!(fx.observe(), before, "no row, quota usage unchanged");
    }
    assert_eq!(fx.lv_names(), vec![lv_name(&first)]);
    assert_eq!(usage(&fx), (1, 1, 0));
}

#[test]
fn lvm_extend_beyond_the_free_space_exits_6_and_keeps_the_size() {
    let fx = LvmFixture::new(2);
    let db = fx.create_volume("db1", "1");
    let before = fx.observe();
    let stderr = fx.fails(&["volume", "extend", "db1", "--size", "2"], 6);
    assert!(
        stderr.contains(&format!("volume group '{}'", fx.vg)),
        "{stderr}"
    );
    assert!(stderr.contains("free"), "{stderr}");
    assert_eq!(fx.lv(&lv_name(&db)).expect("db1's LV").size, GIB);
    let after = assert_available(&fx, "db1");
    assert_eq!(after.size, 1);
    assert_eq!(fx.observe(), before, "quota usage unchanged");
}

#[test]
fn lvm_snapshot_without_device_mapper_exits_7_and_leaves_no_snapshot() {
    let fx = LvmFixture::new(16);
    let db = fx.create_volume("db1", "1");
    let stderr = fx.fails(&["volume", "snapshot", "db1", "--name", "s1"], 7);
    assert!(stderr.contains("device-mapper"), "{stderr}");
    assert_available(&fx, "db1");
    assert_eq!(fx.lv_names(), vec![lv_name(&db)], "no _snapshot- LV");
    let snapshots: Vec<Snapshot> = fx.json(&["snapshot", "list"]);
    assert_eq!(snapshots, vec![]);
    assert_eq!(usage(&fx), (1, 1, 0));
}

#[test]
fn lvm_thin_pool_needs_device_mapper_and_leaves_nothing() {
    let fx = LvmFixture::new(16);
    fx.write_config(&[("lvm_type", Some("\"thin\""))]);
    let stderr = fx.fails(&["volume", "create", "db1", "--size", "1"], 7);
    assert!(stderr.contains("device-mapper"), "{stderr}");
    // `lvs -a`: no pool, no half-made pool parts, no spare metadata LV.
    assert_eq!(fx.lvs(), vec![]);
    assert_eq!(volume_names(&fx), Vec::<String>::new());
    assert_eq!(usage(&fx), (0, 0, 0));
}

#[test]
fn lvm_thick_clone_without_device_mapper_exits_7_and_leaves_nothing() {
    let fx = LvmFixture::new(16);
    let src = fx.create_volume("src", "1");
    let stderr = fx.fails(&["volume", "clone", "--source", "src", "--name", "copy"], 7);
    let device = format!("/dev/{}/", fx.vg);
    assert!(blames_device_mapper(&stderr, &device), "{stderr}");
    let names = fx.lv_names();
    assert_eq!(names, vec![lv_name(&src)], "no clone-snap-, no new LV");
    assert!(!names.iter().any(|n| n.starts_with("clone-snap-")));
    assert_eq!(volume_names(&fx), vec!["src"]);
    assert_available(&fx, "src");
    assert_eq!(usage(&fx), (1, 1, 0));
}

#[test]
fn lvm_volume_clear_zero_without_a_device_node_fails_and_keeps_the_lv() {
    let fx = LvmFixture::new(16);
    fx.write_config(&[("volume_clear", Some("\"zero\""))]);
    let db = fx.create_volume("db1", "1");
    let path = fx.lv_path(&lv_name(&db));
    assert!(
        !path.exists(),
        "{} exists though activation is disabled",
        path.display()
    );

    let stderr = fx.fails(&["volume", "delete", "db1", "--yes"], 7);
    assert!(
        blames_device_mapper(&stderr, &path.display().to_string()),
        "{stderr}"
    );
    assert_eq!(volume(&fx, "db1").status, "error_deleting");
    let lv = fx.lv(&lv_name(&db)).expect("the LV is kept");
    assert_eq!(lv.size, GIB);

    // The operator decides the data need no clearing: with volume_clear = none it goes.
    fx.write_config(&[]);
    fx.ok(&["volume", "delete", "db1", "--yes"]);
    assert_eq!(fx.lvs(), vec![]);
    assert_eq!(volume_names(&fx), Vec::<String>::new());
    assert_eq!(usage(&fx), (0, 0, 0));
}

// ---------------------------------------------------------------------------------------
// Attach through tgtd

/// The fixture's configuration, exporting through the test tgtd.
fn write_tgt_config(fx: &LvmFixture) {
    let options = tgt::options();
    let overrides: Vec<(&str, Option<&str>)> = options
        .iter()
        .map(|(key, value)| (*key, Some(value.as_str())))
        .collect();
    fx.write_config(&overrides);
}

#[test]
fn lvm_attach_through_tgtadm_without_device_mapper_exits_7_and_exports_nothing() {
    let fx = LvmFixture::new(16);
    write_tgt_config(&fx);
    let db = fx.create_volume("db1", "1");
    let _cleanup = tgt::Cleanup::new(&db.id);
    let initiator = "iqn.2024-01.org.blockctl-test:node1";
    let stderr = fx.fails(
        &[
            "volume",
            "attach",
            "db1",
            "--host",
            "node1",
            "--initiator",
            initiator,
        ],
        7,
    );
    let device = fx.lv_path(&lv_name(&db)).display().to_string();
    assert_eq!(device, format!("/dev/{}/volume-{}", fx.vg, db.id));
    assert!(stderr.contains(&device), "{stderr}");

    assert_eq!(tgt::targets_of(&db.id), vec![], "a target is left in tgtd");
    let user = tgt::user_of(&db.id);
    assert!(
        !tgt::accounts().contains(&user),
        "the CHAP account {user} is left in tgtd"
    );
    let attachments: Vec<Value> = fx.json(&["attachment", "list"]);
    assert_eq!(attachments, Vec::<Value>::new());
    let after = assert_available(&fx, "db1");
    assert!(after.attachments.is_empty(), "{after:#?}");
    assert_eq!(fx.lv_names(), vec![lv_name(&db)]);
}

// ---------------------------------------------------------------------------------------
// Configuration

#[test]
fn lvm_mirrors_is_ignored_with_a_warning_and_strict_exits_8() {
    let fx = LvmFixture::new(16);
    fx.write_config(&[("lvm_mirrors", Some("1"))]);
    let output = fx.run(&["volume", "create", "a", "--size", "1", "-o", "json"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("lvm_mirrors"), "no warning: {stderr}");
    let a: Change<Volume> = serde_json::from_slice(&output.stdout).unwrap();
    let lv = fx.lv(&lv_name(&a.value)).expect("a's LV");
    assert_eq!(
        (lv.segtype.as_str(), lv.size),
        ("linear", GIB),
        "mirrors are ignored"
    );

    // Under --strict the warning fails the run (exit 8) after the work is done.
    let output = fx.run(&[
        "volume", "create", "b", "--size", "1", "-o", "json", "--strict",
    ]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(8), "{stderr}");
    assert!(stderr.contains("lvm_mirrors"), "{stderr}");
    let b = volume(&fx, "b");
    assert_eq!(fx.lv(&lv_name(&b)).expect("b's LV").size, GIB);

    // Without the option there is no warning.
    fx.write_config(&[]);
    let output = fx.run(&["volume", "list", "--strict"]);
    assert_eq!(output.status.code(), Some(0), "{output:?}");
}

#[test]
fn lvm_bad_configuration_values_exit_2_with_one_sentence() {
    let fx = LvmFixture::new(4);
    let cases: [(&str, Option<&str>); 7] = [
        ("lvm_type", Some("\"thick\"")),
        ("volume_clear", Some("\"shred\"")),
        ("target_helper", Some("\"nbd\"")),
        ("target_helper", Some("\"rbd\"")),
        ("volume_group", None),
        ("lvm_snapshot_size_percent", Some("0")),
        ("lvm_snapshot_size_percent", Some("101")),
    ];
    for (key, value) in cases {
        fx.write_config(&[(key, value)]);
        let output = fx.run(&["volume", "create", "db1", "--size", "1"]);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{key} = {value:?}: {stderr}");
        assert!(stderr.contains(key), "{key} = {value:?}: {stderr}");
        assert_eq!(
            stderr.trim().lines().count(),
            1,
            "{key} = {value:?}: one sentence, not: {stderr}"
        );
        assert_eq!(fx.lvs(), vec![], "{key} = {value:?} created an LV");
    }
    // The fixture's own configuration is valid, and nothing was created.
    fx.write_config(&[]);
    assert_eq!(volume_names(&fx), Vec::<String>::new());
    let quotas: Vec<Quota> = fx.json(&["quota", "show"]);
    assert!(quotas.iter().all(|q| q.in_use == 0), "{quotas:?}");
}

// ---------------------------------------------------------------------------------------
// Concurrency and doctor

#[test]
fn lvm_parallel_creates_on_one_catalogue_all_land() {
    let fx = LvmFixture::new(16);
    let env: &TestEnv = &fx;
    let outputs: Vec<Output> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..4)
            .map(|i| {
                scope.spawn(move || {
                    env.cmd()
                        .args(["volume", "create", &format!("v{i}"), "--size", "1"])
                        .args(["-o", "json"])
                        .output()
                        .expect("run blockctl")
                })
            })
            .collect();
        workers.into_iter().map(|w| w.join().unwrap()).collect()
    });
    let mut created = Vec::new();
    for output in &outputs {
        assert_eq!(
            output.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let change: Change<Volume> = serde_json::from_slice(&output.stdout).unwrap();
        created.push(change.value);
    }
    let ids: BTreeSet<&str> = created.iter().map(|v| v.id.as_str()).collect();
    assert_eq!(ids.len(), 4, "{created:#?}");
    assert_eq!(fx.lv_names(), sorted(created.iter().map(lv_name)));
    assert!(fx.lvs().iter().all(|lv| lv.size == GIB), "{:#?}", fx.lvs());
    for volume in &created {
        assert_eq!(volume.provider_location, Some(lv_name(volume)));
    }
    assert_eq!(volume_names(&fx), vec!["v0", "v1", "v2", "v3"]);
    assert_eq!(usage(&fx), (4, 4, 0));
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
struct Finding {
    check: String,
    problem: String,
    resource: String,
    detail: String,
    fix: Option<String>,
    fixed: bool,
}

fn doctor(env: &TestEnv) -> (Vec<Finding>, Option<i32>, String) {
    let output = env.run(&["doctor", "-o", "json"]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    let findings = serde_json::from_str(&stdout).unwrap_or_else(|e| {
        panic!(
            "doctor exited {:?} with bad JSON ({e}): {stdout}\nstderr: {stderr}",
            output.status.code()
        )
    });
    (findings, output.status.code(), stderr)
}

#[test]
fn lvm_doctor_reports_a_volume_lv_the_catalogue_does_not_know() {
    // Doctor also checks the backend's exports, so it needs the tgtd of `target_helper =
    // "tgtadm"` (lvm's default and only helper) to be reachable.
    let fx = LvmFixture::new(16);
    write_tgt_config(&fx);
    let mine = fx.create_volume("mine", "1");
    let (clean, code, stderr) = doctor(&fx);
    assert_eq!((clean, code), (vec![], Some(0)), "{stderr}");

    let stray = format!("volume-{}", uuid::Uuid::new_v4());
    fx.lvm_ok(&["lvcreate", "-Zn", "-L", "8m", "-n", &stray, &fx.vg]);
    let (found, code, stderr) = doctor(&fx);
    assert_eq!(code, Some(5), "{stderr}\n{found:#?}");
    let about_stray: Vec<&Finding> = found
        .iter()
        .filter(|f| f.resource == stray || f.detail.contains(&stray))
        .collect();
    assert_eq!(about_stray.len(), 1, "{found:#?}");
    // Reported, never removed: another catalogue may share the volume group.
    assert_eq!(
        (
            about_stray[0].problem.as_str(),
            about_stray[0].resource.as_str(),
            about_stray[0].fix.as_deref(),
        ),
        ("orphan_image", stray.as_str(), None),
        "{found:#?}"
    );
    assert_eq!(found.len(), 1, "only the stray LV is a problem: {found:#?}");
    let own = lv_name(&mine);
    assert!(
        !found
            .iter()
            .any(|f| f.resource == own || f.resource == mine.id),
        "{found:#?}"
    );
    assert!(
        fx.lv(&stray).is_some(),
        "doctor without --fix removes nothing"
    );
    assert!(fx.lv(&own).is_some());

    fx.lvm_ok(&["lvremove", "-y", &format!("{}/{stray}", fx.vg)]);
    let (none, code, stderr) = doctor(&fx);
    assert_eq!((none, code), (vec![], Some(0)), "{stderr}");
}
