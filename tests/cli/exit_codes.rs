//! One test per documented exit code (README "Exit codes"; 130 is covered by the Ctrl-C
//! tests), and bad input: every refusal exits with its code, prints one `error:` line
//! naming the problem, and changes nothing an operator could observe.

use std::process::Stdio;
use std::time::Duration;

use assert_cmd::Command;

use crate::support::{Change, Snapshot, TestEnv};

fn argv(line: &str) -> Vec<&str> {
    line.split_whitespace().collect()
}

/// Runs `cmd` (labelled `line` in messages), which must exit with `code`, say `phrase` in
/// its one `error:` line (domain errors print nothing else; clap adds a usage hint), and
/// change nothing. Returns its stderr.
fn refused_by(env: &TestEnv, cmd: &mut Command, line: &str, code: i32, phrase: &str) -> String {
    let before = env.observe();
    let output = cmd.output().expect("run blockctl");
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(output.status.code(), Some(code), "{line}:\n{stderr}");
    let errors: Vec<_> = stderr
        .lines()
        .filter(|l| l.starts_with("error: "))
        .collect();
    assert_eq!(errors.len(), 1, "{line}: one error line:\n{stderr}");
    assert!(
        errors[0].contains(phrase),
        "{line}: no '{phrase}' in:\n{stderr}"
    );
    if !stderr.contains("For more information, try '--help'") {
        assert_eq!(stderr.lines().count(), 1, "{line}: one line:\n{stderr}");
    }
    assert_eq!(env.observe(), before, "{line}: changed something");
    stderr
}

fn refused(env: &TestEnv, args: &[&str], code: i32, phrase: &str) -> String {
    refused_by(env, env.cmd().args(args), &args.join(" "), code, phrase)
}

/// `refused`, with the command line given as one whitespace-separated string.
fn refused_line(env: &TestEnv, line: &str, code: i32, phrase: &str) -> String {
    refused(env, &argv(line), code, phrase)
}

fn snapshot(env: &TestEnv, volume: &str, name: &str) -> Snapshot {
    let change: Change<Snapshot> = env.json(&["volume", "snapshot", volume, "--name", name]);
    change.value
}

#[test]
fn success_exits_0() {
    let env = TestEnv::new();
    for line in [
        "volume create db1 --size 1",
        "volume list",
        "volume create db1 --size 1 --if-not-exists",
        "volume delete nope --ignore-missing --yes",
        "completions bash",
    ] {
        let output = env.run(&argv(line));
        assert_eq!(output.status.code(), Some(0), "{line}");
        assert!(!output.stdout.is_empty(), "{line}: prints its result");
    }
}

#[test]
fn a_closed_stdout_exits_0_without_an_error() {
    let env = TestEnv::new();
    let (reader, writer) = std::io::pipe().expect("pipe");
    drop(reader); // every write to stdout now fails with EPIPE
    let output = std::process::Command::new(env.cmd().get_program())
        .args(["config", "show"])
        .env("BLOCKCTL_STATE_DIR", &env.state)
        .env("XDG_CONFIG_HOME", env.dir.path().join("config"))
        .env_remove("BLOCKCTL_CONFIG")
        .stdin(Stdio::null())
        .stdout(writer)
        .stderr(Stdio::piped())
        .output()
        .expect("run blockctl");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert!(
        !stderr.contains("error"),
        "a reader that went away is not an error:\n{stderr}"
    );
}

#[test]
fn usage_errors_exit_2() {
    let env = TestEnv::new();
    env.create_volume("db1", "2");
    for (line, phrase) in [
        ("volume frobnicate", "unrecognized subcommand 'frobnicate'"),
        ("volume create db2", "required arguments were not provided"),
        (
            "volume create db2 --snapshot s --source db1",
            "cannot be used with",
        ),
        ("volume list -o yaml", "invalid value 'yaml'"),
        ("quota set", "needs at least one of --volumes"),
        ("quota set --volumes=-5", "invalid quota -5 for volumes"),
        (
            "volume clone --source db1 --name c --size 1",
            "the source holds 2 GiB",
        ),
    ] {
        refused_line(&env, line, 2, phrase);
    }
}

#[test]
fn bad_sizes_exit_2_and_change_nothing() {
    let env = TestEnv::new();
    env.create_volume("db1", "1");
    snapshot(&env, "db1", "s1");
    for size in ["0", "-1", "10Q", "1e30", "1.5G", "99999999999999999999"] {
        let phrase = format!("invalid size '{size}'");
        let flag = format!("--size={size}");
        refused(&env, &["volume", "create", "db2", &flag], 2, &phrase);
        refused(&env, &["volume", "extend", "db1", &flag], 2, &phrase);
        refused(
            &env,
            &["volume", "clone", "--snapshot", "s1", "--name", "c", &flag],
            2,
            &phrase,
        );
    }
    refused_line(
        &env,
        "volume create db2 --size 0",
        2,
        "a volume must be at least 1 GiB",
    );
    // Without `=`, clap reads `-1` as an option and refuses it.
    refused_line(
        &env,
        "volume create db2 --size -1",
        2,
        "unexpected argument '-1'",
    );
}

#[test]
fn names_like_paths_ids_or_options_exit_2() {
    let env = TestEnv::new();
    env.create_volume("db1", "1");
    let cases = [
        ("a/b", "it contains a path separator"),
        ("../x", "it contains a path separator"),
        ("..", "it is a path component"),
        (
            "0c6e1a9e-4b5c-4a9b-9d7e-1f2a3b4c5d6e",
            "it looks like an id",
        ),
    ];
    for (name, reason) in cases {
        let phrase = format!("invalid volume name '{name}': {reason}");
        refused(&env, &["volume", "create", name, "--size", "1"], 2, &phrase);
        refused(&env, &["volume", "set", "db1", "--name", name], 2, &phrase);
        let phrase = format!("invalid snapshot name '{name}': {reason}");
        refused(
            &env,
            &["volume", "snapshot", "db1", "--name", name],
            2,
            &phrase,
        );
    }
    let starts_with_dash = "invalid volume name '-x': it starts with '-'";
    refused_line(
        &env,
        "volume clone --source db1 --name=-x",
        2,
        starts_with_dash,
    );
    refused_line(&env, "volume create --size 1 -- -x", 2, starts_with_dash);
    refused_line(
        &env,
        "volume create -x --size 1",
        2,
        "unexpected argument '-x'",
    );
}

#[test]
fn unknown_references_exit_3() {
    let env = TestEnv::new();
    let volume = env.create_volume("db1", "1");
    snapshot(&env, "db1", "s1");
    let no_volume = "no volume with id or name 'nope'";
    let no_snapshot = "no snapshot with id or name 'nope'";
    for (line, phrase) in [
        ("volume show nope", no_volume),
        ("volume extend nope --size 2", no_volume),
        ("volume delete nope --yes", no_volume),
        ("volume clone --source nope --name c", no_volume),
        ("volume snapshot nope --name s2", no_volume),
        ("snapshot show nope", no_snapshot),
        ("snapshot delete nope --yes", no_snapshot),
        ("volume clone --snapshot nope --name c", no_snapshot),
        ("volume revert db1 --snapshot nope --yes", no_snapshot),
        ("flow show nope", "no flow with id 'nope'"),
        (
            "volume show ffffffff",
            "no volume with id or name 'ffffffff'",
        ),
    ] {
        refused_line(&env, line, 3, phrase);
    }
    // A prefix shorter than 4 characters is not taken as a prefix.
    let short = &volume.id[..3];
    let phrase = format!("no volume with id or name '{short}'");
    refused(&env, &["volume", "show", short], 3, &phrase);
}

#[test]
fn ambiguous_references_exit_4_listing_the_candidates() {
    let env = TestEnv::new();
    env.create_volume("db1", "1");
    env.create_volume("db2", "1");
    let first = snapshot(&env, "db1", "daily");
    let second = snapshot(&env, "db2", "daily");
    let ambiguous = "snapshot reference 'daily' is ambiguous";
    for line in [
        "snapshot show daily",
        "snapshot delete daily --yes",
        "volume clone --snapshot daily --name c",
    ] {
        let stderr = refused_line(&env, line, 4, ambiguous);
        for candidate in [&first, &second] {
            let listed = format!("{} (daily)", candidate.id);
            assert!(
                stderr.contains(&listed),
                "{line}: lists {listed}:\n{stderr}"
            );
        }
    }
}

#[test]
fn a_volume_with_snapshots_needs_cascade_exit_5() {
    let env = TestEnv::new();
    env.create_volume("db1", "1");
    snapshot(&env, "db1", "s1");
    let phrase = "volume db1 has 1 snapshot(s) (s1): delete them first or use --cascade";
    refused_line(&env, "volume delete db1 --yes", 5, phrase);
}

#[test]
fn a_taken_name_exits_5() {
    let env = TestEnv::new();
    env.create_volume("db1", "1");
    env.create_volume("db2", "1");
    snapshot(&env, "db1", "s1");
    let taken = "a volume named 'db1' already exists";
    for (line, phrase) in [
        ("volume create db1 --size 1", taken),
        ("volume clone --source db2 --name db1", taken),
        ("volume set db2 --name db1", taken),
        (
            "volume snapshot db1 --name s1",
            "volume db1 already has a snapshot named 's1'",
        ),
    ] {
        refused_line(&env, line, 5, phrase);
    }
}

#[test]
fn reverting_to_an_older_snapshot_exits_5() {
    let env = TestEnv::new();
    env.create_volume("db1", "1");
    snapshot(&env, "db1", "s1");
    snapshot(&env, "db1", "s2");
    let phrase = "only the latest snapshot (s2) can be reverted to";
    refused_line(&env, "volume revert db1 --snapshot s1 --yes", 5, phrase);
}

#[test]
fn a_snapshot_with_a_dependent_clone_exits_5() {
    let env = TestEnv::new();
    env.create_volume("db1", "1");
    snapshot(&env, "db1", "s1");
    env.ok(&argv("volume clone --snapshot s1 --name c1"));
    let phrase = "snapshot s1 has dependent clone(s) c1";
    refused_line(&env, "snapshot delete s1 --yes", 5, phrase);
    let phrase = "its snapshot s1 has dependent clone(s) c1";
    refused_line(&env, "volume delete db1 --cascade --yes", 5, phrase);
}

#[test]
fn quota_exceeded_exits_6() {
    let env = TestEnv::new();
    env.ok(&argv("quota set --volumes 1"));
    env.create_volume("db1", "1");
    let phrase = "quota exceeded for volumes: requested 1, but 1 in use";
    refused_line(&env, "volume create db2 --size 1", 6, phrase);
    refused_line(&env, "volume clone --source db1 --name c", 6, phrase);

    env.ok(&argv("quota set --volumes=-1 --gigabytes 2 --snapshots 0"));
    let phrase = "quota exceeded for gigabytes: requested 2";
    refused_line(&env, "volume create db2 --size 2", 6, phrase);
    let phrase = "quota exceeded for snapshots";
    refused_line(&env, "volume snapshot db1 --name s1", 6, phrase);
}

#[test]
fn a_missing_qemu_img_exits_7_naming_the_package() {
    let env = TestEnv::new();
    env.create_volume("db1", "1");
    let empty = tempfile::tempdir().expect("empty PATH dir");
    let phrase =
        "qemu-img is not installed: the file backend needs it (apt-get install qemu-utils)";
    for line in [
        "volume create db2 --size 1",
        "volume snapshot db1 --name s1",
    ] {
        let mut cmd = env.cmd();
        cmd.env("PATH", empty.path()).args(argv(line));
        refused_by(&env, &mut cmd, line, 7, phrase);
    }
}

#[test]
fn a_failing_qemu_img_exits_7() {
    let env = TestEnv::new();
    let volume = env.create_volume("db1", "1");
    let image = env.volumes_dir().join(volume.provider_location.unwrap());
    std::fs::write(&image, "not a qcow2 image").expect("clobber the image");
    let phrase = "qemu-img exited with 1";
    refused_line(&env, "volume snapshot db1 --name s1", 7, phrase);
    refused_line(&env, "volume clone --source db1 --name c", 7, phrase);
}

/// A refused extend reverts its flow: the volume is left exactly as it was.
#[test]
fn a_refused_extend_leaves_the_volume_as_it_was() {
    let env = TestEnv::new();
    let volume = env.create_volume("db1", "1");
    let image = env.volumes_dir().join(volume.provider_location.unwrap());
    std::fs::write(&image, "not a qcow2 image").expect("clobber the image");
    refused_line(
        &env,
        "volume extend db1 --size 2",
        7,
        "qemu-img exited with 1",
    );
    env.ok(&argv("quota set --gigabytes 2"));
    refused_line(
        &env,
        "volume extend db1 --size 3",
        6,
        "quota exceeded for gigabytes",
    );
}

#[test]
fn extending_to_a_smaller_size_exits_2() {
    let env = TestEnv::new();
    env.create_volume("db1", "2");
    let phrase = "cannot extend volume db1 to 1 GiB: it already has 2 GiB (volumes only grow)";
    refused_line(&env, "volume extend db1 --size 1", 2, phrase);
}

#[test]
fn destructive_verbs_without_yes_exit_2_off_a_terminal() {
    let env = TestEnv::new();
    env.create_volume("db1", "1");
    snapshot(&env, "db1", "s1");
    for line in [
        "volume delete db1",
        "volume delete db1 --cascade",
        "snapshot delete s1",
        "volume revert db1 --snapshot s1",
    ] {
        // assert_cmd gives the child an open pipe as stdin (not a terminal): a prompt
        // reading it would block until this timeout kills it.
        let mut cmd = env.cmd();
        cmd.timeout(Duration::from_secs(30)).args(argv(line));
        refused_by(&env, &mut cmd, line, 2, "needs confirmation: pass --yes");
    }
}

/// `--strict` (cron): a command that printed a warning still does its work, then exits 8;
/// a command without warnings exits 0 as usual.
#[test]
fn strict_turns_a_warning_into_exit_8() {
    let env = TestEnv::new();
    env.create_volume("db1", "1");
    env.ok(&["volume", "list", "--strict"]);
    crate::crash::hang(&env, "volume extend db1 --size 2", "ExtendVolumeTask");
    // Every command now warns about the interrupted flow.
    let plain = env.run(&["volume", "list", "-o", "value", "-c", "name"]);
    assert_eq!(plain.status.code(), Some(0));
    let strict = env.run(&["volume", "list", "-o", "value", "-c", "name", "--strict"]);
    assert_eq!(strict.status.code(), Some(8));
    assert_eq!(
        String::from_utf8_lossy(&strict.stdout),
        "db1\n",
        "the list is printed"
    );
    let stderr = String::from_utf8_lossy(&strict.stderr);
    assert!(stderr.contains("interrupted flow"), "{stderr}");
    assert!(stderr.contains("--strict"), "{stderr}");
    let quiet = env.run(&["volume", "list", "-q", "--strict"]);
    assert_eq!(
        quiet.status.code(),
        Some(8),
        "-q does not hide a warning from --strict"
    );
    env.ok(&["flow", "recover"]);
    env.ok(&["volume", "list", "--strict"]);
}
