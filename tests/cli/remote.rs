//! `blockctl --remote URL --token T …` against `blockctl serve` (the `api.rs` fixture):
//! the same verbs print what they print locally, the server's catalogue is the one that
//! changes, and verbs the v3 API has no call for say so.

use serde_json::Value;

use crate::api::{ADMIN, Server};
use crate::support::{Backup, Change, Snapshot, TestEnv, Volume};

/// The client's own env (its state dir must stay untouched) and the remote arguments.
struct Client {
    env: TestEnv,
    args: Vec<String>,
}

impl Client {
    fn new(server: &Server, token: &str) -> Client {
        Client {
            env: TestEnv::new(),
            args: vec![
                "--remote".into(),
                format!("http://127.0.0.1:{}/v3/admin", server.port),
                "--token".into(),
                token.into(),
            ],
        }
    }

    fn argv<'a>(&'a self, args: &[&'a str]) -> Vec<&'a str> {
        let mut all: Vec<&str> = self.args.iter().map(String::as_str).collect();
        all.extend(args);
        all
    }

    fn json<T: serde::de::DeserializeOwned>(&self, args: &[&str]) -> T {
        self.env.json(&self.argv(args))
    }

    fn fails(&self, args: &[&str], code: i32) -> String {
        self.env.fails(&self.argv(args), code)
    }
}

/// What a remote volume shows the same as a local one (Cinder has no image location or
/// clone links to give).
fn comparable(v: &Volume) -> Volume {
    Volume {
        provider_location: None,
        volume_type_id: String::new(),
        ..v.clone()
    }
}

#[test]
fn remote_verbs_change_the_servers_catalogue_and_print_as_local_ones() {
    let server_env = TestEnv::new();
    let server = Server::start(&server_env);
    let client = Client::new(&server, ADMIN);

    let created: Change<Volume> = client.json(&["volume", "create", "r1", "--size", "1"]);
    assert!(created.changed);
    assert_eq!(created.value.status, "available");
    let local: Vec<Volume> = server_env.json(&["volume", "list"]);
    let remote: Vec<Volume> = client.json(&["volume", "list"]);
    assert_eq!(
        remote.iter().map(comparable).collect::<Vec<_>>(),
        local.iter().map(comparable).collect::<Vec<_>>()
    );
    let table_remote = client.env.ok(&client.argv(&["volume", "list"]));
    let table_local = server_env.ok(&["volume", "list"]);
    assert_eq!(table_remote, table_local, "the default table is the same");

    let extended: Change<Volume> = client.json(&["volume", "extend", "r1", "--size", "2"]);
    assert_eq!(extended.value.size, 2);
    let unchanged: Change<Volume> = client.json(&["volume", "extend", "r1", "--size", "2"]);
    assert!(!unchanged.changed);

    crate::support::write_pattern(&server_env.image_of("r1"), 5, 0, 1 << 20);
    let snapshot: Change<Snapshot> = client.json(&["volume", "snapshot", "r1", "--name", "s1"]);
    assert_eq!(snapshot.value.status, "available");
    let backup: Change<Backup> = client.json(&["volume", "backup", "r1", "--name", "b1"]);
    assert_eq!(backup.value.status, "available");
    let restored: Change<Volume> = client.json(&["backup", "restore", "b1", "--name", "rr"]);
    assert_eq!(
        (restored.value.name.as_str(), restored.value.size),
        ("rr", 2)
    );
    // The command returned once the data was there, not when the new volume was first
    // `available` (before the restore flow began).
    assert_eq!(restored.value.status, "available");
    assert!(crate::support::reads_pattern(
        &server_env.image_of("rr"),
        5,
        0,
        1 << 20
    ));

    let server_names: Vec<String> = server_env
        .json::<Vec<Volume>>(&["volume", "list"])
        .into_iter()
        .map(|v| v.name)
        .collect();
    assert_eq!(server_names, ["r1", "rr"]);
    let quotas: Vec<Value> = client.json(&["quota", "show"]);
    let in_use = |r: &str| quotas.iter().find(|q| q["resource"] == r).unwrap()["in_use"].clone();
    assert_eq!((in_use("volumes"), in_use("backups")), (2.into(), 1.into()));

    client.json::<Value>(&["backup", "delete", "b1", "--yes"]);
    client.json::<Value>(&["volume", "delete", "rr", "--yes"]);
    let deleted: Value = client.json(&["volume", "delete", "r1", "--cascade", "--yes"]);
    assert_eq!(deleted["snapshots"].as_array().map(Vec::len), Some(1));
    assert!(
        server_env
            .json::<Vec<Volume>>(&["volume", "list"])
            .is_empty()
    );
    assert!(
        !client.env.state.exists(),
        "a remote command must not open a local catalogue"
    );
}

#[test]
fn remote_errors_keep_their_meaning() {
    let server_env = TestEnv::new();
    let server = Server::start(&server_env);
    let client = Client::new(&server, ADMIN);
    let stderr = client.fails(&["volume", "show", "nope"], 3);
    assert!(stderr.contains("nope"), "{stderr}");
    let stderr = client.fails(&["volume", "create", "big", "--size", "100000"], 6);
    assert!(stderr.contains("quota"), "{stderr}");
    // Verbs without a v3 call say so, and change nothing.
    for verbs in [
        &["flow", "list"][..],
        &["doctor"],
        &["backup", "verify", "b1"],
    ] {
        let stderr = client.fails(verbs, 2);
        assert!(stderr.contains("without --remote"), "{verbs:?}: {stderr}");
    }
    // Bad remote arguments are usage errors; an unreachable server is a backend error.
    let env = TestEnv::new();
    let url = format!("http://127.0.0.1:{}/v3/admin", server.port);
    let stderr = env.fails(&["--remote", &url, "volume", "list"], 2);
    assert!(stderr.contains("--token"), "{stderr}");
    let bare = format!("http://127.0.0.1:{}/v3", server.port);
    let stderr = env.fails(&["--remote", &bare, "--token", ADMIN, "volume", "list"], 2);
    assert!(stderr.contains("PROJECT_ID"), "{stderr}");
    let closed = "http://127.0.0.1:9/v3/admin";
    let stderr = env.fails(&["--remote", closed, "--token", ADMIN, "volume", "list"], 7);
    assert!(stderr.contains("cannot reach"), "{stderr}");
    assert!(
        server_env
            .json::<Vec<Volume>>(&["volume", "list"])
            .is_empty()
    );
}
