//! Prompts on a real terminal (tmux panes): choosing a resource a verb was not given, and
//! confirming a destructive verb with what it destroys listed. Off a terminal there is never
//! a prompt.

use std::process::Command;
use std::time::Duration;

use crate::crash::poll_until;
use crate::support::*;

/// A private tmux server running one command in a pane.
struct Pane {
    socket: String,
}

impl Pane {
    /// Runs `blockctl ARGS` in a new pane; the pane prints `EXIT=<code>` when it ends.
    fn start(env: &TestEnv, args: &str) -> Pane {
        let socket = format!("blockctl-test-{}", uuid::Uuid::new_v4());
        let bin = assert_cmd::cargo::cargo_bin("blockctl");
        let script = format!(
            "env BLOCKCTL_STATE_DIR='{}' XDG_CONFIG_HOME='{}' NO_COLOR=1 '{}' {args}; \
             echo EXIT=$?; sleep 60",
            env.state.display(),
            env.dir.path().join("config").display(),
            bin.display()
        );
        let status = Command::new("tmux")
            .args([
                "-L",
                &socket,
                "new-session",
                "-d",
                "-x",
                "150",
                "-y",
                "50",
                &script,
            ])
            .env_remove("TMUX")
            .status()
            .expect("tmux (Debian package tmux)");
        assert!(status.success());
        Pane { socket }
    }

    fn screen(&self) -> String {
        let output = Command::new("tmux")
            .args(["-L", &self.socket, "capture-pane", "-p", "-J"])
            .output()
            .expect("tmux capture-pane");
        String::from_utf8_lossy(&output.stdout).into_owned()
    }

    fn wait_for(&self, text: &str) -> String {
        poll_until(
            &format!("'{text}' on the terminal"),
            Duration::from_secs(20),
            || self.screen().contains(text),
        );
        self.screen()
    }

    fn keys(&self, keys: &[&str]) {
        let mut args = vec!["-L", &self.socket, "send-keys"];
        args.extend(keys);
        assert!(Command::new("tmux").args(&args).status().unwrap().success());
    }
}

impl Drop for Pane {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .args(["-L", &self.socket, "kill-server"])
            .status();
    }
}

#[test]
fn a_verb_without_its_volume_lets_the_operator_choose_one() {
    let env = TestEnv::new();
    env.create_volume("db1", "1");
    let web = env.create_volume("web", "2");
    let pane = Pane::start(&env, "volume show -c id -c name");
    let screen = pane.wait_for("Which volume?");
    assert!(screen.contains("db1  (1 GiB, available)"), "{screen}");
    assert!(screen.contains("web  (2 GiB, available)"), "{screen}");
    pane.keys(&["we"]);
    pane.keys(&["Enter"]);
    let screen = pane.wait_for("EXIT=");
    assert!(screen.contains(&web.id), "{screen}");
    assert!(screen.contains("EXIT=0"), "{screen}");

    // Esc: nothing chosen, nothing done, exit 2.
    let pane = Pane::start(&env, "backup create --name b1");
    pane.wait_for("Which volume?");
    pane.keys(&["Escape"]);
    let screen = pane.wait_for("EXIT=");
    assert!(
        screen.contains("nothing chosen; nothing changed"),
        "{screen}"
    );
    assert!(screen.contains("EXIT=2"), "{screen}");
    assert!(env.json::<Vec<Backup>>(&["backup", "list"]).is_empty());

    // Off a terminal: no prompt, a usage error.
    let stderr = env.fails(&["volume", "show"], 2);
    assert!(stderr.contains("name the volume"), "{stderr}");
}

#[test]
fn a_cascade_delete_confirmation_lists_what_goes_and_no_keeps_everything() {
    let env = TestEnv::new();
    let db1 = env.create_volume("db1", "1");
    env.ok(&["volume", "snapshot", "db1", "--name", "nightly"]);
    let pane = Pane::start(&env, "volume delete db1 --cascade");
    let screen = pane.wait_for("Delete these, with their data?");
    assert!(
        screen.contains(&format!("volume db1 ({}, 1 GiB)", db1.id)),
        "{screen}"
    );
    assert!(screen.contains("snapshot nightly"), "{screen}");
    pane.keys(&["n"]);
    pane.keys(&["Enter"]);
    let screen = pane.wait_for("EXIT=");
    assert!(screen.contains("EXIT=2"), "{screen}");
    assert_eq!(env.json::<Vec<Volume>>(&["volume", "list"]).len(), 1);

    let pane = Pane::start(&env, "volume delete db1 --cascade");
    pane.wait_for("Delete these, with their data?");
    pane.keys(&["y"]);
    pane.keys(&["Enter"]);
    let screen = pane.wait_for("EXIT=");
    assert!(screen.contains("EXIT=0"), "{screen}");
    assert!(env.json::<Vec<Volume>>(&["volume", "list"]).is_empty());
    assert!(env.images().is_empty());
}
