//! The libvirt `<disk>` element nova's libvirt driver builds for a connection.

use crate::model::{AttachMode, ConnectionInfo};

/// XML-escapes text for an attribute or element.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

fn text(info: &ConnectionInfo, key: &str) -> String {
    match info.data.get(key) {
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(serde_json::Value::Null) | None => String::new(),
        Some(other) => other.to_string(),
    }
}

fn strings(info: &ConnectionInfo, key: &str) -> Vec<String> {
    info.data
        .get(key)
        .and_then(|v| v.as_array())
        .map(|items| {
            items
                .iter()
                .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

/// The guest device name from a mountpoint (`/dev/vdb` → `vdb`), `vdb` by default.
fn target_dev(mountpoint: Option<&str>) -> String {
    mountpoint
        .and_then(|m| m.rsplit('/').next())
        .filter(|m| !m.is_empty())
        .unwrap_or("vdb")
        .to_owned()
}

/// The `<disk>` XML for a connection: a block device for iSCSI (the by-path name the host
/// sees after login), a network disk for RBD and NBD.
pub fn disk_xml(
    info: &ConnectionInfo,
    volume_id: &str,
    mountpoint: Option<&str>,
    mode: AttachMode,
) -> String {
    let mut xml = Vec::new();
    let (disk_type, driver) = match info.driver_volume_type.as_str() {
        "iscsi" => (
            "block",
            r#"<driver name="qemu" type="raw" cache="none" io="native"/>"#,
        ),
        _ => (
            "network",
            r#"<driver name="qemu" type="raw" cache="none" discard="unmap"/>"#,
        ),
    };
    xml.push(format!(r#"<disk type="{disk_type}" device="disk">"#));
    xml.push(format!("  {driver}"));
    match info.driver_volume_type.as_str() {
        "iscsi" => {
            let path = format!(
                "/dev/disk/by-path/ip-{}-iscsi-{}-lun-{}",
                text(info, "target_portal"),
                text(info, "target_iqn"),
                text(info, "target_lun")
            );
            xml.push(format!(r#"  <source dev="{}"/>"#, escape(&path)));
        }
        "rbd" => {
            xml.push(format!(
                r#"  <source protocol="rbd" name="{}">"#,
                escape(&text(info, "name"))
            ));
            for (host, port) in strings(info, "hosts").iter().zip(strings(info, "ports")) {
                xml.push(format!(
                    r#"    <host name="{}" port="{}"/>"#,
                    escape(host),
                    escape(&port)
                ));
            }
            xml.push("  </source>".to_owned());
            if info.data.get("auth_enabled") == Some(&serde_json::Value::Bool(true)) {
                xml.push(format!(
                    r#"  <auth username="{}">"#,
                    escape(&text(info, "auth_username"))
                ));
                xml.push(format!(
                    r#"    <secret type="ceph" uuid="{}"/>"#,
                    escape(&text(info, "secret_uuid"))
                ));
                xml.push("  </auth>".to_owned());
            }
        }
        _ => {
            xml.push(format!(
                r#"  <source protocol="nbd" name="{}">"#,
                escape(&text(info, "name"))
            ));
            xml.push(format!(
                r#"    <host name="{}" port="{}"/>"#,
                escape(&text(info, "host")),
                escape(&text(info, "port"))
            ));
            xml.push("  </source>".to_owned());
        }
    }
    xml.push(format!(
        r#"  <target dev="{}" bus="virtio"/>"#,
        escape(&target_dev(mountpoint))
    ));
    if mode == AttachMode::ReadOnly {
        xml.push("  <readonly/>".to_owned());
    }
    xml.push(format!("  <serial>{}</serial>", escape(volume_id)));
    xml.push("</disk>".to_owned());
    xml.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn info(kind: &str, data: serde_json::Value) -> ConnectionInfo {
        ConnectionInfo {
            driver_volume_type: kind.into(),
            data: data.as_object().unwrap().clone(),
        }
    }

    #[test]
    fn iscsi_is_a_block_disk_by_path() {
        let xml = disk_xml(
            &info(
                "iscsi",
                serde_json::json!({"target_portal": "10.0.0.1:3260",
                    "target_iqn": "iqn.2010-10.org.openstack:volume-x", "target_lun": 1}),
            ),
            "x",
            Some("/dev/vdc"),
            AttachMode::ReadOnly,
        );
        assert!(xml.contains(
            r#"<source dev="/dev/disk/by-path/ip-10.0.0.1:3260-iscsi-iqn.2010-10.org.openstack:volume-x-lun-1"/>"#
        ));
        assert!(xml.contains(r#"<target dev="vdc" bus="virtio"/>"#));
        assert!(xml.contains("<readonly/>"));
    }

    #[test]
    fn values_are_escaped() {
        let xml = disk_xml(
            &info(
                "nbd",
                serde_json::json!({"name": "a\"<b>&", "host": "h", "port": 1}),
            ),
            "x",
            None,
            AttachMode::ReadWrite,
        );
        assert!(xml.contains(r#"name="a&quot;&lt;b&gt;&amp;""#), "{xml}");
        assert!(!xml.contains("<readonly/>"));
    }
}
