//! OpenStack's own clients against `blockctl serve`: python-cinderclient (`cinder`),
//! python-openstackclient (`openstack`) and openstacksdk, from the venv scripts/test.sh
//! installs them into (`BLOCKCTL_TEST_OPENSTACK_VENV`). Without Keystone, as DESIGN.md
//! says: cinderclient with `--os-auth-type noauth`, openstackclient and the SDK with
//! `admin_token` and the token `user:project`. Each client's view is cross-checked with
//! the catalogue as `blockctl volume list -o json` sees it (project `admin`).

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::api::{ADMIN, Server, cli_volume, cli_volumes};
use crate::support::*;

/// How long a client may take to see a volume or snapshot reach a state.
const SETTLE: Duration = Duration::from_secs(90);

/// The venv with the three clients: never skipped when missing.
fn venv() -> PathBuf {
    let dir = std::env::var_os("BLOCKCTL_TEST_OPENSTACK_VENV").unwrap_or_else(|| {
        panic!(
            "BLOCKCTL_TEST_OPENSTACK_VENV is not set: scripts/test.sh installs \
             python-cinderclient, python-openstackclient and openstacksdk into a venv and \
             points it at that venv's directory"
        )
    });
    let dir = PathBuf::from(dir);
    for program in ["cinder", "openstack", "python"] {
        assert!(
            dir.join("bin").join(program).exists(),
            "BLOCKCTL_TEST_OPENSTACK_VENV={} has no bin/{program}: scripts/test.sh installs \
             python-cinderclient, python-openstackclient and openstacksdk there",
            dir.display()
        );
    }
    dir
}

/// One client program of the venv, run against a server with a clean OpenStack
/// environment (no `OS_*` variable, no clouds.yaml, no proxy).
struct Clients<'a> {
    env: &'a TestEnv,
    server: Server,
    venv: PathBuf,
}

impl<'a> Clients<'a> {
    fn new(env: &'a TestEnv) -> Clients<'a> {
        let venv = venv();
        Clients {
            env,
            server: Server::start(env),
            venv,
        }
    }

    fn run(&self, program: &str, args: &[&str]) -> std::process::Output {
        let mut cmd = assert_cmd::Command::new(self.venv.join("bin").join(program));
        for (name, _) in std::env::vars_os() {
            let name = name.to_string_lossy().into_owned();
            if name.starts_with("OS_") || name.to_ascii_lowercase().ends_with("_proxy") {
                cmd.env_remove(&name);
            }
        }
        cmd.args(args)
            .env("HOME", self.env.dir.path().join("home"))
            .env("XDG_CONFIG_HOME", self.env.dir.path().join("config"))
            .env("XDG_CACHE_HOME", self.env.dir.path().join("cache"))
            .env("NO_PROXY", "127.0.0.1,localhost")
            .env("PYTHONDONTWRITEBYTECODE", "1")
            .timeout(Duration::from_secs(120))
            .output()
            .unwrap_or_else(|e| panic!("run {program}: {e}"))
    }

    /// Runs a client command that must succeed; returns its stdout.
    fn ok(&self, program: &str, args: &[&str]) -> String {
        let output = self.run(program, args);
        let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
        assert!(
            output.status.success(),
            "{program} {args:?} failed ({:?}):\nstdout:\n{stdout}\nstderr:\n{}\nserver:\n{}",
            output.status.code(),
            String::from_utf8_lossy(&output.stderr),
            self.server.log()
        );
        stdout
    }

    /// `cinder ARGS` with noauth for `u1:admin`.
    fn cinder(&self, args: &[&str]) -> String {
        let endpoint = self.server.endpoint(None);
        let mut all = vec![
            "--os-auth-type",
            "noauth",
            "--os-user-id",
            "u1",
            "--os-project-id",
            "admin",
            "--os-endpoint",
            &endpoint,
        ];
        all.extend(args);
        self.ok("cinder", &all)
    }

    /// `cinder ARGS` that prints a `Property | Value` table.
    fn cinder_properties(&self, args: &[&str]) -> BTreeMap<String, String> {
        properties(&self.cinder(args))
    }

    /// `openstack ARGS` with the admin token `u1:admin`.
    fn openstack(&self, args: &[&str]) -> String {
        let endpoint = self.server.endpoint(Some("admin"));
        let mut all = vec![
            "--os-auth-type",
            "admin_token",
            "--os-token",
            ADMIN,
            "--os-endpoint",
            &endpoint,
        ];
        all.extend(args);
        self.ok("openstack", &all)
    }

    /// `openstack ARGS -f json`, parsed.
    fn openstack_json(&self, args: &[&str]) -> Value {
        let mut all = args.to_vec();
        all.extend(["-f", "json"]);
        let stdout = self.openstack(&all);
        serde_json::from_str(&stdout)
            .unwrap_or_else(|e| panic!("openstack {all:?}: bad JSON ({e}):\n{stdout}"))
    }
}

/// The cells of a prettytable's `| a | b |` lines, the header row first.
fn table(stdout: &str) -> Vec<Vec<String>> {
    stdout
        .lines()
        .filter(|line| line.starts_with('|'))
        .map(|line| {
            line.trim()
                .trim_matches('|')
                .split('|')
                .map(|cell| cell.trim().to_owned())
                .collect()
        })
        .collect()
}

/// A `Property | Value` table.
fn properties(stdout: &str) -> BTreeMap<String, String> {
    let rows = table(stdout);
    assert_eq!(
        rows.first().map(|r| r.join("|")),
        Some("Property|Value".to_owned()),
        "not a property table:\n{stdout}"
    );
    rows[1..]
        .iter()
        .map(|row| {
            assert_eq!(row.len(), 2, "{stdout}");
            (row[0].clone(), row[1].clone())
        })
        .collect()
}

/// A list table: one map of header to cell per row.
fn rows(stdout: &str) -> Vec<BTreeMap<String, String>> {
    let rows = table(stdout);
    let Some((header, rest)) = rows.split_first() else {
        return Vec::new();
    };
    rest.iter()
        .map(|row| {
            assert_eq!(row.len(), header.len(), "{stdout}");
            header.iter().cloned().zip(row.iter().cloned()).collect()
        })
        .collect()
}

/// The row whose `column` is `value`.
fn row<'r>(
    rows: &'r [BTreeMap<String, String>],
    column: &str,
    value: &str,
) -> &'r BTreeMap<String, String> {
    rows.iter()
        .find(|r| r.get(column).map(String::as_str) == Some(value))
        .unwrap_or_else(|| panic!("no row with {column} = {value} in {rows:#?}"))
}

/// Polls `observe` until `done` holds of what it returns; returns that.
fn poll<T: std::fmt::Debug>(what: &str, observe: impl Fn() -> T, done: impl Fn(&T) -> bool) -> T {
    let started = Instant::now();
    loop {
        let seen = observe();
        if done(&seen) {
            return seen;
        }
        assert!(
            started.elapsed() < SETTLE,
            "{what}: not so after {SETTLE:?}; last seen: {seen:#?}"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
}

fn cli_snapshots(env: &TestEnv) -> Vec<Snapshot> {
    env.json(&["snapshot", "list"])
}

#[test]
fn cinderclient_drives_volumes_snapshots_and_quotas() {
    let env = TestEnv::new();
    let clients = Clients::new(&env);

    // create / show / list
    let created = clients.cinder_properties(&["create", "--name", "c1", "1"]);
    assert_eq!(created["name"], "c1");
    assert_eq!(created["size"], "1");
    assert_eq!(created["os-vol-tenant-attr:tenant_id"], "admin");
    assert_eq!(created["user_id"], "u1");
    let c1 = created["id"].clone();
    let shown = poll(
        "cinder show c1: available",
        || clients.cinder_properties(&["show", "c1"]),
        |p| p["status"] == "available",
    );
    assert_eq!(shown["id"], c1);
    assert_eq!(shown["bootable"], "false");
    assert_eq!(
        shown["os-vol-host-attr:host"],
        cli_volume(&env, "c1").host,
        "cinder and the CLI agree on the host"
    );
    let listed = rows(&clients.cinder(&["list"]));
    assert_eq!(listed.len(), 1, "{listed:#?}");
    let line = row(&listed, "ID", &c1);
    assert_eq!(
        (
            line["Name"].as_str(),
            line["Status"].as_str(),
            line["Size"].as_str()
        ),
        ("c1", "available", "1")
    );

    // extend
    clients.cinder(&["extend", "c1", "2"]);
    poll(
        "cinder show c1: 2 GiB and available",
        || clients.cinder_properties(&["show", "c1"]),
        |p| p["size"] == "2" && p["status"] == "available",
    );
    assert_eq!(cli_volume(&env, "c1").size, 2);

    // snapshot-create / snapshot-list
    let snapshot = clients.cinder_properties(&["snapshot-create", "--name", "cs1", "c1"]);
    assert_eq!(snapshot["name"], "cs1");
    assert_eq!(snapshot["volume_id"], c1);
    let cs1 = snapshot["id"].clone();
    poll(
        "cinder snapshot-show cs1: available",
        || clients.cinder_properties(&["snapshot-show", "cs1"]),
        |p| p["status"] == "available",
    );
    let snapshots = rows(&clients.cinder(&["snapshot-list"]));
    assert_eq!(snapshots.len(), 1, "{snapshots:#?}");
    let line = row(&snapshots, "ID", &cs1);
    assert_eq!(
        (
            line["Name"].as_str(),
            line["Volume ID"].as_str(),
            line["Size"].as_str()
        ),
        ("cs1", c1.as_str(), "2")
    );
    let cli = cli_snapshots(&env);
    assert_eq!(cli.len(), 1);
    assert_eq!(
        (cli[0].id.as_str(), cli[0].volume_id.as_str()),
        (cs1.as_str(), c1.as_str())
    );

    // create --snapshot-id
    let from = clients.cinder_properties(&["create", "--snapshot-id", &cs1, "--name", "c2", "2"]);
    assert_eq!(from["snapshot_id"], cs1);
    let c2 = from["id"].clone();
    poll(
        "cinder show c2: available",
        || clients.cinder_properties(&["show", &c2]),
        |p| p["status"] == "available",
    );
    let cli = cli_volume(&env, "c2");
    assert_eq!(cli.id, c2);
    assert_eq!(cli.snapshot_id.as_deref(), Some(cs1.as_str()));
    assert_eq!(cli.size, 2);
    let listed = rows(&clients.cinder(&["list"]));
    assert_eq!(listed.len(), 2, "{listed:#?}");
    assert_eq!(row(&listed, "ID", &c2)["Name"], "c2");

    // quota-show, quota-usage, quota-update
    let quotas = clients.cinder_properties(&["quota-show", "admin"]);
    for quota in env.json::<Vec<Quota>>(&["quota", "show"]) {
        assert_eq!(
            quotas[&quota.resource],
            quota.limit.to_string(),
            "{}: {quotas:#?}",
            quota.resource
        );
    }
    let usage = rows(&clients.cinder(&["quota-usage", "admin"]));
    let volumes = row(&usage, "Type", "volumes");
    assert_eq!(
        (volumes["In_use"].as_str(), volumes["Limit"].as_str()),
        ("2", "10")
    );
    let gigabytes = row(&usage, "Type", "gigabytes");
    // Two 2 GiB volumes and a 2 GiB snapshot: snapshots count, as in Cinder.
    assert_eq!(gigabytes["In_use"], "6");
    assert_eq!(env.quota("gigabytes").in_use, 6);
    assert_eq!(row(&usage, "Type", "snapshots")["In_use"], "1");
    let updated = clients.cinder_properties(&["quota-update", "--volumes", "7", "admin"]);
    assert_eq!(updated["volumes"], "7");
    assert_eq!(env.quota("volumes").limit, 7);
    assert_eq!(
        clients.cinder_properties(&["quota-show", "admin"])["volumes"],
        "7"
    );

    // delete: the volume made from the snapshot, the snapshot, the volume.
    clients.cinder(&["delete", "c2"]);
    poll(
        "cinder list: c2 gone",
        || rows(&clients.cinder(&["list"])),
        |rows| rows.iter().all(|r| r["ID"] != c2),
    );
    clients.cinder(&["snapshot-delete", "cs1"]);
    poll(
        "cinder snapshot-list: empty",
        || rows(&clients.cinder(&["snapshot-list"])),
        Vec::is_empty,
    );
    clients.cinder(&["delete", "c1"]);
    poll(
        "cinder list: empty",
        || rows(&clients.cinder(&["list"])),
        Vec::is_empty,
    );
    assert_eq!(cli_volumes(&env), []);
    assert_eq!(cli_snapshots(&env), []);
    assert_eq!(env.quota("volumes").in_use, 0);
    assert_eq!(env.images(), Vec::<String>::new());
}

#[test]
fn openstackclient_drives_volumes_snapshots_and_types() {
    let env = TestEnv::new();
    env.ok(&["type", "create", "gold", "--description", "fast"]);
    let clients = Clients::new(&env);

    // type list: the default type and the CLI's.
    let types = clients.openstack_json(&["volume", "type", "list"]);
    let mut names: Vec<&str> = types
        .as_array()
        .expect("a type list")
        .iter()
        .map(|t| t["Name"].as_str().expect("a type name"))
        .collect();
    names.sort_unstable();
    assert_eq!(names, ["__DEFAULT__", "gold"], "{types:#}");
    let gold: VolumeType = env.json(&["type", "show", "gold"]);
    assert!(
        types
            .as_array()
            .unwrap()
            .iter()
            .any(|t| t["ID"] == gold.id.as_str()),
        "{types:#}"
    );

    // volume create / show / list
    let created = clients.openstack_json(&["volume", "create", "--size", "1", "o1"]);
    assert_eq!(created["name"], "o1");
    assert_eq!(created["size"], 1);
    let o1 = created["id"].as_str().expect("an id").to_owned();
    let shown = poll(
        "openstack volume show o1: available",
        || clients.openstack_json(&["volume", "show", "o1"]),
        |v| v["status"] == "available",
    );
    assert_eq!(shown["id"], o1.as_str());
    assert_eq!(shown["os-vol-tenant-attr:tenant_id"], "admin");
    assert_eq!(shown["bootable"], false);
    let cli = cli_volume(&env, "o1");
    assert_eq!(cli.id, o1);
    assert_eq!(shown["os-vol-host-attr:host"], cli.host.as_str());
    let listed = clients.openstack_json(&["volume", "list"]);
    assert_eq!(listed.as_array().map(Vec::len), Some(1), "{listed:#}");
    assert_eq!(listed[0]["ID"], o1.as_str());
    assert_eq!(listed[0]["Name"], "o1");
    assert_eq!(listed[0]["Status"], "available");
    assert_eq!(listed[0]["Size"], 1);

    // volume set --size
    clients.openstack(&["volume", "set", "--size", "2", "o1"]);
    poll(
        "openstack volume show o1: 2 GiB and available",
        || clients.openstack_json(&["volume", "show", "o1"]),
        |v| v["size"] == 2 && v["status"] == "available",
    );
    assert_eq!(cli_volume(&env, "o1").size, 2);

    // volume snapshot create, volume create --snapshot
    let snapshot =
        clients.openstack_json(&["volume", "snapshot", "create", "--volume", "o1", "os1"]);
    assert_eq!(snapshot["name"], "os1");
    assert_eq!(snapshot["volume_id"], o1.as_str());
    let os1 = snapshot["id"].as_str().expect("a snapshot id").to_owned();
    poll(
        "openstack volume snapshot show os1: available",
        || clients.openstack_json(&["volume", "snapshot", "show", "os1"]),
        |s| s["status"] == "available",
    );
    let snapshots = clients.openstack_json(&["volume", "snapshot", "list"]);
    assert_eq!(snapshots.as_array().map(Vec::len), Some(1), "{snapshots:#}");
    assert_eq!(snapshots[0]["ID"], os1.as_str());
    assert_eq!(snapshots[0]["Size"], 2);
    let cli = cli_snapshots(&env);
    assert_eq!(cli.len(), 1);
    assert_eq!(cli[0].id, os1);

    let from = clients.openstack_json(&["volume", "create", "--snapshot", "os1", "o2"]);
    assert_eq!(from["snapshot_id"], os1.as_str());
    let o2 = from["id"].as_str().expect("an id").to_owned();
    poll(
        "openstack volume show o2: available",
        || clients.openstack_json(&["volume", "show", "o2"]),
        |v| v["status"] == "available",
    );
    let cli = cli_volume(&env, "o2");
    assert_eq!(cli.id, o2);
    assert_eq!(cli.snapshot_id.as_deref(), Some(os1.as_str()));
    assert_eq!(
        cli.size, 2,
        "a volume from a snapshot has the snapshot's size"
    );

    // Deletes: o2, the snapshot, o1.
    clients.openstack(&["volume", "delete", "o2"]);
    poll(
        "openstack volume list: o2 gone",
        || clients.openstack_json(&["volume", "list"]),
        |list| list.as_array().is_some_and(|l| l.len() == 1),
    );
    clients.openstack(&["volume", "snapshot", "delete", "os1"]);
    poll(
        "openstack volume snapshot list: empty",
        || clients.openstack_json(&["volume", "snapshot", "list"]),
        |list| list.as_array().is_some_and(Vec::is_empty),
    );
    assert_eq!(cli_snapshots(&env), []);
    clients.openstack(&["volume", "delete", "o1"]);
    poll(
        "openstack volume list: empty",
        || clients.openstack_json(&["volume", "list"]),
        |list| list.as_array().is_some_and(Vec::is_empty),
    );
    assert_eq!(cli_volumes(&env), []);
    assert_eq!(env.quota("gigabytes").in_use, 0);
}

/// The SDK script: `create NAME` (create, wait available, list, extend to 2 GiB, wait) or
/// `delete ID` (delete, wait_for_delete, list); prints what it saw as JSON.
const SDK_SCRIPT: &str = r#"
import json, sys, time
import openstack

url, phase, arg = sys.argv[1:4]
conn = openstack.connection.Connection(
    auth_type="admin_token",
    auth={"token": "u1:admin", "endpoint": url},
    block_storage_endpoint_override=url,
    block_storage_api_version="3",
)
bs = conn.block_storage
seen = {}
if phase == "create":
    volume = bs.create_volume(size=1, name=arg)
    seen["created_id"] = volume.id
    seen["created_status"] = volume.status
    volume = bs.wait_for_status(volume, "available", failures=["error"], interval=0.2, wait=60)
    seen["available"] = {"id": volume.id, "status": volume.status, "size": volume.size,
                         "project_id": volume.project_id, "host": volume.host}
    seen["listed"] = sorted([v.id, v.name, v.size] for v in bs.volumes())
    bs.extend_volume(volume, 2)
    deadline = time.time() + 60
    while True:
        volume = bs.get_volume(volume.id)
        if (volume.size == 2 and volume.status == "available") or time.time() > deadline:
            break
        time.sleep(0.2)
    seen["extended"] = {"status": volume.status, "size": volume.size}
elif phase == "delete":
    volume = bs.get_volume(arg)
    bs.delete_volume(volume)
    bs.wait_for_delete(volume, interval=0.2, wait=60)
    seen["listed"] = sorted([v.id, v.name, v.size] for v in bs.volumes())
print(json.dumps(seen))
"#;

#[test]
fn openstacksdk_creates_extends_and_deletes_a_volume() {
    let env = TestEnv::new();
    let clients = Clients::new(&env);
    let script = env.dir.path().join("sdk.py");
    std::fs::write(&script, SDK_SCRIPT).expect("write the SDK script");
    let script = script.to_string_lossy().into_owned();
    let endpoint = clients.server.endpoint(Some("admin"));
    let sdk = |phase: &str, arg: &str| -> Value {
        let stdout = clients.ok("python", &[&script, &endpoint, phase, arg]);
        serde_json::from_str(stdout.trim())
            .unwrap_or_else(|e| panic!("the SDK script ({phase}) printed no JSON ({e}):\n{stdout}"))
    };

    let seen = sdk("create", "sdk1");
    let id = seen["created_id"].as_str().expect("an id").to_owned();
    assert!(
        ["creating", "available"].contains(&seen["created_status"].as_str().unwrap_or("")),
        "{seen:#}"
    );
    let cli = cli_volume(&env, "sdk1");
    assert_eq!(cli.id, id);
    assert_eq!(
        seen["available"],
        serde_json::json!({
            "id": id, "status": "available", "size": 1, "project_id": "admin", "host": cli.host
        })
    );
    assert_eq!(seen["listed"], serde_json::json!([[id, "sdk1", 1]]));
    assert_eq!(
        seen["extended"],
        serde_json::json!({"status": "available", "size": 2})
    );
    assert_eq!(cli.size, 2, "the catalogue has the extended size");
    assert_eq!(env.quota("gigabytes").in_use, 2);

    let seen = sdk("delete", &id);
    assert_eq!(seen["listed"], serde_json::json!([]));
    assert_eq!(cli_volumes(&env), []);
    assert_eq!(env.quota("volumes").in_use, 0);
    assert_eq!(env.images(), Vec::<String>::new());
}

// ---------------------------------------------------------------------------------------
// the attachments API (3.27+, os-complete 3.44, mode 3.54) through the real clients

const SERVER_A: &str = "0b0a6a9e-6a0f-4f6c-9b1e-2d7a4f0c1e11";
const SERVER_B: &str = "5d3c1f7e-8a2b-4c9d-9e0f-1a2b3c4d5e6f";

/// The `Property | Value` tables of a cinderclient output that prints several (as
/// `attachment-create` and `attachment-show` do: the attachment, then its connection info).
fn property_tables(stdout: &str) -> Vec<BTreeMap<String, String>> {
    let mut tables: Vec<BTreeMap<String, String>> = Vec::new();
    for row in table(stdout) {
        if row.join("|") == "Property|Value" {
            tables.push(BTreeMap::new());
            continue;
        }
        assert_eq!(row.len(), 2, "{stdout}");
        tables
            .last_mut()
            .unwrap_or_else(|| panic!("a row before any header:\n{stdout}"))
            .insert(row[0].clone(), row[1].clone());
    }
    tables
}

fn cli_attachments(env: &TestEnv) -> Vec<Attachment> {
    env.json(&["attachment", "list"])
}

fn cli_attachment(env: &TestEnv, id: &str) -> Attachment {
    env.json(&["attachment", "show", id])
}

fn volume_states(env: &TestEnv, name: &str) -> (String, String) {
    let volume = cli_volume(env, name);
    (volume.status, volume.attach_status)
}

fn pair(status: &str, attach_status: &str) -> (String, String) {
    (status.to_owned(), attach_status.to_owned())
}

/// Checks a flattened NBD connection info as the clients print it; returns its URI.
#[track_caller]
fn nbd_properties(info: &BTreeMap<String, String>, attachment: &str, volume: &str) -> String {
    assert_eq!(info["driver_volume_type"], "nbd", "{info:#?}");
    assert_eq!(info["attachment_id"], attachment, "{info:#?}");
    assert_eq!(info["volume_id"], volume, "{info:#?}");
    assert_eq!(info["host"], "127.0.0.1", "{info:#?}");
    let uri = format!("nbd://127.0.0.1:{}/volume-{volume}", info["port"].as_str());
    assert_eq!(info["uri"], uri, "{info:#?}");
    uri
}

#[test]
fn cinderclient_drives_the_attachments_api() {
    let env = TestEnv::new();
    let volume = env.create_volume("av1", "1");
    let clients = Clients::new(&env);
    let cinder = |args: &[&str]| {
        let mut all = vec!["--os-volume-api-version", "3.54"];
        all.extend(args);
        clients.cinder(&all)
    };

    // attachment-create --connect true: reserved and connected in one call.
    let created = property_tables(&cinder(&[
        "attachment-create",
        "av1",
        SERVER_A,
        "--connect",
        "true",
        "--host",
        "h1",
        "--ip",
        "127.0.0.1",
        "--mountpoint",
        "/dev/vdb",
    ]));
    let [attachment, info] = &created[..] else {
        panic!("the attachment and its connection info: {created:#?}");
    };
    let id = attachment["id"].clone();
    assert_eq!(attachment["status"], "attaching", "{attachment:#?}");
    assert_eq!(attachment["instance"], SERVER_A);
    assert_eq!(attachment["volume_id"], volume.id);
    assert_eq!(attachment["attach_mode"], "rw");
    assert_eq!(attachment["attached_at"], "");
    let uri = nbd_properties(info, &id, &volume.id);
    assert_eq!(crate::api_attachments::nbd_size(&uri), Some(1 << 30));
    // The catalogue: the connector cinderclient built, and the same export.
    let cli = cli_attachment(&env, &id);
    assert_eq!(cli.attach_status, "attaching");
    assert_eq!(cli.attached_host.as_deref(), Some("h1"));
    assert_eq!(cli.mountpoint.as_deref(), Some("/dev/vdb"));
    assert_eq!(cli.instance_uuid.as_deref(), Some(SERVER_A));
    let connector = cli.connector.as_ref().expect("the connector");
    assert_eq!(connector["ip"], "127.0.0.1");
    assert_eq!(connector["platform"], "x86_64", "cinderclient's default");
    assert_eq!(connector["os_type"], "linux2", "cinderclient's default");
    assert_eq!(
        cli.connection_info.as_ref().expect("connection info").data["uri"],
        uri.as_str()
    );
    assert_eq!(volume_states(&env, "av1"), pair("attaching", "attaching"));
    assert_eq!(env.nbd_daemons().len(), 1);

    // attachment-list and attachment-show.
    let listed = rows(&cinder(&["attachment-list"]));
    assert_eq!(listed.len(), 1, "{listed:#?}");
    let line = row(&listed, "ID", &id);
    assert_eq!(
        (
            line["Volume ID"].as_str(),
            line["Status"].as_str(),
            line["Server ID"].as_str()
        ),
        (volume.id.as_str(), "attaching", SERVER_A)
    );
    let shown = property_tables(&cinder(&["attachment-show", &id]));
    assert_eq!(shown, created, "attachment-show prints what create printed");

    // attachment-complete: attached, the volume in-use for the server.
    cinder(&["attachment-complete", &id]);
    let cli = cli_attachment(&env, &id);
    assert_eq!(cli.attach_status, "attached");
    let attach_time = cli.attach_time.clone().expect("an attach time");
    assert_eq!(volume_states(&env, "av1"), pair("in-use", "attached"));
    let shown = clients.cinder_properties(&["show", "av1"]);
    assert_eq!(shown["status"], "in-use");
    assert_eq!(shown["attached_servers"], format!("['{SERVER_A}']"));
    assert_eq!(shown["attachment_ids"], format!("['{id}']"));
    let listed = rows(&clients.cinder(&["list"]));
    assert_eq!(row(&listed, "ID", &volume.id)["Attached to"], SERVER_A);
    let shown = property_tables(&cinder(&["attachment-show", &id]));
    assert_eq!(shown[0]["status"], "attached");
    assert_eq!(shown[0]["attached_at"], attach_time);
    for filter in [
        vec!["--status", "attached"],
        vec!["--volume-id", volume.id.as_str()],
    ] {
        let mut args = vec!["attachment-list"];
        args.extend(&filter);
        let listed = rows(&cinder(&args));
        assert_eq!(listed.len(), 1, "{filter:?}: {listed:#?}");
        assert_eq!(row(&listed, "ID", &id)["Status"], "attached");
    }
    let listed = rows(&cinder(&["attachment-list", "--status", "reserved"]));
    assert!(listed.is_empty(), "{listed:#?}");

    // summary (3.12; metadata 3.36).
    let summary = properties(&cinder(&["summary"]));
    assert_eq!(summary["total_count"], "1", "{summary:#?}");
    assert_eq!(summary["total_size"], "1", "{summary:#?}");
    assert_eq!(summary["metadata"], "", "{summary:#?}");

    // attachment-delete: the export goes with the last attachment.
    cinder(&["attachment-delete", &id]);
    assert_eq!(cli_attachments(&env), []);
    assert_eq!(volume_states(&env, "av1"), pair("available", "detached"));
    assert!(env.nbd_daemons().is_empty(), "qemu-nbd still runs");
    assert_eq!(crate::api_attachments::nbd_size(&uri), None);
    assert!(rows(&cinder(&["attachment-list"])).is_empty());
    assert_eq!(
        clients.cinder_properties(&["show", "av1"])["status"],
        "available"
    );
}

/// `cinder attachment-create VOL SERVER` without `--connect` reserves (cinderclient sends
/// `"connector": {}`, which Cinder takes as none); `attachment-update` then connects it.
#[test]
fn cinderclient_reserves_then_updates_an_attachment() {
    let env = TestEnv::new();
    let volume = env.create_volume("av2", "1");
    let clients = Clients::new(&env);
    let cinder = |args: &[&str]| {
        let mut all = vec!["--os-volume-api-version", "3.54"];
        all.extend(args);
        clients.cinder(&all)
    };
    let reserved = property_tables(&cinder(&["attachment-create", "av2", SERVER_B]));
    assert_eq!(reserved.len(), 1, "no connection info yet: {reserved:#?}");
    let id = reserved[0]["id"].clone();
    assert_eq!(reserved[0]["status"], "reserved");
    assert_eq!(volume_states(&env, "av2"), pair("reserved", "reserved"));
    assert!(env.nbd_daemons().is_empty());

    let updated = property_tables(&cinder(&[
        "attachment-update",
        &id,
        "--host",
        "h2",
        "--ip",
        "127.0.0.1",
        "--mountpoint",
        "/dev/vdc",
    ]));
    let [attachment, info] = &updated[..] else {
        panic!("the attachment and its connection info: {updated:#?}");
    };
    assert_eq!(attachment["status"], "attaching");
    nbd_properties(info, &id, &volume.id);
    assert_eq!(
        cli_attachment(&env, &id).attached_host.as_deref(),
        Some("h2")
    );
    cinder(&["attachment-complete", &id]);
    assert_eq!(volume_states(&env, "av2"), pair("in-use", "attached"));
    cinder(&["attachment-delete", &id]);
    assert_eq!(volume_states(&env, "av2"), pair("available", "detached"));
    assert!(env.nbd_daemons().is_empty());
}

/// The SDK's attachment calls, one phase per run, printing what the SDK saw as JSON:
/// `create VOLUME INSTANCE [HOST MOUNTPOINT]`, `complete ID`, `show ID`, `list [K=V…]`,
/// `delete ID`.
const SDK_ATTACHMENT_SCRIPT: &str = r#"
import json, sys
import openstack

url, phase, args = sys.argv[1], sys.argv[2], sys.argv[3:]
conn = openstack.connection.Connection(
    auth_type="admin_token",
    auth={"token": "u1:admin", "endpoint": url},
    block_storage_endpoint_override=url,
    block_storage_api_version="3",
)
bs = conn.block_storage

def view(a):
    return {"id": a.id, "status": a.status, "instance": a.instance,
            "volume_id": a.volume_id, "attach_mode": a.attach_mode,
            "attached_at": a.attached_at, "connection_info": a.connection_info}

if phase == "create":
    volume = bs.find_volume(args[0], ignore_missing=False)
    attrs = {"instance": args[1]}
    if len(args) > 2:
        attrs["connector"] = {"host": args[2], "ip": "127.0.0.1", "mountpoint": args[3],
                              "initiator": "iqn.1993-08.org.debian:01:abc",
                              "platform": "x86_64", "os_type": "linux", "multipath": False}
    seen = view(bs.create_attachment(volume, **attrs))
elif phase == "complete":
    bs.complete_attachment(args[0])
    seen = view(bs.get_attachment(args[0]))
elif phase == "show":
    seen = view(bs.get_attachment(args[0]))
elif phase == "list":
    seen = [view(a) for a in bs.attachments(**dict(kv.split("=", 1) for kv in args))]
elif phase == "delete":
    bs.delete_attachment(args[0], ignore_missing=False)
    seen = sorted(a.id for a in bs.attachments())
print(json.dumps(seen))
"#;

/// Runs one phase of the SDK attachment script against the clients' server.
fn sdk_attachments(clients: &Clients<'_>, args: &[&str]) -> Value {
    let script = clients.env.dir.path().join("sdk_attachments.py");
    if !script.exists() {
        std::fs::write(&script, SDK_ATTACHMENT_SCRIPT).expect("write the SDK script");
    }
    let script = script.to_string_lossy().into_owned();
    let endpoint = clients.server.endpoint(Some("admin"));
    let mut all = vec![script.as_str(), endpoint.as_str()];
    all.extend(args);
    let stdout = clients.ok("python", &all);
    serde_json::from_str(stdout.trim())
        .unwrap_or_else(|e| panic!("the SDK script {args:?} printed no JSON ({e}):\n{stdout}"))
}

#[test]
fn openstacksdk_drives_the_attachments_api() {
    let env = TestEnv::new();
    let created: Change<Volume> =
        env.json(&["volume", "create", "shared", "--size", "1", "--multiattach"]);
    let volume_id = created.value.id;
    let clients = Clients::new(&env);

    // create_attachment with a connector and an instance: connected at once.
    let first = sdk_attachments(
        &clients,
        &["create", "shared", SERVER_A, "node1", "/dev/vdb"],
    );
    let first_id = first["id"].as_str().expect("an id").to_owned();
    assert_eq!(first["status"], "attaching", "{first:#}");
    assert_eq!(first["instance"], SERVER_A);
    assert_eq!(first["volume_id"], volume_id.as_str());
    let info = &first["connection_info"];
    assert_eq!(info["driver_volume_type"], "nbd", "{first:#}");
    assert_eq!(info["attachment_id"], first_id.as_str());
    let uri = info["uri"].as_str().expect("a uri").to_owned();
    assert_eq!(crate::api_attachments::nbd_size(&uri), Some(1 << 30));
    let cli = cli_attachment(&env, &first_id);
    assert_eq!(cli.attach_status, "attaching");
    assert_eq!(cli.attached_host.as_deref(), Some("node1"));
    assert_eq!(cli.mountpoint.as_deref(), Some("/dev/vdb"));
    assert_eq!(
        cli.connector.as_ref().expect("the connector")["initiator"],
        "iqn.1993-08.org.debian:01:abc"
    );
    assert_eq!(
        volume_states(&env, "shared"),
        pair("attaching", "attaching")
    );

    // complete_attachment.
    let completed = sdk_attachments(&clients, &["complete", &first_id]);
    assert_eq!(completed["status"], "attached", "{completed:#}");
    let cli = cli_attachment(&env, &first_id);
    assert_eq!(cli.attach_status, "attached");
    assert_eq!(volume_states(&env, "shared"), pair("in-use", "attached"));
    assert_eq!(
        sdk_attachments(&clients, &["show", &first_id]),
        completed,
        "get_attachment sees what complete left"
    );

    // A second host on the multiattach volume, then attachments() with and without filters.
    let second = sdk_attachments(
        &clients,
        &["create", "shared", SERVER_B, "node2", "/dev/vdc"],
    );
    let second_id = second["id"].as_str().expect("an id").to_owned();
    assert_eq!(
        second["connection_info"]["uri"],
        uri.as_str(),
        "one export for both hosts"
    );
    sdk_attachments(&clients, &["complete", &second_id]);
    assert_eq!(env.nbd_daemons().len(), 1);
    let ids = |seen: &Value| -> Vec<String> {
        let mut ids: Vec<String> = seen
            .as_array()
            .unwrap_or_else(|| panic!("a list: {seen:#}"))
            .iter()
            .map(|a| a["id"].as_str().expect("an id").to_owned())
            .collect();
        ids.sort();
        ids
    };
    let mut both = vec![first_id.clone(), second_id.clone()];
    both.sort();
    let listed = sdk_attachments(&clients, &["list"]);
    assert_eq!(ids(&listed), both);
    let cli_ids: Vec<String> = {
        let mut ids: Vec<String> = cli_attachments(&env).into_iter().map(|a| a.id).collect();
        ids.sort();
        ids
    };
    assert_eq!(cli_ids, both);
    assert!(
        listed
            .as_array()
            .unwrap()
            .iter()
            .all(|a| a["status"] == "attached" && a["volume_id"] == volume_id.as_str()),
        "{listed:#}"
    );
    let by_instance = format!("instance_id={SERVER_B}");
    assert_eq!(
        ids(&sdk_attachments(&clients, &["list", &by_instance])),
        [second_id.as_str()]
    );
    let by_volume = format!("volume_id={volume_id}");
    assert_eq!(ids(&sdk_attachments(&clients, &["list", &by_volume])), both);
    assert_eq!(
        ids(&sdk_attachments(&clients, &["list", "status=reserved"])),
        Vec::<String>::new()
    );

    // delete_attachment: node1 goes, node2 keeps the export; then the last goes.
    let left = sdk_attachments(&clients, &["delete", &first_id]);
    assert_eq!(left, serde_json::json!([second_id]));
    assert_eq!(volume_states(&env, "shared"), pair("in-use", "attached"));
    assert_eq!(crate::api_attachments::nbd_size(&uri), Some(1 << 30));
    let left = sdk_attachments(&clients, &["delete", &second_id]);
    assert_eq!(left, serde_json::json!([]));
    assert_eq!(cli_attachments(&env), []);
    assert_eq!(volume_states(&env, "shared"), pair("available", "detached"));
    assert!(env.nbd_daemons().is_empty(), "qemu-nbd still runs");
    assert_eq!(crate::api_attachments::nbd_size(&uri), None);
}

#[test]
fn openstackclient_drives_the_attachments_api() {
    let env = TestEnv::new();
    let volume = env.create_volume("oa1", "1");
    let clients = Clients::new(&env);
    let openstack = |args: &[&str]| -> Value {
        let mut all = vec!["--os-volume-api-version", "3.54"];
        all.extend(args);
        clients.openstack_json(&all)
    };
    let openstack_plain = |args: &[&str]| -> String {
        let mut all = vec!["--os-volume-api-version", "3.54"];
        all.extend(args);
        clients.openstack(&all)
    };

    // `openstack volume attachment create` resolves its server through Nova, which is
    // not here: the reservation is made with the SDK (as Nova would), the rest with
    // openstackclient.
    let reserved = sdk_attachments(&clients, &["create", "oa1", SERVER_A]);
    let id = reserved["id"].as_str().expect("an id").to_owned();
    assert_eq!(reserved["status"], "reserved", "{reserved:#}");
    assert_eq!(volume_states(&env, "oa1"), pair("reserved", "reserved"));

    let shown = openstack(&["volume", "attachment", "show", &id]);
    assert_eq!(shown["ID"], id.as_str(), "{shown:#}");
    assert_eq!(shown["Status"], "reserved", "{shown:#}");
    assert_eq!(shown["Instance ID"], SERVER_A);
    assert_eq!(shown["Properties"], serde_json::json!({}), "{shown:#}");

    // volume attachment set: the host's connector, so exported and attaching.
    let set = openstack(&[
        "volume",
        "attachment",
        "set",
        &id,
        "--host",
        "h3",
        "--ip",
        "127.0.0.1",
        "--mountpoint",
        "/dev/vdd",
    ]);
    assert_eq!(set["Status"], "attaching", "{set:#}");
    let properties = &set["Properties"];
    assert_eq!(properties["driver_volume_type"], "nbd", "{set:#}");
    assert_eq!(properties["attachment_id"], id.as_str());
    let uri = properties["uri"].as_str().expect("a uri").to_owned();
    assert_eq!(crate::api_attachments::nbd_size(&uri), Some(1 << 30));
    let cli = cli_attachment(&env, &id);
    assert_eq!(cli.attach_status, "attaching");
    assert_eq!(cli.attached_host.as_deref(), Some("h3"));
    assert_eq!(cli.mountpoint.as_deref(), Some("/dev/vdd"));
    assert_eq!(volume_states(&env, "oa1"), pair("attaching", "attaching"));

    // volume attachment list, with its filters.
    let listed = openstack(&["volume", "attachment", "list"]);
    assert_eq!(
        listed,
        serde_json::json!([{
            "ID": id, "Volume ID": volume.id, "Server ID": SERVER_A, "Status": "attaching"
        }])
    );
    let filtered = openstack(&["volume", "attachment", "list", "--volume-id", &volume.id]);
    assert_eq!(filtered, listed);
    let filtered = openstack(&["volume", "attachment", "list", "--server-id", SERVER_B]);
    assert_eq!(filtered, serde_json::json!([]));

    // volume attachment complete.
    let printed = openstack_plain(&["volume", "attachment", "complete", &id]);
    assert_eq!(printed.trim(), "", "complete prints nothing");
    let cli = cli_attachment(&env, &id);
    assert_eq!(cli.attach_status, "attached");
    assert_eq!(volume_states(&env, "oa1"), pair("in-use", "attached"));
    let shown = openstack(&["volume", "attachment", "show", &id]);
    assert_eq!(shown["Status"], "attached", "{shown:#}");
    assert_eq!(shown["Attach Mode"], "rw", "{shown:#}");
    assert_eq!(
        shown["Attached At"],
        cli.attach_time.as_deref().expect("an attach time"),
        "{shown:#}"
    );
    assert_eq!(shown["Properties"], set["Properties"]);
    let filtered = openstack(&["volume", "attachment", "list", "--status", "attached"]);
    assert_eq!(filtered.as_array().map(Vec::len), Some(1), "{filtered:#}");
    let volume_shown = clients.openstack_json(&["volume", "show", "oa1"]);
    assert_eq!(volume_shown["status"], "in-use", "{volume_shown:#}");

    // volume attachment delete.
    openstack_plain(&["volume", "attachment", "delete", &id]);
    assert_eq!(cli_attachments(&env), []);
    assert_eq!(volume_states(&env, "oa1"), pair("available", "detached"));
    assert!(env.nbd_daemons().is_empty(), "qemu-nbd still runs");
    assert_eq!(crate::api_attachments::nbd_size(&uri), None);
    assert_eq!(
        openstack(&["volume", "attachment", "list"]),
        serde_json::json!([])
    );
}

fn cli_backups(env: &TestEnv) -> Vec<Backup> {
    env.json(&["backup", "list"])
}

/// Backups with the real clients: `cinder backup-create`, `backup-restore` into a new
/// volume, `backup-delete`; `openstack volume backup create|restore|delete`. Each restore
/// reads back the pattern written into the source.
#[test]
fn cinderclient_and_openstackclient_back_up_and_restore() {
    let env = TestEnv::new();
    let clients = Clients::new(&env);
    clients.cinder(&["create", "--name", "bk1", "1"]);
    poll(
        "bk1 available",
        || cli_volume(&env, "bk1").status,
        |s| s == "available",
    );
    write_pattern(&env.image_of("bk1"), 0x6b, 2 << 20, 1 << 20);

    // cinder: create, list, restore into a new volume, delete.
    let created = clients.cinder_properties(&["backup-create", "--name", "b1", "bk1"]);
    assert_eq!(created["name"], "b1");
    assert_eq!(created["volume_id"], cli_volume(&env, "bk1").id);
    let listed = poll(
        "b1 available",
        || cli_backups(&env),
        |b| b.iter().any(|b| b.name == "b1" && b.status == "available"),
    );
    let b1 = listed.iter().find(|b| b.name == "b1").expect("b1");
    assert_eq!(b1.id, created["id"]);
    let table = rows(&clients.cinder(&["backup-list"]));
    assert_eq!(row(&table, "Name", "b1")["Status"], "available");
    let restore = clients.cinder_properties(&["backup-restore", "--name", "restored", "b1"]);
    assert_eq!(restore["backup_id"], b1.id);
    assert_eq!(restore["volume_name"], "restored");
    let restored = poll(
        "restored available",
        || cli_volume(&env, "restored"),
        |v| v.status == "available",
    );
    assert_eq!(restore["volume_id"], restored.id);
    assert!(reads_pattern(
        &env.image_of("restored"),
        0x6b,
        2 << 20,
        1 << 20
    ));

    // openstack: the same through openstacksdk's block-storage proxy.
    let b2 = clients.openstack_json(&["volume", "backup", "create", "--name", "b2", "bk1"]);
    assert_eq!(b2["name"], "b2");
    poll(
        "b2 available",
        || cli_backups(&env),
        |b| b.iter().any(|b| b.name == "b2" && b.status == "available"),
    );
    let restore = clients.openstack_json(&["volume", "backup", "restore", "b2", "newvol"]);
    assert_eq!(restore["volume_name"], "newvol");
    poll(
        "newvol available",
        || cli_volume(&env, "newvol").status,
        |s| s == "available",
    );
    assert!(reads_pattern(
        &env.image_of("newvol"),
        0x6b,
        2 << 20,
        1 << 20
    ));
    let listed = clients.openstack_json(&["volume", "backup", "list"]);
    let names: BTreeMap<&str, &str> = listed
        .as_array()
        .expect("a list")
        .iter()
        .map(|b| (b["Name"].as_str().unwrap(), b["Status"].as_str().unwrap()))
        .collect();
    assert_eq!(
        names,
        BTreeMap::from([("b1", "available"), ("b2", "available")])
    );

    // Deleted by each client: the catalogue and the repository are empty again.
    clients.cinder(&["backup-delete", "b1"]);
    clients.openstack(&["volume", "backup", "delete", "b2"]);
    poll("backups gone", || cli_backups(&env), Vec::is_empty);
    assert_eq!(env.quota("backups").in_use, 0);
}
