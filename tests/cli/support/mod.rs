//! `TestEnv`: a private state directory and config home per test, the real `blockctl`
//! binary (built with `fault-injection`), real qemu-img.

pub mod json;
pub mod lvm;
pub mod tgt;

use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;
use serde::de::DeserializeOwned;
use tempfile::TempDir;

pub use json::*;

pub struct TestEnv {
    pub dir: TempDir,
    pub state: PathBuf,
    /// A configuration file passed as `$BLOCKCTL_CONFIG`, if any.
    pub config: Option<PathBuf>,
}

/// Everything an operator could observe of the catalogue and the backend: used to prove
/// that a failed command "changed nothing".
#[derive(Debug, PartialEq)]
pub struct Observed {
    pub volumes: Vec<Volume>,
    pub snapshots: Vec<Snapshot>,
    pub quotas: Vec<Quota>,
    pub images: Vec<String>,
}

impl TestEnv {
    pub fn new() -> TestEnv {
        let dir = tempfile::tempdir().expect("temp dir");
        let state = dir.path().join("state");
        TestEnv {
            dir,
            state,
            config: None,
        }
    }

    /// A fresh env whose configuration is `toml` (the RBD tests use it).
    #[cfg_attr(not(feature = "rbd"), allow(dead_code))]
    pub fn with_config(toml: &str) -> TestEnv {
        let mut env = TestEnv::new();
        let path = env.dir.path().join("blockctl.toml");
        std::fs::write(&path, toml).expect("write config");
        env.config = Some(path);
        env
    }

    /// `blockctl` with this env's state dir, no user configuration and no fault injection.
    pub fn cmd(&self) -> Command {
        let mut cmd = Command::cargo_bin("blockctl").expect("blockctl binary");
        cmd.env("BLOCKCTL_STATE_DIR", &self.state)
            .env("XDG_CONFIG_HOME", self.dir.path().join("config"))
            .env_remove("BLOCKCTL_CONFIG")
            .env_remove("__BLOCKCTL_TEST_FAIL_AT")
            .env_remove("__BLOCKCTL_TEST_HANG_AT")
            .env_remove("BLOCKCTL_LOG")
            .env("NO_COLOR", "1")
            .timeout(std::time::Duration::from_secs(120));
        if let Some(config) = &self.config {
            cmd.env("BLOCKCTL_CONFIG", config);
        }
        cmd
    }

    /// Starts `blockctl ARGS` in the background (stdout discarded, stderr captured), with
    /// this env's state dir and configuration.
    pub fn spawn(&self, args: &[&str]) -> std::process::Child {
        let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("blockctl"));
        cmd.args(args)
            .env("BLOCKCTL_STATE_DIR", &self.state)
            .env("XDG_CONFIG_HOME", self.dir.path().join("config"))
            .env_remove("BLOCKCTL_CONFIG")
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped());
        if let Some(config) = &self.config {
            cmd.env("BLOCKCTL_CONFIG", config);
        }
        cmd.spawn().expect("spawn blockctl")
    }

    pub fn run(&self, args: &[&str]) -> Output {
        self.cmd().args(args).output().expect("run blockctl")
    }

    /// Runs a command that must succeed; returns its stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let output = self.run(args);
        assert!(
            output.status.success(),
            "blockctl {args:?} failed ({:?}):\n{}",
            output.status.code(),
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).expect("utf-8 stdout")
    }

    /// Runs a command with `-o json` that must succeed, and parses its output.
    pub fn json<T: DeserializeOwned>(&self, args: &[&str]) -> T {
        let mut all = args.to_vec();
        all.extend(["-o", "json"]);
        let stdout = self.ok(&all);
        serde_json::from_str(&stdout)
            .unwrap_or_else(|e| panic!("blockctl {args:?}: bad JSON ({e}):\n{stdout}"))
    }

    /// Runs a command that must fail with `code`; returns its stderr.
    pub fn fails(&self, args: &[&str], code: i32) -> String {
        let output = self.run(args);
        let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
        assert_eq!(
            output.status.code(),
            Some(code),
            "blockctl {args:?}: expected exit {code}\nstdout:\n{}\nstderr:\n{stderr}",
            String::from_utf8_lossy(&output.stdout)
        );
        stderr
    }

    pub fn volumes_dir(&self) -> PathBuf {
        self.state.join("volumes")
    }

    /// The image files in the default volume directory, sorted.
    pub fn images(&self) -> Vec<String> {
        list_images(&self.volumes_dir())
    }

    pub fn create_volume(&self, name: &str, size: &str) -> Volume {
        let change: Change<Volume> = self.json(&["volume", "create", name, "--size", size]);
        assert!(change.changed);
        change.value
    }

    pub fn observe(&self) -> Observed {
        Observed {
            volumes: self.json(&["volume", "list"]),
            snapshots: self.json(&["snapshot", "list"]),
            quotas: self.json(&["quota", "show"]),
            images: self.images(),
        }
    }

    /// The quota line for `resource`.
    pub fn quota(&self, resource: &str) -> Quota {
        let quotas: Vec<Quota> = self.json(&["quota", "show"]);
        quotas
            .into_iter()
            .find(|q| q.resource == resource)
            .expect("quota resource")
    }

    /// The path of a volume's writable image.
    pub fn image_of(&self, volume: &str) -> PathBuf {
        let volume: Volume = self.json(&["volume", "show", volume]);
        self.volumes_dir()
            .join(volume.provider_location.expect("image"))
    }

    /// A fresh env with volume `base` (1 GiB) and its snapshot `snap`: `base` reads pattern
    /// 1 in its first MiB as of `snap`, and pattern 2 now.
    pub fn with_snapshotted_base() -> TestEnv {
        let env = TestEnv::new();
        env.create_volume("base", "1");
        write_pattern(&env.image_of("base"), 1, 0, 1 << 20);
        env.ok(&["volume", "snapshot", "base", "--name", "snap"]);
        write_pattern(&env.image_of("base"), 2, 0, 1 << 20);
        env
    }

    /// `qemu-img info` of an image in the volume directory.
    pub fn image_info(&self, location: &str) -> serde_json::Value {
        let path = self.volumes_dir().join(location);
        let output = std::process::Command::new("qemu-img")
            .args(["info", "-U", "--output=json"])
            .arg(&path)
            .output()
            .expect("qemu-img");
        assert!(output.status.success(), "qemu-img info {}", path.display());
        serde_json::from_slice(&output.stdout).expect("qemu-img json")
    }
}

impl TestEnv {
    /// `volume attach VOLUME ARGS… -o json`, which must succeed and change something.
    pub fn attach(&self, volume: &str, args: &[&str]) -> Attachment {
        let mut all = vec!["volume", "attach", volume];
        all.extend(args);
        let change: Change<Attachment> = self.json(&all);
        assert!(change.changed, "attach {volume} {args:?} changed nothing");
        change.value
    }

    /// The pids of the live qemu-nbd daemons serving images of this env's state dir.
    pub fn nbd_daemons(&self) -> Vec<u32> {
        let state = self.state.to_string_lossy().into_owned();
        qemu_nbd_daemons()
            .into_iter()
            .filter(|(_, cmdline)| cmdline.contains(&state))
            .map(|(pid, _)| pid)
            .collect()
    }
}

/// Every live (not zombie) qemu-nbd: (pid, command line joined with spaces).
pub fn qemu_nbd_daemons() -> Vec<(u32, String)> {
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    entries
        .filter_map(|e| e.ok()?.file_name().to_str()?.parse::<u32>().ok())
        .filter_map(|pid| {
            let cmdline = std::fs::read(format!("/proc/{pid}/cmdline")).ok()?;
            let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
            let zombie = stat
                .rsplit_once(") ")
                .is_some_and(|(_, r)| r.starts_with('Z'));
            let args: Vec<String> = cmdline
                .split(|b| *b == 0)
                .map(|a| String::from_utf8_lossy(a).into_owned())
                .collect();
            let is_nbd = args.first().is_some_and(|a| a.ends_with("qemu-nbd"));
            (is_nbd && !zombie).then(|| (pid, args.join(" ")))
        })
        .collect()
}

impl Drop for TestEnv {
    /// A failed test may leave exports behind: stop this env's qemu-nbd daemons.
    fn drop(&mut self) {
        for pid in self.nbd_daemons() {
            let _ = std::process::Command::new("kill")
                .args(["-KILL", &pid.to_string()])
                .status();
        }
    }
}

pub fn list_images(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = match std::fs::read_dir(dir) {
        Ok(entries) => entries
            .map(|e| {
                e.expect("dir entry")
                    .file_name()
                    .to_string_lossy()
                    .into_owned()
            })
            .filter(|n| n.ends_with(".qcow2"))
            .collect(),
        Err(_) => Vec::new(),
    };
    names.sort();
    names
}

/// Writes `len` bytes of `pattern` at `offset` into a qcow2 image with qemu-io.
pub fn write_pattern(image: &Path, pattern: u8, offset: u64, len: u64) {
    let status = std::process::Command::new("qemu-io")
        .args(["-f", "qcow2", "-c"])
        .arg(format!("write -P {pattern} {offset} {len}"))
        .arg(image)
        .stdout(std::process::Stdio::null())
        .status()
        .expect("qemu-io");
    assert!(status.success(), "qemu-io write into {}", image.display());
}

/// Whether `len` bytes at `offset` of the image read as `pattern` (qemu-io read -P).
pub fn reads_pattern(image: &Path, pattern: u8, offset: u64, len: u64) -> bool {
    let output = std::process::Command::new("qemu-io")
        .args(["-f", "qcow2", "-r", "-U", "-c"])
        .arg(format!("read -P {pattern} {offset} {len}"))
        .arg(image)
        .output()
        .expect("qemu-io");
    output.status.success()
        && !String::from_utf8_lossy(&output.stdout).contains("Pattern verification failed")
}

/// Sends SIGINT (Ctrl-C) to a running blockctl and waits: its exit code and stderr.
pub fn interrupt(child: std::process::Child) -> (Option<i32>, String) {
    let sent = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .expect("kill");
    assert!(sent.success(), "kill -INT {}", child.id());
    let output = child.wait_with_output().expect("wait for blockctl");
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}
