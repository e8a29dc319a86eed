//! `blockctl serve`'s attachments API (3.27+, `os-complete` 3.44, `mode` 3.54), over real
//! HTTP with the `api.rs` fixture (the volume calls of later microversions are in
//! `api_microversions.rs`, which shares these helpers). Every step is cross-checked with the catalogue as the local CLI
//! sees it (`volume show`, `attachment list` against the server's state dir) and, for
//! exports, with the real qemu-nbd over NBD (`qemu-img info`, `qemu-img compare`).

use std::collections::BTreeSet;

use serde_json::{Value, json};

use crate::api::{ADMIN, Response, Server, cli_volume, cli_volumes};
use crate::support::*;

pub(crate) const INSTANCE: &str = "0b0a6a9e-6a0f-4f6c-9b1e-2d7a4f0c1e11";
pub(crate) const OTHER_INSTANCE: &str = "5d3c1f7e-8a2b-4c9d-9e0f-1a2b3c4d5e6f";
/// The newest microversion `blockctl serve` advertises.
pub(crate) const LATEST: &str = "3.54";
pub(crate) const ATTACHMENTS: &str = "/v3/admin/attachments";
pub(crate) const MIB: u64 = 1 << 20;

// ---------------------------------------------------------------------------------------
// helpers

/// A request at microversion `version` (`OpenStack-API-Version: volume VERSION`).
pub(crate) fn call(
    server: &Server,
    token: &str,
    version: &str,
    method: &str,
    path: &str,
    body: Option<&Value>,
) -> Response {
    let header = format!("volume {version}");
    let body = body.map(Value::to_string);
    let response = server.request(
        method,
        path,
        Some(token),
        &[("OpenStack-API-Version", header.as_str())],
        body.as_deref(),
    );
    // Every answer says the negotiated version back.
    assert_eq!(
        response.header("openstack-api-version"),
        Some(header.as_str()),
        "{}: {:?}",
        response.request,
        response.headers
    );
    response
}

/// A request of project `admin` at the newest microversion.
pub(crate) fn latest(server: &Server, method: &str, path: &str, body: Option<&Value>) -> Response {
    call(server, ADMIN, LATEST, method, path, body)
}

pub(crate) fn str_of<'a>(value: &'a Value, key: &str) -> &'a str {
    value[key]
        .as_str()
        .unwrap_or_else(|| panic!("{key} is not a string in {value:#}"))
}

/// A connector as os-brick sends it, with the device Nova will use.
pub(crate) fn connector(host: &str, mountpoint: &str) -> Value {
    json!({
        "host": host,
        "ip": "127.0.0.1",
        "initiator": "iqn.1994-05.com.redhat:abcdef",
        "platform": "x86_64",
        "os_type": "linux",
        "multipath": false,
        "mountpoint": mountpoint,
    })
}

/// Checks that `attachment` is Cinder's detail view: exactly its eight keys.
#[track_caller]
fn assert_detail_view(attachment: &Value) {
    let keys: BTreeSet<&str> = attachment
        .as_object()
        .unwrap_or_else(|| panic!("an attachment is an object: {attachment:#}"))
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        BTreeSet::from([
            "attach_mode",
            "attached_at",
            "connection_info",
            "detached_at",
            "id",
            "instance",
            "status",
            "volume_id",
        ]),
        "{attachment:#}"
    );
}

/// `POST /attachments` at 3.54: 200 and the new attachment (detail view).
#[track_caller]
pub(crate) fn create_attachment(server: &Server, attachment: Value) -> Value {
    let body = latest(
        server,
        "POST",
        ATTACHMENTS,
        Some(&json!({ "attachment": attachment })),
    )
    .expect(200)
    .json();
    let created = body["attachment"].clone();
    assert_detail_view(&created);
    created
}

/// `PUT /attachments/{id}` with a connector: 200 and the attachment.
#[track_caller]
pub(crate) fn update_attachment(server: &Server, id: &str, connector: Value) -> Value {
    let body = latest(
        server,
        "PUT",
        &format!("{ATTACHMENTS}/{id}"),
        Some(&json!({"attachment": {"connector": connector}})),
    )
    .expect(200)
    .json();
    let updated = body["attachment"].clone();
    assert_detail_view(&updated);
    updated
}

/// `os-complete`: 204 with no body.
#[track_caller]
pub(crate) fn complete(server: &Server, id: &str) {
    let response = latest(
        server,
        "POST",
        &format!("{ATTACHMENTS}/{id}/action"),
        Some(&json!({"os-complete": null})),
    )
    .expect(204);
    assert!(
        response.body.is_empty(),
        "204 with a body: {}",
        response.text()
    );
}

/// `GET /attachments/{id}`: the detail view.
#[track_caller]
pub(crate) fn show_attachment(server: &Server, id: &str) -> Value {
    let body = latest(server, "GET", &format!("{ATTACHMENTS}/{id}"), None)
        .expect(200)
        .json();
    let shown = body["attachment"].clone();
    assert_detail_view(&shown);
    shown
}

/// `GET /volumes/{id}` at 3.54.
#[track_caller]
pub(crate) fn http_volume(server: &Server, id: &str) -> Value {
    latest(server, "GET", &format!("/v3/admin/volumes/{id}"), None)
        .expect(200)
        .json()["volume"]
        .clone()
}

/// The catalogue's view of a volume (`volume show ID -o json`).
pub(crate) fn cli_volume_by_id(env: &TestEnv, id: &str) -> Volume {
    env.json(&["volume", "show", id])
}

pub(crate) fn cli_attachments(env: &TestEnv) -> Vec<Attachment> {
    env.json(&["attachment", "list"])
}

pub(crate) fn cli_attachment(env: &TestEnv, id: &str) -> Attachment {
    env.json(&["attachment", "show", id])
}

pub(crate) fn states(volume: &Volume) -> (&str, &str) {
    (volume.status.as_str(), volume.attach_status.as_str())
}

/// Checks an attachment's flattened NBD `connection_info` for volume `volume_id` and
/// returns its URI.
#[track_caller]
pub(crate) fn nbd_connection(attachment: &Value, volume_id: &str, access_mode: &str) -> String {
    let info = &attachment["connection_info"];
    assert_eq!(info["driver_volume_type"], "nbd", "{attachment:#}");
    assert_eq!(info["attachment_id"], attachment["id"], "{attachment:#}");
    assert_eq!(info["volume_id"], volume_id, "{attachment:#}");
    assert_eq!(info["access_mode"], access_mode, "{attachment:#}");
    assert_eq!(info["host"], "127.0.0.1", "{attachment:#}");
    let port = info["port"]
        .as_u64()
        .unwrap_or_else(|| panic!("a numeric port: {attachment:#}"));
    assert_ne!(port, 0, "{attachment:#}");
    let name = format!("volume-{volume_id}");
    assert_eq!(info["name"], name.as_str(), "{attachment:#}");
    let uri = format!("nbd://127.0.0.1:{port}/{name}");
    assert_eq!(info["uri"], uri.as_str(), "{attachment:#}");
    uri
}

/// Virtual size in bytes of what an NBD URI serves, or None when nothing answers there.
pub(crate) fn nbd_size(uri: &str) -> Option<u64> {
    let output = std::process::Command::new("qemu-img")
        .args(["info", "--output=json", uri])
        .output()
        .expect("qemu-img info");
    if !output.status.success() {
        return None;
    }
    let info: Value = serde_json::from_slice(&output.stdout).expect("qemu-img info JSON");
    info["virtual-size"].as_u64()
}

/// `qemu-img compare` of a volume's image (read while qemu-nbd holds it) with an NBD URI.
pub(crate) fn same_content(image: &std::path::Path, uri: &str) -> bool {
    std::process::Command::new("qemu-img")
        .args(["compare", "-U", "-f", "qcow2", "-F", "raw"])
        .arg(image)
        .arg(uri)
        .output()
        .expect("qemu-img compare")
        .status
        .success()
}

/// Everything a refused attachment call could have touched.
#[derive(Debug, PartialEq)]
pub(crate) struct World {
    volumes: Vec<Volume>,
    attachments: Vec<Attachment>,
    daemons: Vec<u32>,
    http: Value,
}

pub(crate) fn world(env: &TestEnv, server: &Server) -> World {
    World {
        volumes: cli_volumes(env),
        attachments: cli_attachments(env),
        daemons: env.nbd_daemons(),
        http: latest(server, "GET", &format!("{ATTACHMENTS}/detail"), None)
            .expect(200)
            .json(),
    }
}

/// The ids of a `{KEY: […]}` listing, in order.
pub(crate) fn ids(body: &Value, key: &str) -> Vec<String> {
    body[key]
        .as_array()
        .unwrap_or_else(|| panic!("no {key} array in {body:#}"))
        .iter()
        .map(|v| str_of(v, "id").to_owned())
        .collect()
}

/// `world` without the volumes' `updated_at`.
pub(crate) fn settled(mut world: World) -> World {
    for volume in &mut world.volumes {
        volume.updated_at = String::new();
    }
    world
}

/// A volume made over HTTP (`{"size": 1, "name": NAME, …extra}`), available; its id.
pub(crate) fn volume(server: &Server, name: &str, extra: Value) -> String {
    let mut body = json!({"size": 1, "name": name});
    if let Value::Object(extra) = extra {
        body.as_object_mut().unwrap().extend(extra);
    }
    let volume = server.create_volume(ADMIN, body);
    str_of(&volume, "id").to_owned()
}

// ---------------------------------------------------------------------------------------
// the attachments API

#[test]
fn an_attachment_is_reserved_updated_completed_and_deleted_over_http() {
    let env = TestEnv::new();
    let server = Server::start(&env);
    let volume_id = volume(&server, "db1", json!({}));
    let image = env.image_of("db1");
    write_pattern(&image, 0xab, 0, MIB);
    write_pattern(&image, 0xcd, 512 * MIB, MIB);

    // 1. Reserve: no connector, so no export yet.
    let reserved = create_attachment(
        &server,
        json!({"volume_uuid": volume_id, "instance_uuid": INSTANCE}),
    );
    let id = str_of(&reserved, "id").to_owned();
    assert_eq!(
        reserved,
        json!({
            "id": id,
            "status": "reserved",
            "instance": INSTANCE,
            "volume_id": volume_id,
            "attached_at": "",
            "detached_at": "",
            "attach_mode": "rw",
            "connection_info": {},
        })
    );
    assert_eq!(show_attachment(&server, &id), reserved);
    let volume = http_volume(&server, &volume_id);
    assert_eq!(volume["status"], "reserved", "{volume:#}");
    assert_eq!(
        volume["attachments"],
        json!([]),
        "Cinder lists only completed attachments on the volume"
    );
    let cli = cli_volume_by_id(&env, &volume_id);
    assert_eq!(states(&cli), ("reserved", "reserved"));
    let [listed] = &cli_attachments(&env)[..] else {
        panic!("one attachment: {:#?}", cli_attachments(&env));
    };
    assert_eq!(listed.id, id);
    assert_eq!(listed.volume_id, volume_id);
    assert_eq!(listed.attach_status, "reserved");
    assert_eq!(listed.instance_uuid.as_deref(), Some(INSTANCE));
    assert_eq!(listed.attached_host, None);
    assert_eq!(listed.connector, None);
    assert_eq!(listed.connection_info, None);
    assert!(
        env.nbd_daemons().is_empty(),
        "a reservation exports nothing"
    );

    // 2. Update with the host's connector: exported, attaching.
    let updated = update_attachment(&server, &id, connector("node1", "/dev/vdb"));
    assert_eq!(updated["id"], id.as_str());
    assert_eq!(updated["status"], "attaching", "{updated:#}");
    assert_eq!(updated["instance"], INSTANCE);
    assert_eq!(updated["attach_mode"], "rw");
    assert_eq!(updated["attached_at"], "");
    let uri = nbd_connection(&updated, &volume_id, "rw");
    assert_eq!(show_attachment(&server, &id), updated);
    assert_eq!(env.nbd_daemons().len(), 1, "one qemu-nbd for the export");
    assert_eq!(nbd_size(&uri), Some(1 << 30));
    assert!(same_content(&image, &uri), "NBD serves other data");
    assert_eq!(http_volume(&server, &volume_id)["status"], "attaching");
    assert_eq!(
        states(&cli_volume_by_id(&env, &volume_id)),
        ("attaching", "attaching")
    );
    let cli = cli_attachment(&env, &id);
    assert_eq!(cli.attach_status, "attaching");
    assert_eq!(cli.attached_host.as_deref(), Some("node1"));
    assert_eq!(cli.mountpoint.as_deref(), Some("/dev/vdb"));
    let info = cli.connection_info.as_ref().expect("connection info");
    assert_eq!(info.driver_volume_type, "nbd");
    assert_eq!(
        info.data["uri"],
        uri.as_str(),
        "the catalogue has the same URI"
    );
    let cli_connector = cli.connector.as_ref().expect("the connector is recorded");
    assert_eq!(cli_connector["host"], "node1");
    assert_eq!(cli_connector["initiator"], "iqn.1994-05.com.redhat:abcdef");

    // 3. Complete: attached, the volume in-use and listing it.
    complete(&server, &id);
    let attached = show_attachment(&server, &id);
    assert_eq!(attached["status"], "attached", "{attached:#}");
    let attached_at = str_of(&attached, "attached_at").to_owned();
    assert!(!attached_at.is_empty(), "{attached:#}");
    assert_eq!(attached["connection_info"], updated["connection_info"]);
    let volume = http_volume(&server, &volume_id);
    assert_eq!(volume["status"], "in-use", "{volume:#}");
    assert_eq!(
        volume["attachments"],
        json!([{
            "id": volume_id,
            "attachment_id": id,
            "volume_id": volume_id,
            "server_id": INSTANCE,
            "host_name": "node1",
            "device": "/dev/vdb",
            "attached_at": attached_at,
        }])
    );
    let cli = cli_volume_by_id(&env, &volume_id);
    assert_eq!(states(&cli), ("in-use", "attached"));
    assert_eq!(cli.attachments.len(), 1);
    assert_eq!(cli.attachments[0].attachment_id, id);
    assert_eq!(cli.attachments[0].host_name.as_deref(), Some("node1"));
    assert_eq!(cli.attachments[0].device.as_deref(), Some("/dev/vdb"));
    assert_eq!(cli.attachments[0].server_id.as_deref(), Some(INSTANCE));
    assert_eq!(
        cli_attachment(&env, &id).attach_time.as_deref(),
        Some(attached_at.as_str())
    );
    // A second os-complete is a no-op, as in Cinder.
    let before = world(&env, &server);
    complete(&server, &id);
    assert_eq!(world(&env, &server), before);

    // Lists: the summary, the detail, and the filters.
    let summary = latest(&server, "GET", ATTACHMENTS, None).expect(200).json();
    assert_eq!(
        summary,
        json!({"attachments": [{
            "id": id, "status": "attached", "instance": INSTANCE, "volume_id": volume_id
        }]})
    );
    let detail = latest(&server, "GET", &format!("{ATTACHMENTS}/detail"), None)
        .expect(200)
        .json();
    assert_eq!(detail, json!({ "attachments": [attached] }));
    for (query, matches) in [
        (format!("volume_id={volume_id}"), true),
        (
            "volume_id=00000000-0000-4000-8000-0000000000ff".to_owned(),
            false,
        ),
        ("status=attached".to_owned(), true),
        ("status=reserved".to_owned(), false),
        (format!("instance_id={INSTANCE}"), true),
        (format!("instance_id={OTHER_INSTANCE}"), false),
    ] {
        let listed = latest(&server, "GET", &format!("{ATTACHMENTS}?{query}"), None)
            .expect(200)
            .json();
        let expected = if matches {
            summary.clone()
        } else {
            json!({"attachments": []})
        };
        assert_eq!(listed, expected, "?{query}");
    }
    // Without the project in the path, the same.
    let bare = latest(&server, "GET", &format!("/v3/attachments/{id}"), None)
        .expect(200)
        .json();
    assert_eq!(bare["attachment"], attached);

    // 4. Delete: the last attachment takes the export with it.
    let deleted = latest(&server, "DELETE", &format!("{ATTACHMENTS}/{id}"), None)
        .expect(200)
        .json();
    assert_eq!(deleted, json!({"attachments": []}));
    assert!(env.nbd_daemons().is_empty(), "qemu-nbd still runs");
    assert_eq!(nbd_size(&uri), None, "the export still answers");
    let volume = http_volume(&server, &volume_id);
    assert_eq!(volume["status"], "available", "{volume:#}");
    assert_eq!(volume["attachments"], json!([]));
    let cli = cli_volume_by_id(&env, &volume_id);
    assert_eq!(states(&cli), ("available", "detached"));
    assert!(cli.attachments.is_empty());
    assert_eq!(cli_attachments(&env), []);
    latest(&server, "GET", &format!("{ATTACHMENTS}/{id}"), None).fault(404, "itemNotFound");
    latest(&server, "DELETE", &format!("{ATTACHMENTS}/{id}"), None).fault(404, "itemNotFound");
    // The data went through untouched.
    assert!(reads_pattern(&image, 0xab, 0, MIB));
    assert!(reads_pattern(&image, 0xcd, 512 * MIB, MIB));
}

#[test]
fn an_attachment_created_with_a_connector_is_connected_in_one_call() {
    let env = TestEnv::new();
    let server = Server::start(&env);
    let volume_id = volume(&server, "db1", json!({}));
    write_pattern(&env.image_of("db1"), 0x3c, 0, MIB);

    let created = create_attachment(
        &server,
        json!({
            "volume_uuid": volume_id,
            "instance_uuid": INSTANCE,
            "connector": connector("node1", "/dev/vdc"),
        }),
    );
    let id = str_of(&created, "id").to_owned();
    assert_eq!(created["status"], "attaching", "{created:#}");
    assert_eq!(created["instance"], INSTANCE);
    assert_eq!(created["volume_id"], volume_id.as_str());
    assert_eq!(created["attach_mode"], "rw");
    let uri = nbd_connection(&created, &volume_id, "rw");
    assert!(same_content(&env.image_of("db1"), &uri));
    assert_eq!(env.nbd_daemons().len(), 1);
    assert_eq!(http_volume(&server, &volume_id)["status"], "attaching");
    let cli = cli_attachment(&env, &id);
    assert_eq!(cli.attach_status, "attaching");
    assert_eq!(cli.attached_host.as_deref(), Some("node1"));
    assert_eq!(cli.mountpoint.as_deref(), Some("/dev/vdc"));

    complete(&server, &id);
    assert_eq!(show_attachment(&server, &id)["status"], "attached");
    let volume = http_volume(&server, &volume_id);
    assert_eq!(volume["status"], "in-use");
    assert_eq!(volume["attachments"][0]["device"], "/dev/vdc");
    assert_eq!(
        states(&cli_volume_by_id(&env, &volume_id)),
        ("in-use", "attached")
    );

    latest(&server, "DELETE", &format!("{ATTACHMENTS}/{id}"), None).expect(200);
    assert!(env.nbd_daemons().is_empty());
    assert_eq!(nbd_size(&uri), None);
    assert_eq!(
        states(&cli_volume_by_id(&env, &volume_id)),
        ("available", "detached")
    );

    // A null connector is no connector: a reservation.
    let reserved = create_attachment(
        &server,
        json!({"volume_uuid": volume_id, "connector": null}),
    );
    assert_eq!(reserved["status"], "reserved", "{reserved:#}");
    assert_eq!(reserved["instance"], Value::Null);
    assert_eq!(reserved["connection_info"], json!({}));
    assert!(env.nbd_daemons().is_empty());
}

/// Cinder takes an empty connector as none (`if connector:`): `cinder attachment-create VOL
/// SERVER` without `--connect`, and `openstack volume attachment create` without
/// `--connect`, send `"connector": {}` to reserve a volume.
#[test]
fn an_empty_connector_only_reserves_as_in_cinder() {
    let env = TestEnv::new();
    let server = Server::start(&env);
    let volume_id = volume(&server, "db1", json!({}));
    let reserved = create_attachment(
        &server,
        json!({"volume_uuid": volume_id, "instance_uuid": INSTANCE, "connector": {}}),
    );
    assert_eq!(reserved["status"], "reserved", "{reserved:#}");
    assert_eq!(reserved["connection_info"], json!({}));
    assert_eq!(
        states(&cli_volume_by_id(&env, &volume_id)),
        ("reserved", "reserved")
    );
    assert!(env.nbd_daemons().is_empty());
}

#[test]
fn a_multiattach_volume_keeps_its_export_until_its_last_attachment_is_deleted() {
    let env = TestEnv::new();
    let server = Server::start(&env);
    let volume_id = volume(&server, "shared", json!({"multiattach": true}));
    assert!(cli_volume(&env, "shared").multiattach);
    write_pattern(&env.image_of("shared"), 0x77, 0, MIB);

    let first = create_attachment(
        &server,
        json!({"volume_uuid": volume_id, "instance_uuid": INSTANCE,
               "connector": connector("node1", "/dev/vdb")}),
    );
    let first_id = str_of(&first, "id").to_owned();
    complete(&server, &first_id);
    // The second host reserves an in-use multiattach volume, then connects.
    let second = create_attachment(
        &server,
        json!({"volume_uuid": volume_id, "instance_uuid": OTHER_INSTANCE}),
    );
    assert_eq!(second["status"], "reserved");
    let second_id = str_of(&second, "id").to_owned();
    let second = update_attachment(&server, &second_id, connector("node2", "/dev/vdc"));
    complete(&server, &second_id);

    let uri = nbd_connection(&first, &volume_id, "rw");
    assert_eq!(
        nbd_connection(&second, &volume_id, "rw"),
        uri,
        "both hosts use the one export"
    );
    let daemons = env.nbd_daemons();
    assert_eq!(daemons.len(), 1, "one qemu-nbd serves both attachments");
    assert!(same_content(&env.image_of("shared"), &uri));

    let volume = http_volume(&server, &volume_id);
    assert_eq!(volume["status"], "in-use");
    let mut hosts: Vec<(String, String, String)> = volume["attachments"]
        .as_array()
        .expect("attachments")
        .iter()
        .map(|a| {
            (
                str_of(a, "attachment_id").to_owned(),
                str_of(a, "host_name").to_owned(),
                str_of(a, "server_id").to_owned(),
            )
        })
        .collect();
    hosts.sort();
    let mut expected = vec![
        (first_id.clone(), "node1".to_owned(), INSTANCE.to_owned()),
        (
            second_id.clone(),
            "node2".to_owned(),
            OTHER_INSTANCE.to_owned(),
        ),
    ];
    expected.sort();
    assert_eq!(hosts, expected);
    let cli = cli_volume_by_id(&env, &volume_id);
    assert_eq!(states(&cli), ("in-use", "attached"));
    assert_eq!(cli.attachments.len(), 2);

    // node1 goes: node2 keeps the very same export.
    let left = latest(
        &server,
        "DELETE",
        &format!("{ATTACHMENTS}/{first_id}"),
        None,
    )
    .expect(200)
    .json();
    assert_eq!(
        left,
        json!({"attachments": [{
            "id": second_id, "status": "attached", "instance": OTHER_INSTANCE,
            "volume_id": volume_id
        }]})
    );
    let volume = http_volume(&server, &volume_id);
    assert_eq!(volume["status"], "in-use", "{volume:#}");
    let listed: Vec<&str> = volume["attachments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| str_of(a, "attachment_id"))
        .collect();
    assert_eq!(listed, [second_id.as_str()]);
    let cli = cli_volume_by_id(&env, &volume_id);
    assert_eq!(states(&cli), ("in-use", "attached"));
    let ids: Vec<String> = cli_attachments(&env).into_iter().map(|a| a.id).collect();
    assert_eq!(ids, [second_id.as_str()]);
    assert_eq!(env.nbd_daemons(), daemons, "the shared qemu-nbd still runs");
    assert_eq!(nbd_size(&uri), Some(1 << 30), "the export still answers");

    // The last one goes, and the export with it.
    let left = latest(
        &server,
        "DELETE",
        &format!("{ATTACHMENTS}/{second_id}"),
        None,
    )
    .expect(200)
    .json();
    assert_eq!(left, json!({"attachments": []}));
    let volume = http_volume(&server, &volume_id);
    assert_eq!(volume["status"], "available");
    assert_eq!(volume["attachments"], json!([]));
    assert_eq!(
        states(&cli_volume_by_id(&env, &volume_id)),
        ("available", "detached")
    );
    assert_eq!(cli_attachments(&env), []);
    assert!(env.nbd_daemons().is_empty(), "qemu-nbd still runs");
    assert_eq!(nbd_size(&uri), None, "the export still answers");
}

#[test]
fn refused_attachment_calls_change_nothing() {
    let env = TestEnv::new();
    let server = Server::start(&env);
    let busy = volume(&server, "busy", json!({}));
    let free = volume(&server, "free", json!({}));
    let unknown = "00000000-0000-4000-8000-0000000000ff";

    // `busy` is attached (in-use); a second reservation of a non-multiattach volume is a
    // 400, whatever the instance and connector.
    let attached = create_attachment(
        &server,
        json!({"volume_uuid": busy, "instance_uuid": INSTANCE,
               "connector": connector("node1", "/dev/vdb")}),
    );
    let attached_id = str_of(&attached, "id").to_owned();
    complete(&server, &attached_id);
    let refused = |body: Value, status: u16, fault: &str| -> String {
        let before = world(&env, &server);
        let message = latest(&server, "POST", ATTACHMENTS, Some(&body)).fault(status, fault);
        assert_eq!(world(&env, &server), before, "{body} changed something");
        message
    };
    // A connector is checked once the volume is reserved, and the reservation is then
    // taken back, as Cinder deletes the attachment when its update fails: the volume's
    // `updated_at` moves, nothing else may.
    let refused_after_reserving = |body: Value| -> String {
        let before = settled(world(&env, &server));
        let message = latest(&server, "POST", ATTACHMENTS, Some(&body)).fault(400, "badRequest");
        assert_eq!(
            settled(world(&env, &server)),
            before,
            "{body} changed something"
        );
        message
    };
    for attachment in [
        json!({"volume_uuid": busy}),
        json!({"volume_uuid": busy, "instance_uuid": OTHER_INSTANCE}),
        json!({"volume_uuid": busy, "instance_uuid": OTHER_INSTANCE,
               "connector": connector("node2", "/dev/vdb")}),
    ] {
        let message = refused(json!({ "attachment": attachment }), 400, "badRequest");
        assert!(message.contains("in-use"), "{message}");
    }

    // A reserved volume cannot be reserved again.
    let reserved = create_attachment(&server, json!({"volume_uuid": free}));
    let reserved_id = str_of(&reserved, "id").to_owned();
    let message = refused(
        json!({"attachment": {"volume_uuid": free}}),
        400,
        "badRequest",
    );
    assert!(message.contains("reserved"), "{message}");
    latest(
        &server,
        "DELETE",
        &format!("{ATTACHMENTS}/{reserved_id}"),
        None,
    )
    .expect(200);
    assert_eq!(
        states(&cli_volume_by_id(&env, &free)),
        ("available", "detached")
    );

    // A bad connector on create: 400, and nothing is left reserved.
    let mut bad_host = connector("bad host", "/dev/vdb");
    let message = refused_after_reserving(
        json!({"attachment": {"volume_uuid": free, "connector": bad_host.clone()}}),
    );
    assert!(message.contains("bad host"), "{message}");
    bad_host["host"] = json!("node1");
    bad_host["ip"] = json!("not-an-ip");
    let message = refused_after_reserving(
        json!({"attachment": {"volume_uuid": free, "connector": bad_host}}),
    );
    assert!(message.contains("not-an-ip"), "{message}");
    assert_eq!(
        states(&cli_volume_by_id(&env, &free)),
        ("available", "detached")
    );
    assert!(
        cli_attachments(&env).iter().all(|a| a.volume_id != free),
        "a refused create left an attachment"
    );

    // Bodies that are not an attachment create.
    for body in [
        json!({}),
        json!({"attachment": {}}),
        json!({"attachment": {"instance_uuid": INSTANCE}}),
        json!({"attachment": {"volume_uuid": free, "connector": "node1"}}),
        json!({"attachment": {"volume_uuid": free, "instance_uuid": "not-a-uuid"}}),
    ] {
        refused(body, 400, "badRequest");
    }
    // An unknown volume.
    refused(
        json!({"attachment": {"volume_uuid": unknown}}),
        404,
        "itemNotFound",
    );

    // A bad connector on update: 400, and the reservation stays a bare reservation.
    let reserved = create_attachment(&server, json!({"volume_uuid": free}));
    let reserved_id = str_of(&reserved, "id").to_owned();
    let before = world(&env, &server);
    let path = format!("{ATTACHMENTS}/{reserved_id}");
    for body in [
        json!({"attachment": {"connector": connector("bad host", "/dev/vdb")}}),
        json!({"attachment": {}}),
        json!({"attachment": {"connector": {"ip": "127.0.0.1"}}}),
    ] {
        latest(&server, "PUT", &path, Some(&body)).fault(400, "badRequest");
    }
    assert_eq!(world(&env, &server), before);
    assert_eq!(show_attachment(&server, &reserved_id), reserved);

    // os-complete of a reservation never connected: 400.
    let message = latest(
        &server,
        "POST",
        &format!("{path}/action"),
        Some(&json!({"os-complete": null})),
    )
    .fault(400, "badRequest");
    assert!(message.contains(&reserved_id), "{message}");
    // An action that is not os-complete.
    latest(
        &server,
        "POST",
        &format!("{path}/action"),
        Some(&json!({"os-detach": null})),
    )
    .fault(400, "badRequest");
    assert_eq!(world(&env, &server), before);
    assert_eq!(
        states(&cli_volume_by_id(&env, &free)),
        ("reserved", "reserved")
    );

    // Unknown attachment ids: 404 for every call.
    let unknown_path = format!("{ATTACHMENTS}/{unknown}");
    latest(&server, "GET", &unknown_path, None).fault(404, "itemNotFound");
    latest(
        &server,
        "PUT",
        &unknown_path,
        Some(&json!({"attachment": {"connector": connector("node1", "/dev/vdb")}})),
    )
    .fault(404, "itemNotFound");
    latest(
        &server,
        "POST",
        &format!("{unknown_path}/action"),
        Some(&json!({"os-complete": null})),
    )
    .fault(404, "itemNotFound");
    latest(&server, "DELETE", &unknown_path, None).fault(404, "itemNotFound");
    // Never by an id prefix.
    latest(
        &server,
        "GET",
        &format!("{ATTACHMENTS}/{}", &attached_id[..8]),
        None,
    )
    .fault(404, "itemNotFound");

    // Another project sees none of this project's attachments, and cannot touch them.
    let stranger = "u2:p2";
    for prefix in ["/v3", "/v3/p2"] {
        for id in [&attached_id, &reserved_id] {
            let path = format!("{prefix}/attachments/{id}");
            call(&server, stranger, LATEST, "GET", &path, None).fault(404, "itemNotFound");
            call(
                &server,
                stranger,
                LATEST,
                "PUT",
                &path,
                Some(&json!({"attachment": {"connector": connector("evil", "/dev/vdb")}})),
            )
            .fault(404, "itemNotFound");
            call(
                &server,
                stranger,
                LATEST,
                "POST",
                &format!("{path}/action"),
                Some(&json!({"os-complete": null})),
            )
            .fault(404, "itemNotFound");
            call(&server, stranger, LATEST, "DELETE", &path, None).fault(404, "itemNotFound");
        }
        let listed = call(
            &server,
            stranger,
            LATEST,
            "GET",
            &format!("{prefix}/attachments/detail"),
            None,
        )
        .expect(200)
        .json();
        assert_eq!(listed, json!({"attachments": []}), "{prefix}");
        // Nor reserve this project's volume.
        call(
            &server,
            stranger,
            LATEST,
            "POST",
            &format!("{prefix}/attachments"),
            Some(&json!({"attachment": {"volume_uuid": free}})),
        )
        .fault(404, "itemNotFound");
    }
    assert_eq!(world(&env, &server), before);
    assert_eq!(show_attachment(&server, &attached_id)["status"], "attached");
}

#[test]
fn attachment_calls_follow_the_microversion() {
    let env = TestEnv::new();
    let server = Server::start(&env);
    let volume_id = volume(&server, "db1", json!({}));
    let ro_volume = volume(&server, "db2", json!({}));
    let create = json!({"attachment": {"volume_uuid": volume_id}});

    // Before 3.27 there is no attachments API: 404 for every call, nothing reserved.
    let before = world(&env, &server);
    for version in ["3.0", "3.26"] {
        let any = "00000000-0000-4000-8000-0000000000ff";
        for (method, path, body) in [
            ("POST", ATTACHMENTS.to_owned(), Some(&create)),
            ("GET", ATTACHMENTS.to_owned(), None),
            ("GET", format!("{ATTACHMENTS}/detail"), None),
            ("GET", format!("{ATTACHMENTS}/{any}"), None),
            ("DELETE", format!("{ATTACHMENTS}/{any}"), None),
        ] {
            call(&server, ADMIN, version, method, &path, body).fault(404, "itemNotFound");
        }
    }
    // Without a header is 3.0.
    server
        .post(ADMIN, ATTACHMENTS, &create)
        .fault(404, "itemNotFound");
    assert_eq!(world(&env, &server), before);

    // 3.27: the API is there; os-complete is not, until 3.44.
    let created = call(
        &server,
        ADMIN,
        "3.27",
        "POST",
        ATTACHMENTS,
        Some(&json!({"attachment": {"volume_uuid": volume_id,
                                    "connector": connector("node1", "/dev/vdb")}})),
    )
    .expect(200)
    .json()["attachment"]
        .clone();
    let id = str_of(&created, "id").to_owned();
    assert_eq!(created["status"], "attaching");
    let action = format!("{ATTACHMENTS}/{id}/action");
    let complete_body = json!({"os-complete": null});
    for version in ["3.27", "3.43"] {
        call(
            &server,
            ADMIN,
            version,
            "POST",
            &action,
            Some(&complete_body),
        )
        .fault(404, "itemNotFound");
    }
    assert_eq!(cli_attachment(&env, &id).attach_status, "attaching");
    call(
        &server,
        ADMIN,
        "3.44",
        "POST",
        &action,
        Some(&complete_body),
    )
    .expect(204);
    assert_eq!(cli_attachment(&env, &id).attach_status, "attached");
    assert_eq!(
        states(&cli_volume_by_id(&env, &volume_id)),
        ("in-use", "attached")
    );

    // `mode` is 3.54's: below, a 400 that reserves nothing.
    let ro = json!({"attachment": {"volume_uuid": ro_volume, "mode": "ro",
                                   "connector": connector("node2", "/dev/vdb")}});
    let before = world(&env, &server);
    let mode_message =
        call(&server, ADMIN, "3.53", "POST", ATTACHMENTS, Some(&ro)).fault(400, "badRequest");
    assert!(mode_message.contains("3.54"), "{mode_message}");
    assert_eq!(world(&env, &server), before);
    // A `null` mode is what openstacksdk sends below 3.54: no mode at all.
    let plain = call(
        &server,
        ADMIN,
        "3.53",
        "POST",
        ATTACHMENTS,
        Some(&json!({"attachment": {"volume_uuid": ro_volume, "mode": null}})),
    )
    .expect(200)
    .json()["attachment"]
        .clone();
    assert_eq!(plain["attach_mode"], "rw");
    latest(
        &server,
        "DELETE",
        &format!("{ATTACHMENTS}/{}", str_of(&plain, "id")),
        None,
    )
    .expect(200);
    // An unknown mode at 3.54.
    latest(
        &server,
        "POST",
        ATTACHMENTS,
        Some(&json!({"attachment": {"volume_uuid": ro_volume, "mode": "rx"}})),
    )
    .fault(400, "badRequest");

    // 3.54: a read-only attachment.
    let read_only = call(&server, ADMIN, "3.54", "POST", ATTACHMENTS, Some(&ro))
        .expect(200)
        .json()["attachment"]
        .clone();
    assert_eq!(read_only["attach_mode"], "ro", "{read_only:#}");
    nbd_connection(&read_only, &ro_volume, "ro");
    let ro_id = str_of(&read_only, "id").to_owned();
    assert_eq!(cli_attachment(&env, &ro_id).attach_mode, "ro");
    assert_eq!(show_attachment(&server, &ro_id)["attach_mode"], "ro");

    // The refusal below 3.54 told the client what to ask for, and nothing untrue.
    assert!(
        !mode_message.contains("does not serve"),
        "blockctl serves 3.54; the message must not say otherwise: {mode_message}"
    );
}
