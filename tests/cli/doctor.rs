//! `blockctl doctor`: each planted inconsistency is found, `--fix` repairs what is safe and
//! says what it left, and problems left make it exit 5.

use std::collections::BTreeSet;

use serde::Deserialize;

use crate::crash::{assert_consistent, hang};
use crate::support::*;

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

/// `doctor ARGS… -o json`: its findings and exit code.
fn doctor(env: &TestEnv, args: &[&str]) -> (Vec<Finding>, Option<i32>, String) {
    let mut all = vec!["doctor"];
    all.extend(args);
    all.extend(["-o", "json"]);
    let output = env.run(&all);
    let stdout = String::from_utf8_lossy(&output.stdout);
    let findings = serde_json::from_str(&stdout)
        .unwrap_or_else(|e| panic!("doctor {args:?}: bad JSON ({e}): {stdout}"));
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    (findings, output.status.code(), stderr)
}

fn problems(findings: &[Finding]) -> BTreeSet<(String, String)> {
    findings
        .iter()
        .map(|f| (f.problem.clone(), f.resource.clone()))
        .collect()
}

fn catalogue(env: &TestEnv) -> rusqlite::Connection {
    rusqlite::Connection::open(env.state.join("catalogue.sqlite")).expect("catalogue")
}

#[test]
fn a_healthy_state_dir_has_no_findings_and_exits_0() {
    let env = TestEnv::new();
    env.create_volume("db1", "1");
    env.ok(&["volume", "snapshot", "db1", "--name", "s"]);
    env.attach("db1", &["--host", "node1"]);
    let (findings, code, _) = doctor(&env, &[]);
    assert_eq!((findings, code), (vec![], Some(0)));
    env.ok(&["volume", "detach", "db1"]);
}

#[test]
fn planted_inconsistencies_are_found_and_the_safe_ones_fixed() {
    let env = TestEnv::new();
    let kept = env.create_volume("kept", "1");
    let lost = env.create_volume("lost", "2");
    env.ok(&["volume", "snapshot", "kept", "--name", "frozen"]);
    let frozen: Snapshot = env.json(&["snapshot", "show", "frozen"]);
    let served = env.create_volume("served", "1");
    env.attach("served", &["--host", "node1"]);

    // A staging file a killed restore left, an image no row knows, a volume's image gone,
    // a usage count that drifted, and a qemu-nbd whose export record is gone.
    let volumes = env.volumes_dir();
    std::fs::write(volumes.join(".restore-0000.raw"), b"partial").unwrap();
    std::fs::copy(env.image_of("kept"), volumes.join("stray.qcow2")).unwrap();
    std::fs::remove_file(env.image_of("lost")).unwrap();
    std::fs::remove_file(volumes.join(frozen.provider_location.clone().unwrap())).unwrap();
    let db = catalogue(&env);
    db.execute(
        "UPDATE quota_usages SET in_use = in_use + 5 WHERE resource = 'gigabytes'",
        [],
    )
    .unwrap();
    db.execute("DELETE FROM volume_exports", []).unwrap();
    drop(db);
    // And a flow killed half-way.
    env.create_volume("half", "1");
    hang(&env, "volume extend half --size 3", "ExtendVolumeTask");

    let before = env.observe();
    let (found, code, stderr) = doctor(&env, &[]);
    assert_eq!(code, Some(5), "{stderr}");
    assert!(stderr.contains("doctor found 8 problem(s)"), "{stderr}");
    assert!(
        stderr.contains("can be repaired with `blockctl doctor --fix`"),
        "{stderr}"
    );
    let attachment = env.json::<Vec<Attachment>>(&["attachment", "list"])[0]
        .id
        .clone();
    let expected: BTreeSet<(String, String)> = [
        ("quota_usage", "gigabytes".to_owned()),
        ("interrupted_flow", found_flow(&found)),
        ("stale_staging_file", ".restore-0000.raw".to_owned()),
        ("orphan_image", "stray.qcow2".to_owned()),
        ("missing_image", lost.id.clone()),
        ("missing_image", frozen.id.clone()),
        ("stray_export", served.id.clone()),
        ("attachment_without_export", attachment.clone()),
    ]
    .into_iter()
    .map(|(p, r)| (p.to_owned(), r))
    .collect();
    // The interrupted extend also holds a reservation: usage is off by the flow too.
    assert_eq!(problems(&found), expected, "{found:#?}");
    assert!(found.iter().all(|f| !f.fixed));
    assert_eq!(
        env.observe(),
        before,
        "doctor without --fix changes nothing"
    );
    assert_eq!(env.nbd_daemons().len(), 1);

    // --fix off a terminal needs --yes, and changes nothing without it.
    let refused = env.fails(&["doctor", "--fix"], 2);
    assert!(refused.contains("--yes"), "{refused}");
    assert_eq!(env.observe(), before);

    let (after, code, _) = doctor(&env, &["--fix", "--yes"]);
    assert_eq!(code, Some(5), "problems without a safe fix are left");
    let fixed: BTreeSet<&str> = after
        .iter()
        .filter(|f| f.fixed)
        .map(|f| f.problem.as_str())
        .collect();
    assert_eq!(
        fixed,
        BTreeSet::from([
            "quota_usage",
            "interrupted_flow",
            "stale_staging_file",
            "missing_image",
            "stray_export"
        ])
    );
    assert!(!volumes.join(".restore-0000.raw").exists());
    assert!(
        env.nbd_daemons().is_empty(),
        "the stray qemu-nbd still runs"
    );
    let lost_now: Volume = env.json(&["volume", "show", "lost"]);
    assert_eq!(lost_now.status, "error");
    let frozen_now: Snapshot = env.json(&["snapshot", "show", "frozen"]);
    assert_eq!(frozen_now.status, "error");

    let (left, code, stderr) = doctor(&env, &[]);
    assert_eq!(code, Some(5));
    assert!(stderr.contains("doctor found 2 problem(s)"), "{stderr}");
    assert_eq!(
        problems(&left),
        BTreeSet::from([
            ("orphan_image".to_owned(), "stray.qcow2".to_owned()),
            ("attachment_without_export".to_owned(), attachment.clone()),
        ])
    );
    assert!(left.iter().all(|f| f.fix.is_none() && !f.detail.is_empty()));

    // What the operator does about the rest, and then all is well.
    env.ok(&["volume", "detach", "served", "--force"]);
    std::fs::remove_file(volumes.join("stray.qcow2")).unwrap();
    env.ok(&["volume", "delete", "lost", "--yes"]);
    env.ok(&["snapshot", "delete", "frozen", "--yes"]);
    let (none, code, _) = doctor(&env, &[]);
    assert_eq!((none, code), (vec![], Some(0)));
    assert_consistent(&env);
    let _ = kept;
}

fn found_flow(found: &[Finding]) -> String {
    found
        .iter()
        .find(|f| f.problem == "interrupted_flow")
        .map(|f| f.resource.clone())
        .unwrap_or_default()
}

#[test]
fn missing_tools_are_named_with_their_package() {
    let env = TestEnv::new();
    env.create_volume("db1", "1");
    // A PATH with qemu-img but without qemu-nbd.
    let bin = env.dir.path().join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    let qemu_img = std::process::Command::new("which")
        .arg("qemu-img")
        .output()
        .unwrap();
    let qemu_img = String::from_utf8_lossy(&qemu_img.stdout).trim().to_owned();
    std::os::unix::fs::symlink(&qemu_img, bin.join("qemu-img")).unwrap();
    let output = env
        .cmd()
        .args(["doctor", "-o", "json"])
        .env("PATH", &bin)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(5));
    let found: Vec<Finding> = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(
        (found[0].problem.as_str(), found[0].resource.as_str()),
        ("missing_tool", "qemu-nbd")
    );
    assert!(
        found[0].detail.contains("apt-get install qemu-utils"),
        "{:?}",
        found[0]
    );
}

/// On RBD, images in the pool that no volume of this catalogue names are reported (never
/// removed: another catalogue may share the pool); the catalogue's own image is not.
#[cfg(feature = "rbd")]
#[test]
fn rbd_images_without_a_volume_are_reported() {
    let conf = std::env::var("BLOCKCTL_TEST_CEPH_CONF")
        .expect("BLOCKCTL_TEST_CEPH_CONF is not set: scripts/test.sh starts the test cluster");
    let env = TestEnv::with_config(&format!(
        "enabled_backends = [\"ceph\"]\n[backends.ceph]\nvolume_driver = \"rbd\"\n\
         rbd_pool = \"volumes\"\nrbd_ceph_conf = \"{conf}\"\n"
    ));
    let own = env.create_volume("mine", "1");
    let stray = format!("volume-doctor-{}", uuid::Uuid::new_v4());
    let rbd = |args: &[&str]| {
        let status = std::process::Command::new("rbd")
            .args(["-c", &conf])
            .args(args)
            .status()
            .expect("rbd");
        assert!(status.success(), "rbd {args:?}");
    };
    rbd(&["create", &format!("volumes/{stray}"), "--size", "1M"]);
    let (found, code, _) = doctor(&env, &[]);
    rbd(&["rm", "--no-progress", &format!("volumes/{stray}")]);
    assert_eq!(code, Some(5));
    let orphans: Vec<&str> = found
        .iter()
        .filter(|f| f.problem == "orphan_image")
        .map(|f| f.resource.as_str())
        .collect();
    assert!(orphans.contains(&stray.as_str()), "{found:#?}");
    let own_image = own.provider_location.clone().unwrap();
    assert!(!orphans.contains(&own_image.as_str()), "{found:#?}");
    assert!(
        found
            .iter()
            .all(|f| f.problem != "orphan_image" || f.fix.is_none())
    );
    env.ok(&["volume", "delete", "mine", "--yes"]);
}
