//! Dynamic completion (`COMPLETE=$SHELL blockctl -- …`): resource references come from the
//! catalogue, with descriptions where the shell shows them, and a busy or missing catalogue
//! yields no candidates rather than an error or a wait.

use std::process::Command;
use std::time::{Duration, Instant};

use crate::support::*;

/// What `shell` would be offered for the last word of `line` (`blockctl …`).
fn complete(env: &TestEnv, shell: &str, line: &[&str]) -> (Vec<String>, String) {
    let mut cmd = Command::new(assert_cmd::cargo::cargo_bin("blockctl"));
    cmd.env("COMPLETE", shell)
        .env("BLOCKCTL_STATE_DIR", &env.state)
        .env("_CLAP_COMPLETE_INDEX", (line.len() - 1).to_string())
        .arg("--")
        .args(line);
    let output = cmd.output().expect("blockctl completion");
    assert!(output.status.success(), "{shell} {line:?}: {output:?}");
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    let separator = if shell == "bash" { '\u{b}' } else { '\n' };
    let words = stdout
        .split(['\n', separator])
        .filter(|w| !w.is_empty() && !w.starts_with("--"))
        .map(str::to_owned)
        .collect();
    (words, stderr)
}

fn values(words: &[String], split: char) -> Vec<String> {
    words
        .iter()
        .map(|w| w.split(split).next().unwrap_or_default().to_owned())
        .collect()
}

#[test]
fn references_complete_from_the_catalogue_in_bash_zsh_and_fish() {
    let env = TestEnv::new();
    let db1 = env.create_volume("db1", "1");
    let web = env.create_volume("web", "2");
    env.ok(&["volume", "snapshot", "db1", "--name", "nightly"]);
    let backup: Change<Backup> = env.json(&["volume", "backup", "web", "--name", "weekly"]);
    let attachment = env.attach("db1", &["--host", "node1"]);

    let (bash, stderr) = complete(&env, "bash", &["blockctl", "volume", "show", ""]);
    assert!(stderr.is_empty(), "{stderr}");
    assert_eq!(bash, ["db1", "web", &db1.id, &web.id]);
    let (fish, _) = complete(&env, "fish", &["blockctl", "volume", "show", ""]);
    assert!(fish.contains(&"db1\t1 GiB, in-use".to_owned()), "{fish:?}");
    assert!(
        fish.contains(&"web\t2 GiB, available".to_owned()),
        "{fish:?}"
    );
    let (zsh, _) = complete(&env, "zsh", &["blockctl", "volume", "show", ""]);
    assert!(zsh.contains(&"db1:1 GiB, in-use".to_owned()), "{zsh:?}");

    // The typed prefix narrows them.
    let (narrowed, _) = complete(&env, "bash", &["blockctl", "volume", "delete", "w"]);
    assert_eq!(narrowed, ["web"]);
    // Options taking references complete too.
    let (source, _) = complete(
        &env,
        "bash",
        &["blockctl", "volume", "clone", "--snapshot", ""],
    );
    assert_eq!(values(&source, '\t')[0], "nightly");
    let (backups, _) = complete(&env, "fish", &["blockctl", "backup", "restore", ""]);
    assert_eq!(
        backups,
        [
            "weekly\tof web, available, full".to_owned(),
            format!("{}\tof web, available, full", backup.value.id)
        ]
    );
    let (attachments, _) = complete(&env, "fish", &["blockctl", "attachment", "show", ""]);
    assert_eq!(attachments, [format!("{}\tof db1 on node1", attachment.id)]);
    env.ok(&["volume", "detach", "db1"]);
}

#[test]
fn a_busy_or_missing_catalogue_gives_no_candidates_and_no_error() {
    let env = TestEnv::new();
    let (none, stderr) = complete(&env, "bash", &["blockctl", "volume", "show", ""]);
    assert!(none.is_empty() && stderr.is_empty(), "{none:?} {stderr}");

    env.create_volume("db1", "1");
    // Another process holds the catalogue exclusively (no shared WAL reads).
    let holder = rusqlite::Connection::open(env.state.join("catalogue.sqlite")).unwrap();
    holder
        .pragma_update(None, "locking_mode", "EXCLUSIVE")
        .unwrap();
    holder
        .execute_batch("BEGIN EXCLUSIVE; UPDATE volumes SET description = 'x';")
        .unwrap();
    let started = Instant::now();
    let (busy, stderr) = complete(&env, "bash", &["blockctl", "volume", "show", ""]);
    assert!(busy.is_empty() && stderr.is_empty(), "{busy:?} {stderr}");
    // Generous: the completion waits milliseconds, but the test machine may be loaded.
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
    holder.execute_batch("ROLLBACK").unwrap();
    drop(holder);
    let (back, _) = complete(&env, "bash", &["blockctl", "volume", "show", ""]);
    assert_eq!(back[0], "db1");
}
