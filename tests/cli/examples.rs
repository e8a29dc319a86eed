//! The examples/ scripts run for real: the cron backup rotation over simulated weeks.

use std::path::Path;
use std::process::Command;

use crate::support::*;

/// Runs `examples/cron-backup-rotation.sh ARGS` as cron would, on `day` (1-7).
fn cron_run(env: &TestEnv, day: u32, args: &[&str]) -> String {
    let bin = assert_cmd::cargo::cargo_bin("blockctl");
    let path = format!(
        "{}:{}",
        bin.parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/cron-backup-rotation.sh");
    let output = Command::new(script)
        .args(args)
        .env("PATH", path)
        .env("BACKUP_DAY", day.to_string())
        .env("BLOCKCTL_STATE_DIR", &env.state)
        .env("XDG_CONFIG_HOME", env.dir.path().join("config"))
        .env_remove("BLOCKCTL_CONFIG")
        .output()
        .expect("run the cron example");
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(
        output.status.success(),
        "cron run on day {day} failed ({:?}):\n{stdout}\n{}",
        output.status.code(),
        String::from_utf8_lossy(&output.stderr)
    );
    stdout
}

#[test]
fn cron_rotation_keeps_the_newest_full_chains_and_they_restore() {
    let env = TestEnv::new();
    env.create_volume("db1", "1");
    env.create_volume("db2", "1");
    env.ok(&["quota", "set", "--backups", "-1"]);
    // Eleven nights from a Sunday: fulls on days 0 and 7, incrementals in between.
    let days = [7, 1, 2, 3, 4, 5, 6, 7, 1, 2, 3];
    for (night, day) in days.iter().enumerate() {
        write_pattern(
            &env.image_of("db1"),
            night as u8 + 1,
            (night as u64) << 20,
            1 << 20,
        );
        let log = cron_run(&env, *day, &["--keep", "1", "db1", "db2"]);
        let kind = if *day == 7 { "full" } else { "incremental" };
        assert!(log.contains(&format!("({kind},")), "night {night}: {log}");
    }
    let backups: Vec<Backup> = env.json(&["backup", "list", "--volume", "db1"]);
    // Kept: the second Sunday's full and the three incrementals after it.
    assert_eq!(backups.len(), 4, "{backups:#?}");
    assert!(!backups[0].is_incremental);
    assert!(backups[1..].iter().all(|b| b.is_incremental));
    for pair in backups.windows(2) {
        assert_eq!(pair[1].parent_id.as_deref(), Some(pair[0].id.as_str()));
    }
    assert_eq!(
        env.json::<Vec<Backup>>(&["backup", "list", "--volume", "db2"])
            .len(),
        4
    );
    let quota = env.quota("backups");
    assert_eq!((quota.in_use, quota.reserved), (8, 0));

    // The newest backup is the volume as it is now.
    let newest = backups.last().unwrap();
    env.ok(&["backup", "verify", &newest.id]);
    env.ok(&["backup", "restore", &newest.id, "--name", "check"]);
    for night in 0..days.len() as u64 {
        assert!(
            reads_pattern(
                &env.image_of("check"),
                night as u8 + 1,
                night << 20,
                1 << 20
            ),
            "night {night}"
        );
    }
}

#[test]
fn cron_rotation_fails_loudly_under_strict() {
    let env = TestEnv::new();
    env.create_volume("db1", "1");
    cron_run(&env, 7, &["db1"]);
    // An interrupted flow makes blockctl warn; under --strict the cron run fails (exit 8).
    crate::crash::hang(&env, "volume extend db1 --size 2", "ExtendVolumeTask");
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/cron-backup-rotation.sh");
    let bin = assert_cmd::cargo::cargo_bin("blockctl");
    let output = Command::new(script)
        .arg("db1")
        .env(
            "PATH",
            format!(
                "{}:{}",
                bin.parent().unwrap().display(),
                std::env::var("PATH").unwrap_or_default()
            ),
        )
        .env("BACKUP_DAY", "1")
        .env("BLOCKCTL_STATE_DIR", &env.state)
        .env("XDG_CONFIG_HOME", env.dir.path().join("config"))
        .env_remove("BLOCKCTL_CONFIG")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(8));
    assert!(String::from_utf8_lossy(&output.stderr).contains("interrupted flow"));
}

/// The Ansible example, run twice with ansible-playbook (installed from PyPI by
/// scripts/test.sh): the first run changes three tasks, the second none.
#[test]
fn ansible_playbook_is_idempotent_through_blockctls_json() {
    let playbook = std::env::var("BLOCKCTL_TEST_ANSIBLE_PLAYBOOK").expect(
        "BLOCKCTL_TEST_ANSIBLE_PLAYBOOK is not set: scripts/test.sh installs ansible-core \
         into a venv and points it at ansible-playbook",
    );
    let python = Path::new(&playbook).with_file_name("python");
    let env = TestEnv::new();
    let bin = assert_cmd::cargo::cargo_bin("blockctl");
    let run = || {
        let output = Command::new(&playbook)
            .args(["-i", "localhost,", "-c", "local", "-e"])
            .arg(format!("ansible_python_interpreter={}", python.display()))
            .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/ansible/volumes.yml"))
            .env(
                "PATH",
                format!(
                    "{}:{}",
                    bin.parent().unwrap().display(),
                    std::env::var("PATH").unwrap_or_default()
                ),
            )
            .env("BLOCKCTL_STATE_DIR", &env.state)
            .env("XDG_CONFIG_HOME", env.dir.path().join("config"))
            .env_remove("BLOCKCTL_CONFIG")
            .env("ANSIBLE_HOME", env.dir.path().join("ansible"))
            .env("ANSIBLE_LOCAL_TEMP", env.dir.path().join("ansible-tmp"))
            .env("ANSIBLE_NOCOLOR", "1")
            .output()
            .expect("run ansible-playbook");
        let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
        assert!(
            output.status.success(),
            "ansible-playbook failed:\n{stdout}\n{}",
            String::from_utf8_lossy(&output.stderr)
        );
        stdout
    };
    let first = run();
    assert!(first.contains("ok=4    changed=3 "), "{first}");
    assert!(
        first.contains("nbd://"),
        "the debug task prints db2's export: {first}"
    );
    let second = run();
    assert!(second.contains("ok=4    changed=0 "), "{second}");
    let volumes: Vec<Volume> = env.json(&["volume", "list"]);
    let names: Vec<&str> = volumes.iter().map(|v| v.name.as_str()).collect();
    assert_eq!(names, ["db1", "db2"]);
    assert_eq!(env.json::<Vec<Snapshot>>(&["snapshot", "list"]).len(), 1);
    assert_eq!(
        env.json::<Vec<Attachment>>(&["attachment", "list"]).len(),
        1
    );
    env.ok(&["volume", "detach", "db2"]);
}
