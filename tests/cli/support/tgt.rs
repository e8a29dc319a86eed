//! The test tgtd as `tgtadm` shows it, for the LVM attach tests of both test binaries.
//! `scripts/test.sh` starts the tgtd and exports `BLOCKCTL_TEST_TGT_CONTROL_PORT` and
//! `BLOCKCTL_TEST_TGT_PORTAL_PORT`; without them these helpers panic (never skip).

use std::process::{Command, Output};

fn port_var(name: &str) -> u16 {
    let value = std::env::var(name).unwrap_or_else(|_| {
        panic!(
            "{name} is not set: this test needs a tgtd \
             (scripts/test.sh starts one with scripts/tgtd.sh start DIR)"
        )
    });
    value
        .trim()
        .parse()
        .unwrap_or_else(|_| panic!("{name}={value}"))
}

pub fn control_port() -> u16 {
    port_var("BLOCKCTL_TEST_TGT_CONTROL_PORT")
}

pub fn portal_port() -> u16 {
    port_var("BLOCKCTL_TEST_TGT_PORTAL_PORT")
}

/// The backend options that export through the test tgtd.
pub fn options() -> Vec<(&'static str, String)> {
    vec![
        ("target_helper", "\"tgtadm\"".to_owned()),
        ("tgt_control_port", control_port().to_string()),
        ("target_port", portal_port().to_string()),
        ("target_ip_address", "\"127.0.0.1\"".to_owned()),
    ]
}

/// `tgtadm -C CONTROL --lld iscsi ARGS`.
fn tgtadm(control: u16, args: &[&str]) -> std::io::Result<Output> {
    Command::new("tgtadm")
        .args(["-C", &control.to_string(), "--lld", "iscsi"])
        .args(args)
        .output()
}

fn tgtadm_ok(args: &[&str]) -> String {
    let output = tgtadm(control_port(), args).expect("run tgtadm");
    assert!(
        output.status.success(),
        "tgtadm {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// One target of `tgtadm --op show --mode target`.
#[derive(Debug, Clone, PartialEq)]
pub struct Target {
    pub tid: String,
    pub iqn: String,
    /// The backing store path of each LUN but LUN 0 (tgtd's controller LUN).
    pub backing: Vec<String>,
}

pub fn targets() -> Vec<Target> {
    parse_targets(&tgtadm_ok(&["--op", "show", "--mode", "target"]))
}

fn parse_targets(shown: &str) -> Vec<Target> {
    let mut targets: Vec<Target> = Vec::new();
    for line in shown.lines() {
        if let Some((tid, iqn)) = line
            .strip_prefix("Target ")
            .and_then(|rest| rest.split_once(": "))
        {
            targets.push(Target {
                tid: tid.trim().to_owned(),
                iqn: iqn.trim().to_owned(),
                backing: Vec::new(),
            });
        } else if let Some(path) = line.trim().strip_prefix("Backing store path:")
            && let Some(target) = targets.last_mut()
        {
            let path = path.trim();
            if path != "None" {
                target.backing.push(path.to_owned());
            }
        }
    }
    targets
}

/// Whether a target exports the volume `volume_id` (its IQN ends in `volume-<id>`).
fn exports(target: &Target, volume_id: &str) -> bool {
    target.iqn.ends_with(&format!("volume-{volume_id}"))
}

/// The targets exporting the volume `volume_id`.
pub fn targets_of(volume_id: &str) -> Vec<Target> {
    targets()
        .into_iter()
        .filter(|t| exports(t, volume_id))
        .collect()
}

/// The CHAP accounts tgtd has.
pub fn accounts() -> Vec<String> {
    tgtadm_ok(&["--op", "show", "--mode", "account"])
        .lines()
        .skip_while(|l| !l.starts_with("Account list:"))
        .skip(1)
        .map(|l| l.trim().trim_end_matches(" (outgoing)").to_owned())
        .filter(|l| !l.is_empty())
        .collect()
}

/// The CHAP user blockctl gives a volume's export (README: derived from its id).
pub fn user_of(volume_id: &str) -> String {
    format!("blk{}", volume_id.replace('-', ""))
}

/// When dropped, removes whatever is left in the shared tgtd for a volume (a failed test
/// must not leave targets behind for the others). It never panics.
pub struct Cleanup {
    control: u16,
    volume_id: String,
}

impl Cleanup {
    pub fn new(volume_id: &str) -> Cleanup {
        Cleanup {
            control: control_port(),
            volume_id: volume_id.to_owned(),
        }
    }
}

impl Drop for Cleanup {
    fn drop(&mut self) {
        let Ok(shown) = tgtadm(self.control, &["--op", "show", "--mode", "target"]) else {
            return;
        };
        let shown = String::from_utf8_lossy(&shown.stdout);
        for target in parse_targets(&shown) {
            if exports(&target, &self.volume_id) {
                let _ = tgtadm(
                    self.control,
                    &[
                        "--op",
                        "delete",
                        "--mode",
                        "target",
                        "--tid",
                        &target.tid,
                        "--force",
                    ],
                );
            }
        }
        let user = user_of(&self.volume_id);
        let _ = tgtadm(
            self.control,
            &["--op", "delete", "--mode", "account", "--user", &user],
        );
    }
}
