//! `blockctl serve`'s attachments API (3.27+, `os-complete` 3.44, `mode` 3.54) and the
//! volume calls of microversions up to 3.54 (`summary` 3.12, `?force=true` 3.23, `name~`
//! 3.34, `with_count` 3.45, `backup_id` 3.47, `shared_targets` 3.48), over real HTTP with
//! the `api.rs` fixture. Every step is cross-checked with the catalogue as the local CLI
//! sees it (`volume show`, `attachment list` against the server's state dir) and, for
//! exports, with the real qemu-nbd over NBD (`qemu-img info`, `qemu-img compare`).

use std::collections::BTreeSet;

use serde_json::{Value, json};

use crate::api::{ADMIN, Response, Server, cli_volume, cli_volumes};
use crate::support::*;

const INSTANCE: &str = "0b0a6a9e-6a0f-4f6c-9b1e-2d7a4f0c1e11";
const OTHER_INSTANCE: &str = "5d3c1f7e-8a2b-4c9d-9e0f-1a2b3c4d5e6f";
/// The newest microversion `blockctl serve` advertises.
const LATEST: &str = "3.54";
const ATTACHMENTS: &str = "/v3/admin/attachments";
const MIB: u64 = 1 << 20;

// ---------------------------------------------------------------------------------------
// helpers

/// A request at microversion `version` (`OpenStack-API-Version: volume VERSION`).
fn call(
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
fn latest(server: &Server, method: &str, path: &str, body: Option<&Value>) -> Response {
    call(server, ADMIN, LATEST, method, path, body)
}

fn str_of<'a>(value: &'a Value, key: &str) -> &'a str {
    value[key]
        .as_str()
        .unwrap_or_else(|| panic!("{key} is not a string in {value:#}"))
}

/// A connector as os-brick sends it, with the device Nova will use.
fn connector(host: &str, mountpoint: &str) -> Value {
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
fn create_attachment(server: &Server, attachment: Value) -> Value {
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
fn update_attachment(server: &Server, id: &str, connector: Value) -> Value {
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
fn complete(server: &Server, id: &str) {
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
fn show_attachment(server: &Server, id: &str) -> Value {
    let body = latest(server, "GET", &format!("{ATTACHMENTS}/{id}"), None)
        .expect(200)
        .json();
    let shown = body["attachment"].clone();
    assert_detail_view(&shown);
    shown
}

/// `GET /volumes/{id}` at 3.54.
#[track_caller]
fn http_volume(server: &Server, id: &str) -> Value {
    latest(server, "GET", &format!("/v3/admin/volumes/{id}"), None)
        .expect(200)
        .json()["volume"]
        .clone()
}

/// The catalogue's view of a volume (`volume show ID -o json`).
fn cli_volume_by_id(env: &TestEnv, id: &str) -> Volume {
    env.json(&["volume", "show", id])
}

fn cli_attachments(env: &TestEnv) -> Vec<Attachment> {
    env.json(&["attachment", "list"])
}

fn cli_attachment(env: &TestEnv, id: &str) -> Attachment {
    env.json(&["attachment", "show", id])
}

fn states(volume: &Volume) -> (&str, &str) {
    (volume.status.as_str(), volume.attach_status.as_str())
}

/// Checks an attachment's flattened NBD `connection_info` for volume `volume_id` and
/// returns its URI.
#[track_caller]
fn nbd_connection(attachment: &Value, volume_id: &str, access_mode: &str) -> String {
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
fn same_content(image: &std::path::Path, uri: &str) -> bool {
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
struct World {
    volumes: Vec<Volume>,
    attachments: Vec<Attachment>,
    daemons: Vec<u32>,
    http: Value,
}

fn world(env: &TestEnv, server: &Server) -> World {
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
fn ids(body: &Value, key: &str) -> Vec<String> {
    body[key]
        .as_array()
        .unwrap_or_else(|| panic!("no {key} array in {body:#}"))
        .iter()
        .map(|v| str_of(v, "id").to_owned())
        .collect()
}

/// `world` without the volumes' `updated_at`.
fn settled(mut world: World) -> World {
    for volume in &mut world.volumes {
        volume.updated_at = String::new();
    }
    world
}

/// A volume made over HTTP (`{"size": 1, "name": NAME, …extra}`), available; its id.
fn volume(server: &Server, name: &str, extra: Value) -> String {
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

// ---------------------------------------------------------------------------------------
// volume calls of later microversions

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
