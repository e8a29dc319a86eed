//! Cinder v3 JSON back into blockctl's model, so a remote command prints exactly what a
//! local one would. What Cinder does not say (an image's location, clone links) is left
//! empty.

use serde_json::Value;

use crate::model::{
    AttachMode, AttachStatus, Attachment, Backup, BackupStatus, ConnectionInfo, QuotaUsage,
    Snapshot, SnapshotStatus, UserMessage, Volume, VolumeAttachmentRef, VolumeStatus, VolumeType,
};

fn text(v: &Value, key: &str) -> String {
    v.get(key)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned()
}

fn opt(v: &Value, key: &str) -> Option<String> {
    v.get(key).and_then(Value::as_str).map(str::to_owned)
}

fn number(v: &Value, key: &str) -> u64 {
    v.get(key)
        .and_then(|n| {
            n.as_u64()
                .or_else(|| n.as_str().and_then(|s| s.parse().ok()))
        })
        .unwrap_or(0)
}

fn flag(v: &Value, key: &str) -> bool {
    match v.get(key) {
        Some(Value::Bool(b)) => *b,
        Some(Value::String(s)) => s.eq_ignore_ascii_case("true"),
        _ => false,
    }
}

pub fn volume(v: &Value) -> Volume {
    let attachments: Vec<VolumeAttachmentRef> = v
        .get("attachments")
        .and_then(Value::as_array)
        .map(|list| {
            list.iter()
                .map(|a| VolumeAttachmentRef {
                    id: text(a, "id"),
                    attachment_id: text(a, "attachment_id"),
                    volume_id: text(a, "volume_id"),
                    server_id: opt(a, "server_id"),
                    host_name: opt(a, "host_name"),
                    device: opt(a, "device"),
                    attached_at: opt(a, "attached_at"),
                })
                .collect()
        })
        .unwrap_or_default();
    Volume {
        id: text(v, "id"),
        name: text(v, "name"),
        size: number(v, "size"),
        status: VolumeStatus::parse(&text(v, "status")).unwrap_or(VolumeStatus::Error),
        attach_status: if attachments.is_empty() {
            "detached"
        } else {
            "attached"
        }
        .to_owned(),
        host: text(v, "os-vol-host-attr:host"),
        availability_zone: text(v, "availability_zone"),
        volume_type_id: text(v, "volume_type_id"),
        volume_type: text(v, "volume_type"),
        project_id: text(v, "os-vol-tenant-attr:tenant_id"),
        bootable: flag(v, "bootable"),
        multiattach: flag(v, "multiattach"),
        attachments,
        snapshot_id: opt(v, "snapshot_id"),
        source_volid: opt(v, "source_volid"),
        parent_snapshot_id: None,
        clone_depth: 0,
        provider_location: None,
        description: opt(v, "description"),
        created_at: text(v, "created_at"),
        updated_at: text(v, "updated_at"),
    }
}

pub fn snapshot(s: &Value) -> Snapshot {
    Snapshot {
        id: text(s, "id"),
        name: text(s, "name"),
        volume_id: text(s, "volume_id"),
        volume_size: number(s, "size"),
        status: SnapshotStatus::parse(&text(s, "status")).unwrap_or(SnapshotStatus::Error),
        project_id: text(s, "os-extended-snapshot-attributes:project_id"),
        provider_location: None,
        description: opt(s, "description"),
        created_at: text(s, "created_at"),
        updated_at: text(s, "updated_at"),
    }
}

pub fn backup(b: &Value, project: &str) -> Backup {
    Backup {
        id: text(b, "id"),
        name: text(b, "name"),
        description: opt(b, "description"),
        volume_id: text(b, "volume_id"),
        project_id: project.to_owned(),
        status: BackupStatus::parse(&text(b, "status")).unwrap_or(BackupStatus::Error),
        size: number(b, "size"),
        object_count: number(b, "object_count"),
        stored_bytes: 0,
        container: text(b, "container"),
        parent_id: None,
        is_incremental: flag(b, "is_incremental"),
        has_dependent_backups: flag(b, "has_dependent_backups"),
        fail_reason: opt(b, "fail_reason"),
        created_at: text(b, "created_at"),
        updated_at: text(b, "updated_at"),
    }
}

pub fn volume_type(t: &Value) -> VolumeType {
    VolumeType {
        id: text(t, "id"),
        name: text(t, "name"),
        description: opt(t, "description"),
        is_public: t.get("is_public").and_then(Value::as_bool).unwrap_or(true),
        extra_specs: t
            .get("extra_specs")
            .and_then(Value::as_object)
            .map(|specs| {
                specs
                    .iter()
                    .map(|(k, v)| {
                        (
                            k.clone(),
                            v.as_str().map_or_else(|| v.to_string(), str::to_owned),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default(),
        is_default: false,
        created_at: text(t, "created_at"),
    }
}

/// `os-quota-sets?usage=True` as blockctl's usage lines, in blockctl's resource order.
pub fn quotas(set: &Value) -> Vec<QuotaUsage> {
    crate::model::QUOTA_RESOURCES
        .iter()
        .filter_map(|(resource, _)| {
            let q = set.get(*resource)?;
            let field = |key: &str| q.get(key).and_then(Value::as_i64).unwrap_or(0);
            Some(QuotaUsage {
                resource: (*resource).to_owned(),
                limit: field("limit"),
                in_use: field("in_use"),
                reserved: field("reserved"),
            })
        })
        .collect()
}

/// An attachment from Cinder's detail view; `volume` gives what that view leaves out (the
/// host and device, from the volume's `attachments`).
pub fn attachment(a: &Value, project: &str, volume: Option<&Volume>) -> Attachment {
    let id = text(a, "id");
    let listed = volume.and_then(|v| v.attachments.iter().find(|r| r.attachment_id == id));
    let connection_info = a
        .get("connection_info")
        .and_then(Value::as_object)
        .map(|flat| {
            let mut data = flat.clone();
            let kind = data
                .remove("driver_volume_type")
                .and_then(|k| k.as_str().map(str::to_owned))
                .unwrap_or_default();
            ConnectionInfo {
                driver_volume_type: kind,
                data,
            }
        });
    Attachment {
        volume_id: text(a, "volume_id"),
        project_id: project.to_owned(),
        attach_status: AttachStatus::parse(&text(a, "status"))
            .unwrap_or(AttachStatus::ErrorAttaching),
        attached_host: listed.and_then(|r| r.host_name.clone()),
        instance_uuid: opt(a, "instance"),
        mountpoint: listed.and_then(|r| r.device.clone()),
        attach_mode: AttachMode::parse(&text(a, "attach_mode")).unwrap_or(AttachMode::ReadWrite),
        connector: None,
        connection_info,
        attach_time: opt(a, "attached_at"),
        created_at: String::new(),
        updated_at: String::new(),
        id,
    }
}

/// A user message from Cinder's messages API.
pub fn message(m: &Value, project: &str) -> UserMessage {
    UserMessage {
        id: text(m, "id"),
        project_id: project.to_owned(),
        request_id: text(m, "request_id"),
        resource_type: text(m, "resource_type"),
        resource_uuid: text(m, "resource_uuid"),
        event_id: text(m, "event_id"),
        user_message: text(m, "user_message"),
        created_at: text(m, "created_at"),
        expires_at: text(m, "guaranteed_until"),
    }
}
