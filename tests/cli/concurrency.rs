//! Eight concurrent blockctl processes against one catalogue end with no error, no lost row
//! and exact quota usage; on one volume they serialise on its lock.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::{Command, Output};

use crate::crash::assert_consistent;
use crate::support::{Change, Flow, Snapshot, TestEnv, Volume, reads_pattern, write_pattern};

const WORKERS: usize = 8;
const ROUNDS: usize = 5;
const MIB: u64 = 1 << 20;

/// One command a worker ran (`blockctl ARGS`, split on spaces), kept for the report.
struct Ran {
    args: String,
    output: Output,
}

impl Ran {
    fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.output.stderr)
            .trim()
            .to_owned()
    }
    fn json<T: serde::de::DeserializeOwned>(&self) -> T {
        let stdout = String::from_utf8_lossy(&self.output.stdout);
        serde_json::from_str(&stdout)
            .unwrap_or_else(|e| panic!("blockctl {}: bad JSON ({e}): {stdout}", self.args))
    }
}

/// Runs `commands(i)` in each of `WORKERS` threads at once; returns every command run.
fn in_parallel(env: &TestEnv, commands: impl Fn(usize) -> Vec<String> + Sync) -> Vec<Ran> {
    let worker = |i| {
        let run = |args: String| {
            let output = env
                .cmd()
                .args(args.split(' '))
                .output()
                .expect("run blockctl");
            Ran { args, output }
        };
        commands(i).into_iter().map(run).collect::<Vec<_>>()
    };
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..WORKERS)
            .map(|i| scope.spawn(move || worker(i)))
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().expect("worker thread"))
            .collect()
    })
}

/// Every command exited 0.
fn assert_all_succeeded(runs: &[Ran]) {
    let failed: Vec<String> = runs
        .iter()
        .filter(|r| !r.output.status.success())
        .map(|r| {
            format!(
                "blockctl {} -> {:?}: {}",
                r.args,
                r.output.status.code(),
                r.stderr()
            )
        })
        .collect();
    let report = failed.join("\n");
    assert!(
        failed.is_empty(),
        "{} of {} failed:\n{report}",
        failed.len(),
        runs.len()
    );
}

/// No command warned (of interrupted flows): nothing was interrupted.
fn assert_no_warning(runs: &[Ran]) {
    let warned: Vec<String> = runs
        .iter()
        .filter(|r| r.stderr().contains("warning"))
        .map(|r| format!("blockctl {}: {}", r.args, r.stderr()))
        .collect();
    let report = warned.join("\n");
    assert!(
        warned.is_empty(),
        "{} of {} warned:\n{report}",
        warned.len(),
        runs.len()
    );
}

#[test]
fn eight_processes_creating_snapshotting_and_deleting_lose_nothing() {
    let env = TestEnv::new();
    env.ok(&[
        "quota",
        "set",
        "--volumes",
        "1000",
        "--gigabytes",
        "10000",
        "--snapshots",
        "1000",
    ]);
    let size = |w: usize, r: usize| 1 + (w + r) % 3;
    // Round r of worker w: create w<w>-r<r>, snapshot it, then delete the volume (even
    // rounds), delete the snapshot (round 1) or keep both (round 3).
    let runs = in_parallel(&env, |w| {
        let mut commands = Vec::new();
        for r in 0..ROUNDS {
            let name = format!("w{w}-r{r}");
            commands.push(format!("volume create {name} --size {}", size(w, r)));
            commands.push(format!("volume snapshot {name} --name {name}-snap"));
            match r {
                1 => commands.push(format!("snapshot delete {name}-snap -y")),
                3 => {}
                _ => commands.push(format!("volume delete {name} --cascade -y")),
            }
        }
        commands
    });
    assert_eq!(runs.len(), WORKERS * (2 * ROUNDS + 4));
    assert_all_succeeded(&runs);

    let (volumes, snapshots) = assert_consistent(&env);
    let expected: BTreeSet<(String, u64)> = (0..WORKERS)
        .flat_map(|w| [1, 3].map(|r| (format!("w{w}-r{r}"), size(w, r) as u64)))
        .collect();
    let actual: BTreeSet<(String, u64)> =
        volumes.iter().map(|v| (v.name.clone(), v.size)).collect();
    assert_eq!(actual, expected, "volumes left (name, size)");
    assert!(
        volumes.iter().all(|v| v.status == "available"),
        "{volumes:#?}"
    );
    let expected: BTreeSet<String> = (0..WORKERS).map(|w| format!("w{w}-r3-snap")).collect();
    let actual: BTreeSet<String> = snapshots.iter().map(|s| s.name.clone()).collect();
    assert_eq!(actual, expected, "snapshots left");
    assert!(
        snapshots.iter().all(|s| s.status == "available"),
        "{snapshots:#?}"
    );
    let unfinished: Vec<Flow> = env.json(&["flow", "list", "--unfinished"]);
    assert!(
        unfinished.is_empty(),
        "no flow was interrupted: {unfinished:#?}"
    );
    assert_no_warning(&runs);
}

/// The file names of an image's backing chain, the image first.
fn backing_chain(image: &Path) -> Vec<String> {
    let mut info = Command::new("qemu-img");
    let output = info
        .args(["info", "-U", "--backing-chain", "--output=json"])
        .arg(image)
        .output();
    let output = output.expect("qemu-img info");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "qemu-img info --backing-chain: {stderr}"
    );
    let chain: Vec<serde_json::Value> = serde_json::from_slice(&output.stdout).expect("json");
    let name = |info: &serde_json::Value| {
        let path = Path::new(info["filename"].as_str().expect("filename"));
        path.file_name()
            .expect("file name")
            .to_string_lossy()
            .into_owned()
    };
    chain.iter().map(name).collect()
}

#[test]
fn eight_processes_snapshotting_one_volume_serialise_into_one_chain() {
    let env = TestEnv::new();
    let volume = env.create_volume("shared", "1");
    let image = env
        .volumes_dir()
        .join(volume.provider_location.expect("image"));
    write_pattern(&image, 7, 0, MIB);
    let runs = in_parallel(&env, |i| {
        vec![format!("volume snapshot shared --name s{i} -o json")]
    });
    assert_all_succeeded(&runs);
    assert_no_warning(&runs);
    assert!(runs.iter().all(|r| r.json::<Change<Snapshot>>().changed));

    let (volumes, _) = assert_consistent(&env);
    let shared = volumes.iter().find(|v| v.name == "shared").expect("shared");
    assert_eq!(shared.status, "available");
    // Oldest first, in the order the volume lock let them through.
    let snapshots: Vec<Snapshot> = env.json(&["snapshot", "list", "--volume", "shared"]);
    let names: BTreeSet<String> = snapshots.iter().map(|s| s.name.clone()).collect();
    assert_eq!(names, (0..WORKERS).map(|i| format!("s{i}")).collect());
    assert!(
        snapshots.iter().all(|s| s.status == "available"),
        "{snapshots:#?}"
    );

    let location = shared.provider_location.clone().expect("location");
    let image = env.volumes_dir().join(&location);
    let frozen = snapshots
        .iter()
        .rev()
        .map(|s| s.provider_location.clone().expect("image"));
    let expected: Vec<String> = std::iter::once(location).chain(frozen).collect();
    let chain = backing_chain(&image);
    assert_eq!(
        chain, expected,
        "the volume's image, then each snapshot's, newest first"
    );
    assert!(
        reads_pattern(&image, 7, 0, MIB),
        "the volume reads its data through the chain"
    );
}

#[test]
fn eight_processes_creating_one_name_if_not_exists_create_it_once() {
    let env = TestEnv::new();
    env.ok(&["quota", "show"]); // the catalogue exists (a fresh one is the next test's matter)
    let create = "volume create same --size 1 --if-not-exists -o json";
    let runs = in_parallel(&env, |_| vec![create.to_owned()]);
    assert_all_succeeded(&runs);
    let changes: Vec<Change<Volume>> = runs.iter().map(Ran::json).collect();
    let created = changes.iter().filter(|c| c.changed).count();
    assert_eq!(created, 1, "exactly one process created it");
    let ids: BTreeSet<&str> = changes.iter().map(|c| c.value.id.as_str()).collect();
    assert_eq!(
        ids.len(),
        1,
        "every process reports the same volume: {ids:?}"
    );

    let (volumes, _) = assert_consistent(&env);
    let rows: Vec<_> = volumes
        .iter()
        .map(|v| (v.id.as_str(), v.name.as_str(), &v.status))
        .collect();
    let id = *ids.first().expect("id");
    assert_eq!(rows, [(id, "same", &"available".to_owned())], "the one row");
}

#[test]
fn eight_processes_opening_a_fresh_catalogue_all_succeed() {
    let env = TestEnv::new();
    let runs = in_parallel(&env, |i| vec![format!("volume create fresh{i} --size 1")]);
    assert_all_succeeded(&runs);
    let (volumes, _) = assert_consistent(&env);
    assert_eq!(volumes.len(), WORKERS, "{volumes:#?}");
}

/// A command that needs a volume another blockctl process is working on says it is waiting
/// for the lock, then goes ahead once the lock is free (here: its holder is killed).
#[test]
fn a_command_waiting_for_a_volume_lock_says_so_then_proceeds() {
    let env = TestEnv::new();
    env.create_volume("db1", "1");
    let marker = env.dir.path().join("holding");
    let mut holder = Command::new(assert_cmd::cargo::cargo_bin("blockctl"))
        .args(["volume", "snapshot", "db1", "--name", "held"])
        .env("BLOCKCTL_STATE_DIR", &env.state)
        .env("XDG_CONFIG_HOME", env.dir.path().join("config"))
        .env("__BLOCKCTL_TEST_HANG_AT", "ExtractSnapshotRequestTask")
        .env("__BLOCKCTL_TEST_HANG_MARKER", &marker)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while !marker.exists() {
        if std::time::Instant::now() > deadline {
            let _ = holder.kill();
            let _ = holder.wait();
            panic!("the lock holder never reached its hang point");
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    let waiter = env.spawn(&["volume", "extend", "db1", "--size", "2"]);
    std::thread::sleep(std::time::Duration::from_millis(500));
    holder.kill().unwrap();
    holder.wait().unwrap();
    let output = waiter.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    assert!(
        stderr.contains("waiting for the lock on volume-"),
        "{stderr}"
    );
    let volume: Volume = env.json(&["volume", "show", "db1"]);
    assert_eq!(volume.size, 2);
}
