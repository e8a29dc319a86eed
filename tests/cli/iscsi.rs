//! Attach over iSCSI: RBD volumes exported by the private tgtd through its rbd backing
//! store (`scripts/tgtd.sh` starts it; `BLOCKCTL_TEST_TGT_CONTROL_PORT` and
//! `BLOCKCTL_TEST_TGT_PORTAL_PORT` say where), checked from the protocol side with
//! libiscsi's user-space initiator (`iscsi-readcapacity16`, `iscsi-inq`, `iscsi-perf`) and
//! from the target side with `tgtadm`. Also RBD-direct connection info (no export).
//! Built with the `rbd` feature only; without the variables these tests fail, never skip.

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use serde_json::{Value, json};

use crate::crash::{blockctl, poll_until};
use crate::rbd::{RbdEnv, image_exists, rbd_env};
use crate::support::{Attachment, Change, Flow, FlowRecovered, TestEnv, Volume};

const GIB: u64 = 1 << 30;
const PREFIX: &str = "iqn.2010-10.org.openstack:";

fn port_var(name: &str) -> u16 {
    let value = std::env::var(name).unwrap_or_else(|_| {
        panic!(
            "{name} is not set: the iSCSI tests need a tgtd \
             (scripts/test.sh starts one with scripts/tgtd.sh start DIR)"
        )
    });
    value
        .trim()
        .parse()
        .unwrap_or_else(|_| panic!("{name}={value}"))
}

fn control_port() -> u16 {
    port_var("BLOCKCTL_TEST_TGT_CONTROL_PORT")
}

fn portal_port() -> u16 {
    port_var("BLOCKCTL_TEST_TGT_PORTAL_PORT")
}

/// An initiator name (IQN) for a host of these tests.
fn initiator(host: &str) -> String {
    format!("iqn.2024-01.org.blockctl-test:{host}")
}

// ---------------------------------------------------------------------------------------
// tgtd as tgtadm shows it

/// One target of `tgtadm --op show --mode target`.
#[derive(Debug, Default, Clone, PartialEq)]
struct Target {
    tid: u32,
    iqn: String,
    sessions: usize,
    /// (LUN, backing store path)
    luns: Vec<(u32, String)>,
    accounts: Vec<String>,
    acl: Vec<String>,
}

/// `tgtadm -C CONTROL --lld iscsi ARGS`, which must succeed.
fn tgtadm(args: &[&str]) -> String {
    let output = Command::new("tgtadm")
        .args(["-C", &control_port().to_string(), "--lld", "iscsi"])
        .args(args)
        .output()
        .expect("run tgtadm");
    assert!(
        output.status.success(),
        "tgtadm {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn targets() -> Vec<Target> {
    let text = tgtadm(&["--op", "show", "--mode", "target"]);
    let mut targets: Vec<Target> = Vec::new();
    let mut section = String::new();
    for line in text.lines() {
        if let Some((tid, iqn)) = line
            .strip_prefix("Target ")
            .and_then(|rest| rest.split_once(": "))
        {
            targets.push(Target {
                tid: tid.trim().parse().expect("tid"),
                iqn: iqn.trim().to_owned(),
                ..Target::default()
            });
            continue;
        }
        let Some(target) = targets.last_mut() else {
            continue;
        };
        let trimmed = line.trim();
        let depth = line.len() - line.trim_start().len();
        if depth == 4 {
            section = trimmed.to_owned();
            continue;
        }
        match section.as_str() {
            "I_T nexus information:" if trimmed.starts_with("I_T nexus:") => target.sessions += 1,
            "LUN information:" => {
                if let Some(lun) = trimmed.strip_prefix("LUN: ") {
                    target.luns.push((lun.parse().expect("lun"), String::new()));
                } else if let Some(path) = trimmed.strip_prefix("Backing store path:")
                    && let Some(last) = target.luns.last_mut()
                {
                    last.1 = path.trim().to_owned();
                }
            }
            "Account information:" if depth == 8 && !trimmed.is_empty() => target
                .accounts
                .push(trimmed.trim_end_matches(" (outgoing)").to_owned()),
            "ACL information:" if depth == 8 && !trimmed.is_empty() => {
                target.acl.push(trimmed.to_owned())
            }
            _ => {}
        }
    }
    targets
}

/// The targets named `iqn` (one at most when all is well).
fn targets_named(iqn: &str) -> Vec<Target> {
    targets().into_iter().filter(|t| t.iqn == iqn).collect()
}

fn target(iqn: &str) -> Option<Target> {
    let mut found = targets_named(iqn);
    assert!(found.len() <= 1, "several targets named {iqn}: {found:?}");
    found.pop()
}

/// The CHAP accounts tgtd knows.
fn accounts() -> Vec<String> {
    tgtadm(&["--op", "show", "--mode", "account"])
        .lines()
        .skip_while(|l| !l.starts_with("Account list:"))
        .skip(1)
        .map(|l| l.trim().trim_end_matches(" (outgoing)").to_owned())
        .filter(|l| !l.is_empty())
        .collect()
}

fn iqn_of(volume: &Volume) -> String {
    format!("{PREFIX}volume-{}", volume.id)
}

// ---------------------------------------------------------------------------------------
// The initiator side

/// An iSCSI connection_info's data, checked for shape.
#[derive(Debug, Clone)]
struct Iscsi {
    portal: String,
    iqn: String,
    lun: u64,
    user: String,
    password: String,
}

impl Iscsi {
    fn of(attachment: &Attachment) -> Iscsi {
        let info = attachment
            .connection_info
            .as_ref()
            .expect("connection info");
        assert_eq!(info.driver_volume_type, "iscsi", "{info:?}");
        let text = |key: &str| {
            info.data[key]
                .as_str()
                .unwrap_or_else(|| panic!("{key} in {info:?}"))
                .to_owned()
        };
        Iscsi {
            portal: text("target_portal"),
            iqn: text("target_iqn"),
            lun: info.data["target_lun"].as_u64().expect("target_lun"),
            user: text("auth_username"),
            password: text("auth_password"),
        }
    }

    fn url_with(&self, password: &str) -> String {
        format!(
            "iscsi://{}%{}@{}/{}/{}",
            self.user, password, self.portal, self.iqn, self.lun
        )
    }

    fn url(&self) -> String {
        self.url_with(&self.password)
    }
}

/// Runs a libiscsi tool as `initiator` against `url`: its stdout, or (failure) what it said.
fn libiscsi(tool: &str, initiator: &str, url: &str) -> Result<String, String> {
    let output = Command::new("timeout")
        .args(["60", tool, "-i", initiator, url])
        .output()
        .unwrap_or_else(|e| panic!("run {tool} (libiscsi-bin): {e}"));
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    if output.status.success() {
        Ok(stdout)
    } else {
        Err(format!(
            "{tool} exited {:?}: {stdout}{}",
            output.status.code(),
            String::from_utf8_lossy(&output.stderr)
        ))
    }
}

/// `iscsi-readcapacity16`'s "Total size" (bytes), or why the initiator got none.
fn read_capacity(initiator: &str, url: &str) -> Result<u64, String> {
    let stdout = libiscsi("iscsi-readcapacity16", initiator, url)?;
    stdout
        .lines()
        .find_map(|l| l.strip_prefix("Total size:"))
        .map(|size| size.trim().parse().expect("size"))
        .ok_or_else(|| format!("no Total size in: {stdout}"))
}

/// Asserts that `initiator` cannot read `url`, and that the target said `why`.
fn refused(initiator: &str, url: &str, why: &str) {
    match read_capacity(initiator, url) {
        Ok(size) => panic!("{initiator} read {size} bytes from {url}"),
        Err(said) => assert!(said.contains(why), "{initiator} on {url}: {said}"),
    }
}

// ---------------------------------------------------------------------------------------
// The env

/// An [`RbdEnv`] whose backend exports over iSCSI through the test tgtd. When dropped it
/// recovers interrupted flows, force-detaches what is attached and removes by hand any
/// target or CHAP account left for its volumes, so no test leaves tgtd state behind; then
/// [`RbdEnv`] deletes the volumes.
struct IscsiEnv(RbdEnv);

impl std::ops::Deref for IscsiEnv {
    type Target = RbdEnv;
    fn deref(&self) -> &RbdEnv {
        &self.0
    }
}

impl Drop for IscsiEnv {
    fn drop(&mut self) {
        let _ = self.run(&["flow", "recover"]);
        let listed = self.run(&["attachment", "list", "-o", "value", "-c", "id"]);
        for id in String::from_utf8_lossy(&listed.stdout).split_whitespace() {
            let _ = self.run(&["attachment", "delete", id, "--force"]);
        }
        let listed = self.run(&["volume", "list", "-o", "value", "-c", "id"]);
        let ids = String::from_utf8_lossy(&listed.stdout).into_owned();
        let tgt = |args: &[&str]| {
            Command::new("tgtadm")
                .args(["-C", &control_port().to_string(), "--lld", "iscsi"])
                .args(args)
                .output()
        };
        let Ok(shown) = tgt(&["--op", "show", "--mode", "target"]) else {
            return;
        };
        let shown = String::from_utf8_lossy(&shown.stdout).into_owned();
        for id in ids.split_whitespace() {
            for line in shown.lines() {
                if let Some((tid, iqn)) = line
                    .strip_prefix("Target ")
                    .and_then(|rest| rest.split_once(": "))
                    && iqn.ends_with(&format!("volume-{id}"))
                {
                    let _ = tgt(&[
                        "--op", "delete", "--mode", "target", "--tid", tid, "--force",
                    ]);
                }
            }
            let user = format!("blk{}", id.replace('-', ""));
            let _ = tgt(&["--op", "delete", "--mode", "account", "--user", &user]);
        }
    }
}

fn tgt_options(prefix: Option<&str>) -> String {
    let mut options = format!(
        "target_helper = \"tgtadm\"\n\
         tgt_control_port = {}\n\
         target_port = {}\n\
         target_ip_address = \"127.0.0.1\"\n",
        control_port(),
        portal_port()
    );
    if let Some(prefix) = prefix {
        options.push_str(&format!("target_prefix = \"{prefix}\"\n"));
    }
    options
}

fn iscsi_env() -> IscsiEnv {
    IscsiEnv(rbd_env(&tgt_options(None)))
}

fn volume(env: &TestEnv, name: &str) -> Volume {
    env.json(&["volume", "show", name])
}

fn attachments(env: &TestEnv) -> Vec<Attachment> {
    env.json(&["attachment", "list"])
}

/// The volume is `available`/`detached`, with no attachment anywhere.
fn assert_detached(env: &TestEnv, name: &str) {
    let volume = volume(env, name);
    assert_eq!(
        (volume.status.as_str(), volume.attach_status.as_str()),
        ("available", "detached"),
        "{volume:?}"
    );
    assert!(volume.attachments.is_empty(), "{volume:?}");
    let left = attachments(env);
    assert!(left.is_empty(), "{left:?}");
}

/// The volume is `in-use` with `count` attachments.
fn assert_in_use(env: &TestEnv, name: &str, count: usize, what: &str) {
    let volume = volume(env, name);
    assert_eq!(
        (volume.status.as_str(), volume.attachments.len()),
        ("in-use", count),
        "{what}: {volume:?}"
    );
}

fn create_multiattach(env: &TestEnv, name: &str) -> Volume {
    let change: Change<Volume> =
        env.json(&["volume", "create", name, "--size", "1G", "--multiattach"]);
    assert!(change.value.multiattach);
    change.value
}

/// Runs `args` with `__BLOCKCTL_TEST_FAIL_AT=point`: it must exit 7 with the injected
/// failure. Returns stderr.
fn fails_at(env: &TestEnv, args: &[&str], point: &str) -> String {
    let output = env
        .cmd()
        .args(args)
        .env("__BLOCKCTL_TEST_FAIL_AT", point)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(output.status.code(), Some(7), "{point}: {stderr}");
    let task = point.trim_end_matches(":after");
    assert!(
        stderr.contains(&format!("injected failure at {task}")),
        "{point}: {stderr}"
    );
    stderr
}

/// Neither a target for `volume` nor its CHAP account is left in tgtd.
fn assert_no_export(volume: &Volume, user: &str) {
    let iqn = iqn_of(volume);
    assert_eq!(target(&iqn), None, "target {iqn} is still in tgtd");
    let accounts = accounts();
    assert!(
        !accounts.iter().any(|a| a == user),
        "CHAP account {user} is still in tgtd: {accounts:?}"
    );
}

/// The CHAP user tgtd has for a volume the product exported (README: derived from its id).
fn user_of(volume: &Volume) -> String {
    format!("blk{}", volume.id.replace('-', ""))
}

// ---------------------------------------------------------------------------------------
// Tests

#[test]
fn iscsi_attach_serves_the_volume_to_its_initiator_only_with_chap_and_detach_removes_it() {
    let env = iscsi_env();
    let volume = env.create_volume("db1", "1G");
    let node1 = initiator("node1");
    let attachment = env.attach("db1", &["--host", "node1", "--initiator", &node1]);
    assert_eq!(attachment.attach_status, "attached");
    let lun = Iscsi::of(&attachment);

    // The connection_info contract (docs/json.md), with the secrets it carries.
    let data = &attachment.connection_info.as_ref().unwrap().data;
    let password = data["auth_password"].as_str().unwrap();
    assert_eq!(password.len(), 20, "{data:?}");
    assert!(
        password.chars().all(|c| c.is_ascii_alphanumeric()),
        "{data:?}"
    );
    // Derived from the volume id (README), which the other tests rely on to find it.
    assert_eq!(lun.user, user_of(&volume));
    assert_eq!(
        Value::Object(data.clone()),
        json!({
            "target_portal": format!("127.0.0.1:{}", portal_port()),
            "target_iqn": iqn_of(&volume),
            "target_lun": 1,
            "target_discovered": false,
            "auth_method": "CHAP",
            "auth_username": lun.user,
            "auth_password": password,
            "encrypted": false,
            "discard": false,
            "volume_id": volume.id,
            "access_mode": "rw",
        })
    );

    // tgtd's side: one target, the RBD image as LUN 1, the account bound, the ACL.
    let exported = target(&lun.iqn).expect("the volume's target in tgtd");
    let image = format!("volumes/{}", volume.provider_location.clone().unwrap());
    assert!(
        exported
            .luns
            .iter()
            .any(|(n, path)| *n == 1 && *path == image),
        "{exported:?}"
    );
    assert_eq!(exported.accounts, vec![lun.user.clone()]);
    assert_eq!(exported.acl, vec![node1.clone()]);
    assert!(accounts().contains(&lun.user));

    // A real initiator: the right one with the right secret reads the volume...
    assert_eq!(read_capacity(&node1, &lun.url()), Ok(GIB));
    let inquiry = libiscsi("iscsi-inq", &node1, &lun.url()).expect("iscsi-inq");
    assert!(inquiry.contains("Product:VIRTUAL-DISK"), "{inquiry}");
    // ...a wrong password, no password or another initiator do not.
    refused(
        &node1,
        &lun.url_with("wrongwrongwrongwrong"),
        "Authentication failure",
    );
    let anonymous = format!("iscsi://{}/{}/1", lun.portal, lun.iqn);
    refused(&node1, &anonymous, "Authentication failure");
    refused(&initiator("intruder"), &lun.url(), "Target not found");

    assert_in_use(&env, "db1", 1, "attached");

    let detached: Change<Volume> = env.json(&["volume", "detach", "db1"]);
    assert!(detached.changed);
    assert_eq!(detached.value.status, "available");
    assert_no_export(&volume, &lun.user);
    refused(&node1, &lun.url(), "");
    assert_detached(&env, "db1");
    env.ok(&["volume", "delete", "db1", "--yes"]);
}

#[test]
fn iscsi_read_capacity_follows_the_volume_size() {
    let env = iscsi_env();
    let volume = env.create_volume("big", "2G");
    let host = initiator("sizer");
    let lun = Iscsi::of(&env.attach("big", &["--host", "sizer", "--initiator", &host]));
    assert_eq!(read_capacity(&host, &lun.url()), Ok(2 * GIB));
    env.ok(&["volume", "detach", "big"]);
    assert_no_export(&volume, &lun.user);
}

#[test]
fn iscsi_attach_without_an_initiator_is_refused_and_exports_nothing() {
    let env = iscsi_env();
    let volume = env.create_volume("db1", "1G");
    let stderr = env.fails(&["volume", "attach", "db1", "--host", "node1"], 2);
    assert!(stderr.contains("initiator"), "{stderr}");
    // The same through a whole connector that has no initiator.
    let stderr = env.fails(
        &[
            "volume",
            "attach",
            "db1",
            "--connector",
            r#"{"host": "node1", "ip": "10.0.0.5"}"#,
        ],
        2,
    );
    assert!(stderr.contains("initiator"), "{stderr}");
    assert_no_export(&volume, &user_of(&volume));
    assert_detached(&env, "db1");
    let flows: Vec<Flow> = env.json(&["flow", "list", "--unfinished"]);
    assert!(flows.is_empty(), "{flows:?}");
}

#[test]
fn iscsi_attach_with_tgtd_unreachable_fails_clearly_and_attaches_nothing() {
    // A control port no tgtd listens on (tgtadm -C N talks through /var/run/tgtd/socket.N).
    let dead = (20000..30000u16)
        .rev()
        .find(|port| !Path::new(&format!("/var/run/tgtd/socket.{port}")).exists())
        .expect("a free control port");
    let options = tgt_options(None).replace(
        &format!("tgt_control_port = {}", control_port()),
        &format!("tgt_control_port = {dead}"),
    );
    let env = IscsiEnv(rbd_env(&options));
    env.create_volume("db1", "1G");
    let host = initiator("nowhere");
    let stderr = env.fails(
        &[
            "volume",
            "attach",
            "db1",
            "--host",
            "nowhere",
            "--initiator",
            &host,
        ],
        7,
    );
    assert!(
        stderr.contains("tgtd is not running") && stderr.contains(&format!("tgtd -C {dead}")),
        "{stderr}"
    );
    assert_detached(&env, "db1");
}

#[test]
fn iscsi_multiattach_grants_and_revokes_each_initiator() {
    let env = iscsi_env();
    let volume = create_multiattach(&env, "shared");
    let (node1, node2) = (initiator("multi1"), initiator("multi2"));
    let first = Iscsi::of(&env.attach("shared", &["--host", "multi1", "--initiator", &node1]));
    let attachment2 = env.attach("shared", &["--host", "multi2", "--initiator", &node2]);
    let second = Iscsi::of(&attachment2);
    // One export shared by both attachments.
    assert_eq!(
        (&first.iqn, &first.user, &first.password),
        (&second.iqn, &second.user, &second.password)
    );
    assert_eq!(targets_named(&first.iqn).len(), 1);
    let mut acl = target(&first.iqn).unwrap().acl;
    acl.sort();
    assert_eq!(acl, vec![node1.clone(), node2.clone()]);
    assert_eq!(read_capacity(&node1, &first.url()), Ok(GIB));
    assert_eq!(read_capacity(&node2, &second.url()), Ok(GIB));

    let detached: Change<Volume> = env.json(&["volume", "detach", "shared", "--host", "multi1"]);
    assert_eq!(detached.value.status, "in-use");
    assert_eq!(detached.value.attachments.len(), 1);
    let left = target(&first.iqn).expect("the target stays for multi2");
    assert_eq!(left.acl, vec![node2.clone()]);
    assert_eq!(left.accounts, vec![first.user.clone()]);
    refused(&node1, &first.url(), "Target not found");
    assert_eq!(read_capacity(&node2, &second.url()), Ok(GIB));

    // The last one by `attachment delete`: the export goes with it.
    env.ok(&["attachment", "delete", &attachment2.id]);
    assert_no_export(&volume, &first.user);
    refused(&node2, &second.url(), "");
    assert_detached(&env, "shared");
}

#[test]
fn iscsi_attachments_from_one_initiator_share_its_access() {
    // Two instances on one host: the initiator stays in the ACL until both are detached.
    let env = iscsi_env();
    let volume = create_multiattach(&env, "shared");
    let host = initiator("twoinstances");
    let a = env.attach(
        "shared",
        &[
            "--host",
            "hv1",
            "--initiator",
            &host,
            "--instance",
            "11111111-1111-4111-8111-111111111111",
        ],
    );
    let b = env.attach(
        "shared",
        &[
            "--host",
            "hv1",
            "--initiator",
            &host,
            "--instance",
            "22222222-2222-4222-8222-222222222222",
        ],
    );
    let lun = Iscsi::of(&b);
    assert_eq!(target(&lun.iqn).unwrap().acl, vec![host.clone()]);
    env.ok(&["volume", "detach", "shared", "--attachment", &a.id]);
    assert_eq!(target(&lun.iqn).unwrap().acl, vec![host.clone()]);
    assert_eq!(read_capacity(&host, &lun.url()), Ok(GIB));
    env.ok(&["volume", "detach", "shared", "--attachment", &b.id]);
    assert_no_export(&volume, &lun.user);
    assert_detached(&env, "shared");
}

#[test]
fn iscsi_second_attach_of_a_non_multiattach_volume_is_refused() {
    let env = iscsi_env();
    let volume = env.create_volume("single", "1G");
    let (node1, node2) = (initiator("first"), initiator("second"));
    let lun = Iscsi::of(&env.attach("single", &["--host", "first", "--initiator", &node1]));
    let stderr = env.fails(
        &[
            "volume",
            "attach",
            "single",
            "--host",
            "second",
            "--initiator",
            &node2,
        ],
        5,
    );
    assert!(
        stderr.contains("multiattach") && stderr.contains("first"),
        "{stderr}"
    );
    let exported = targets_named(&iqn_of(&volume));
    assert_eq!(exported.len(), 1, "{exported:?}");
    assert_eq!(exported[0].acl, vec![node1.clone()]);
    refused(&node2, &lun.url(), "Target not found");
    assert_eq!(read_capacity(&node1, &lun.url()), Ok(GIB));
    assert_in_use(&env, "single", 1, "after the refused attach");
    env.ok(&["volume", "detach", "single"]);
    assert_no_export(&volume, &lun.user);
}

#[test]
fn iscsi_custom_target_prefix_and_libvirt_block_disk() {
    let prefix = "iqn.2024-02.org.blockctl-test.prefix:";
    let env = IscsiEnv(rbd_env(&tgt_options(Some(prefix))));
    let volume = env.create_volume("db1", "1G");
    let host = initiator("libvirt");
    let xml = env.ok(&[
        "volume",
        "attach",
        "db1",
        "--host",
        "libvirt",
        "--initiator",
        &host,
        "--mountpoint",
        "/dev/vdc",
        "-o",
        "libvirt",
    ]);
    let iqn = format!("{prefix}volume-{}", volume.id);
    let port = portal_port();
    assert!(
        xml.contains(r#"<disk type="block" device="disk">"#),
        "{xml}"
    );
    assert!(
        xml.contains(&format!(
            r#"<source dev="/dev/disk/by-path/ip-127.0.0.1:{port}-iscsi-{iqn}-lun-1"/>"#
        )),
        "{xml}"
    );
    assert!(xml.contains(r#"<target dev="vdc" bus="virtio"/>"#), "{xml}");
    assert!(
        xml.contains(&format!("<serial>{}</serial>", volume.id)),
        "{xml}"
    );
    assert!(!xml.contains("auth_password"), "{xml}");
    let attached = attachments(&env);
    assert_eq!(attached.len(), 1);
    let lun = Iscsi::of(&attached[0]);
    assert_eq!(lun.iqn, iqn);
    assert!(target(&iqn).is_some());
    assert_eq!(read_capacity(&host, &lun.url()), Ok(GIB));
    env.ok(&["volume", "detach", "db1"]);
    assert_eq!(target(&iqn), None);
    assert!(!accounts().contains(&lun.user));
}

#[test]
fn iscsi_table_output_masks_the_chap_password_unless_asked() {
    let env = iscsi_env();
    let volume = env.create_volume("db1", "1G");
    let host = initiator("secrets");
    let table = env.ok(&[
        "volume",
        "attach",
        "db1",
        "--host",
        "secrets",
        "--initiator",
        &host,
    ]);
    let attached = attachments(&env);
    assert_eq!(attached.len(), 1);
    let id = attached[0].id.clone();
    let lun = Iscsi::of(&attached[0]);
    assert!(table.contains("***"), "{table}");
    assert!(!table.contains(&lun.password), "{table}");

    let shown = env.ok(&["attachment", "show", &id]);
    assert!(
        shown.contains("***") && !shown.contains(&lun.password),
        "{shown}"
    );
    let value = env.ok(&["attachment", "show", &id, "-o", "value"]);
    assert!(!value.contains(&lun.password), "{value}");
    let listed = env.ok(&["attachment", "list", "-c", "id", "-c", "connection_info"]);
    assert!(!listed.contains(&lun.password), "{listed}");
    let revealed = env.ok(&["attachment", "show", &id, "--show-secrets"]);
    assert!(revealed.contains(&lun.password), "{revealed}");
    let json: Attachment = env.json(&["attachment", "show", &id]);
    assert_eq!(Iscsi::of(&json).password, lun.password);

    // A new export gets a new secret, and the old one stops working.
    env.ok(&["volume", "detach", "db1"]);
    let table = env.ok(&[
        "volume",
        "attach",
        "db1",
        "--host",
        "secrets",
        "--initiator",
        &host,
        "--show-secrets",
    ]);
    let again = Iscsi::of(&attachments(&env)[0]);
    assert_ne!(again.password, lun.password);
    assert!(
        table.contains(&again.password) && !table.contains("***"),
        "{table}"
    );
    refused(
        &host,
        &again.url_with(&lun.password),
        "Authentication failure",
    );
    assert_eq!(read_capacity(&host, &again.url()), Ok(GIB));
    env.ok(&["volume", "detach", "db1"]);
    assert_no_export(&volume, &lun.user);
}

/// Starts `iscsi-perf` as `initiator` on `lun`: it logs in and reads (one request at a
/// time) until killed. Returns once tgtd shows its session.
fn logged_in(initiator: &str, lun: &Iscsi) -> KillOnDrop {
    let perf = Command::new("iscsi-perf")
        .args(["-i", initiator, "-m", "1", &lun.url()])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn iscsi-perf (libiscsi-bin)");
    let perf = KillOnDrop(perf);
    poll_until("iscsi-perf's session", Duration::from_secs(30), || {
        target(&lun.iqn).is_some_and(|t| t.sessions > 0)
    });
    perf
}

#[test]
fn iscsi_detach_is_refused_while_an_initiator_is_logged_in_unless_forced() {
    let env = iscsi_env();
    let volume = env.create_volume("busy", "1G");
    let host = initiator("busy");
    let lun = Iscsi::of(&env.attach("busy", &["--host", "busy", "--initiator", &host]));
    let perf = logged_in(&host, &lun);

    let stderr = env.fails(&["volume", "detach", "busy"], 5);
    assert!(stderr.contains("session"), "{stderr}");
    assert_in_use(&env, "busy", 1, "after the refused detach");
    assert_eq!(attachments(&env)[0].attach_status, "attached");
    let exported = target(&lun.iqn).expect("the target stays");
    assert_eq!(exported.acl, vec![host.clone()], "access given back");
    assert_eq!(exported.accounts, vec![lun.user.clone()]);
    assert_eq!(exported.sessions, 1);

    // The host stops doing I/O (its session stays): a forced detach removes everything.
    let stopped = Command::new("kill")
        .args(["-STOP", &perf.0.id().to_string()])
        .status()
        .expect("kill -STOP");
    assert!(stopped.success());
    std::thread::sleep(Duration::from_millis(300));
    let forced: Change<Volume> = env.json(&["volume", "detach", "busy", "--force"]);
    assert_eq!(forced.value.status, "available");
    assert_no_export(&volume, &lun.user);
    drop(perf);
    assert_detached(&env, "busy");
}

#[test]
fn iscsi_forced_detach_of_a_volume_in_use_removes_its_target() {
    // A host still logged in and reading: `detach --force` must not leave the target (and
    // with it the host's session and access to the image), nor its CHAP account.
    let env = iscsi_env();
    env.create_volume("busy", "1G");
    let host = initiator("busyio");
    let lun = Iscsi::of(&env.attach("busy", &["--host", "busyio", "--initiator", &host]));
    let perf = logged_in(&host, &lun);

    let output = env
        .cmd()
        .args(["volume", "detach", "busy", "--force", "-o", "json"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(output.status.success(), "{stderr}");
    assert_detached(&env, "busy");
    let left = target(&lun.iqn);
    let accounts = accounts();
    drop(perf);
    assert!(
        left.is_none() && !accounts.contains(&lun.user),
        "`volume detach --force` exited 0 and the volume is available, but tgtd still has \
         its target {left:?} and CHAP account ({}); blockctl said: {stderr}",
        accounts.contains(&lun.user)
    );
}

/// A child process killed (SIGKILL) and reaped when dropped.
struct KillOnDrop(Child);

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Runs `blockctl ARGS` until it hangs at `point`, then kills it with SIGKILL.
fn hang_and_kill(env: &TestEnv, args: &[&str], point: &str) {
    let marker = env.dir.path().join("hang-marker");
    let _ = std::fs::remove_file(&marker);
    let mut child = blockctl(env)
        .args(args)
        .env("BLOCKCTL_CONFIG", env.config.as_ref().expect("config"))
        .env("__BLOCKCTL_TEST_HANG_AT", point)
        .env("__BLOCKCTL_TEST_HANG_MARKER", &marker)
        .spawn()
        .expect("spawn blockctl");
    let what = format!("blockctl {args:?} hanging at {point}");
    poll_until(&what, Duration::from_secs(60), || {
        marker.exists() || child.try_wait().expect("try_wait").is_some()
    });
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

/// `flow recover` recovers exactly one `kind` flow as `recovery`, and a second finds none.
fn recover(env: &TestEnv, kind: &str, recovery: &str) {
    let interrupted: Vec<Flow> = env.json(&["flow", "list", "--unfinished"]);
    assert!(
        interrupted.iter().any(|f| f.kind == kind && f.interrupted),
        "{interrupted:?}"
    );
    let recovered: Vec<FlowRecovered> = env.json(&["flow", "recover"]);
    assert_eq!(recovered.len(), 1, "{recovered:?}");
    assert_eq!(
        (recovered[0].kind.as_str(), recovered[0].recovery.as_str()),
        (kind, recovery)
    );
    assert!(
        env.json::<Vec<FlowRecovered>>(&["flow", "recover"])
            .is_empty()
    );
}

#[test]
fn iscsi_kill_9_during_attach_then_flow_recover_removes_the_orphan_target() {
    let env = iscsi_env();
    let volume = env.create_volume("db1", "1G");
    let host = initiator("crash");
    let iqn = iqn_of(&volume);
    let attach = [
        "volume",
        "attach",
        "db1",
        "--host",
        "crash",
        "--initiator",
        &host,
    ];
    // Killed once the export exists and before the host is let in (the task after it
    // is not idempotent): `flow recover` reverts the attach and removes the orphan.
    for point in ["CreateExportTask:after", "InitializeConnectionTask"] {
        hang_and_kill(&env, &attach, point);
        let orphan = target(&iqn).unwrap_or_else(|| panic!("{point}: no target in tgtd"));
        assert!(orphan.acl.is_empty(), "{point}: {orphan:?}");
        assert_eq!(orphan.accounts, vec![user_of(&volume)], "{point}");
        assert!(accounts().contains(&user_of(&volume)), "{point}");

        recover(&env, "volume_attach", "reverted");
        assert_no_export(&volume, &user_of(&volume));
        assert_detached(&env, "db1");
    }
    // Nothing stale is in the way of a real attach.
    let lun = Iscsi::of(&env.attach("db1", &attach[3..]));
    assert_eq!(read_capacity(&host, &lun.url()), Ok(GIB));
    env.ok(&["volume", "detach", "db1"]);
    assert_no_export(&volume, &lun.user);
}

#[test]
fn iscsi_kill_9_with_only_the_last_attach_task_left_is_resumed_by_flow_recover() {
    // Once the host is let in only the idempotent AttachmentCompleteTask is left: recover
    // finishes the attach, and the export is the one its connection info describes.
    let env = iscsi_env();
    let volume = env.create_volume("db1", "1G");
    let host = initiator("resume");
    let attach = [
        "volume",
        "attach",
        "db1",
        "--host",
        "resume",
        "--initiator",
        &host,
    ];
    for point in ["InitializeConnectionTask:after", "AttachmentCompleteTask"] {
        hang_and_kill(&env, &attach, point);
        recover(&env, "volume_attach", "resumed");
        assert_in_use(&env, "db1", 1, point);
        let attachment = attachments(&env).pop().unwrap();
        assert_eq!(attachment.attach_status, "attached", "{point}");
        let lun = Iscsi::of(&attachment);
        assert_eq!(target(&lun.iqn).unwrap().acl, vec![host.clone()], "{point}");
        assert_eq!(read_capacity(&host, &lun.url()), Ok(GIB), "{point}");
        env.ok(&["volume", "detach", "db1"]);
        assert_no_export(&volume, &lun.user);
    }
}

#[test]
fn iscsi_kill_9_during_detach_then_flow_recover_finishes_it() {
    let env = iscsi_env();
    let volume = env.create_volume("db1", "1G");
    let host = initiator("crashdetach");
    for point in [
        "TerminateConnectionTask",
        "TerminateConnectionTask:after",
        "RemoveExportTask:after",
        "AttachmentDeleteTask",
    ] {
        let lun = Iscsi::of(&env.attach("db1", &["--host", "crashdetach", "--initiator", &host]));
        hang_and_kill(&env, &["volume", "detach", "db1"], point);
        recover(&env, "volume_detach", "resumed");
        assert_no_export(&volume, &lun.user);
        refused(&host, &lun.url(), "");
        assert_detached(&env, "db1");
    }
}

#[test]
fn iscsi_failed_attach_reverts_the_export() {
    let env = iscsi_env();
    let volume = env.create_volume("db1", "1G");
    let host = initiator("failing");
    let attach = [
        "volume",
        "attach",
        "db1",
        "--host",
        "failing",
        "--initiator",
        &host,
    ];
    for point in [
        "CreateExportTask:after",
        "InitializeConnectionTask",
        "InitializeConnectionTask:after",
        "AttachmentCompleteTask",
        "AttachmentCompleteTask:after",
    ] {
        fails_at(&env, &attach, point);
        assert_no_export(&volume, &user_of(&volume));
        assert_detached(&env, "db1");
        let flows: Vec<Flow> = env.json(&["flow", "list"]);
        assert_eq!(
            (flows[0].kind.as_str(), flows[0].state.as_str()),
            ("volume_attach", "reverted"),
            "{point}"
        );
    }
    let lun = Iscsi::of(&env.attach("db1", &attach[3..]));
    assert_eq!(read_capacity(&host, &lun.url()), Ok(GIB));
    env.ok(&["volume", "detach", "db1"]);
    assert_no_export(&volume, &lun.user);
}

#[test]
fn iscsi_failed_or_killed_second_attach_keeps_the_first_hosts_export() {
    let env = iscsi_env();
    let volume = create_multiattach(&env, "shared");
    let (node1, node2) = (initiator("keep1"), initiator("keep2"));
    let lun = Iscsi::of(&env.attach("shared", &["--host", "keep1", "--initiator", &node1]));
    let second = [
        "volume",
        "attach",
        "shared",
        "--host",
        "keep2",
        "--initiator",
        &node2,
    ];
    let unharmed = |what: &str| {
        let exported = target(&lun.iqn).unwrap_or_else(|| panic!("{what}: target gone"));
        assert_eq!(exported.acl, vec![node1.clone()], "{what}");
        assert_eq!(exported.accounts, vec![lun.user.clone()], "{what}");
        assert_eq!(read_capacity(&node1, &lun.url()), Ok(GIB), "{what}");
        refused(&node2, &lun.url(), "Target not found");
        assert_in_use(&env, "shared", 1, what);
    };
    for point in [
        "InitializeConnectionTask:after",
        "AttachmentCompleteTask",
        "AttachmentCompleteTask:after",
    ] {
        fails_at(&env, &second, point);
        unharmed(point);
    }
    for point in ["CreateExportTask:after", "InitializeConnectionTask"] {
        hang_and_kill(&env, &second, point);
        recover(&env, "volume_attach", "reverted");
        unharmed(&format!("kill -9 at {point}"));
    }
    // Killed after keep2 was let in: resumed, then keep2 detaches normally.
    hang_and_kill(&env, &second, "InitializeConnectionTask:after");
    recover(&env, "volume_attach", "resumed");
    let mut acl = target(&lun.iqn).unwrap().acl;
    acl.sort();
    assert_eq!(acl, vec![node1.clone(), node2.clone()]);
    assert_eq!(read_capacity(&node2, &lun.url()), Ok(GIB));
    env.ok(&["volume", "detach", "shared", "--host", "keep2"]);
    unharmed("keep2 detached");
    env.ok(&["volume", "detach", "shared"]);
    assert_no_export(&volume, &lun.user);
}

// ---------------------------------------------------------------------------------------
// RBD-direct: no export, the connection info names the cluster

/// The monitor (host, port) of the test cluster's conf (`mon host = v1:127.0.0.1:PORT`).
fn monitor_of_conf() -> (String, String) {
    let conf = std::env::var("BLOCKCTL_TEST_CEPH_CONF").expect("BLOCKCTL_TEST_CEPH_CONF");
    let text = std::fs::read_to_string(Path::new(&conf)).expect("read the ceph conf");
    let value = text
        .lines()
        .filter_map(|l| l.trim().split_once('='))
        .find(|(key, _)| key.trim().replace('_', " ") == "mon host")
        .map(|(_, value)| value.trim().to_owned())
        .expect("mon host in the ceph conf");
    let address = value
        .trim_matches(['[', ']'])
        .split([',', ' '])
        .find(|a| !a.starts_with("v2:"))
        .expect("a v1 monitor address");
    let address = address.trim_start_matches("v1:");
    let address = address.split('/').next().unwrap();
    let (host, port) = address.rsplit_once(':').expect("host:port");
    (host.to_owned(), port.to_owned())
}

fn rbd_direct(secret: Option<&str>) {
    let env = match secret {
        Some(uuid) => rbd_env(&format!("rbd_secret_uuid = \"{uuid}\"")),
        None => rbd_env(""),
    };
    let volume = env.create_volume("vm-disk", "1G");
    let image = volume.provider_location.clone().unwrap();
    let (host, port) = monitor_of_conf();

    // No --initiator needed: nothing is exported.
    let xml = env.ok(&[
        "volume",
        "attach",
        "vm-disk",
        "--host",
        "hv1",
        "--mountpoint",
        "/dev/vdb",
        "-o",
        "libvirt",
    ]);
    let attached = attachments(&env);
    assert_eq!(attached.len(), 1);
    let info = attached[0].connection_info.clone().expect("info");
    assert_eq!(info.driver_volume_type, "rbd");
    assert_eq!(
        Value::Object(info.data.clone()),
        json!({
            "name": format!("volumes/{image}"),
            "hosts": [host],
            "ports": [port],
            "cluster_name": "ceph",
            "auth_enabled": secret.is_some(),
            "auth_username": "admin",
            "secret_type": "ceph",
            "secret_uuid": secret,
            "discard": true,
            "volume_id": volume.id,
            "access_mode": "rw",
        })
    );
    assert!(
        xml.contains(r#"<disk type="network" device="disk">"#),
        "{xml}"
    );
    assert!(
        xml.contains(&format!(
            r#"<source protocol="rbd" name="volumes/{image}">"#
        )),
        "{xml}"
    );
    assert!(
        xml.contains(&format!(r#"<host name="{host}" port="{port}"/>"#)),
        "{xml}"
    );
    match secret {
        Some(uuid) => {
            assert!(xml.contains(r#"<auth username="admin">"#), "{xml}");
            assert!(
                xml.contains(&format!(r#"<secret type="ceph" uuid="{uuid}"/>"#)),
                "{xml}"
            );
        }
        None => assert!(!xml.contains("<auth"), "{xml}"),
    }
    // The helper exports nothing.
    assert!(
        targets().iter().all(|t| !t.iqn.contains(&volume.id)),
        "an RBD-direct attach made an iSCSI target"
    );

    let detached: Change<Volume> = env.json(&["volume", "detach", "vm-disk"]);
    assert!(detached.changed);
    assert_detached(&env, "vm-disk");
    assert!(image_exists(&image), "detach keeps the volume's data");
    assert!(targets().iter().all(|t| !t.iqn.contains(&volume.id)));
    let flows: Vec<Flow> = env.json(&["flow", "list", "--unfinished"]);
    assert!(flows.is_empty(), "{flows:?}");
}

#[test]
fn rbd_direct_connection_info_names_the_monitors_without_auth() {
    rbd_direct(None);
}

#[test]
fn rbd_direct_with_a_secret_uuid_enables_auth() {
    rbd_direct(Some("457eb676-33da-42ec-9a8c-9293d545c337"));
}
