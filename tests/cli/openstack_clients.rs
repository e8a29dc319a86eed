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
