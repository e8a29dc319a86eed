//! The volume calls of microversions up to 3.54 (`summary` 3.12, `?force=true` 3.23,
//! `name~` 3.34, `with_count` 3.45, `backup_id` 3.47, `shared_targets` 3.48), over real
//! HTTP with the `api.rs` fixture and the helpers of `api_attachments.rs`.

use std::collections::BTreeSet;

use serde_json::{Value, json};

use crate::api::{ADMIN, Server, cli_volume, cli_volumes};
use crate::api_attachments::*;
use crate::support::*;

#[test]
fn volumes_summary_counts_and_sizes_from_3_12() {
    let env = TestEnv::new();
    let server = Server::start(&env);
    let summary = "/v3/admin/volumes/summary";
    call(&server, ADMIN, "3.12", "GET", summary, None).expect(200);
    assert_eq!(
        call(&server, ADMIN, "3.12", "GET", summary, None).json(),
        json!({"volume-summary": {"total_count": 0, "total_size": 0}})
    );
    volume(&server, "a", json!({"size": 2}));
    volume(&server, "b", json!({"size": 3}));
    // Another project's volume counts for that project only.
    server.create_volume("u2:p2", json!({"size": 4, "name": "theirs"}));
    let cli_total: u64 = cli_volumes(&env).iter().map(|v| v.size).sum();
    assert_eq!(cli_total, 5);

    for version in ["3.0", "3.11"] {
        call(&server, ADMIN, version, "GET", summary, None).fault(404, "itemNotFound");
    }
    for version in ["3.12", "3.35"] {
        let body = call(&server, ADMIN, version, "GET", summary, None)
            .expect(200)
            .json();
        assert_eq!(
            body,
            json!({"volume-summary": {"total_count": 2, "total_size": 5}}),
            "{version}"
        );
    }
    for version in ["3.36", LATEST] {
        let body = call(&server, ADMIN, version, "GET", "/v3/volumes/summary", None)
            .expect(200)
            .json();
        assert_eq!(
            body,
            json!({"volume-summary": {"total_count": 2, "total_size": 5, "metadata": {}}}),
            "{version}"
        );
    }
    let theirs = call(&server, "u2:p2", LATEST, "GET", "/v3/volumes/summary", None)
        .expect(200)
        .json();
    assert_eq!(theirs["volume-summary"]["total_count"], 1);
    assert_eq!(theirs["volume-summary"]["total_size"], 4);
}

#[test]
fn lists_count_with_count_from_3_45() {
    let env = TestEnv::new();
    let server = Server::start(&env);
    volume(&server, "a", json!({}));
    volume(&server, "b", json!({}));
    env.ok(&["volume", "snapshot", "a", "--name", "s1"]);
    env.ok(&["volume", "backup", "a", "--name", "b1"]);

    for (path, key, count) in [
        ("/v3/admin/volumes", "volumes", 2),
        ("/v3/admin/volumes/detail", "volumes", 2),
        ("/v3/admin/snapshots", "snapshots", 1),
        ("/v3/admin/snapshots/detail", "snapshots", 1),
        ("/v3/admin/backups", "backups", 1),
        ("/v3/admin/backups/detail", "backups", 1),
    ] {
        let filters_apply = key != "backups"; // see backup_lists_filter_and_count_*
        let counted = call(
            &server,
            ADMIN,
            "3.45",
            "GET",
            &format!("{path}?with_count=true"),
            None,
        )
        .expect(200)
        .json();
        assert_eq!(counted["count"], count, "{path}: {counted:#}");
        assert_eq!(
            counted[key].as_array().map(Vec::len),
            Some(count),
            "{path}: {counted:#}"
        );
        let keys: Vec<&String> = counted.as_object().unwrap().keys().collect();
        assert_eq!(keys.len(), 2, "{path}: only {key} and count: {counted:#}");
        // The count is of what the filters let through.
        if filters_apply {
            let filtered = call(
                &server,
                ADMIN,
                LATEST,
                "GET",
                &format!("{path}?with_count=true&name=nothing"),
                None,
            )
            .expect(200)
            .json();
            assert_eq!(filtered, json!({ key: [], "count": 0 }), "{path}");
        }
        // Not asked, or asked below 3.45: no count.
        for (version, query) in [
            (LATEST, "?with_count=false"),
            (LATEST, ""),
            ("3.44", "?with_count=true"),
            ("3.0", "?with_count=true"),
        ] {
            let plain = call(
                &server,
                ADMIN,
                version,
                "GET",
                &format!("{path}{query}"),
                None,
            )
            .expect(200)
            .json();
            assert!(
                plain.get("count").is_none(),
                "{path}{query} at {version}: {plain:#}"
            );
            assert_eq!(
                ids(&plain, key),
                ids(&counted, key),
                "{path}{query} at {version}"
            );
        }
    }
}

/// Cinder filters backup lists by `name`, `status` and `volume_id` (its resource filters
/// for backups), and `with_count` counts what the filters let through.
#[test]
fn backup_lists_filter_and_count_what_they_let_through() {
    let env = TestEnv::new();
    let server = Server::start(&env);
    let a = volume(&server, "a", json!({}));
    let b = volume(&server, "b", json!({}));
    let ba: Change<Backup> = env.json(&["volume", "backup", "a", "--name", "ba"]);
    let bb: Change<Backup> = env.json(&["volume", "backup", "b", "--name", "bb"]);
    let (ba, bb) = (ba.value.id, bb.value.id);
    for path in ["/v3/admin/backups", "/v3/admin/backups/detail"] {
        for (query, expected) in [
            ("name=ba".to_owned(), vec![ba.clone()]),
            ("name=nothing".to_owned(), vec![]),
            (format!("volume_id={b}"), vec![bb.clone()]),
            (format!("volume_id={a}"), vec![ba.clone()]),
            ("status=available".to_owned(), vec![ba.clone(), bb.clone()]),
            ("status=error".to_owned(), vec![]),
        ] {
            let listed = call(
                &server,
                ADMIN,
                LATEST,
                "GET",
                &format!("{path}?{query}&with_count=true"),
                None,
            )
            .expect(200)
            .json();
            assert_eq!(ids(&listed, "backups"), expected, "{path}?{query}");
            assert_eq!(listed["count"], expected.len(), "{path}?{query}");
        }
    }
}

#[test]
fn name_like_filters_from_3_34_and_shared_targets_from_3_48() {
    let env = TestEnv::new();
    let server = Server::start(&env);
    for name in ["web-1", "web-2", "db-1"] {
        volume(&server, name, json!({}));
    }
    env.ok(&["volume", "snapshot", "web-1", "--name", "snap-web"]);
    env.ok(&["volume", "snapshot", "db-1", "--name", "snap-db"]);
    let names = |body: &Value, key: &str| -> BTreeSet<String> {
        body[key]
            .as_array()
            .unwrap_or_else(|| panic!("no {key} in {body:#}"))
            .iter()
            .map(|v| str_of(v, "name").to_owned())
            .collect()
    };
    let set =
        |names: &[&str]| -> BTreeSet<String> { names.iter().map(|n| (*n).to_owned()).collect() };
    for path in ["/v3/admin/volumes", "/v3/admin/volumes/detail"] {
        let like = call(
            &server,
            ADMIN,
            "3.34",
            "GET",
            &format!("{path}?name~=web"),
            None,
        )
        .expect(200)
        .json();
        assert_eq!(names(&like, "volumes"), set(&["web-1", "web-2"]), "{path}");
        let like = call(
            &server,
            ADMIN,
            LATEST,
            "GET",
            &format!("{path}?name~=-1"),
            None,
        )
        .expect(200)
        .json();
        assert_eq!(names(&like, "volumes"), set(&["web-1", "db-1"]), "{path}");
        let none = call(
            &server,
            ADMIN,
            LATEST,
            "GET",
            &format!("{path}?name~=zzz"),
            None,
        )
        .expect(200)
        .json();
        assert_eq!(none, json!({"volumes": []}), "{path}");
        // `name=` stays exact.
        let exact = call(
            &server,
            ADMIN,
            LATEST,
            "GET",
            &format!("{path}?name=web"),
            None,
        )
        .expect(200)
        .json();
        assert_eq!(exact, json!({"volumes": []}), "{path}");
    }
    let like = call(
        &server,
        ADMIN,
        "3.34",
        "GET",
        "/v3/admin/snapshots?name~=web",
        None,
    )
    .expect(200)
    .json();
    assert_eq!(names(&like, "snapshots"), set(&["snap-web"]));

    // 3.48: a volume says whether its targets are shared, and its service.
    let id = cli_volume(&env, "db-1").id;
    let path = format!("/v3/admin/volumes/{id}");
    for version in ["3.0", "3.47"] {
        let volume = call(&server, ADMIN, version, "GET", &path, None)
            .expect(200)
            .json()["volume"]
            .clone();
        assert!(
            volume.get("shared_targets").is_none(),
            "{version}: {volume:#}"
        );
        assert!(
            volume.get("service_uuid").is_none(),
            "{version}: {volume:#}"
        );
    }
    for version in ["3.48", LATEST] {
        let volume = call(&server, ADMIN, version, "GET", &path, None)
            .expect(200)
            .json()["volume"]
            .clone();
        assert_eq!(volume["shared_targets"], false, "{version}: {volume:#}");
        assert_eq!(volume["service_uuid"], Value::Null, "{version}: {volume:#}");
        let listed = call(
            &server,
            ADMIN,
            version,
            "GET",
            "/v3/admin/volumes/detail",
            None,
        )
        .expect(200)
        .json();
        assert!(
            listed["volumes"]
                .as_array()
                .unwrap()
                .iter()
                .all(|v| v["shared_targets"] == false && v.get("service_uuid").is_some()),
            "{version}: {listed:#}"
        );
    }
}

#[test]
fn a_volume_is_created_from_a_backup_id_from_3_47() {
    let env = TestEnv::new();
    let server = Server::start(&env);
    volume(&server, "src", json!({"size": 2}));
    let source = env.image_of("src");
    write_pattern(&source, 0xab, 0, MIB);
    write_pattern(&source, 0xcd, 1536 * MIB, MIB);
    let backup: Change<Backup> = env.json(&["volume", "backup", "src", "--name", "b1"]);
    assert_eq!(backup.value.status, "available");
    let backup_id = backup.value.id;
    let snapshot: Change<Snapshot> = env.json(&["volume", "snapshot", "src", "--name", "s1"]);
    // The volume's image now (an overlay on the snapshot's), with the backed-up data.
    let source = env.image_of("src");

    // Below 3.47 a backup_id is a bad request, and nothing is created.
    let before = cli_volumes(&env);
    let body = json!({"volume": {"backup_id": backup_id, "name": "restored"}});
    for version in ["3.0", "3.46"] {
        let message = call(
            &server,
            ADMIN,
            version,
            "POST",
            "/v3/admin/volumes",
            Some(&body),
        )
        .fault(400, "badRequest");
        assert!(message.contains("3.47"), "{message}");
    }
    // An unknown backup, or a second source.
    call(
        &server,
        ADMIN,
        "3.47",
        "POST",
        "/v3/admin/volumes",
        Some(&json!({"volume": {"backup_id": "00000000-0000-4000-8000-0000000000ff"}})),
    )
    .fault(404, "itemNotFound");
    call(
        &server,
        ADMIN,
        "3.47",
        "POST",
        "/v3/admin/volumes",
        Some(&json!({"volume": {"backup_id": backup_id, "snapshot_id": snapshot.value.id}})),
    )
    .fault(400, "badRequest");
    assert_eq!(cli_volumes(&env), before);
    assert_eq!(env.quota("volumes").in_use, 1);

    // 3.47: 202, the size is the backup's, and the data is the backup's, byte for byte.
    let created = call(
        &server,
        ADMIN,
        "3.47",
        "POST",
        "/v3/admin/volumes",
        Some(&body),
    )
    .expect(202)
    .json()["volume"]
        .clone();
    let id = str_of(&created, "id").to_owned();
    assert_eq!(created["name"], "restored");
    assert_eq!(created["size"], 2, "{created:#}");
    let status = str_of(&created, "status");
    assert!(
        ["creating", "restoring-backup", "available"].contains(&status),
        "{created:#}"
    );
    if status == "available" {
        // Answered after the restore finished: the data must already be there.
        assert!(
            reads_pattern(&env.image_of("restored"), 0xab, 0, MIB),
            "answered `available` before the data was restored"
        );
    }
    let restored = server.wait_available(ADMIN, &format!("/v3/admin/volumes/{id}"));
    assert_eq!(restored["size"], 2);
    let cli = cli_volume(&env, "restored");
    assert_eq!(cli.id, id);
    assert_eq!(cli.size, 2);
    let image = env.image_of("restored");
    let compare = std::process::Command::new("qemu-img")
        .args(["compare", "-U", "-f", "qcow2", "-F", "qcow2"])
        .arg(&source)
        .arg(&image)
        .output()
        .expect("qemu-img compare");
    assert!(
        compare.status.success(),
        "the restored volume differs from its source:\n{}",
        String::from_utf8_lossy(&compare.stdout)
    );
    assert!(reads_pattern(&image, 0xab, 0, MIB));
    assert!(reads_pattern(&image, 0xcd, 1536 * MIB, MIB));
    assert_eq!(env.quota("volumes").in_use, 2);
    // 2 GiB each for src, its snapshot (snapshots count, as in Cinder) and the new volume.
    assert_eq!(env.quota("gigabytes").in_use, 6);

    // A bigger size than the backup's is honoured.
    let bigger = call(
        &server,
        ADMIN,
        LATEST,
        "POST",
        "/v3/volumes",
        Some(&json!({"volume": {"backup_id": backup_id, "name": "bigger", "size": 3}})),
    )
    .expect(202)
    .json()["volume"]
        .clone();
    let bigger = server.wait_available(ADMIN, &format!("/v3/volumes/{}", str_of(&bigger, "id")));
    assert_eq!(bigger["size"], 3);
    assert!(reads_pattern(
        &env.image_of("bigger"),
        0xcd,
        1536 * MIB,
        MIB
    ));
}

/// `blockctl token create` for `project` and `role`: the secret.
fn token(env: &TestEnv, project: &str, role: &str) -> String {
    let made: Value = env.json(&["token", "create", "--project", project, "--role", role]);
    str_of(&made, "secret").to_owned()
}

#[test]
fn force_delete_is_an_admin_query_from_3_23() {
    let env = TestEnv::new();
    let member = token(&env, "admin", "member");
    let admin = token(&env, "admin", "admin");
    let server = Server::start_with(&env, &["--auth", "token"]);
    let stuck = server.create_volume(&admin, json!({"size": 1, "name": "stuck"}));
    let stuck_id = str_of(&stuck, "id").to_owned();
    let path = format!("/v3/admin/volumes/{stuck_id}");
    // Stuck in `creating`, as a crashed Cinder leaves one: a plain delete refuses it.
    call(
        &server,
        &admin,
        LATEST,
        "POST",
        &format!("{path}/action"),
        Some(&json!({"os-reset_status": {"status": "creating"}})),
    )
    .expect(202);
    let before = cli_volumes(&env);
    call(&server, &admin, LATEST, "DELETE", &path, None).fault(400, "badRequest");
    // Below 3.23 `force` means nothing: the plain delete's refusal.
    call(
        &server,
        &admin,
        "3.22",
        "DELETE",
        &format!("{path}?force=true"),
        None,
    )
    .fault(400, "badRequest");
    // A member may not force.
    let message = call(
        &server,
        &member,
        "3.23",
        "DELETE",
        &format!("{path}?force=true"),
        None,
    )
    .fault(403, "forbidden");
    assert!(message.contains("admin"), "{message}");
    assert_eq!(
        cli_volumes(&env),
        before,
        "a refused delete changed something"
    );
    assert_eq!(env.images().len(), 1);

    call(
        &server,
        &admin,
        "3.23",
        "DELETE",
        &format!("{path}?force=true"),
        None,
    )
    .expect(202);
    server.wait_gone(&admin, &path);
    assert_eq!(cli_volumes(&env), []);
    assert_eq!(env.images(), Vec::<String>::new());
    assert_eq!(env.quota("volumes").in_use, 0);

    // An attached volume is not force-deleted, as in Cinder: 400 and the export stays.
    let attached = server.create_volume(&admin, json!({"size": 1, "name": "attached"}));
    let attached_id = str_of(&attached, "id").to_owned();
    let attachment = call(
        &server,
        &admin,
        LATEST,
        "POST",
        ATTACHMENTS,
        Some(&json!({"attachment": {"volume_uuid": attached_id,
                                    "connector": connector("node1", "/dev/vdb")}})),
    )
    .expect(200)
    .json()["attachment"]
        .clone();
    let attachment_id = str_of(&attachment, "id");
    call(
        &server,
        &admin,
        LATEST,
        "POST",
        &format!("{ATTACHMENTS}/{attachment_id}/action"),
        Some(&json!({"os-complete": null})),
    )
    .expect(204);
    let uri = nbd_connection(&attachment, &attached_id, "rw");
    let before = cli_volumes(&env);
    call(
        &server,
        &admin,
        LATEST,
        "DELETE",
        &format!("/v3/admin/volumes/{attached_id}?force=true"),
        None,
    )
    .fault(400, "badRequest");
    assert_eq!(cli_volumes(&env), before);
    assert_eq!(nbd_size(&uri), Some(1 << 30), "the export still answers");
}

// ---------------------------------------------------------------------------------------
// the remote CLI

/// A client env (its state dir must stay untouched) with `--remote … --token …`.
struct Remote {
    env: TestEnv,
    args: Vec<String>,
}

impl Remote {
    fn new(server: &Server) -> Remote {
        Remote {
            env: TestEnv::new(),
            args: vec![
                "--remote".into(),
                server.endpoint(Some("admin")),
                "--token".into(),
                ADMIN.into(),
            ],
        }
    }

    fn json<T: serde::de::DeserializeOwned>(&self, args: &[&str]) -> T {
        let mut all: Vec<&str> = self.args.iter().map(String::as_str).collect();
        all.extend(args);
        self.env.json(&all)
    }
}

/// What a remote attachment shows as a local one does: Cinder's attachment view has no
/// connector and no created/updated times, and its `connection_info` carries the
/// `attachment_id` (checked here, then set aside).
#[track_caller]
fn comparable(a: &Attachment) -> Attachment {
    let mut a = a.clone();
    a.connector = None;
    a.created_at = String::new();
    a.updated_at = String::new();
    if let Some(info) = &mut a.connection_info
        && let Some(id) = info.data.remove("attachment_id")
    {
        assert_eq!(id, a.id.as_str(), "connection_info's attachment_id");
    }
    a
}

#[test]
fn the_remote_cli_attaches_lists_and_detaches_through_the_attachments_api() {
    let server_env = TestEnv::new();
    let server = Server::start(&server_env);
    let remote = Remote::new(&server);
    volume(&server, "r1", json!({}));
    volume(&server, "r2", json!({}));
    write_pattern(&server_env.image_of("r1"), 0x42, 0, MIB);

    // attach: one call for the client, the three steps for the server.
    let attached: Change<Attachment> = remote.json(&[
        "volume",
        "attach",
        "r1",
        "--host",
        "node1",
        "--mountpoint",
        "/dev/vdb",
        "--instance",
        INSTANCE,
    ]);
    assert!(attached.changed);
    let first = attached.value;
    assert_eq!(first.attach_status, "attached");
    assert_eq!(first.attached_host.as_deref(), Some("node1"));
    assert_eq!(first.mountpoint.as_deref(), Some("/dev/vdb"));
    assert_eq!(first.instance_uuid.as_deref(), Some(INSTANCE));
    assert_eq!(first.attach_mode, "rw");
    let info = first.connection_info.as_ref().expect("connection info");
    assert_eq!(info.driver_volume_type, "nbd");
    let uri = info.data["uri"].as_str().expect("uri").to_owned();
    assert!(same_content(&server_env.image_of("r1"), &uri));
    let local = cli_attachment(&server_env, &first.id);
    assert_eq!(comparable(&first), comparable(&local));
    assert_eq!(
        local
            .connector
            .as_ref()
            .expect("the server kept the connector")["host"],
        "node1"
    );
    let r1 = cli_volume(&server_env, "r1");
    assert_eq!(states(&r1), ("in-use", "attached"));

    // Again for the same host and instance: unchanged, the same attachment.
    let again: Change<Attachment> = remote.json(&[
        "volume",
        "attach",
        "r1",
        "--host",
        "node1",
        "--mountpoint",
        "/dev/vdb",
        "--instance",
        INSTANCE,
    ]);
    assert!(!again.changed, "a re-attach changes nothing");
    assert_eq!(again.value.id, first.id);
    assert_eq!(cli_attachments(&server_env).len(), 1);

    // A read-only attachment (3.54's mode) of the other volume.
    let read_only: Change<Attachment> =
        remote.json(&["volume", "attach", "r2", "--host", "node2", "--mode", "ro"]);
    assert!(read_only.changed);
    let second = read_only.value;
    assert_eq!(second.attach_mode, "ro");
    assert_eq!(
        second.connection_info.as_ref().unwrap().data["access_mode"],
        "ro"
    );
    assert_eq!(cli_attachment(&server_env, &second.id).attach_mode, "ro");
    assert_eq!(server_env.nbd_daemons().len(), 2);

    // list and show print what the local CLI prints of the server's catalogue.
    let sorted = |mut list: Vec<Attachment>| {
        list.sort_by(|a, b| a.id.cmp(&b.id));
        list.iter().map(comparable).collect::<Vec<_>>()
    };
    let remote_list: Vec<Attachment> = remote.json(&["attachment", "list"]);
    assert_eq!(remote_list.len(), 2);
    assert_eq!(sorted(remote_list), sorted(cli_attachments(&server_env)));
    let by_volume: Vec<Attachment> = remote.json(&["attachment", "list", "--volume", "r2"]);
    assert_eq!(
        by_volume.iter().map(|a| a.id.as_str()).collect::<Vec<_>>(),
        [second.id.as_str()]
    );
    let shown: Attachment = remote.json(&["attachment", "show", &second.id]);
    assert_eq!(
        comparable(&shown),
        comparable(&cli_attachment(&server_env, &second.id))
    );
    let remote_r1: Volume = remote.json(&["volume", "show", "r1"]);
    assert_eq!(states(&remote_r1), ("in-use", "attached"));
    assert_eq!(remote_r1.attachments, r1.attachments);

    // detach: the attachment deleted, the export gone.
    let detached: Change<Volume> = remote.json(&["volume", "detach", "r1"]);
    assert!(detached.changed);
    assert_eq!(states(&detached.value), ("available", "detached"));
    assert!(detached.value.attachments.is_empty());
    assert_eq!(nbd_size(&uri), None, "r1's export still answers");
    assert_eq!(
        states(&cli_volume(&server_env, "r1")),
        ("available", "detached")
    );
    let again: Change<Volume> = remote.json(&["volume", "detach", "r1"]);
    assert!(
        !again.changed,
        "detaching a detached volume changes nothing"
    );

    // attachment delete, by id.
    let deleted: Change<Volume> = remote.json(&["attachment", "delete", &second.id]);
    assert!(deleted.changed);
    assert_eq!(deleted.value.name, "r2");
    assert_eq!(states(&deleted.value), ("available", "detached"));
    assert_eq!(cli_attachments(&server_env), []);
    assert!(server_env.nbd_daemons().is_empty(), "qemu-nbd still runs");
    let remote_list: Vec<Attachment> = remote.json(&["attachment", "list"]);
    assert_eq!(remote_list, []);
    assert!(
        !remote.env.state.exists(),
        "a remote command must not open a local catalogue"
    );
}

/// The names of a `{KEY: […]}` listing, in order.
fn names_in_order(body: &Value, key: &str) -> Vec<String> {
    body[key]
        .as_array()
        .expect("a list")
        .iter()
        .map(|item| str_of(item, "name").to_owned())
        .collect()
}

#[test]
fn lists_follow_sort_and_sort_key_as_cinder_reads_them() {
    let env = TestEnv::new();
    let server = Server::start(&env);
    // Created in this order, with sizes that order them otherwise.
    for (name, size) in [("b-mid", 2), ("c-big", 3), ("a-small", 1)] {
        volume(&server, name, json!({"size": size}));
    }
    let listed = |query: &str| {
        let path = format!("/v3/admin/volumes?{query}");
        names_in_order(
            &latest(&server, "GET", &path, None).expect(200).json(),
            "volumes",
        )
    };
    // Without a sort: creation order.
    assert_eq!(listed(""), ["b-mid", "c-big", "a-small"]);
    assert_eq!(listed("sort=name:asc"), ["a-small", "b-mid", "c-big"]);
    assert_eq!(listed("sort=name:desc"), ["c-big", "b-mid", "a-small"]);
    // The default direction is desc, as Cinder's; display_name is name.
    assert_eq!(listed("sort=display_name"), ["c-big", "b-mid", "a-small"]);
    assert_eq!(listed("sort=size:asc"), ["a-small", "b-mid", "c-big"]);
    assert_eq!(
        listed("sort_key=size&sort_dir=desc"),
        ["c-big", "b-mid", "a-small"]
    );
    assert_eq!(listed("sort=created_at:asc"), ["b-mid", "c-big", "a-small"]);
    // A second key breaks the first's ties.
    assert_eq!(
        listed("sort=status:asc,name:asc"),
        ["a-small", "b-mid", "c-big"]
    );
    // Snapshots and backups too (3.30, 3.37).
    env.ok(&["snapshot", "create", "c-big", "--name", "s-two"]);
    env.ok(&["snapshot", "create", "a-small", "--name", "s-one"]);
    let snapshots = latest(
        &server,
        "GET",
        "/v3/admin/snapshots/detail?sort=name:asc",
        None,
    );
    assert_eq!(
        names_in_order(&snapshots.expect(200).json(), "snapshots"),
        ["s-one", "s-two"]
    );
    env.ok(&["volume", "backup", "a-small", "--name", "bk-z"]);
    env.ok(&["volume", "backup", "b-mid", "--name", "bk-a"]);
    let backups = latest(&server, "GET", "/v3/admin/backups?sort=name:asc", None);
    assert_eq!(
        names_in_order(&backups.expect(200).json(), "backups"),
        ["bk-a", "bk-z"]
    );
    // An unknown key or direction: 400, as Cinder.
    for bad in ["sort=colour:asc", "sort=name:up", "sort_key=bogus"] {
        let path = format!("/v3/admin/volumes?{bad}");
        let message = latest(&server, "GET", &path, None).fault(400, "badRequest");
        assert!(message.contains("sort"), "{bad}: {message}");
    }
}

#[test]
fn type_lists_filter_on_extra_specs_from_3_52() {
    let env = TestEnv::new();
    let server = Server::start(&env);
    env.ok(&[
        "type",
        "create",
        "gold",
        "--property",
        "volume_backend_name=file-1",
    ]);
    env.ok(&[
        "type",
        "create",
        "silver",
        "--property",
        "volume_backend_name=file-2",
    ]);
    let names = |version: &str, query: &str| -> BTreeSet<String> {
        let path = format!("/v3/admin/types{query}");
        let body = call(&server, ADMIN, version, "GET", &path, None)
            .expect(200)
            .json();
        body["volume_types"]
            .as_array()
            .expect("types")
            .iter()
            .map(|t| str_of(t, "name").to_owned())
            .collect()
    };
    let all = names("3.52", "");
    assert!(all.contains("gold") && all.contains("silver") && all.contains("__DEFAULT__"));
    // JSON, and the Python dict literal cinderclient sends.
    let gold = BTreeSet::from(["gold".to_owned()]);
    assert_eq!(
        names(
            "3.52",
            "?extra_specs=%7B%22volume_backend_name%22:%22file-1%22%7D"
        ),
        gold
    );
    assert_eq!(
        names("3.52", "?extra_specs=%7B'volume_backend_name':'file-1'%7D"),
        gold
    );
    assert!(
        names(
            "3.52",
            "?extra_specs=%7B%22volume_backend_name%22:%22none%22%7D"
        )
        .is_empty()
    );
    // Before 3.52 the filter is not there.
    assert_eq!(
        names(
            "3.51",
            "?extra_specs=%7B%22volume_backend_name%22:%22file-1%22%7D"
        ),
        all
    );
    call(
        &server,
        ADMIN,
        "3.52",
        "GET",
        "/v3/admin/types?extra_specs=nonsense",
        None,
    )
    .fault(400, "badRequest");
}
