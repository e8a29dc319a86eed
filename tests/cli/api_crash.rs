//! The attachments API's update flow (`attachment_update`) failing or killed halfway: the
//! reservation is left as it was, with no export, no transitional status and no unfinished
//! flow, and the failure leaves its project a user message.

use std::io::Write;
use std::net::TcpStream;
use std::time::Duration;

use serde_json::{Value, json};

use crate::api::{ADMIN, Server};
use crate::crash::poll_until;
use crate::support::{Attachment, Flow, TestEnv, Volume};

const V354: (&str, &str) = ("OpenStack-API-Version", "volume 3.54");

fn connector() -> Value {
    json!({"host": "node7", "ip": "127.0.0.1", "mountpoint": "/dev/vdb"})
}

/// A volume `vol` and a bare reservation of it; the attachment's id.
fn reserved(env: &TestEnv, server: &Server) -> (Volume, String) {
    env.ok(&["volume", "create", "vol", "--size", "1"]);
    let volume: Volume = env.json(&["volume", "show", "vol"]);
    let body = json!({"attachment": {"volume_uuid": volume.id}}).to_string();
    let created = server
        .request(
            "POST",
            "/v3/admin/attachments",
            Some(ADMIN),
            &[V354],
            Some(&body),
        )
        .expect(200)
        .json();
    let id = created["attachment"]["id"]
        .as_str()
        .expect("an id")
        .to_owned();
    (volume, id)
}

/// The reservation is exactly as before the update: `reserved`, no host, no connection
/// info; the volume `reserved`; nothing exported; no flow left unfinished.
fn assert_still_reserved(env: &TestEnv, attachment_id: &str) {
    let attachments: Vec<Attachment> = env.json(&["attachment", "list"]);
    assert_eq!(attachments.len(), 1, "{attachments:#?}");
    let a = &attachments[0];
    assert_eq!(a.id, attachment_id);
    assert_eq!(a.attach_status, "reserved");
    assert_eq!(
        (&a.attached_host, &a.connector, &a.connection_info),
        (&None, &None, &None),
        "{a:#?}"
    );
    let volume: Volume = env.json(&["volume", "show", "vol"]);
    assert_eq!(
        (volume.status.as_str(), volume.attach_status.as_str()),
        ("reserved", "reserved")
    );
    assert!(
        env.nbd_daemons().is_empty(),
        "an export is left: {:?}",
        env.nbd_daemons()
    );
    let unfinished: Vec<Flow> = env.json(&["flow", "list", "--unfinished"]);
    assert!(unfinished.is_empty(), "{unfinished:#?}");
}

#[test]
fn a_failed_attachment_update_leaves_the_reservation_and_a_message() {
    let env = TestEnv::new();
    // The host was let in and the export made: the failure reverts both.
    let server = Server::start_with_env(
        &env,
        &[],
        &[("__BLOCKCTL_TEST_FAIL_AT", "InitializeConnectionTask:after")],
    );
    let (volume, id) = reserved(&env, &server);
    let body = json!({"attachment": {"connector": connector()}}).to_string();
    let path = format!("/v3/admin/attachments/{id}");
    let fault = server
        .request("PUT", &path, Some(ADMIN), &[V354], Some(&body))
        .fault(500, "computeFault");
    assert!(fault.contains("injected failure"), "{fault}");
    assert_still_reserved(&env, &id);

    // The project reads why (3.3 messages).
    let messages = server
        .request("GET", "/v3/admin/messages", Some(ADMIN), &[V354], None)
        .expect(200)
        .json();
    let listed = messages["messages"].as_array().expect("messages");
    assert_eq!(listed.len(), 1, "{messages:#}");
    assert_eq!(listed[0]["resource_uuid"], volume.id.as_str());
    assert_eq!(listed[0]["event_id"], "VOLUME_VOLUME_004_001");
    let text = listed[0]["user_message"].as_str().unwrap_or_default();
    assert!(
        text.starts_with("update attachment:") && text.contains("injected failure"),
        "{text}"
    );

    // The reservation is still a reservation: deleting it frees the volume.
    server
        .request("DELETE", &path, Some(ADMIN), &[V354], None)
        .expect(200);
    let after: Volume = env.json(&["volume", "show", "vol"]);
    assert_eq!(after.status, "available");
}

#[test]
fn an_attachment_update_killed_after_its_export_is_recovered_to_the_reservation() {
    let env = TestEnv::new();
    let marker = env.dir.path().join("hung");
    let server = Server::start_with_env(
        &env,
        &[],
        &[
            ("__BLOCKCTL_TEST_HANG_AT", "CreateExportTask:after"),
            ("__BLOCKCTL_TEST_HANG_MARKER", marker.to_str().unwrap()),
        ],
    );
    let (_, id) = reserved(&env, &server);
    // Sent by hand: the answer never comes, the server is killed while it hangs.
    let body = json!({"attachment": {"connector": connector()}}).to_string();
    let mut stream = TcpStream::connect(("127.0.0.1", server.port)).expect("connect");
    write!(
        stream,
        "PUT /v3/admin/attachments/{id} HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Auth-Token: {ADMIN}\r\n\
         OpenStack-API-Version: volume 3.54\r\nContent-Type: application/json\r\n\
         Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .expect("send the update");
    poll_until(
        "the update to hang after its export",
        Duration::from_secs(60),
        || marker.exists(),
    );
    assert_eq!(
        env.nbd_daemons().len(),
        1,
        "the export was made before the kill"
    );
    drop(server); // SIGKILL
    drop(stream);

    let interrupted: Vec<Flow> = env.json(&["flow", "list", "--unfinished"]);
    assert_eq!(interrupted.len(), 1, "{interrupted:#?}");
    assert_eq!(interrupted[0].kind, "attachment_update");
    env.ok(&["flow", "recover"]);
    assert_still_reserved(&env, &id);
    env.ok(&["attachment", "delete", &id]);
    let after: Volume = env.json(&["volume", "show", "vol"]);
    assert_eq!(after.status, "available");
}
