//! The remote verbs that move volumes and read backends, over `blockctl serve` with two
//! file backends: `backend list` (`scheduler-stats/get_pools`), `volume migrate`
//! (`os-migrate_volume`), `volume retype` (`os-retype`), and backup records carried from
//! one server to another (`export_record`, `import_record`).

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::api::{ADMIN, Server};
use crate::support::{BackendPool, Backup, Change, TestEnv, Volume, write_pattern};

/// Two file backends (file-2 in zone az2), backups in `backups`.
fn two_backends(dir: &Path, backups: &Path) -> String {
    format!(
        "host = \"node1\"\nenabled_backends = [\"file-1\", \"file-2\"]\n\
         backup_posix_path = \"{}\"\n\
         [backends.file-1]\nvolume_driver = \"file\"\nfile_volume_path = \"{}\"\n\
         [backends.file-2]\nvolume_driver = \"file\"\nfile_volume_path = \"{}\"\n\
         storage_availability_zone = \"az2\"\n",
        backups.display(),
        dir.join("v1").display(),
        dir.join("v2").display()
    )
}

/// A volume's image: its backend's directory (`v1` or `v2` under `dir`) and location.
fn image(env: &TestEnv, dir: &Path, volume: &str) -> PathBuf {
    let shown: Volume = env.json(&["volume", "show", volume]);
    let backend = if shown.host.ends_with("#file-2") {
        "v2"
    } else {
        "v1"
    };
    dir.join(backend)
        .join(shown.provider_location.expect("a location"))
}

fn remote_args(server: &Server) -> Vec<String> {
    vec![
        "--remote".into(),
        server.endpoint(Some("admin")),
        "--token".into(),
        ADMIN.into(),
    ]
}

fn with<'a>(prefix: &'a [String], args: &[&'a str]) -> Vec<&'a str> {
    prefix
        .iter()
        .map(String::as_str)
        .chain(args.iter().copied())
        .collect()
}

#[test]
fn remote_backend_list_migrate_and_retype_match_local_ones() {
    let shared = tempfile::tempdir().expect("temp dir");
    let env = TestEnv::with_config(&two_backends(shared.path(), &shared.path().join("backups")));
    let server = Server::start(&env);
    let client = TestEnv::new();
    let remote = remote_args(&server);

    // backend list: the same pools and figures as locally.
    // (The file backends' free space is the filesystem's, which parallel tests change:
    // compared within 1 GiB, the rest exactly.)
    let mut local: Value = env.json(&["backend", "list"]);
    let mut listed: Value = client.json(&with(&remote, &["backend", "list"]));
    for (l, r) in local
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .zip(listed.as_array_mut().unwrap())
    {
        let (free_l, free_r) = (l["free_capacity_gb"].take(), r["free_capacity_gb"].take());
        let gap = (free_l.as_f64().unwrap() - free_r.as_f64().unwrap()).abs();
        assert!(gap < 1.0, "free space {free_l} locally, {free_r} remotely");
    }
    assert_eq!(listed, local);
    let listed: Vec<BackendPool> = serde_json::from_value(listed).expect("the JSON contract");
    assert_eq!(listed.len(), 2);

    // migrate: the data moves to file-2 and reads back the same.
    // (--backend has no v3 call: file-1 is where the first volume lands, by capacity ties.)
    let created: Change<Volume> =
        client.json(&with(&remote, &["volume", "create", "mv", "--size", "1"]));
    assert_eq!(created.value.host, "node1@file-1#file-1");
    write_pattern(&image(&env, shared.path(), "mv"), 0x5a, 3 << 20, 1 << 20);
    let moved: Change<Volume> = client.json(&with(
        &remote,
        &["volume", "migrate", "mv", "--backend", "file-2"],
    ));
    assert!(moved.changed);
    assert_eq!(moved.value.host, "node1@file-2#file-2");
    assert_eq!(moved.value.status, "available");
    let local_view: Volume = env.json(&["volume", "show", "mv"]);
    assert_eq!(local_view.host, "node1@file-2#file-2");
    assert!(crate::support::reads_pattern(
        &image(&env, shared.path(), "mv"),
        0x5a,
        3 << 20,
        1 << 20
    ));
    // Again: already there, nothing changed.
    let again: Change<Volume> = client.json(&with(
        &remote,
        &["volume", "migrate", "mv", "--backend", "file-2"],
    ));
    assert!(!again.changed);
    // An unknown backend: one sentence, exit 2, the volume stays.
    let refused = client.fails(
        &with(
            &remote,
            &["volume", "migrate", "mv", "--backend", "nowhere"],
        ),
        2,
    );
    assert!(refused.contains("nowhere"), "{refused}");

    // retype: a type placing volumes on file-1 moves it back, on demand only.
    env.ok(&[
        "type",
        "create",
        "one",
        "--property",
        "volume_backend_name=file-1",
    ]);
    client.fails(
        &with(&remote, &["volume", "retype", "mv", "--type", "one"]),
        2,
    );
    let unchanged: Volume = env.json(&["volume", "show", "mv"]);
    assert_eq!(
        (unchanged.volume_type.as_str(), unchanged.host.as_str()),
        ("__DEFAULT__", "node1@file-2#file-2")
    );
    let retyped: Change<Volume> = client.json(&with(
        &remote,
        &[
            "volume",
            "retype",
            "mv",
            "--type",
            "one",
            "--migration-policy",
            "on-demand",
        ],
    ));
    assert!(retyped.changed);
    assert_eq!(
        (
            retyped.value.volume_type.as_str(),
            retyped.value.host.as_str()
        ),
        ("one", "node1@file-1#file-1")
    );
    assert!(crate::support::reads_pattern(
        &image(&env, shared.path(), "mv"),
        0x5a,
        3 << 20,
        1 << 20
    ));
}

#[test]
fn a_backup_record_exported_from_one_server_is_imported_by_another() {
    let shared = tempfile::tempdir().expect("temp dir");
    let backups = shared.path().join("backups");
    let first = TestEnv::with_config(&two_backends(&shared.path().join("a"), &backups));
    let second = TestEnv::with_config(&two_backends(&shared.path().join("b"), &backups));
    let (server_a, server_b) = (Server::start(&first), Server::start(&second));
    let client = TestEnv::new();
    let (remote_a, remote_b) = (remote_args(&server_a), remote_args(&server_b));

    client.ok(&with(
        &remote_a,
        &["volume", "create", "src", "--size", "1"],
    ));
    write_pattern(
        &image(&first, &shared.path().join("a"), "src"),
        0xc3,
        5 << 20,
        1 << 20,
    );
    let backup: Change<Backup> = client.json(&with(
        &remote_a,
        &["volume", "backup", "src", "--name", "nightly"],
    ));
    assert_eq!(backup.value.status, "available");

    let record_path = client.dir.path().join("record.json");
    let record = client.ok(&with(
        &remote_a,
        &["backup", "export-record", "nightly", "-o", "json"],
    ));
    let parsed: Value = serde_json::from_str(&record).expect("the record is JSON");
    assert_eq!(parsed["backup_service"], "posix");
    std::fs::write(&record_path, &record).unwrap();

    let imported: Change<Backup> = client.json(&with(
        &remote_b,
        &["backup", "import-record", record_path.to_str().unwrap()],
    ));
    assert!(imported.changed);
    assert_eq!(
        (imported.value.id.as_str(), imported.value.name.as_str()),
        (backup.value.id.as_str(), "nightly")
    );
    let on_b: Vec<Backup> = second.json(&["backup", "list"]);
    assert_eq!(on_b.len(), 1);

    // Server B restores it byte for byte.
    client.ok(&with(
        &remote_b,
        &["backup", "restore", "nightly", "--name", "copy"],
    ));
    assert!(crate::support::reads_pattern(
        &image(&second, &shared.path().join("b"), "copy"),
        0xc3,
        5 << 20,
        1 << 20
    ));
}

/// `backup set` renames a backup or changes its description, locally and over the API
/// (`PUT /backups/{id}`, 3.9); a name already there or nothing new changes nothing.
#[test]
fn backup_set_renames_locally_and_remotely() {
    let env = TestEnv::new();
    let server = Server::start(&env);
    let client = TestEnv::new();
    let remote = remote_args(&server);
    env.ok(&["volume", "create", "src", "--size", "1"]);
    env.ok(&["volume", "backup", "src", "--name", "first"]);

    let local: Change<Backup> = env.json(&[
        "backup",
        "set",
        "first",
        "--description",
        "before the upgrade",
    ]);
    assert!(local.changed);
    assert_eq!(
        local.value.description.as_deref(),
        Some("before the upgrade")
    );
    let again: Change<Backup> = env.json(&[
        "backup",
        "set",
        "first",
        "--description",
        "before the upgrade",
    ]);
    assert!(!again.changed);

    let renamed: Change<Backup> = client.json(&with(
        &remote,
        &["backup", "set", "first", "--name", "nightly"],
    ));
    assert!(renamed.changed);
    assert_eq!(renamed.value.name, "nightly");
    assert_eq!(
        renamed.value.description.as_deref(),
        Some("before the upgrade")
    );
    let shown: Backup = env.json(&["backup", "show", "nightly"]);
    assert_eq!(shown.id, local.value.id);

    // Bad input: one sentence, exit 2, nothing changed.
    let refused = env.fails(&["backup", "set", "nightly", "--name", ""], 2);
    assert!(refused.contains("name"), "{refused}");
    let unchanged: Backup = env.json(&["backup", "show", "nightly"]);
    assert_eq!(unchanged.updated_at, shown.updated_at);
    // Before 3.9 the call is not there.
    let body = serde_json::json!({"backup": {"name": "x"}}).to_string();
    let path = format!("/v3/admin/backups/{}", shown.id);
    server
        .request(
            "PUT",
            &path,
            Some(ADMIN),
            &[("OpenStack-API-Version", "volume 3.8")],
            Some(&body),
        )
        .fault(404, "itemNotFound");
}
