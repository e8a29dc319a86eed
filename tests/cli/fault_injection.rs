//! Revert proven by forcing each task of a flow to fail in turn
//! (`__BLOCKCTL_TEST_FAIL_AT=Task` before its execute, `Task:after` after it succeeded):
//! the command fails with the injected error, the journal shows the flow `reverted` with
//! every started task reverted, and what an operator can observe is as before (except for
//! the deletes and detaches that cannot be undone past a point: they leave the resource
//! `error_deleting` / `error_detaching` for a second or forced command to finish). Attach
//! and detach also prove the exports: which qemu-nbd daemons run, their pid files, and
//! whether the attachments' NBD URIs answer.

use std::collections::BTreeSet;

use crate::crash::{assert_attached, assert_consistent, assert_detached};
use crate::crash::{attachments_of, daemons_of, nbd_serves, pid_files, uri_of};
use crate::support::{Attachment, Change, Deletion, Flow, FlowDetail, Observed, Snapshot};
use crate::support::{TestEnv, Volume};
use crate::support::{reads_pattern, write_pattern};

const MIB: u64 = 1 << 20;

/// A flow kind and its tasks, in order.
pub(crate) struct Tasks {
    pub(crate) kind: &'static str,
    pub(crate) names: &'static str,
}

impl Tasks {
    pub(crate) fn names(&self) -> Vec<&'static str> {
        self.names.split_whitespace().collect()
    }
    /// Every failure point: each task, before and after its execute.
    pub(crate) fn points(&self) -> Vec<(usize, String)> {
        let names = self.names().into_iter().enumerate();
        names
            .flat_map(|(i, task)| [(i, task.to_owned()), (i, format!("{task}:after"))])
            .collect()
    }
}

const CREATE_VOLUME: Tasks = Tasks {
    kind: "volume_create",
    names: "ExtractVolumeRequestTask QuotaReserveTask EntryCreateTask QuotaCommitTask \
        ExtractSchedulerSpecTask ScheduleCreateVolumeTask CreateVolumeFromSpecTask \
        CreateVolumeOnFinishTask",
};
const SNAPSHOT_CREATE: Tasks = Tasks {
    kind: "snapshot_create",
    names: "ExtractSnapshotRequestTask QuotaReserveTask SnapshotEntryCreateTask QuotaCommitTask \
        CreateSnapshotOnBackendTask CreateSnapshotOnFinishTask",
};
const VOLUME_EXTEND: Tasks = Tasks {
    kind: "volume_extend",
    names: "ExtendVolumeCheckTask QuotaReserveTask ExtendVolumeTask ExtendVolumeOnFinishTask",
};
const VOLUME_REVERT: Tasks = Tasks {
    kind: "volume_revert",
    names: "RevertToSnapshotCheckTask RevertToSnapshotOnBackendTask \
        RevertToSnapshotOnFinishTask DeleteRevertedImageTask",
};
const VOLUME_FLATTEN: Tasks = Tasks {
    kind: "volume_flatten",
    names: "FlattenVolumeCheckTask FlattenVolumeTask FlattenVolumeOnFinishTask PurgeDeferredTask",
};
const VOLUME_DELETE: Tasks = Tasks {
    kind: "volume_delete",
    names: "DeleteVolumeCheckTask DeleteVolumeFromBackendTask DeleteVolumeEntryTask \
        PurgeDeferredTask",
};
const SNAPSHOT_DELETE: Tasks = Tasks {
    kind: "snapshot_delete",
    names: "DeleteSnapshotCheckTask DeleteSnapshotOnBackendTask DeleteSnapshotEntryTask",
};
const VOLUME_ATTACH: Tasks = Tasks {
    kind: "volume_attach",
    names: "AttachmentReserveTask ValidateConnectorTask CreateExportTask \
        InitializeConnectionTask AttachmentCompleteTask",
};
const VOLUME_DETACH: Tasks = Tasks {
    kind: "volume_detach",
    names: "AttachmentDetachingTask TerminateConnectionTask RemoveExportTask \
        AttachmentDeleteTask",
};

/// Runs `blockctl ARGS` (split on spaces) failing at `point` (task `idx` of `flow`, maybe
/// `:after`), and checks the command and the journal: exit 7 with the injected message,
/// one new flow of the kind, `reverted`, tasks up to the failed one reverted and the rest
/// never started, and no unfinished or interrupted flow.
fn fail_at(env: &TestEnv, flow: &Tasks, args: &str, idx: usize, point: &str) {
    let argv: Vec<&str> = args.split(' ').collect();
    fail_at_argv(env, flow, &argv, idx, point);
}

/// [`fail_at`] with the arguments as a list.
pub(crate) fn fail_at_argv(env: &TestEnv, flow: &Tasks, args: &[&str], idx: usize, point: &str) {
    let known: Vec<Flow> = env.json(&["flow", "list"]);
    let known: BTreeSet<String> = known.into_iter().map(|f| f.id).collect();
    let output = env
        .cmd()
        .args(args)
        .env("__BLOCKCTL_TEST_FAIL_AT", point)
        .output()
        .expect("run blockctl");
    let stderr = String::from_utf8_lossy(&output.stderr);
    let what = format!("blockctl {args:?} failing at {point}");
    assert_eq!(output.status.code(), Some(7), "{what}:\n{stderr}");
    let injected = format!("injected failure at {}", flow.names()[idx]);
    assert!(stderr.contains(&injected), "{what}:\n{stderr}");

    let flows: Vec<Flow> = env.json(&["flow", "list"]);
    let new: Vec<&Flow> = flows.iter().filter(|f| !known.contains(&f.id)).collect();
    assert_eq!(new.len(), 1, "flows journaled by {what}: {new:#?}");
    let new = new[0];
    assert_eq!(
        (new.kind.as_str(), new.state.as_str()),
        (flow.kind, "reverted"),
        "{what}"
    );
    let error = new.error.as_deref().unwrap_or_default();
    assert!(error.contains(&injected), "flow error, {what}: {error}");
    assert!(
        flows.iter().all(|f| !f.interrupted),
        "interrupted flows, {what}"
    );
    let unfinished: Vec<Flow> = env.json(&["flow", "list", "--unfinished"]);
    assert!(
        unfinished.is_empty(),
        "unfinished flows, {what}: {unfinished:#?}"
    );

    let detail: FlowDetail = env.json(&["flow", "show", &new.id]);
    let names: Vec<&str> = detail.tasks.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(names, flow.names(), "the {} flow's tasks", flow.kind);
    let states: Vec<&str> = detail.tasks.iter().map(|t| t.state.as_str()).collect();
    let expected: Vec<&str> = (0..names.len())
        .map(|i| if i <= idx { "reverted" } else { "pending" })
        .collect();
    assert_eq!(states, expected, "task states, {what}");
}

/// What an operator observes, less `updated_at` (a revert that restores a row's status is
/// still an update of it).
fn observe_restored(env: &TestEnv) -> Observed {
    let mut observed = env.observe();
    observed
        .volumes
        .iter_mut()
        .for_each(|v| v.updated_at.clear());
    observed
        .snapshots
        .iter_mut()
        .for_each(|s| s.updated_at.clear());
    observed
}

/// `Observed` field by field, so a failure shows the part that differs.
fn assert_same(actual: &Observed, expected: &Observed, context: &str) {
    assert_eq!(actual.volumes, expected.volumes, "volumes {context}");
    assert_eq!(actual.snapshots, expected.snapshots, "snapshots {context}");
    assert_eq!(actual.quotas, expected.quotas, "quotas {context}");
    assert_eq!(actual.images, expected.images, "image files {context}");
}

/// A catalogue with some state: volume `base` with snapshot `snap` (base reads pattern 1 in
/// its first MiB as of `snap`, pattern 2 now), and a second volume `other`.
fn seeded() -> TestEnv {
    let env = TestEnv::with_snapshotted_base();
    env.create_volume("other", "2");
    env
}

/// Fails `args` at every point of `flow`; after each, `observe` must equal its value before.
fn every_point_reverts(env: &TestEnv, flow: &Tasks, args: &str, observe: fn(&TestEnv) -> Observed) {
    let before = observe(env);
    for (idx, point) in flow.points() {
        fail_at(env, flow, args, idx, &point);
        assert_same(
            &observe(env),
            &before,
            &format!("after {args} failed at {point}"),
        );
    }
}

#[test]
fn create_volume_reverts_at_every_task() {
    let env = seeded();
    let args = "volume create new --size 3";
    every_point_reverts(&env, &CREATE_VOLUME, args, TestEnv::observe);
}

#[test]
fn create_volume_from_snapshot_reverts_at_every_task() {
    let env = seeded();
    let args = "volume create new --snapshot snap";
    every_point_reverts(&env, &CREATE_VOLUME, args, TestEnv::observe);
    let clone: Change<Volume> = env.json(&args.split(' ').collect::<Vec<_>>());
    assert!(clone.changed, "the clone succeeds once nothing fails");
    assert!(
        reads_pattern(&env.image_of("new"), 1, 0, MIB),
        "the clone reads the snapshot"
    );
}

#[test]
fn snapshot_create_reverts_at_every_task() {
    let env = seeded();
    let args = "volume snapshot base --name snap2";
    every_point_reverts(&env, &SNAPSHOT_CREATE, args, observe_restored);
    assert!(
        reads_pattern(&env.image_of("base"), 2, 0, MIB),
        "base keeps its data"
    );
}

#[test]
fn volume_extend_reverts_at_every_task() {
    let env = seeded();
    let args = "volume extend base --size 2";
    every_point_reverts(&env, &VOLUME_EXTEND, args, observe_restored);
}

#[test]
fn volume_revert_reverts_at_every_task() {
    let env = seeded();
    let args = "volume revert base --snapshot snap -y";
    let before = observe_restored(&env);
    let last = "DeleteRevertedImageTask:after";
    for (idx, point) in VOLUME_REVERT.points() {
        if point != last {
            fail_at(&env, &VOLUME_REVERT, args, idx, &point);
            let context = format!("after {args} failed at {point}");
            assert_same(&observe_restored(&env), &before, &context);
        }
    }
    assert!(
        reads_pattern(&env.image_of("base"), 2, 0, MIB),
        "base keeps its data"
    );
    // Once the previous image is deleted the revert cannot be undone: it stays done, and
    // the volume keeps the snapshot's data rather than pointing at a deleted image.
    fail_at(&env, &VOLUME_REVERT, args, 3, last);
    let (volumes, snapshots) = assert_consistent(&env);
    assert!(volumes.iter().all(|v| v.status == "available"));
    assert!(snapshots.iter().all(|s| s.status == "available"));
    assert!(
        reads_pattern(&env.image_of("base"), 1, 0, MIB),
        "base reads the snapshot's data"
    );
}

#[test]
fn volume_flatten_reverts_at_every_task() {
    let env = seeded();
    env.ok(&["volume", "clone", "--snapshot", "snap", "--name", "clone"]);
    every_point_reverts(
        &env,
        &VOLUME_FLATTEN,
        "volume flatten clone",
        observe_restored,
    );
    assert!(
        reads_pattern(&env.image_of("clone"), 1, 0, MIB),
        "the clone keeps its data"
    );
}

/// Where a failed delete leaves the resource. Before the backend task the delete is
/// reverted; from it on the data may be partly gone, so the resource is marked
/// `error_deleting` for a second delete to finish; once its row is gone it stays gone.
#[derive(Debug, PartialEq)]
enum Left {
    AsBefore,
    ErrorDeleting,
    Gone,
}

fn left_by_delete_failure(idx: usize, point: &str) -> Left {
    match idx {
        0 => Left::AsBefore,
        2 if point.ends_with(":after") => Left::Gone,
        // PurgeDeferredTask runs after the rows are gone.
        3.. => Left::Gone,
        _ => Left::ErrorDeleting,
    }
}

/// `blockctl ARGS -o json`, which must succeed, as a `Change<Deletion>`.
fn delete(env: &TestEnv, args: &str) -> Change<Deletion> {
    env.json(&args.split(' ').collect::<Vec<_>>())
}

#[test]
fn volume_delete_failures_revert_or_leave_error_deleting_for_a_second_delete() {
    let env = seeded();
    let baseline = env.observe();
    let args = "volume delete victim --cascade -y";
    for (idx, point) in VOLUME_DELETE.points() {
        let victim = env.create_volume("victim", "1");
        let snap: Change<Snapshot> =
            env.json(&["volume", "snapshot", "victim", "--name", "victim-snap"]);
        let deleted = Deletion {
            volumes: vec![victim.id],
            snapshots: vec![snap.value.id],
            flattened: vec![],
        };
        let staged = observe_restored(&env);
        fail_at(&env, &VOLUME_DELETE, args, idx, &point);
        let what = format!("after volume_delete failed at {point}");
        let left = left_by_delete_failure(idx, &point);
        if left == Left::ErrorDeleting {
            let volume: Volume = env.json(&["volume", "show", "victim"]);
            let snapshot: Snapshot = env.json(&["snapshot", "show", "victim-snap"]);
            let statuses = (volume.status.as_str(), snapshot.status.as_str());
            assert_eq!(statuses, ("error_deleting", "error_deleting"), "{what}");
        } else if left == Left::AsBefore {
            assert_same(&observe_restored(&env), &staged, &what);
        }
        if left == Left::Gone {
            let again = delete(&env, &format!("{args} --ignore-missing"));
            assert!(!again.changed, "the volume is already deleted {what}");
        } else {
            let second = delete(&env, args);
            assert!(
                second.changed && second.value == deleted,
                "second delete {what}"
            );
        }
        assert_same(&env.observe(), &baseline, &format!("once deleted, {what}"));
    }
}

#[test]
fn snapshot_delete_failures_revert_or_leave_error_deleting_for_a_second_delete() {
    let env = seeded();
    let args = "snapshot delete victim-snap -y";
    for (idx, point) in SNAPSHOT_DELETE.points() {
        let snap: Change<Snapshot> =
            env.json(&["volume", "snapshot", "base", "--name", "victim-snap"]);
        write_pattern(&env.image_of("base"), 3, MIB, MIB);
        let staged = observe_restored(&env);
        fail_at(&env, &SNAPSHOT_DELETE, args, idx, &point);
        let what = format!("after snapshot_delete failed at {point}");
        let left = left_by_delete_failure(idx, &point);
        if left == Left::ErrorDeleting {
            let snapshot: Snapshot = env.json(&["snapshot", "show", "victim-snap"]);
            assert_eq!(snapshot.status, "error_deleting", "{what}");
        } else if left == Left::AsBefore {
            assert_same(&observe_restored(&env), &staged, &what);
        }
        if left == Left::Gone {
            let again = delete(&env, &format!("{args} --ignore-missing"));
            assert!(!again.changed, "the snapshot is already deleted {what}");
        } else {
            let second = delete(&env, args);
            assert!(second.changed, "second delete {what}");
            assert_eq!(second.value.snapshots, [snap.value.id.as_str()], "{what}");
        }
        let (_, snapshots) = assert_consistent(&env);
        assert!(
            snapshots.iter().all(|s| s.id != snap.value.id),
            "deleted, {what}"
        );
        let image = env.image_of("base");
        let intact = reads_pattern(&image, 2, 0, MIB) && reads_pattern(&image, 3, MIB, MIB);
        assert!(
            intact,
            "base keeps its data (merged from the snapshot), {what}"
        );
    }
}

#[test]
fn volume_attach_reverts_at_every_task() {
    let env = TestEnv::new();
    env.create_volume("vol", "1");
    env.create_volume("other", "1");
    let before = env.observe();
    let args = "volume attach vol --host node1";
    for (idx, point) in VOLUME_ATTACH.points() {
        fail_at(&env, &VOLUME_ATTACH, args, idx, &point);
        let what = format!("after {args} failed at {point}");
        assert_same(&env.observe(), &before, &what);
        assert_detached(&env, "vol", &what);
        assert!(env.nbd_daemons().is_empty(), "qemu-nbd left, {what}");
        assert_consistent(&env);
    }
    let attachment = env.attach("vol", &["--host", "node1"]);
    assert_attached(&env, "vol", &[&attachment.id], "once nothing fails");
}

#[test]
fn a_failed_attach_of_a_second_host_leaves_the_first_attached_and_served() {
    let env = TestEnv::new();
    env.ok(&["volume", "create", "shared", "--size", "1", "--multiattach"]);
    let node1 = env.attach("shared", &["--host", "node1"]);
    let pid = assert_attached(&env, "shared", &[&node1.id], "node1 attached");
    let before = env.observe();
    let attachments_before = attachments_of(&env, "shared");
    let args = "volume attach shared --host node2";
    for (idx, point) in VOLUME_ATTACH.points() {
        fail_at(&env, &VOLUME_ATTACH, args, idx, &point);
        let what = format!("after {args} failed at {point}");
        assert_same(&env.observe(), &before, &what);
        let attachments = attachments_of(&env, "shared");
        assert_eq!(attachments, attachments_before, "node1 untouched, {what}");
        let same = assert_attached(&env, "shared", &[&node1.id], &what);
        assert_eq!(same, pid, "the same qemu-nbd serves node1, {what}");
        assert_consistent(&env);
    }
    let node2 = env.attach("shared", &["--host", "node2"]);
    let ids = [node1.id.as_str(), node2.id.as_str()];
    let same = assert_attached(&env, "shared", &ids, "once nothing fails");
    assert_eq!(same, pid, "node2 shares node1's export");
    assert_eq!(uri_of(&node2), uri_of(&node1));
}

/// Whether a detach failing at `point` has removed the volume's (only) export before it
/// failed: from `RemoveExportTask:after` on, the revert of `RemoveExportTask` (done) leaves
/// the attachment `error_detaching` and the volume `in-use`, for `detach --force`.
fn export_gone_by(point: &str) -> bool {
    [
        "RemoveExportTask:after",
        "AttachmentDeleteTask",
        "AttachmentDeleteTask:after",
    ]
    .contains(&point)
}

/// The one attachment of volume `name`: its id and attach_status.
fn only_attachment(env: &TestEnv, name: &str, what: &str) -> (String, String) {
    let attachments = attachments_of(env, name);
    assert_eq!(attachments.len(), 1, "{what}: {attachments:#?}");
    let a = &attachments[0];
    (a.id.clone(), a.attach_status.clone())
}

#[test]
fn volume_detach_failures_revert_or_leave_error_detaching_for_a_forced_detach() {
    let env = TestEnv::new();
    env.create_volume("vol", "1");
    let baseline = observe_restored(&env);
    let args = "volume detach vol --host node1";
    for (n, (idx, point)) in VOLUME_DETACH.points().into_iter().enumerate() {
        let attachment = env.attach("vol", &["--host", "node1"]);
        let pid = assert_attached(&env, "vol", &[&attachment.id], "attached");
        let uri = uri_of(&attachment);
        fail_at(&env, &VOLUME_DETACH, args, idx, &point);
        let what = format!("after {args} failed at {point}");
        if !export_gone_by(&point) {
            let same = assert_attached(&env, "vol", &[&attachment.id], &what);
            assert_eq!(same, pid, "the same qemu-nbd serves, {what}");
            assert_consistent(&env);
            let detached: Change<Volume> = env.json(&["volume", "detach", "vol"]);
            assert!(detached.changed, "a second detach, {what}");
        } else {
            let volume: Volume = env.json(&["volume", "show", "vol"]);
            let statuses = (volume.status.as_str(), volume.attach_status.as_str());
            assert_eq!(statuses, ("in-use", "attached"), "{what}");
            let left = only_attachment(&env, "vol", &what);
            assert_eq!(
                left,
                (attachment.id.clone(), "error_detaching".into()),
                "{what}"
            );
            let daemons = daemons_of(&env, &volume.id);
            assert!(daemons.is_empty(), "qemu-nbd {daemons:?} left, {what}");
            let files = pid_files(&env);
            assert!(files.is_empty(), "pid files {files:?} left, {what}");
            assert!(!nbd_serves(&uri), "{uri} still answers, {what}");
            assert_consistent(&env);
            // A plain detach refuses an attachment that is not attached...
            let stderr = env.fails(&["volume", "detach", "vol"], 5);
            assert!(stderr.contains("--force"), "{what}: {stderr}");
            let left = only_attachment(&env, "vol", &what);
            assert_eq!(left.1, "error_detaching", "after a refused detach, {what}");
            // ...and a forced one, by volume or by attachment, clears it.
            let forced: Change<Volume> = if n % 2 == 0 {
                env.json(&["volume", "detach", "vol", "--force"])
            } else {
                env.json(&["attachment", "delete", &attachment.id, "--force"])
            };
            assert!(forced.changed, "forced detach, {what}");
            assert_eq!(forced.value.status, "available", "forced detach, {what}");
        }
        let what = format!("once detached, {what}");
        assert_detached(&env, "vol", &what);
        assert!(!nbd_serves(&uri), "{uri} still answers, {what}");
        assert_consistent(&env);
        assert_same(&observe_restored(&env), &baseline, &what);
    }
}

/// A detach of node2 that fails anywhere never touches node1's attachment nor the export
/// they share, and node2 is attached again (its row re-recorded if it was already deleted:
/// the shared export never went away); a forced detach of node2 then leaves node1 as it was.
#[test]
fn a_failed_detach_of_one_host_leaves_the_other_attached_and_served() {
    let env = TestEnv::new();
    env.ok(&["volume", "create", "shared", "--size", "1", "--multiattach"]);
    let node1 = env.attach("shared", &["--host", "node1"]);
    let pid = assert_attached(&env, "shared", &[&node1.id], "node1 attached");
    let args = "volume detach shared --host node2";
    for (idx, point) in VOLUME_DETACH.points() {
        let node2 = env.attach("shared", &["--host", "node2"]);
        let ids = [node1.id.as_str(), node2.id.as_str()];
        let same = assert_attached(&env, "shared", &ids, "node1 and node2 attached");
        assert_eq!(same, pid, "node2 shares node1's export");
        fail_at(&env, &VOLUME_DETACH, args, idx, &point);
        let what = format!("after {args} failed at {point}");
        let shown: Attachment = env.json(&["attachment", "show", &node1.id]);
        assert_eq!(shown, node1, "node1 untouched, {what}");
        let node2_now: Attachment = env.json(&["attachment", "show", &node2.id]);
        assert_eq!(node2_now.attach_status, "attached", "node2, {what}");
        let volume: Volume = env.json(&["volume", "show", "shared"]);
        assert_eq!(volume.status, "in-use", "{what}");
        assert_eq!(daemons_of(&env, &volume.id), [pid], "qemu-nbd, {what}");
        assert!(nbd_serves(&uri_of(&node1)), "node1's URI answers, {what}");
        assert_consistent(&env);
        let args = ["volume", "detach", "shared", "--host", "node2", "--force"];
        let forced: Change<Volume> = env.json(&args);
        assert!(forced.changed, "forced detach of node2, {what}");
        let same = assert_attached(&env, "shared", &[&node1.id], &what);
        assert_eq!(same, pid, "the same qemu-nbd serves node1, {what}");
        assert_consistent(&env);
    }
}
