//! blockctl's resources in Cinder v3's JSON shapes.

use serde_json::{Map, Value, json};

use super::Caller;
use crate::model::{Attachment, Backup, QuotaUsage, Snapshot, Volume, VolumeType};

fn links(kind: &str, id: &str, project: &str) -> Value {
    json!([
        {"rel": "self", "href": format!("/v3/{project}/{kind}/{id}")},
        {"rel": "bookmark", "href": format!("/{project}/{kind}/{id}")},
    ])
}

pub fn volume_summary(v: &Volume) -> Value {
    json!({"id": v.id, "name": v.name, "links": links("volumes", &v.id, &v.project_id)})
}

/// A volume as `caller` may see it at its microversion.
pub fn volume(v: &Volume, caller: &Caller) -> Value {
    let at = |minor| caller.version.at_least(3, minor);
    let mut view = json!({
        "id": v.id,
        "name": v.name,
        "status": v.status.as_str(),
        "size": v.size,
        "availability_zone": v.availability_zone,
        "created_at": v.created_at,
        "updated_at": v.updated_at,
        "description": v.description,
        "volume_type": v.volume_type,
        "snapshot_id": v.snapshot_id,
        "source_volid": v.source_volid,
        // Cinder's own quirk: a string.
        "bootable": if v.bootable { "true" } else { "false" },
        "multiattach": v.multiattach,
        "encrypted": false,
        "metadata": {},
        // Cinder lists the attachments that are attached (completed), not reservations.
        "attachments": v.attachments.iter().filter(|a| a.attached_at.is_some()).map(|a| json!({
            "id": a.id,
            "attachment_id": a.attachment_id,
            "volume_id": a.volume_id,
            "server_id": a.server_id,
            "host_name": a.host_name,
            "device": a.device,
            "attached_at": a.attached_at,
        })).collect::<Vec<_>>(),
        "user_id": caller.user,
        "os-vol-tenant-attr:tenant_id": v.project_id,
        "os-vol-host-attr:host": v.host,
        "os-vol-mig-status-attr:migstat": null,
        "os-vol-mig-status-attr:name_id": null,
        "replication_status": null,
        "consistencygroup_id": null,
        "links": links("volumes", &v.id, &v.project_id),
    });
    if at(13) {
        view["group_id"] = Value::Null;
    }
    if at(21) && caller.admin {
        view["provider_id"] = Value::Null;
    }
    if at(48) {
        // Each export is the volume's own (a target, an NBD server or an RBD image).
        view["shared_targets"] = false.into();
        view["service_uuid"] = Value::Null;
    }
    view
}

pub fn snapshot(s: &Snapshot, caller: &Caller) -> Value {
    let mut view = json!({
        "id": s.id,
        "name": s.name,
        "status": s.status.as_str(),
        "size": s.volume_size,
        "volume_id": s.volume_id,
        "created_at": s.created_at,
        "updated_at": s.updated_at,
        "description": s.description,
        "metadata": {},
        "user_id": caller.user,
        "os-extended-snapshot-attributes:progress": "100%",
        "os-extended-snapshot-attributes:project_id": s.project_id,
    });
    if caller.version.at_least(3, 14) {
        view["group_snapshot_id"] = Value::Null;
    }
    view
}

pub fn volume_type(t: &VolumeType) -> Value {
    json!({
        "id": t.id,
        "name": t.name,
        "description": t.description,
        "is_public": t.is_public,
        "os-volume-type-access:is_public": t.is_public,
        "extra_specs": t.extra_specs,
        "qos_specs_id": null,
    })
}

/// `os-quota-sets`: limits, or (`usage`) limit, in use and reserved per resource.
pub fn quota_set(project: &str, quotas: &[QuotaUsage], usage: bool) -> Value {
    let mut set = Map::new();
    set.insert("id".into(), project.into());
    for q in quotas {
        let value = if usage {
            json!({"limit": q.limit, "in_use": q.in_use, "reserved": q.reserved, "allocated": 0})
        } else {
            json!(q.limit)
        };
        set.insert(q.resource.clone(), value);
    }
    // Resources blockctl does not limit, as Cinder reports them unlimited.
    for extra in ["per_volume_gigabytes", "groups"] {
        let value = if usage {
            json!({"limit": -1, "in_use": 0, "reserved": 0, "allocated": 0})
        } else {
            json!(-1)
        };
        set.insert(extra.into(), value);
    }
    json!({"quota_set": set})
}

/// `limits`: the absolute limits and usage, with Cinder's names.
pub fn limits(quotas: &[QuotaUsage]) -> Value {
    let find = |resource: &str| quotas.iter().find(|q| q.resource == resource);
    let mut absolute = Map::new();
    for (resource, max, used) in [
        ("volumes", "maxTotalVolumes", "totalVolumesUsed"),
        ("snapshots", "maxTotalSnapshots", "totalSnapshotsUsed"),
        ("gigabytes", "maxTotalVolumeGigabytes", "totalGigabytesUsed"),
        ("backups", "maxTotalBackups", "totalBackupsUsed"),
        (
            "backup_gigabytes",
            "maxTotalBackupGigabytes",
            "totalBackupGigabytesUsed",
        ),
    ] {
        if let Some(q) = find(resource) {
            absolute.insert(max.into(), q.limit.into());
            absolute.insert(used.into(), q.in_use.into());
        }
    }
    json!({"limits": {"rate": [], "absolute": absolute}})
}

pub fn backup_summary(b: &Backup) -> Value {
    json!({"id": b.id, "name": b.name, "links": links("backups", &b.id, &b.project_id)})
}

pub fn backup(b: &Backup, caller: &Caller) -> Value {
    let mut view = json!({
        "id": b.id,
        "name": b.name,
        "status": b.status.as_str(),
        "size": b.size,
        "volume_id": b.volume_id,
        "description": b.description,
        "container": b.container,
        "availability_zone": null,
        "object_count": b.object_count,
        "is_incremental": b.is_incremental,
        "has_dependent_backups": b.has_dependent_backups,
        "fail_reason": b.fail_reason,
        "snapshot_id": null,
        "data_timestamp": b.created_at,
        "created_at": b.created_at,
        "updated_at": b.updated_at,
        "links": links("backups", &b.id, &b.project_id),
    });
    if caller.version.at_least(3, 18) && caller.admin {
        view["os-backup-project-attr:project_id"] = b.project_id.clone().into();
    }
    view
}

/// An attachment's summary (list without detail).
pub fn attachment_summary(a: &Attachment) -> Value {
    json!({
        "id": a.id,
        "status": a.attach_status.as_str(),
        "instance": a.instance_uuid,
        "volume_id": a.volume_id,
    })
}

/// An attachment in full. `connection_info` is the driver's data with its
/// `driver_volume_type`, as Cinder stores it on the attachment.
pub fn attachment(a: &Attachment) -> Value {
    let mut view = attachment_summary(a);
    let connection_info = a.connection_info.as_ref().map(|info| {
        let mut flat = info.data.clone();
        flat.insert(
            "driver_volume_type".into(),
            info.driver_volume_type.clone().into(),
        );
        flat.insert("attachment_id".into(), a.id.clone().into());
        Value::Object(flat)
    });
    // Cinder's view gives "" for a time not set.
    view["attached_at"] = a.attach_time.clone().unwrap_or_default().into();
    view["detached_at"] = "".into();
    view["attach_mode"] = a.attach_mode.as_str().into();
    view["connection_info"] = connection_info.unwrap_or_else(|| json!({}));
    view
}

/// A list answer: `{key: items}`, with `count` when asked `?with_count=true` (3.45+).
pub fn collection(
    key: &str,
    items: Vec<Value>,
    caller: &Caller,
    query: &std::collections::HashMap<String, String>,
) -> Value {
    let count = items.len();
    let mut body = json!({ key: items });
    let asked = query
        .get("with_count")
        .is_some_and(|v| matches!(v.to_ascii_lowercase().as_str(), "true" | "1" | "yes"));
    if asked && caller.version.at_least(3, 45) {
        body["count"] = count.into();
    }
    body
}
