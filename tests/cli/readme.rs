//! The README's usage examples run, in order, on the zero-config default (a private state
//! directory), each exiting 0.

use std::path::Path;
use std::process::Command;

use crate::support::TestEnv;

/// The command lines of the first ```sh block after `## Usage`, without comments.
fn usage_lines() -> Vec<String> {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
        .expect("README.md");
    let usage = readme.split("## Usage").nth(1).expect("a Usage section");
    let block = usage
        .split("```sh")
        .nth(1)
        .expect("a sh block")
        .split("```")
        .next()
        .unwrap();
    block
        .lines()
        .map(|line| line.split("  #").next().unwrap().trim().to_owned())
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .collect()
}

#[test]
fn readme_usage_examples_run() {
    let env = TestEnv::new();
    let lines = usage_lines();
    assert!(lines.len() >= 15, "{lines:?}");
    let bin = assert_cmd::cargo::cargo_bin("blockctl");
    let path = format!(
        "{}:{}",
        bin.parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    for line in &lines {
        // The examples are shell lines (pipes, $(...)): run each with bash, as an operator.
        let output = Command::new("bash")
            .args(["-o", "pipefail", "-c", line])
            .current_dir(env.dir.path())
            .env("PATH", &path)
            .env("BLOCKCTL_STATE_DIR", &env.state)
            .env("XDG_CONFIG_HOME", env.dir.path().join("config"))
            .env_remove("BLOCKCTL_CONFIG")
            .output()
            .expect("run bash");
        assert!(
            output.status.success(),
            "README example failed: {line}\n{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    assert!(
        env.images().is_empty(),
        "the examples clean up after themselves"
    );
    assert!(
        env.nbd_daemons().is_empty(),
        "an NBD export outlived detach"
    );
}
