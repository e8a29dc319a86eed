//! The output contract of docs/json.md: every command's `-o json` parses into the typed
//! structs of `support/json.rs` (which reject unknown fields), `-o value -c` prints bare
//! values, `-f` is `-o`, and mutating verbs report `changed`.

use std::collections::BTreeMap;
use std::os::unix::process::ExitStatusExt;
use std::process::Stdio;

use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::support::{
    Deletion, Flow, FlowRecovered, FlowTask, Quota, QuotaSet, Snapshot, TestEnv, Volume,
};

fn argv(line: &str) -> Vec<&str> {
    line.split_whitespace().collect()
}

/// Parses `value` into `T`, whose `deny_unknown_fields` makes any drift fail.
fn strict<T: DeserializeOwned>(value: Value, what: &str) -> T {
    let text = value.to_string();
    serde_json::from_value(value).unwrap_or_else(|e| panic!("{what}: {e}\n{text}"))
}

/// `line` with `-o json`, parsed strictly into `T`.
fn json<T: DeserializeOwned>(env: &TestEnv, line: &str) -> T {
    strict(env.json(&argv(line)), line)
}

/// A mutating verb's `-o json`: `changed` plus exactly `T`'s fields. (`support::Change`
/// flattens `T`, and a flattened struct silently ignores unknown fields; this does not.)
fn change<T: DeserializeOwned>(env: &TestEnv, line: &str) -> (bool, T) {
    let Value::Object(mut object) = env.json(&argv(line)) else {
        panic!("{line}: not a JSON object");
    };
    let changed = object.remove("changed").and_then(|c| c.as_bool());
    let changed = changed.unwrap_or_else(|| panic!("{line}: no boolean 'changed'"));
    (changed, strict(Value::Object(object), line))
}

/// `flow show`: a flow, its journaled `store` and its `tasks`, nothing else.
fn flow_detail(env: &TestEnv, id: &str) -> (Flow, Vec<FlowTask>) {
    let line = format!("flow show {id}");
    let Value::Object(mut object) = env.json(&argv(&line)) else {
        panic!("{line}: not a JSON object");
    };
    assert!(
        object.remove("store").is_some_and(|s| s.is_object()),
        "{line}: store"
    );
    let tasks = strict(object.remove("tasks").expect("tasks"), &line);
    (strict(Value::Object(object), &line), tasks)
}

/// `config show -o json`: the effective configuration.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct EffectiveConfig {
    source: Option<String>,
    state_dir: String,
    host: String,
    project_id: String,
    enabled_backends: Vec<String>,
    default_volume_type: String,
    capacity_weight_multiplier: f64,
    backends: BTreeMap<String, BackendConfig>,
    backup_driver: String,
    backup_chunk_size: u64,
    backup_compression_algorithm: String,
    backup_compression_level: i32,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct BackendConfig {
    volume_driver: String,
    volume_backend_name: Option<String>,
    file_volume_path: Option<String>,
    target_helper: Option<String>,
}

#[test]
fn volume_verbs_print_the_documented_shapes() {
    let env = TestEnv::new();
    let (_, created): (bool, Volume) = change(&env, "volume create db1 --size 1");
    assert_eq!(json::<Volume>(&env, "volume show db1"), created);
    let (_, _): (bool, Snapshot) = change(&env, "volume snapshot db1 --name s1");
    let (_, clone): (bool, Volume) = change(&env, "volume clone --snapshot s1 --name c1");
    let (_, copy): (bool, Volume) = change(&env, "volume clone --source db1 --name c2");
    for line in [
        "volume set c2 --description copy",
        "volume extend c2 --size 2",
        "volume flatten c1",
        "volume revert db1 --snapshot s1 --yes",
    ] {
        let (changed, _): (bool, Volume) = change(&env, line);
        assert!(changed, "{line}");
    }
    let listed: Vec<Volume> = json(&env, "volume list");
    let ids: Vec<&str> = listed.iter().map(|v| v.id.as_str()).collect();
    assert_eq!(ids, [&created.id, &clone.id, &copy.id]);
    let (_, deleted): (bool, Deletion) = change(&env, "volume delete c1 c2 --yes");
    assert_eq!(deleted.volumes, [clone.id, copy.id]);
}

#[test]
fn snapshot_verbs_print_the_documented_shapes() {
    let env = TestEnv::new();
    let volume = env.create_volume("db1", "1");
    let (_, snap): (bool, Snapshot) = change(&env, "snapshot create db1 --name s1");
    assert_eq!(json::<Snapshot>(&env, "snapshot show s1"), snap);
    let only = std::slice::from_ref(&snap);
    assert_eq!(json::<Vec<Snapshot>>(&env, "snapshot list"), only);
    let line = format!("snapshot list --volume {}", volume.id);
    assert_eq!(json::<Vec<Snapshot>>(&env, &line), only);
    let (_, deleted): (bool, Deletion) = change(&env, "snapshot delete s1 --yes");
    assert!(deleted.volumes.is_empty());
    assert_eq!(deleted.snapshots, [snap.id]);
}

#[test]
fn quota_flow_and_config_print_the_documented_shapes() {
    let env = TestEnv::new();
    let volume = env.create_volume("db1", "1");
    assert_eq!(json::<Vec<Quota>>(&env, "quota show").len(), 5);
    let set: QuotaSet = json(&env, "quota set --volumes 5");
    assert!(set.changed);
    let flows: Vec<Flow> = json(&env, "flow list");
    assert_eq!(flows.len(), 1);
    assert_eq!(
        (flows[0].kind.as_str(), &flows[0].resource_id),
        ("volume_create", &volume.id)
    );
    let (flow, tasks) = flow_detail(&env, &flows[0].id);
    assert_eq!((flow, tasks.len()), (flows[0].clone(), 8));
    assert!(json::<Vec<Flow>>(&env, "flow list --unfinished").is_empty());
    assert!(json::<Vec<FlowRecovered>>(&env, "flow recover").is_empty());
    let config: EffectiveConfig = json(&env, "config show");
    assert_eq!(config.source, None);
    assert_eq!(config.capacity_weight_multiplier, 1.0);
    assert_eq!(Some(config.state_dir.as_str()), env.state.to_str());
    assert!(!config.host.is_empty());
    assert_eq!(config.project_id, "admin");
    assert_eq!(config.default_volume_type, "__DEFAULT__");
    assert_eq!(config.enabled_backends, ["file-1"]);
    assert_eq!(
        (config.backup_driver.as_str(), config.backup_chunk_size),
        ("posix", 4 << 20)
    );
    assert_eq!(
        (
            config.backup_compression_algorithm.as_str(),
            config.backup_compression_level
        ),
        ("zstd", 3)
    );
    let backend = &config.backends["file-1"];
    assert_eq!(backend.volume_driver, "file");
    assert_eq!(backend.volume_backend_name.as_deref(), Some("file"));
    assert_eq!(backend.file_volume_path, None);
    assert_eq!(backend.target_helper.as_deref(), Some("nbd"));
}

/// Leaves an interrupted `volume_create` flow: blockctl hangs (fault injection) after
/// creating the image, and is killed with SIGKILL. The hang marker is a FIFO, so the test
/// waits for the hang by reading it, without sleeping.
fn leave_an_interrupted_flow(env: &TestEnv) {
    let marker = env.dir.path().join("hang.fifo");
    let mkfifo = std::process::Command::new("mkfifo").arg(&marker).status();
    assert!(mkfifo.expect("mkfifo").success());
    let mut child = std::process::Command::new(env.cmd().get_program())
        .args(["volume", "create", "hung", "--size", "1"])
        .env("BLOCKCTL_STATE_DIR", &env.state)
        .env("XDG_CONFIG_HOME", env.dir.path().join("config"))
        .env_remove("BLOCKCTL_CONFIG")
        .env_remove("__BLOCKCTL_TEST_FAIL_AT")
        .env("__BLOCKCTL_TEST_HANG_AT", "CreateVolumeFromSpecTask:after")
        .env("__BLOCKCTL_TEST_HANG_MARKER", &marker)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn blockctl");
    let pid = child.id().to_string();
    let fifo = marker.clone();
    let waiter = std::thread::spawn(move || {
        let status = child.wait().expect("wait for blockctl");
        if status.signal().is_none() {
            // It exited without hanging: open the FIFO so the reader below sees EOF.
            drop(std::fs::OpenOptions::new().write(true).open(fifo));
        }
        status
    });
    let hung_at = std::fs::read_to_string(&marker).expect("read the hang marker");
    assert_eq!(hung_at, "CreateVolumeFromSpecTask", "blockctl did not hang");
    let kill = std::process::Command::new("kill")
        .args(["-9", &pid])
        .status();
    assert!(kill.expect("kill").success());
    assert_eq!(waiter.join().unwrap().signal(), Some(9));
}

#[test]
fn flow_recover_prints_the_documented_shape() {
    let env = TestEnv::new();
    leave_an_interrupted_flow(&env);
    let unfinished: Vec<Flow> = json(&env, "flow list --unfinished");
    assert_eq!(unfinished.len(), 1);
    assert!(unfinished[0].interrupted);
    let recovered: Vec<FlowRecovered> = json(&env, "flow recover");
    let expected = FlowRecovered {
        id: unfinished[0].id.clone(),
        kind: "volume_create".to_owned(),
        resource_id: unfinished[0].resource_id.clone(),
        recovery: "resumed".to_owned(),
    };
    assert_eq!(recovered, [expected]);
    assert_eq!(json::<Volume>(&env, "volume show hung").status, "available");
}

#[test]
fn mutating_verbs_report_changed_then_unchanged() {
    let env = TestEnv::new();
    let runs = [
        "volume create db1 --size 1 --if-not-exists",
        "volume snapshot db1 --name s1 --if-not-exists",
        "snapshot create db1 --name s2 --if-not-exists",
        "volume clone --snapshot s2 --name c1 --if-not-exists",
        "volume set db1 --description primary",
        "volume extend db1 --size 2",
        "volume flatten c1",
    ];
    for line in runs {
        let (first, _): (bool, Value) = change(&env, line);
        let (second, _): (bool, Value) = change(&env, line);
        assert_eq!((first, second), (true, false), "{line}");
    }
    let set = || json::<QuotaSet>(&env, "quota set --volumes 5 --gigabytes=-1").changed;
    assert_eq!((set(), set()), (true, false), "quota set");
    let deletes = ["volume delete c1", "snapshot delete s2"];
    for line in deletes.map(|d| format!("{d} --ignore-missing --yes")) {
        let line = line.as_str();
        let (first, _): (bool, Deletion) = change(&env, line);
        let (second, again): (bool, Deletion) = change(&env, line);
        assert_eq!((first, second), (true, false), "{line}");
        assert_eq!(
            (again.volumes.len(), again.snapshots.len()),
            (0, 0),
            "{line}"
        );
    }
}

#[test]
fn value_format_prints_bare_values() {
    let env = TestEnv::new();
    let db1 = env.create_volume("db1", "1");
    let db2 = env.create_volume("db2", "2");
    let show = |args: &str| env.ok(&argv(args));
    assert_eq!(
        show("volume show db1 -o value -c id"),
        format!("{}\n", db1.id)
    );
    assert_eq!(show("volume show db2 -o value -c name -c size"), "db2\n2\n");
    let rows = format!("{} db1\n{} db2\n", db1.id, db2.id);
    assert_eq!(show("volume list -o value -c id -c name"), rows);
    assert_eq!(
        show("quota show -o value -c resource -c in_use"),
        "volumes 2\nsnapshots 0\ngigabytes 3\nbackups 0\nbackup_gigabytes 0\n"
    );
    let all = show("volume show db1 -o value");
    assert_eq!(all.lines().count(), 21, "{all}");
    assert_eq!(all.lines().next(), Some(db1.id.as_str()));
}

#[test]
fn value_format_of_an_empty_list_prints_nothing_for_any_column() {
    let env = TestEnv::new();
    assert_eq!(env.ok(&argv("volume list -o value -c id")), "");
    // A column outside the default table columns is still a column of an empty list.
    assert_eq!(
        env.ok(&argv("volume list -o value -c provider_location")),
        ""
    );
    assert_eq!(env.ok(&argv("snapshot list -o value -c description")), "");
}

#[test]
fn dash_f_is_the_same_as_dash_o() {
    let env = TestEnv::new();
    env.create_volume("db1", "1");
    let with_o = env.ok(&argv("volume show db1 -o json"));
    assert_eq!(env.ok(&argv("volume show db1 -f json")), with_o);
    assert_eq!(env.ok(&argv("volume show db1 --format json")), with_o);
    assert_eq!(env.ok(&argv("volume list -f value -c name")), "db1\n");
    let listed = serde_json::from_str(&env.ok(&argv("volume list -f json"))).unwrap();
    assert_eq!(strict::<Vec<Volume>>(listed, "-f json").len(), 1);
}

#[test]
fn json_with_columns_keeps_only_those_fields() {
    let env = TestEnv::new();
    let volume = env.create_volume("db1", "1");
    let shown: Value = env.json(&argv("volume show db1 -c id -c name"));
    assert_eq!(shown, serde_json::json!({"id": volume.id, "name": "db1"}));
    let listed: Value = env.json(&argv("volume list -c name"));
    assert_eq!(listed, serde_json::json!([{"name": "db1"}]));
}

#[test]
fn an_unknown_column_exits_2_naming_the_available_ones() {
    let env = TestEnv::new();
    env.create_volume("db1", "1");
    let volume_columns = "id, name, status, size, attach_status, host";
    for (line, available) in [
        ("volume show db1 -c nope", volume_columns),
        ("volume list -o value -c nope", volume_columns),
        ("quota show -c nope", "resource, limit, in_use, reserved"),
    ] {
        let stderr = env.fails(&argv(line), 2);
        assert!(stderr.contains("unknown column 'nope'"), "{line}: {stderr}");
        assert!(
            stderr.contains(&format!("(available: {available}")),
            "{line}: {stderr}"
        );
    }
}

#[test]
fn an_unknown_column_on_a_mutating_verb_changes_nothing() {
    let env = TestEnv::new();
    env.create_volume("db1", "1");
    let before = env.observe();
    for line in [
        "volume create db2 --size 1 -c nope",
        "volume delete db1 --yes -c nope",
    ] {
        let stderr = env.fails(&argv(line), 2);
        assert!(stderr.contains("unknown column 'nope'"), "{line}: {stderr}");
        assert_eq!(
            env.observe(),
            before,
            "{line}: exit 2 promises nothing was changed"
        );
    }
}
