//! Attach and detach on the zero-config file backend: exports served by real qemu-nbd
//! daemons, checked over NBD with qemu-img.

use crate::support::*;

/// `qemu-img compare` of a volume's image (read while qemu-nbd holds it) with an NBD URI.
fn same_content(image: &std::path::Path, uri: &str) -> bool {
    let output = std::process::Command::new("qemu-img")
        .args(["compare", "-U", "-f", "qcow2", "-F", "raw"])
        .arg(image)
        .arg(uri)
        .output()
        .expect("qemu-img compare");
    output.status.success()
}

fn nbd_uri(attachment: &Attachment) -> String {
    let info = attachment
        .connection_info
        .as_ref()
        .expect("connection info");
    assert_eq!(info.driver_volume_type, "nbd");
    info.data["uri"].as_str().expect("uri").to_owned()
}

/// Virtual size in bytes of what an NBD URI serves.
fn nbd_size(uri: &str) -> Option<u64> {
    let output = std::process::Command::new("qemu-img")
        .args(["info", "--output=json", uri])
        .output()
        .expect("qemu-img info");
    if !output.status.success() {
        return None;
    }
    let info: serde_json::Value = serde_json::from_slice(&output.stdout).expect("json");
    info["virtual-size"].as_u64()
}

#[test]
fn attach_exports_the_volume_over_nbd_and_detach_stops_the_export() {
    let env = TestEnv::new();
    env.create_volume("db1", "1");
    write_pattern(&env.image_of("db1"), 0xab, 0, 1 << 20);
    write_pattern(&env.image_of("db1"), 0xcd, 512 << 20, 1 << 20);

    let attachment = env.attach(
        "db1",
        &[
            "--host",
            "node1",
            "--mountpoint",
            "/dev/vdb",
            "--mode",
            "ro",
        ],
    );
    assert_eq!(attachment.attach_status, "attached");
    assert_eq!(attachment.attached_host.as_deref(), Some("node1"));
    assert_eq!(attachment.attach_mode, "ro");
    let info = attachment.connection_info.as_ref().unwrap();
    assert_eq!(info.data["access_mode"], "ro");
    let uri = nbd_uri(&attachment);
    assert_eq!(nbd_size(&uri), Some(1 << 30));
    assert!(
        same_content(&env.image_of("db1"), &uri),
        "NBD serves other data"
    );
    assert_eq!(env.nbd_daemons().len(), 1);

    let volume: Volume = env.json(&["volume", "show", "db1"]);
    assert_eq!(
        (volume.status.as_str(), volume.attach_status.as_str()),
        ("in-use", "attached")
    );
    assert_eq!(volume.attachments.len(), 1);
    assert_eq!(volume.attachments[0].attachment_id, attachment.id);
    assert_eq!(volume.attachments[0].device.as_deref(), Some("/dev/vdb"));

    let detached: Change<Volume> = env.json(&["volume", "detach", "db1"]);
    assert!(detached.changed);
    assert_eq!(detached.value.status, "available");
    assert_eq!(detached.value.attach_status, "detached");
    assert!(detached.value.attachments.is_empty());
    assert!(env.nbd_daemons().is_empty(), "qemu-nbd still runs");
    assert_eq!(nbd_size(&uri), None, "the export still answers");
    let left: Vec<Attachment> = env.json(&["attachment", "list"]);
    assert!(left.is_empty());
}

/// The ids of a volume's attachments (`attachment list --volume`), sorted.
fn attachment_ids(env: &TestEnv, volume: &str) -> Vec<String> {
    let attachments: Vec<Attachment> = env.json(&["attachment", "list", "--volume", volume]);
    let mut ids: Vec<String> = attachments.into_iter().map(|a| a.id).collect();
    ids.sort();
    ids
}

/// Everything a refused attach or detach could have touched: the catalogue, every
/// attachment (with its connection info) and the live qemu-nbd daemons.
fn snapshot_state(env: &TestEnv) -> (Observed, Vec<Attachment>, Vec<u32>) {
    let attachments: Vec<Attachment> = env.json(&["attachment", "list"]);
    (env.observe(), attachments, env.nbd_daemons())
}

/// Runs `blockctl ARGS`, which must exit with `code` and print one `error:` line that
/// contains every one of `phrases`, and change nothing (catalogue, attachments, daemons).
/// Returns its stderr.
fn refused(env: &TestEnv, args: &[&str], code: i32, phrases: &[&str]) -> String {
    let before = snapshot_state(env);
    let stderr = env.fails(args, code);
    let errors: Vec<&str> = stderr
        .lines()
        .filter(|l| l.starts_with("error: "))
        .collect();
    assert_eq!(errors.len(), 1, "{args:?}: one error line:\n{stderr}");
    for phrase in phrases {
        assert!(
            errors[0].contains(phrase),
            "{args:?}: no '{phrase}' in:\n{stderr}"
        );
    }
    assert_eq!(snapshot_state(env), before, "{args:?} changed something");
    stderr
}

/// The volume's state as `(status, attach_status)`.
fn states(volume: &Volume) -> (&str, &str) {
    (volume.status.as_str(), volume.attach_status.as_str())
}

/// `qemu-io -f raw COMMAND URI` over NBD: whether it succeeded (and, for a read with
/// `-P`, whether the pattern matched).
fn nbd_io(uri: &str, command: &str) -> bool {
    let output = std::process::Command::new("qemu-io")
        .args(["-f", "raw", "-c", command, uri])
        .output()
        .expect("qemu-io");
    output.status.success()
        && !String::from_utf8_lossy(&output.stdout).contains("Pattern verification failed")
}

/// Starts `blockctl ARGS` as its own process with this env's state and config, stdout and
/// stderr captured: several started back to back run at the same time.
fn start(env: &TestEnv, args: &[&str]) -> std::process::Child {
    std::process::Command::new(assert_cmd::cargo::cargo_bin("blockctl"))
        .args(args)
        .env("BLOCKCTL_STATE_DIR", &env.state)
        .env("XDG_CONFIG_HOME", env.dir.path().join("config"))
        .env_remove("BLOCKCTL_CONFIG")
        .env_remove("__BLOCKCTL_TEST_FAIL_AT")
        .env_remove("__BLOCKCTL_TEST_HANG_AT")
        .env("NO_COLOR", "1")
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn blockctl")
}

/// Runs every command line at once, each in its own blockctl process; their outputs, in
/// the order given.
fn all_at_once(env: &TestEnv, commands: &[Vec<&str>]) -> Vec<std::process::Output> {
    let children: Vec<_> = commands.iter().map(|args| start(env, args)).collect();
    children
        .into_iter()
        .map(|c| c.wait_with_output().expect("wait for blockctl"))
        .collect()
}

/// The parts of a libvirt `<disk>` element the tests check, parsed by python3's
/// ElementTree (which also proves the output is one well-formed XML element).
fn parse_disk(xml: &str) -> serde_json::Value {
    const SCRIPT: &str = r#"
import json, sys, xml.etree.ElementTree as ET
disk = ET.fromstring(sys.stdin.read())
source, target = disk.find("source"), disk.find("target")
print(json.dumps({
    "tag": disk.tag,
    "type": disk.get("type"),
    "device": disk.get("device"),
    "protocol": source.get("protocol"),
    "name": source.get("name"),
    "hosts": [[h.get("name"), h.get("port")] for h in source.findall("host")],
    "target_dev": target.get("dev"),
    "target_bus": target.get("bus"),
    "readonly": disk.find("readonly") is not None,
    "serial": disk.findtext("serial"),
}))
"#;
    use std::io::Write;
    let mut python = std::process::Command::new("python3")
        .args(["-c", SCRIPT])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("python3");
    python
        .stdin
        .take()
        .expect("stdin")
        .write_all(xml.as_bytes())
        .expect("write XML to python3");
    let output = python.wait_with_output().expect("python3");
    assert!(
        output.status.success(),
        "not one well-formed <disk> element ({}):\n{xml}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("python3 JSON")
}

const INSTANCE_A: &str = "0b0a6a9e-6a0f-4f6c-9b1e-2d7a4f0c1e11";
const INSTANCE_B: &str = "5d3c1f7e-8a2b-4c9d-9e0f-1a2b3c4d5e6f";

#[test]
fn a_multiattach_volume_shares_one_export_until_its_last_attachment_goes() {
    let env = TestEnv::new();
    let created: Change<Volume> =
        env.json(&["volume", "create", "shared", "--size", "1", "--multiattach"]);
    assert!(created.value.multiattach);
    let id = created.value.id;

    let first = env.attach("shared", &["--host", "node1"]);
    let second = env.attach("shared", &["--host", "node2"]);
    assert_ne!(first.id, second.id);
    for (attachment, host) in [(&first, "node1"), (&second, "node2")] {
        assert_eq!(attachment.attach_status, "attached");
        assert_eq!(attachment.attached_host.as_deref(), Some(host));
        assert_eq!(attachment.volume_id, id);
    }
    let (info1, info2) = (
        first.connection_info.as_ref().unwrap(),
        second.connection_info.as_ref().unwrap(),
    );
    assert_eq!(
        info1.data["port"], info2.data["port"],
        "one export, one port"
    );
    assert_eq!(nbd_uri(&first), nbd_uri(&second));
    assert_eq!(info1.data["name"], format!("volume-{id}"));
    let uri = nbd_uri(&first);
    let daemons = env.nbd_daemons();
    assert_eq!(daemons.len(), 1, "one qemu-nbd serves both attachments");

    let volume: Volume = env.json(&["volume", "show", "shared"]);
    assert_eq!(states(&volume), ("in-use", "attached"));
    let mut listed: Vec<(String, Option<String>)> = volume
        .attachments
        .iter()
        .map(|a| (a.attachment_id.clone(), a.host_name.clone()))
        .collect();
    listed.sort();
    let mut expected = vec![
        (first.id.clone(), Some("node1".to_owned())),
        (second.id.clone(), Some("node2".to_owned())),
    ];
    expected.sort();
    assert_eq!(listed, expected);

    // node1 goes: node2 keeps the very same export.
    let detached: Change<Volume> = env.json(&["volume", "detach", "shared", "--host", "node1"]);
    assert!(detached.changed);
    assert_eq!(states(&detached.value), ("in-use", "attached"));
    let left: Vec<&str> = detached
        .value
        .attachments
        .iter()
        .map(|a| a.attachment_id.as_str())
        .collect();
    assert_eq!(left, [second.id.as_str()]);
    assert_eq!(env.nbd_daemons(), daemons, "the shared daemon still runs");
    assert_eq!(nbd_size(&uri), Some(1 << 30), "the export still answers");
    let kept: Attachment = env.json(&["attachment", "show", &second.id]);
    assert_eq!(kept, second, "node2's attachment is untouched");
    env.fails(&["attachment", "show", &first.id], 3);

    // The last one goes, and the export with it.
    let detached: Change<Volume> = env.json(&["volume", "detach", "shared", "--host", "node2"]);
    assert!(detached.changed);
    assert_eq!(states(&detached.value), ("available", "detached"));
    assert!(detached.value.attachments.is_empty());
    assert!(env.nbd_daemons().is_empty(), "qemu-nbd still runs");
    assert_eq!(nbd_size(&uri), None, "the export still answers");
    assert!(attachment_ids(&env, "shared").is_empty());
}

#[test]
fn a_second_attach_of_a_non_multiattach_volume_is_refused() {
    let env = TestEnv::new();
    env.create_volume("db1", "1");
    let attachment = env.attach("db1", &["--host", "node1", "--instance", INSTANCE_A]);
    assert_eq!(env.nbd_daemons().len(), 1);

    let phrases = ["not multiattach", "detach it first", "node1"];
    // Another host.
    refused(
        &env,
        &["volume", "attach", "db1", "--host", "node2"],
        5,
        &phrases,
    );
    // The same host for another instance, or for none.
    refused(
        &env,
        &[
            "volume",
            "attach",
            "db1",
            "--host",
            "node1",
            "--instance",
            INSTANCE_B,
        ],
        5,
        &phrases,
    );
    refused(
        &env,
        &["volume", "attach", "db1", "--host", "node1"],
        5,
        &phrases,
    );

    assert_eq!(attachment_ids(&env, "db1"), [attachment.id]);
    assert_eq!(env.nbd_daemons().len(), 1, "still exactly one qemu-nbd");
    let volume: Volume = env.json(&["volume", "show", "db1"]);
    assert_eq!(states(&volume), ("in-use", "attached"));
}

#[test]
fn re_attaching_the_same_host_and_instance_changes_nothing() {
    let env = TestEnv::new();
    env.create_volume("db1", "1");
    let args = [
        "--host",
        "node1",
        "--instance",
        INSTANCE_A,
        "--mountpoint",
        "/dev/vdb",
    ];
    let first = env.attach("db1", &args);
    let daemons = env.nbd_daemons();
    assert_eq!(daemons.len(), 1);

    let before = env.observe();
    let mut again = vec!["volume", "attach", "db1"];
    again.extend(args);
    let again: Change<Attachment> = env.json(&again);
    assert!(!again.changed, "a re-attach reports changed=false");
    assert_eq!(again.value, first, "the same attachment, as it was");
    assert_eq!(env.observe(), before);
    assert_eq!(env.nbd_daemons(), daemons, "no second qemu-nbd");
    assert_eq!(attachment_ids(&env, "db1"), [first.id.as_str()]);

    let detached: Change<Volume> = env.json(&["volume", "detach", "db1"]);
    assert!(detached.changed);
    assert!(env.nbd_daemons().is_empty());

    let before = env.observe();
    let again: Change<Volume> = env.json(&["volume", "detach", "db1"]);
    assert!(
        !again.changed,
        "detaching a detached volume changes nothing"
    );
    assert_eq!(states(&again.value), ("available", "detached"));
    assert_eq!(env.observe(), before);
}

#[test]
fn detaching_a_volume_with_two_attachments_needs_one_named() {
    let env = TestEnv::new();
    env.ok(&["volume", "create", "shared", "--size", "1", "--multiattach"]);
    let first = env.attach("shared", &["--host", "node1"]);
    let second = env.attach("shared", &["--host", "node2"]);

    refused(
        &env,
        &["volume", "detach", "shared"],
        4,
        &[&first.id, &second.id, "--attachment"],
    );
    refused(
        &env,
        &["volume", "detach", "shared", "--host", "nosuch"],
        3,
        &["not attached to host nosuch"],
    );

    let detached: Change<Volume> =
        env.json(&["volume", "detach", "shared", "--attachment", &first.id]);
    assert!(detached.changed);
    assert_eq!(states(&detached.value), ("in-use", "attached"));
    assert_eq!(attachment_ids(&env, "shared"), [second.id.as_str()]);
    assert_eq!(env.nbd_daemons().len(), 1, "node2 still uses the export");

    let deleted: Change<Volume> = env.json(&["attachment", "delete", &second.id]);
    assert!(deleted.changed);
    assert_eq!(states(&deleted.value), ("available", "detached"));
    assert!(deleted.value.attachments.is_empty());
    assert!(attachment_ids(&env, "shared").is_empty());
    assert!(
        env.nbd_daemons().is_empty(),
        "the last detach stops qemu-nbd"
    );
}

#[test]
fn an_attached_volume_cannot_be_deleted_until_it_is_detached() {
    let env = TestEnv::new();
    let volume = env.create_volume("db1", "1");
    let attachment = env.attach("db1", &["--host", "node1"]);
    let uri = nbd_uri(&attachment);

    refused(
        &env,
        &["volume", "delete", "db1", "--yes"],
        5,
        &["detach it first", "blockctl volume detach db1"],
    );
    assert_eq!(env.images().len(), 1, "the image is still there");
    assert_eq!(nbd_size(&uri), Some(1 << 30), "the export still answers");

    env.ok(&["volume", "detach", "db1"]);
    let deleted: Change<Deletion> = env.json(&["volume", "delete", "db1", "--yes"]);
    assert!(deleted.changed);
    assert_eq!(deleted.value.volumes, [volume.id]);
    assert!(env.images().is_empty());
    assert!(env.nbd_daemons().is_empty(), "no qemu-nbd left behind");
    let volumes: Vec<Volume> = env.json(&["volume", "list"]);
    assert!(volumes.is_empty());
}

#[test]
fn bad_attach_input_exits_2_naming_the_bad_value_and_changes_nothing() {
    let env = TestEnv::new();
    env.create_volume("db1", "1");
    let cases: &[(&[&str], &str)] = &[
        (&["--connector", "{not json"], "invalid --connector JSON"),
        (
            &["--connector", r#"{"ip": "10.0.0.1"}"#],
            "missing field `host`",
        ),
        (
            &["--connector", r#"{"host": "bad host"}"#],
            "invalid host 'bad host'",
        ),
        (&["--host", "bad host"], "invalid host 'bad host'"),
        (&["--host", ""], "invalid host ''"),
        (
            &["--host", "node1", "--initiator", "notaniqn"],
            "invalid initiator 'notaniqn'",
        ),
        (
            &["--host", "node1", "--ip", "nope"],
            "invalid connector ip 'nope'",
        ),
        (
            &["--host", "node1", "--instance", "not-a-uuid"],
            "invalid instance 'not-a-uuid'",
        ),
        (
            &["--host", "node1", "--mountpoint", "vdb"],
            "invalid mountpoint 'vdb'",
        ),
        (
            &["--host", "node1", "--mountpoint", "/dev/../etc"],
            "invalid mountpoint '/dev/../etc'",
        ),
        (&[], "required arguments were not provided"),
        (&["--host", "node1", "--local"], "cannot be used with"),
        (&["--host", "node1", "--mode", "rx"], "invalid value 'rx'"),
    ];
    for (args, phrase) in cases {
        let mut all = vec!["volume", "attach", "db1"];
        all.extend(*args);
        refused(&env, &all, 2, &[phrase]);
    }
    refused(
        &env,
        &["volume", "list", "-o", "libvirt"],
        2,
        &["-o libvirt"],
    );
    refused(
        &env,
        &["volume", "detach", "db1", "-o", "libvirt"],
        2,
        &["-o libvirt"],
    );
    refused(
        &env,
        &["volume", "attach", "nosuch", "--host", "node1"],
        3,
        &["'nosuch'"],
    );
    refused(&env, &["volume", "detach", "nosuch"], 3, &["'nosuch'"]);
    refused(&env, &["attachment", "show", "nosuch"], 3, &["nosuch"]);
    refused(&env, &["attachment", "delete", "nosuch"], 3, &["nosuch"]);

    assert!(
        env.nbd_daemons().is_empty(),
        "a refused attach started qemu-nbd"
    );
    assert!(attachment_ids(&env, "db1").is_empty());
    let volume: Volume = env.json(&["volume", "show", "db1"]);
    assert_eq!(states(&volume), ("available", "detached"));
}

/// `--initiator` and `--ip` describe the host given with `--host`: with `--local` or
/// `--connector` they must be refused, not silently dropped (the connector then lacks them).
#[test]
fn initiator_and_ip_without_host_are_refused_not_ignored() {
    let env = TestEnv::new();
    env.create_volume("db1", "1");
    for args in [
        &["--local", "--initiator", "iqn.1993-08.org.debian:01:node1"][..],
        &["--local", "--initiator", "notaniqn"],
        &["--connector", r#"{"host": "node1"}"#, "--ip", "10.0.0.9"],
    ] {
        let mut all = vec!["volume", "attach", "db1"];
        all.extend(args);
        refused(&env, &all, 2, &["cannot be used with"]);
    }
    assert!(env.nbd_daemons().is_empty());
}

#[test]
fn local_builds_the_connector_of_the_configured_host() {
    // The default host is this machine's name, as `config show` reports it.
    let env = TestEnv::new();
    let config: serde_json::Value = env.json(&["config", "show"]);
    let host = config["host"].as_str().expect("host").to_owned();
    assert!(!host.is_empty());
    env.create_volume("db1", "1");
    let attachment = env.attach("db1", &["--local"]);
    assert_eq!(attachment.attach_status, "attached");
    assert_eq!(attachment.attached_host.as_deref(), Some(host.as_str()));
    let connector = attachment.connector.as_ref().expect("connector");
    assert_eq!(connector["host"], host.as_str());
    let ip = connector["ip"].as_str().expect("connector ip");
    assert!(ip.parse::<std::net::IpAddr>().is_ok(), "ip {ip}");
    assert_eq!(connector["os_type"], std::env::consts::OS);
    assert_eq!(connector["platform"], std::env::consts::ARCH);
    assert_eq!(nbd_size(&nbd_uri(&attachment)), Some(1 << 30));

    // A configured `host` wins over the machine's name.
    let env = TestEnv::with_config("host = \"node7\"\n");
    env.create_volume("db1", "1");
    let attachment = env.attach("db1", &["--local"]);
    assert_eq!(attachment.attached_host.as_deref(), Some("node7"));
    assert_eq!(attachment.connector.as_ref().unwrap()["host"], "node7");
}

#[test]
fn libvirt_output_is_the_disk_element_of_the_connection() {
    let env = TestEnv::new();
    let created: Change<Volume> =
        env.json(&["volume", "create", "shared", "--size", "1", "--multiattach"]);
    let id = created.value.id;
    let attach = |host: &str, dev: &str, mode: &str| {
        env.ok(&[
            "volume",
            "attach",
            "shared",
            "--host",
            host,
            "--mountpoint",
            dev,
            "--mode",
            mode,
            "-o",
            "libvirt",
        ])
    };
    let rw_xml = attach("node1", "/dev/vdc", "rw");
    let ro_xml = attach("node2", "/dev/vdd", "ro");
    let attachments: Vec<Attachment> = env.json(&["attachment", "list", "--volume", "shared"]);
    assert_eq!(attachments.len(), 2);

    for (xml, host, dev, readonly) in [
        (&rw_xml, "node1", "vdc", false),
        (&ro_xml, "node2", "vdd", true),
    ] {
        let attachment = attachments
            .iter()
            .find(|a| a.attached_host.as_deref() == Some(host))
            .expect("attachment");
        let info = attachment
            .connection_info
            .as_ref()
            .expect("connection info");
        let disk = parse_disk(xml);
        assert_eq!(disk["tag"], "disk", "{xml}");
        assert_eq!(disk["type"], "network", "{xml}");
        assert_eq!(disk["device"], "disk", "{xml}");
        assert_eq!(disk["protocol"], "nbd", "{xml}");
        assert_eq!(disk["name"], format!("volume-{id}"), "{xml}");
        assert_eq!(disk["name"], info.data["name"], "{xml}");
        let port = info.data["port"].as_u64().expect("port").to_string();
        assert_eq!(
            disk["hosts"],
            serde_json::json!([[info.data["host"], port]]),
            "{xml}"
        );
        assert_eq!(disk["target_dev"], dev, "{xml}");
        assert_eq!(disk["target_bus"], "virtio", "{xml}");
        assert_eq!(disk["readonly"], readonly, "{xml}");
        assert_eq!(disk["serial"], id.as_str(), "{xml}");

        let shown = env.ok(&["attachment", "show", &attachment.id, "-o", "libvirt"]);
        assert_eq!(&shown, xml, "attachment show prints the same <disk>");
    }

    // An idempotent re-attach prints the same XML.
    assert_eq!(attach("node1", "/dev/vdc", "rw"), rw_xml);
    assert_eq!(
        env.json::<Vec<Attachment>>(&["attachment", "list"]).len(),
        2
    );
}

#[test]
fn attachment_show_json_is_the_strict_contract_and_tables_hide_nothing_of_nbd() {
    let env = TestEnv::new();
    let volume = env.create_volume("db1", "1");
    let attachment = env.attach(
        "db1",
        &[
            "--connector",
            r#"{"host": "node1", "ip": "10.0.0.5", "initiator": "iqn.1993-08.org.debian:01:node1", "wwpns": ["50014380186af83c"]}"#,
            "--instance",
            INSTANCE_A,
            "--mountpoint",
            "/dev/vdb",
        ],
    );
    let shown: Attachment = env.json(&["attachment", "show", &attachment.id]);
    assert_eq!(shown, attachment);
    let listed: Vec<Attachment> = env.json(&["attachment", "list"]);
    assert_eq!(listed, std::slice::from_ref(&attachment));

    assert_eq!(shown.volume_id, volume.id);
    assert_eq!(shown.project_id, volume.project_id);
    assert_eq!(shown.instance_uuid.as_deref(), Some(INSTANCE_A));
    assert_eq!(shown.mountpoint.as_deref(), Some("/dev/vdb"));
    assert_eq!(shown.attach_mode, "rw");
    assert!(shown.attach_time.is_some());
    let connector = shown.connector.as_ref().expect("connector");
    assert_eq!(connector["ip"], "10.0.0.5");
    assert_eq!(connector["initiator"], "iqn.1993-08.org.debian:01:node1");
    assert_eq!(
        connector["wwpns"],
        serde_json::json!(["50014380186af83c"]),
        "other connector keys are kept as given"
    );
    let info = shown.connection_info.as_ref().expect("connection info");
    assert_eq!(info.driver_volume_type, "nbd");
    let mut keys: Vec<&str> = info.data.keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        [
            "access_mode",
            "format",
            "host",
            "name",
            "port",
            "uri",
            "volume_id"
        ]
    );
    assert_eq!(info.data["format"], "raw");
    assert_eq!(info.data["volume_id"], volume.id.as_str());
    assert_eq!(info.data["access_mode"], "rw");
    let uri = format!(
        "nbd://{}:{}/{}",
        info.data["host"].as_str().unwrap(),
        info.data["port"],
        info.data["name"].as_str().unwrap()
    );
    assert_eq!(info.data["uri"], uri.as_str());

    // NBD has no secret: the table shows the connection info whole, with or without
    // --show-secrets.
    let table = env.ok(&["attachment", "show", &attachment.id]);
    assert!(table.contains(&uri), "{table}");
    assert!(!table.contains("***"), "{table}");
    let with_secrets = env.ok(&["attachment", "show", &attachment.id, "--show-secrets"]);
    assert_eq!(with_secrets, table);
}

/// Two processes attach one non-multiattach volume from two hosts at once: exactly one
/// wins, the other is refused, and exactly one attachment and one export remain.
#[test]
fn concurrent_attaches_of_a_non_multiattach_volume_from_two_hosts_let_one_win() {
    let env = TestEnv::new();
    env.create_volume("db1", "1");
    for round in 0..4 {
        let hosts = ["node-a", "node-b"];
        let commands = hosts.map(|h| vec!["volume", "attach", "db1", "--host", h, "-o", "json"]);
        let outputs = all_at_once(&env, &commands);
        let codes: Vec<Option<i32>> = outputs.iter().map(|o| o.status.code()).collect();
        let report = outputs
            .iter()
            .map(|o| String::from_utf8_lossy(&o.stderr).into_owned())
            .collect::<Vec<_>>()
            .join("\n---\n");
        let winner = match codes[..] {
            [Some(0), Some(5)] => 0,
            [Some(5), Some(0)] => 1,
            _ => panic!("round {round}: exit codes {codes:?}, want one 0 and one 5:\n{report}"),
        };
        let loser = 1 - winner;
        let stderr = String::from_utf8_lossy(&outputs[loser].stderr);
        assert!(
            stderr.contains("not multiattach") && stderr.contains(hosts[winner]),
            "round {round}: the refusal names the winner:\n{stderr}"
        );
        let attached: Change<Attachment> =
            serde_json::from_slice(&outputs[winner].stdout).expect("winner's JSON");
        assert!(attached.changed);
        assert_eq!(attached.value.attached_host.as_deref(), Some(hosts[winner]));

        assert_eq!(
            attachment_ids(&env, "db1"),
            [attached.value.id.as_str()],
            "round {round}"
        );
        assert_eq!(env.nbd_daemons().len(), 1, "round {round}: one qemu-nbd");
        let volume: Volume = env.json(&["volume", "show", "db1"]);
        assert_eq!(states(&volume), ("in-use", "attached"), "round {round}");
        assert_eq!(nbd_size(&nbd_uri(&attached.value)), Some(1 << 30));

        let detached: Change<Volume> = env.json(&["volume", "detach", "db1"]);
        assert_eq!(states(&detached.value), ("available", "detached"));
        assert!(env.nbd_daemons().is_empty(), "round {round}");
    }
    let unfinished: Vec<Flow> = env.json(&["flow", "list", "--unfinished"]);
    assert!(unfinished.is_empty(), "{unfinished:#?}");
}

/// Runs `volume attach VOLUME --host node1 --instance INSTANCE_A -o json` in `n` processes
/// at once; asserts that every one succeeded and that they report one attachment, created
/// once. Returns that attachment.
fn assert_concurrent_reattach_is_idempotent(env: &TestEnv, volume: &str, n: usize) -> Attachment {
    let args = vec![
        "volume",
        "attach",
        volume,
        "--host",
        "node1",
        "--instance",
        INSTANCE_A,
        "-o",
        "json",
    ];
    let outputs = all_at_once(env, &vec![args; n]);
    let report: Vec<String> = outputs
        .iter()
        .map(|o| {
            format!(
                "exit {:?}: {}",
                o.status.code(),
                String::from_utf8_lossy(&o.stderr).trim()
            )
        })
        .collect();
    assert!(
        outputs.iter().all(|o| o.status.success()),
        "every re-attach of the same host and instance succeeds (changed=false):\n{}",
        report.join("\n")
    );
    let changes: Vec<Change<Attachment>> = outputs
        .iter()
        .map(|o| serde_json::from_slice(&o.stdout).expect("JSON"))
        .collect();
    let ids: std::collections::BTreeSet<&str> =
        changes.iter().map(|c| c.value.id.as_str()).collect();
    assert_eq!(ids.len(), 1, "all report one attachment: {ids:?}");
    assert_eq!(changes.iter().filter(|c| c.changed).count(), 1);
    assert_eq!(attachment_ids(env, volume).len(), 1);
    assert_eq!(env.nbd_daemons().len(), 1);
    changes[0].value.clone()
}

/// `volume attach` of a host and instance that already has the volume is idempotent
/// (README): also when the commands run at the same time, as retries from a script or
/// Ansible can.
#[test]
fn concurrent_re_attaches_of_one_host_to_a_non_multiattach_volume_all_succeed() {
    let env = TestEnv::new();
    env.create_volume("db1", "1");
    assert_concurrent_reattach_is_idempotent(&env, "db1", 3);
}

/// As above, on a multiattach volume: one host and instance must not end up with several
/// attachments (a later `volume detach --host node1` would then be ambiguous).
#[test]
fn concurrent_re_attaches_of_one_host_to_a_multiattach_volume_make_one_attachment() {
    let env = TestEnv::new();
    env.ok(&["volume", "create", "shared", "--size", "1", "--multiattach"]);
    assert_concurrent_reattach_is_idempotent(&env, "shared", 3);
    env.ok(&["volume", "detach", "shared", "--host", "node1"]);
}

#[test]
fn nbd_serves_the_volume_data_across_detach_and_re_attach() {
    const MIB: u64 = 1 << 20;
    let env = TestEnv::new();
    env.create_volume("db1", "1");
    let image = env.image_of("db1");
    write_pattern(&image, 0xab, 0, MIB);
    write_pattern(&image, 0xcd, 512 * MIB, MIB);

    let attachment = env.attach("db1", &["--host", "node1", "--mode", "rw"]);
    let uri = nbd_uri(&attachment);
    assert!(same_content(&image, &uri), "NBD serves other data");
    assert!(nbd_io(&uri, "read -P 0xab 0 1M"));
    assert!(nbd_io(&uri, "read -P 0xcd 512M 1M"));
    // A rw attachment writes through to the volume.
    assert!(nbd_io(&uri, "write -P 0x5a 4M 1M"), "write over NBD");

    env.ok(&["volume", "detach", "db1"]);
    assert!(
        reads_pattern(&image, 0x5a, 4 * MIB, MIB),
        "the write reached the image"
    );
    assert!(reads_pattern(&image, 0xab, 0, MIB));
    assert!(reads_pattern(&image, 0xcd, 512 * MIB, MIB));

    let again = env.attach("db1", &["--host", "node1"]);
    let uri = nbd_uri(&again);
    assert!(
        same_content(&image, &uri),
        "NBD serves other data after re-attach"
    );
    assert!(nbd_io(&uri, "read -P 0x5a 4M 1M"));
    assert!(
        nbd_io(&uri, "read -P 0 8M 1M"),
        "unwritten data reads as zeros"
    );
}

/// An export lost under the catalogue (a reboot kills qemu-nbd) is served again by the next
/// attach of the volume, and the attachment already there learns where it now is.
#[test]
fn a_lost_export_is_served_again_by_the_next_attach() {
    let env = TestEnv::new();
    let shared: Change<Volume> =
        env.json(&["volume", "create", "shared", "--size", "1", "--multiattach"]);
    write_pattern(&env.image_of("shared"), 0x5a, 0, 1 << 20);
    let first = env.attach("shared", &["--host", "node1"]);
    let [pid] = env.nbd_daemons()[..] else {
        panic!("one daemon expected: {:?}", env.nbd_daemons());
    };
    let killed = std::process::Command::new("kill")
        .args(["-KILL", &pid.to_string()])
        .status()
        .expect("kill");
    assert!(killed.success());
    crate::crash::poll_until(
        "qemu-nbd to die",
        std::time::Duration::from_secs(10),
        || env.nbd_daemons().is_empty(),
    );
    assert_eq!(
        nbd_size(&nbd_uri(&first)),
        None,
        "the killed export still answers"
    );

    let second = env.attach("shared", &["--host", "node2"]);
    let uri = nbd_uri(&second);
    assert!(same_content(&env.image_of("shared"), &uri));
    let refreshed: Attachment = env.json(&["attachment", "show", &first.id]);
    assert_eq!(
        nbd_uri(&refreshed),
        uri,
        "node1's attachment still points at the lost export"
    );
    assert_eq!(env.nbd_daemons().len(), 1);

    env.ok(&["volume", "detach", "shared", "--host", "node1"]);
    env.ok(&["volume", "detach", "shared", "--host", "node2"]);
    assert!(env.nbd_daemons().is_empty());
    let after: Volume = env.json(&["volume", "show", &shared.value.id]);
    assert_eq!(states(&after), ("available", "detached"));
}
