//! Crash proven by `kill -9` in the middle of a flow: the process hangs at a chosen task
//! (`__BLOCKCTL_TEST_HANG_AT`), is killed, and `flow recover` must leave a catalogue and a
//! volume directory that agree, with no transitional status and exact quota usage, and
//! attachments and exports (qemu-nbd daemons, their pid files) that agree with the volumes.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::support::{
    Attachment, Backup, Change, Flow, FlowRecovered, Quota, Snapshot, TestEnv, Volume,
};
use crate::support::{qemu_nbd_daemons, reads_pattern, write_pattern};

/// Statuses only a running flow may leave (volumes, snapshots, attachments, attach_status).
const TRANSITIONAL: &str = "creating deleting extending maintenance reverting restoring \
    attaching detaching reserved";
const GIB: u64 = 1 << 30;
const MIB: u64 = 1 << 20;

/// `blockctl` as a plain `std::process::Command` (so it can be killed), with the environment
/// `TestEnv::cmd` sets.
pub(crate) fn blockctl(env: &TestEnv) -> Command {
    let mut cmd = Command::new(assert_cmd::cargo::cargo_bin("blockctl"));
    cmd.env("BLOCKCTL_STATE_DIR", &env.state)
        .env("XDG_CONFIG_HOME", env.dir.path().join("config"))
        .env("NO_COLOR", "1")
        .env_remove("BLOCKCTL_CONFIG")
        .env_remove("__BLOCKCTL_TEST_FAIL_AT")
        .env_remove("__BLOCKCTL_TEST_HANG_AT")
        .env_remove("BLOCKCTL_LOG")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    cmd
}

/// Polls `done` every 10 ms until it holds; panics after `timeout`.
pub(crate) fn poll_until(what: &str, timeout: Duration, mut done: impl FnMut() -> bool) {
    let deadline = Instant::now() + timeout;
    while !done() {
        let late = Instant::now() > deadline;
        assert!(!late, "timed out after {timeout:?} waiting for {what}");
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// Kills a child with SIGKILL and panics if it had already exited.
fn kill_9(mut child: Child, what: &str) {
    if let Some(status) = child.try_wait().expect("try_wait") {
        let output = child.wait_with_output().expect("output");
        panic!(
            "{what} exited ({status}) before it was killed:\n{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    child.kill().expect("kill -9");
    child.wait().expect("reap");
}

/// Runs `blockctl ARGS` (split on spaces) until it hangs at `point`, then kills it with SIGKILL.
pub(crate) fn hang(env: &TestEnv, args: &str, point: &str) {
    let marker = env.dir.path().join("hang-marker");
    let _ = std::fs::remove_file(&marker);
    let mut child = blockctl(env)
        .args(args.split(' '))
        .env("__BLOCKCTL_TEST_HANG_AT", point)
        .env("__BLOCKCTL_TEST_HANG_MARKER", &marker)
        .spawn()
        .expect("spawn blockctl");
    let what = format!("blockctl {args} (hang at {point})");
    poll_until(&what, Duration::from_secs(60), || {
        marker.exists() || child.try_wait().expect("try_wait").is_some()
    });
    kill_9(child, &what);
}

/// Asserts that the catalogue and the volume directory agree: no transitional status, no
/// reservation, usage equal to what the rows account for, one image per location and no
/// other image. Returns the rows.
pub(crate) fn assert_consistent(env: &TestEnv) -> (Vec<Volume>, Vec<Snapshot>) {
    let volumes: Vec<Volume> = env.json(&["volume", "list"]);
    let snapshots: Vec<Snapshot> = env.json(&["snapshot", "list"]);
    let statuses = volumes.iter().map(|v| (&v.name, &v.status));
    let attach_statuses = volumes.iter().map(|v| (&v.name, &v.attach_status));
    let snapshot_statuses = snapshots.iter().map(|s| (&s.name, &s.status));
    for (name, status) in statuses.chain(attach_statuses).chain(snapshot_statuses) {
        let transitional = TRANSITIONAL.split_whitespace().any(|t| t == status);
        assert!(!transitional, "{name} left in '{status}'");
    }
    let gigabytes = volumes.iter().map(|v| v.size).sum::<u64>()
        + snapshots.iter().map(|s| s.volume_size).sum::<u64>();
    let backups: Vec<Backup> = env.json(&["backup", "list"]);
    for b in &backups {
        let transitional = ["creating", "deleting", "restoring"].contains(&b.status.as_str());
        assert!(!transitional, "backup {} left in '{}'", b.name, b.status);
    }
    for q in env.json::<Vec<Quota>>(&["quota", "show"]) {
        let expected = match q.resource.as_str() {
            "volumes" => volumes.len() as i64,
            "snapshots" => snapshots.len() as i64,
            "gigabytes" => gigabytes as i64,
            "backups" => backups.len() as i64,
            "backup_gigabytes" => backups.iter().map(|b| b.size as i64).sum(),
            other => panic!("unexpected quota resource {other}"),
        };
        let what = format!("quota {} (in_use, reserved)", q.resource);
        assert_eq!((q.in_use, q.reserved), (expected, 0), "{what}");
    }
    let mut locations = BTreeSet::new();
    let located = volumes.iter().map(|v| (&v.name, &v.provider_location));
    for (name, location) in located.chain(snapshots.iter().map(|s| (&s.name, &s.provider_location)))
    {
        let location = location
            .as_ref()
            .unwrap_or_else(|| panic!("{name}: no image"));
        assert!(locations.insert(location.clone()), "{location} used twice");
    }
    let images: BTreeSet<String> = env.images().into_iter().collect();
    assert_eq!(images, locations, "image files vs. provider_locations");
    assert_attachments_consistent(env, &volumes);
    (volumes, snapshots)
}

/// The live qemu-nbd daemons of `env` exporting volume `volume_id`.
pub(crate) fn daemons_of(env: &TestEnv, volume_id: &str) -> Vec<u32> {
    let state = env.state.to_string_lossy().into_owned();
    let name = format!("volume-{volume_id}");
    qemu_nbd_daemons()
        .into_iter()
        .filter(|(_, cmdline)| cmdline.contains(&state) && cmdline.contains(&name))
        .map(|(pid, _)| pid)
        .collect()
}

/// The pid files in `STATE_DIR/exports`, sorted.
pub(crate) fn pid_files(env: &TestEnv) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(env.state.join("exports")) else {
        return Vec::new();
    };
    let mut names: Vec<String> = entries
        .map(|e| {
            e.expect("dir entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .filter(|n| n.ends_with(".pid"))
        .collect();
    names.sort();
    names
}

/// The pid in volume `volume_id`'s pid file, if it has one.
pub(crate) fn exported_pid(env: &TestEnv, volume_id: &str) -> Option<u32> {
    let path = env
        .state
        .join("exports")
        .join(format!("volume-{volume_id}.pid"));
    let text = std::fs::read_to_string(path).ok()?;
    Some(text.trim().parse().expect("a pid in the pid file"))
}

/// The NBD URI of an attachment's connection info.
pub(crate) fn uri_of(attachment: &Attachment) -> String {
    let info = attachment.connection_info.as_ref();
    let info =
        info.unwrap_or_else(|| panic!("attachment {} has no connection info", attachment.id));
    assert_eq!(info.driver_volume_type, "nbd", "{attachment:#?}");
    info.data["uri"].as_str().expect("uri").to_owned()
}

/// Whether an NBD URI answers (`qemu-img info` over NBD gives a virtual size).
pub(crate) fn nbd_serves(uri: &str) -> bool {
    let output = Command::new("qemu-img")
        .args(["info", "--output=json", uri])
        .output()
        .expect("qemu-img info");
    output.status.success()
        && serde_json::from_slice::<serde_json::Value>(&output.stdout)
            .is_ok_and(|info| info["virtual-size"].as_u64().is_some())
}

/// `attachment list --volume NAME`.
pub(crate) fn attachments_of(env: &TestEnv, volume: &str) -> Vec<Attachment> {
    env.json(&["attachment", "list", "--volume", volume])
}

/// Volume `name` is available and detached: no attachment, no qemu-nbd, no pid file left in
/// `STATE_DIR/exports`.
pub(crate) fn assert_detached(env: &TestEnv, name: &str, what: &str) {
    let volume: Volume = env.json(&["volume", "show", name]);
    let statuses = (volume.status.as_str(), volume.attach_status.as_str());
    assert_eq!(statuses, ("available", "detached"), "{name}, {what}");
    assert!(volume.attachments.is_empty(), "{name}, {what}: {volume:#?}");
    let attachments = attachments_of(env, name);
    assert!(attachments.is_empty(), "{name}, {what}: {attachments:#?}");
    let daemons = daemons_of(env, &volume.id);
    assert!(
        daemons.is_empty(),
        "qemu-nbd {daemons:?} for {name}, {what}"
    );
    let files = pid_files(env);
    assert!(files.is_empty(), "pid files {files:?} left, {what}");
}

/// Volume `name` is in use with exactly the attachments `ids`, all attached, served by one
/// qemu-nbd daemon (whose pid its pid file holds) at every attachment's URI. Returns the
/// daemon's pid.
pub(crate) fn assert_attached(env: &TestEnv, name: &str, ids: &[&str], what: &str) -> u32 {
    let volume: Volume = env.json(&["volume", "show", name]);
    let statuses = (volume.status.as_str(), volume.attach_status.as_str());
    assert_eq!(statuses, ("in-use", "attached"), "{name}, {what}");
    let attachments = attachments_of(env, name);
    let mut listed: Vec<(&str, &str)> = attachments
        .iter()
        .map(|a| (a.id.as_str(), a.attach_status.as_str()))
        .collect();
    listed.sort();
    let mut wanted: Vec<(&str, &str)> = ids.iter().map(|id| (*id, "attached")).collect();
    wanted.sort();
    assert_eq!(listed, wanted, "{name}'s attachments, {what}");
    let daemons = daemons_of(env, &volume.id);
    assert_eq!(daemons.len(), 1, "qemu-nbd daemons for {name}, {what}");
    let pid = daemons[0];
    assert_eq!(exported_pid(env, &volume.id), Some(pid), "pid file, {what}");
    for attachment in &attachments {
        let uri = uri_of(attachment);
        assert!(nbd_serves(&uri), "{uri} does not answer, {what}");
    }
    pid
}

/// Attachments and exports agree with the volumes: an attachment's status is final and its
/// volume exists; an in-use volume has attachments (one unless multiattach) and, while any
/// of them is attached over NBD, exactly one qemu-nbd (recorded in its pid file) answering
/// at their URIs; any other volume has no attachment, no qemu-nbd and no pid file; no
/// qemu-nbd or pid file of the env belongs to no volume.
fn assert_attachments_consistent(env: &TestEnv, volumes: &[Volume]) {
    let attachments: Vec<Attachment> = env.json(&["attachment", "list"]);
    for a in &attachments {
        let transitional = TRANSITIONAL
            .split_whitespace()
            .any(|t| t == a.attach_status);
        assert!(
            !transitional,
            "attachment {} left in '{}'",
            a.id, a.attach_status
        );
        assert!(
            volumes.iter().any(|v| v.id == a.volume_id),
            "attachment {} of no volume",
            a.id
        );
    }
    let (mut served, mut pid_files_wanted) = (BTreeSet::new(), BTreeSet::new());
    for volume in volumes {
        let name = &volume.name;
        let mine: Vec<&Attachment> = attachments
            .iter()
            .filter(|a| a.volume_id == volume.id)
            .collect();
        let mut ids: Vec<&str> = mine.iter().map(|a| a.id.as_str()).collect();
        let mut refs: Vec<&str> = volume
            .attachments
            .iter()
            .map(|r| r.attachment_id.as_str())
            .collect();
        ids.sort();
        refs.sort();
        assert_eq!(refs, ids, "{name}'s attachments vs. attachment list");
        let daemons = daemons_of(env, &volume.id);
        let pid = exported_pid(env, &volume.id);
        if volume.status != "in-use" {
            assert_eq!(
                volume.attach_status, "detached",
                "{name} ({})",
                volume.status
            );
            assert!(
                mine.is_empty(),
                "{name} ({}) has attachments",
                volume.status
            );
            assert!(
                daemons.is_empty(),
                "{name} ({}) still exported",
                volume.status
            );
            assert_eq!(pid, None, "{name} ({}) has a pid file", volume.status);
            continue;
        }
        assert_eq!(volume.attach_status, "attached", "{name} (in-use)");
        assert!(!mine.is_empty(), "{name} in-use without attachments");
        if !volume.multiattach {
            assert_eq!(mine.len(), 1, "{name} is not multiattach: {mine:#?}");
        }
        let attached: Vec<&&Attachment> = mine
            .iter()
            .filter(|a| a.attach_status == "attached")
            .collect();
        let over_nbd = attached.iter().any(|a| {
            a.connection_info
                .as_ref()
                .is_some_and(|i| i.driver_volume_type == "nbd")
        });
        if over_nbd {
            assert_eq!(daemons.len(), 1, "qemu-nbd daemons for {name}: {daemons:?}");
            assert_eq!(pid, Some(daemons[0]), "{name}'s pid file");
            for a in attached {
                let uri = uri_of(a);
                assert!(nbd_serves(&uri), "{name}: {uri} does not answer");
            }
        }
        served.extend(daemons);
        if pid.is_some() {
            pid_files_wanted.insert(format!("volume-{}.pid", volume.id));
        }
    }
    let stray: Vec<u32> = env
        .nbd_daemons()
        .into_iter()
        .filter(|pid| !served.contains(pid))
        .collect();
    assert!(stray.is_empty(), "qemu-nbd daemons of no volume: {stray:?}");
    let files: BTreeSet<String> = pid_files(env).into_iter().collect();
    assert_eq!(files, pid_files_wanted, "pid files in STATE_DIR/exports");
}

/// base (snapshot `snap`, clone `clone`) and doomed (snapshot `doomed-snap`); `base` reads
/// pattern 1 in its first MiB as of `snap` and pattern 2 now.
fn seeded() -> TestEnv {
    let env = TestEnv::with_snapshotted_base();
    env.ok(&["volume", "clone", "--snapshot", "snap", "--name", "clone"]);
    env.create_volume("doomed", "1");
    env.ok(&["volume", "snapshot", "doomed", "--name", "doomed-snap"]);
    env
}

/// What is left after `flow recover`.
struct Recovered {
    env: TestEnv,
    /// What `flow recover` did: `reverted` or `resumed`.
    recovery: String,
    /// The `gigabytes` the killed flow held reserved.
    reserved_at_kill: i64,
    volumes: Vec<Volume>,
    snapshots: Vec<Snapshot>,
}

impl Recovered {
    fn volume(&self, name: &str) -> Option<&Volume> {
        self.volumes.iter().find(|v| v.name == name)
    }
    fn snapshot(&self, name: &str) -> Option<&Snapshot> {
        self.snapshots.iter().find(|s| s.name == name)
    }
    /// Whether volume `name` reads `pattern` in its first MiB.
    fn reads(&self, name: &str, pattern: u8) -> bool {
        reads_pattern(&self.env.image_of(name), pattern, 0, MIB)
    }
}

/// Runs `args` on a seeded catalogue and kills it at `point`. Then: the flow shows as
/// interrupted and other commands warn in one line; `flow recover` does the `expected`
/// recovery and leaves everything consistent; a second `flow recover` finds nothing.
fn crash(args: &str, point: &str, kind: &str, expected: &str) -> Recovered {
    crash_in(seeded(), args, point, kind, &[expected])
}

/// `crash` on `env`, where `flow recover` may do any of the `accepted` recoveries.
fn crash_in(env: TestEnv, args: &str, point: &str, kind: &str, accepted: &[&str]) -> Recovered {
    hang(&env, args, point);
    let reserved_at_kill = env.quota("gigabytes").reserved;
    let flows: Vec<Flow> = env.json(&["flow", "list"]);
    let interrupted: Vec<_> = flows.iter().filter(|f| f.interrupted).collect();
    let what = format!("{kind} killed at {point}");
    assert_eq!(interrupted.len(), 1, "{what}: {flows:#?}");
    let flow = interrupted[0].clone();
    assert_eq!((flow.kind.as_str(), flow.state.as_str()), (kind, "running"));

    let output = env.run(&["volume", "list"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "volume list, {what}: {stderr}");
    assert_eq!(stderr.lines().count(), 1, "{what}:\n{stderr}");
    let warns = stderr.starts_with("warning:") && stderr.contains("flow recover");
    assert!(warns, "{stderr}");

    let recovered: Vec<FlowRecovered> = env.json(&["flow", "recover"]);
    let ids: Vec<_> = recovered.iter().map(|r| &r.id).collect();
    assert_eq!(ids, [&flow.id], "{what}: {recovered:#?}");
    let recovery = recovered[0].recovery.clone();
    assert!(
        accepted.contains(&recovery.as_str()),
        "{what}: recovered by '{recovery}', expected one of {accepted:?}"
    );
    let flows: Vec<Flow> = env.json(&["flow", "list"]);
    let after = flows.iter().find(|f| f.id == flow.id).expect("flow");
    let state = if recovery == "resumed" {
        "success"
    } else {
        "reverted"
    };
    assert_eq!((after.state.as_str(), after.interrupted), (state, false));
    assert!(flows.iter().all(|f| !f.interrupted), "{flows:#?}");

    let (volumes, snapshots) = assert_consistent(&env);
    let again: Vec<FlowRecovered> = env.json(&["flow", "recover"]);
    assert!(again.is_empty(), "second flow recover, {what}: {again:?}");
    let output = env.run(&["volume", "list"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.is_empty(), "no more warning, {what}: {stderr}");
    Recovered {
        env,
        recovery,
        reserved_at_kill,
        volumes,
        snapshots,
    }
}

#[test]
fn create_killed_anywhere_is_reverted_or_resumed() {
    let points = [
        ("EntryCreateTask", "reverted", 2),
        ("CreateVolumeFromSpecTask", "reverted", 0),
        ("CreateVolumeFromSpecTask:after", "resumed", 0),
        ("CreateVolumeOnFinishTask", "resumed", 0),
    ];
    const CREATE: &str = "volume create new --size 2";
    for (point, expected, reserved) in points {
        let r = crash(CREATE, point, "volume_create", expected);
        assert_eq!(r.reserved_at_kill, reserved, "reserved at {point}");
        let new = r.volume("new").map(|v| (v.status.as_str(), v.size));
        let wanted = (expected == "resumed").then_some(("available", 2));
        assert_eq!(new, wanted, "volume new after a kill at {point}");
    }
}

#[test]
fn clone_killed_after_the_overlay_is_made_is_resumed_as_a_clone() {
    let args = "volume clone --snapshot snap --name new";
    let point = "CreateVolumeFromSpecTask:after";
    let r = crash(args, point, "volume_create", "resumed");
    let parent = &r.volume("new").expect("new").parent_snapshot_id;
    assert_eq!(parent.as_ref(), Some(&r.snapshot("snap").expect("snap").id));
    assert!(r.reads("new", 1), "the clone reads the snapshot's data");
}

#[test]
fn snapshot_killed_after_the_backend_task_is_resumed() {
    let args = "volume snapshot base --name snap2";
    let point = "CreateSnapshotOnBackendTask:after";
    let r = crash(args, point, "snapshot_create", "resumed");
    let snap2 = r.snapshot("snap2").expect("snap2");
    assert_eq!(snap2.status, "available");
    let base = r.volume("base").and_then(|v| v.provider_location.clone());
    let info = r.env.image_info(&base.expect("base's image"));
    let backing = info["backing-filename"].as_str();
    assert_eq!(backing, snap2.provider_location.as_deref(), "base on snap2");
    assert!(r.reads("base", 2), "base keeps its data");
}

#[test]
fn deletes_killed_in_the_backend_task_are_resumed() {
    let (args, point) = (
        "volume delete doomed --cascade -y",
        "DeleteVolumeFromBackendTask",
    );
    let r = crash(args, point, "volume_delete", "resumed");
    assert!(r.volume("doomed").is_none() && r.snapshot("doomed-snap").is_none());
    let (args, point) = (
        "snapshot delete doomed-snap -y",
        "DeleteSnapshotOnBackendTask:after",
    );
    let r = crash(args, point, "snapshot_delete", "resumed");
    assert!(r.snapshot("doomed-snap").is_none() && r.volume("doomed").is_some());
}

#[test]
fn extend_killed_before_reserving_is_reverted_and_after_is_resumed() {
    let points = [
        ("QuotaReserveTask", "reverted", 0, 1),
        ("ExtendVolumeTask", "resumed", 2, 3),
    ];
    const EXTEND: &str = "volume extend base --size 3";
    for (point, expected, reserved, size) in points {
        let r = crash(EXTEND, point, "volume_extend", expected);
        assert_eq!(r.reserved_at_kill, reserved, "reserved at {point}");
        let base = r.volume("base").expect("base");
        let status = (base.status.as_str(), base.size);
        assert_eq!(status, ("available", size), "{point}");
        let info = r
            .env
            .image_info(base.provider_location.as_deref().expect("image"));
        assert_eq!(info["virtual-size"].as_u64(), Some(size * GIB), "{point}");
    }
}

#[test]
fn revert_killed_after_the_backend_task_is_resumed() {
    let args = "volume revert base --snapshot snap -y";
    let point = "RevertToSnapshotOnBackendTask:after";
    let r = crash(args, point, "volume_revert", "resumed");
    assert_eq!(r.snapshot("snap").expect("snap").status, "available");
    assert!(r.reads("base", 1), "base reads the snapshot's data again");
}

#[test]
fn flatten_killed_before_copying_is_reverted() {
    let (args, point) = ("volume flatten clone", "FlattenVolumeTask");
    let r = crash(args, point, "volume_flatten", "reverted");
    let clone = r.volume("clone").expect("clone");
    assert_eq!(clone.status, "available");
    let snap = r.snapshot("snap").expect("snap");
    assert_eq!(clone.parent_snapshot_id.as_ref(), Some(&snap.id));
    assert!(r.reads("clone", 1), "the clone reads the snapshot's data");
}

/// Writes `len` bytes of `pattern` at `offset` in 64 MiB requests (one qemu-io process).
fn write_chunked(image: &Path, pattern: u8, offset: u64, len: u64) {
    let mut cmd = Command::new("qemu-io");
    cmd.args(["-f", "qcow2"]);
    for start in (offset..offset + len).step_by((64 * MIB) as usize) {
        cmd.arg("-c").arg(format!(
            "write -P {pattern} {start} {}",
            (64 * MIB).min(offset + len - start)
        ));
    }
    let status = cmd
        .arg(image)
        .stdout(Stdio::null())
        .status()
        .expect("qemu-io");
    assert!(status.success(), "qemu-io write into {}", image.display());
}

/// A child of `parent` whose command line contains `needle`.
fn child_running(parent: u32, needle: &str) -> Option<u32> {
    for entry in std::fs::read_dir("/proc").ok()?.flatten() {
        let Ok(pid) = entry.file_name().to_string_lossy().parse::<u32>() else {
            continue;
        };
        let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else {
            continue;
        };
        let ppid = stat
            .rsplit_once(')')
            .and_then(|(_, rest)| rest.split_whitespace().nth(1)?.parse::<u32>().ok());
        let cmdline = std::fs::read(format!("/proc/{pid}/cmdline")).unwrap_or_default();
        if ppid == Some(parent) && String::from_utf8_lossy(&cmdline).contains(needle) {
            return Some(pid);
        }
    }
    None
}

/// Whether a process is gone (or a zombie nobody reaps).
fn is_dead(pid: u32) -> bool {
    match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
        Err(_) => true,
        Ok(stat) => stat
            .rsplit_once(')')
            .is_some_and(|(_, rest)| rest.trim_start().starts_with('Z')),
    }
}

fn qemu_img_check(image: &Path) {
    let output = Command::new("qemu-img").arg("check").arg(image).output();
    let output = output.expect("qemu-img check");
    let report = String::from_utf8_lossy(&output.stdout);
    // 0: clean; 3: leaked clusters only. 2 (corruption) or anything else fails.
    let code = output.status.code();
    assert!(
        matches!(code, Some(0 | 3)),
        "qemu-img check: {code:?}\n{report}"
    );
}

fn has_backing(env: &TestEnv, location: &str) -> bool {
    env.image_info(location).get("backing-filename").is_some()
}

#[test]
fn flatten_killed_while_qemu_img_rebases_is_reverted_to_a_valid_clone() {
    let env = TestEnv::new();
    env.create_volume("big", "4");
    write_chunked(&env.image_of("big"), 0xab, 0, GIB);
    let snap: Change<Snapshot> = env.json(&["volume", "snapshot", "big", "--name", "bsnap"]);
    env.ok(&["volume", "clone", "--snapshot", "bsnap", "--name", "bclone"]);
    let image = env.image_of("bclone");
    let location = image.file_name().expect("name");
    let location = location.to_string_lossy().to_string();
    write_pattern(&image, 0xcd, 3 * GIB, MIB);
    // Pattern 0xab in the first GiB (from the snapshot), 0xcd at 3 GiB (the clone's own).
    let samples = [(0xab, 0), (0xab, GIB - MIB), (0xcd, 3 * GIB), (0, 2 * GIB)];
    let reads = |&(pattern, at): &(u8, u64)| reads_pattern(&image, pattern, at, MIB);
    let data_intact = || samples.iter().all(reads);
    assert!(data_intact(), "data before the flatten");

    let child = blockctl(&env).args(["volume", "flatten", "bclone"]).spawn();
    let child = child.expect("spawn blockctl volume flatten");
    let (pid, mut rebase) = (child.id(), None);
    let what = "a qemu-img rebase child of blockctl";
    poll_until(what, Duration::from_secs(60), || {
        rebase = child_running(pid, "rebase");
        rebase.is_some()
    });
    kill_9(child, "blockctl volume flatten");
    let rebase = rebase.expect("rebase pid");
    let what = "qemu-img rebase to die with blockctl (PR_SET_PDEATHSIG)";
    poll_until(what, Duration::from_secs(10), || is_dead(rebase));
    assert!(has_backing(&env, &location), "the flatten was cut short");

    let flows: Vec<Flow> = env.json(&["flow", "list", "--unfinished"]);
    let flows: Vec<_> = flows.iter().map(|f| (&f.kind, f.interrupted)).collect();
    assert_eq!(flows, [(&"volume_flatten".to_owned(), true)]);
    let recovered: Vec<FlowRecovered> = env.json(&["flow", "recover"]);
    let recovered: Vec<_> = recovered.iter().map(|r| r.recovery.as_str()).collect();
    assert_eq!(recovered, ["reverted"]);
    assert_consistent(&env);
    let after: Volume = env.json(&["volume", "show", "bclone"]);
    assert_eq!(after.status, "available");
    assert_eq!(after.parent_snapshot_id, Some(snap.value.id), "a clone");
    assert_eq!(after.provider_location, Some(location.clone()));
    assert!(has_backing(&env, &location), "the image keeps its backing");
    qemu_img_check(&image);
    assert!(data_intact(), "data after the interrupted flatten");

    let flattened: Change<Volume> = env.json(&["volume", "flatten", "bclone"]);
    assert!(flattened.changed && flattened.value.parent_snapshot_id.is_none());
    assert!(!has_backing(&env, &location), "a flat image has no backing");
    qemu_img_check(&image);
    assert!(data_intact(), "data after a full flatten");
    assert_consistent(&env);
}

const ATTACH_TASKS: &str = "AttachmentReserveTask ValidateConnectorTask CreateExportTask \
    InitializeConnectionTask AttachmentCompleteTask";
const DETACH_TASKS: &str =
    "AttachmentDetachingTask TerminateConnectionTask RemoveExportTask AttachmentDeleteTask";

/// Every hang point of a flow's tasks: each task, before and after its execute.
fn points(tasks: &str) -> Vec<String> {
    tasks
        .split_whitespace()
        .flat_map(|task| [task.to_owned(), format!("{task}:after")])
        .collect()
}

/// What `flow recover` may do with an attach killed at `point`. Until
/// `InitializeConnectionTask` has finished some task left to run cannot be resumed, so the
/// attach is reverted; from then on only `AttachmentCompleteTask` (resumable) remains, and
/// whichever recovery the journal reports is accepted, as long as the end is consistent.
fn attach_recoveries(point: &str) -> &'static [&'static str] {
    let late = ["InitializeConnectionTask:after", "AttachmentCompleteTask"];
    if late.contains(&point) || point.starts_with("AttachmentCompleteTask") {
        &["resumed", "reverted"]
    } else {
        &["reverted"]
    }
}

#[test]
fn attach_killed_anywhere_is_reverted_or_resumed_to_a_consistent_end() {
    for point in points(ATTACH_TASKS) {
        let env = TestEnv::new();
        env.create_volume("vol", "1");
        let args = "volume attach vol --host node1";
        let r = crash_in(
            env,
            args,
            &point,
            "volume_attach",
            attach_recoveries(&point),
        );
        let what = format!("after an attach killed at {point} was {}", r.recovery);
        if r.recovery == "resumed" {
            let attachments = attachments_of(&r.env, "vol");
            let ids: Vec<&str> = attachments.iter().map(|a| a.id.as_str()).collect();
            assert_eq!(ids.len(), 1, "{what}: {attachments:#?}");
            assert_attached(&r.env, "vol", &ids, &what);
            let host = attachments[0].attached_host.as_deref();
            assert_eq!(host, Some("node1"), "{what}");
        } else {
            assert_detached(&r.env, "vol", &what);
        }
    }
}

#[test]
fn attach_of_a_second_host_killed_anywhere_leaves_the_first_attached_and_served() {
    for point in points(ATTACH_TASKS) {
        let env = TestEnv::new();
        env.ok(&["volume", "create", "shared", "--size", "1", "--multiattach"]);
        let node1 = env.attach("shared", &["--host", "node1"]);
        let pid = assert_attached(&env, "shared", &[&node1.id], "node1 attached");
        let args = "volume attach shared --host node2";
        let r = crash_in(
            env,
            args,
            &point,
            "volume_attach",
            attach_recoveries(&point),
        );
        let what = format!("after node2's attach killed at {point} was {}", r.recovery);
        let attachments = attachments_of(&r.env, "shared");
        assert!(attachments.contains(&node1), "node1 untouched, {what}");
        let ids: Vec<&str> = attachments.iter().map(|a| a.id.as_str()).collect();
        let expected = if r.recovery == "resumed" { 2 } else { 1 };
        assert_eq!(ids.len(), expected, "{what}: {attachments:#?}");
        let same = assert_attached(&r.env, "shared", &ids, &what);
        assert_eq!(same, pid, "the same qemu-nbd serves, {what}");
    }
}

#[test]
fn detach_killed_after_its_first_task_is_resumed_and_before_it_reverted() {
    for point in points(DETACH_TASKS) {
        let env = TestEnv::new();
        env.create_volume("vol", "1");
        let attachment = env.attach("vol", &["--host", "node1"]);
        let pid = assert_attached(&env, "vol", &[&attachment.id], "attached");
        let uri = uri_of(&attachment);
        let expected = if point == "AttachmentDetachingTask" {
            "reverted"
        } else {
            "resumed"
        };
        let args = "volume detach vol";
        let r = crash_in(env, args, &point, "volume_detach", &[expected]);
        let what = format!("after a detach killed at {point} was {expected}");
        if expected == "reverted" {
            let same = assert_attached(&r.env, "vol", &[&attachment.id], &what);
            assert_eq!(same, pid, "the same qemu-nbd serves, {what}");
        } else {
            assert_detached(&r.env, "vol", &what);
            assert!(!nbd_serves(&uri), "{uri} still answers, {what}");
        }
    }
}

/// Rewinds the journal of flow `flow_id` to how it reads when the process dies after task
/// `idx`'s catalogue transaction committed but before the engine journaled the task's
/// success: the task `running` with no result, and the store as journaled before the task
/// ran (`store_before` gives the fields to put back, as JSON paths and values).
fn rewind_to_unjournaled(env: &TestEnv, flow_id: &str, idx: i64, store_before: &[(&str, &str)]) {
    let db = rusqlite::Connection::open(env.state.join("catalogue.sqlite")).expect("catalogue");
    let changed = db
        .execute(
            "UPDATE flow_tasks SET state = 'running', result = NULL \
             WHERE flow_id = ?1 AND idx = ?2 AND state = 'success'",
            rusqlite::params![flow_id, idx],
        )
        .expect("rewind the task");
    assert_eq!(changed, 1, "task {idx} of flow {flow_id} was not done");
    for (path, value) in store_before {
        db.execute(
            "UPDATE flows SET store = json_set(store, ?1, json(?2)) WHERE id = ?3",
            rusqlite::params![path, value, flow_id],
        )
        .expect("rewind the store");
    }
}

/// A forced detach is how an `error_detaching` attachment (its export already removed) is
/// cleared. If that detach dies right after `AttachmentDetachingTask` committed (attachment
/// and volume `detaching`) but before the journal recorded it, `flow recover` reverts the
/// task with an unknown outcome. It must not record the attachment `attached` again: there
/// is no export behind it any more.
#[test]
fn forced_detach_killed_before_its_first_task_is_journaled_keeps_error_detaching() {
    let env = TestEnv::new();
    env.create_volume("vol", "1");
    let attachment = env.attach("vol", &["--host", "node1"]);
    let uri = uri_of(&attachment);
    let output = env
        .cmd()
        .args(["volume", "detach", "vol"])
        .env("__BLOCKCTL_TEST_FAIL_AT", "RemoveExportTask:after")
        .output()
        .expect("run blockctl");
    assert_eq!(output.status.code(), Some(7), "{output:?}");
    let left = attachments_of(&env, "vol");
    assert_eq!(left.len(), 1);
    assert_eq!(left[0].attach_status, "error_detaching");

    hang(
        &env,
        "volume detach vol --force",
        "AttachmentDetachingTask:after",
    );
    let flows: Vec<Flow> = env.json(&["flow", "list", "--unfinished"]);
    assert_eq!(flows.len(), 1, "{flows:#?}");
    let store_before = [
        ("$.attachment", "null"),
        ("$.export", "null"),
        ("$.last", "false"),
        ("$.initiator_shared", "false"),
    ];
    rewind_to_unjournaled(&env, &flows[0].id, 0, &store_before);

    let recovered: Vec<FlowRecovered> = env.json(&["flow", "recover"]);
    let recovered: Vec<_> = recovered.iter().map(|r| r.recovery.as_str()).collect();
    assert_eq!(recovered, ["reverted"], "the first task cannot be resumed");
    let left = attachments_of(&env, "vol");
    let statuses: Vec<&str> = left.iter().map(|a| a.attach_status.as_str()).collect();
    assert!(!nbd_serves(&uri), "{uri} answers again");
    assert_eq!(
        statuses,
        ["error_detaching"],
        "an attachment whose export is gone, after the forced detach was reverted"
    );
    assert_consistent(&env);
    let forced: Change<Volume> = env.json(&["volume", "detach", "vol", "--force"]);
    assert!(forced.changed);
    assert_detached(&env, "vol", "after a second forced detach");
}
