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
