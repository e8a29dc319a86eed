//! How each resource shows as table rows and bare values.

use serde::Serialize;

use crate::catalogue::flows::TaskRecord;
use crate::driver::BackendStats;
use crate::model::{
    ApiToken, Attachment, Backup, NewApiToken, QuotaUsage, Snapshot, Volume, VolumeType,
};
use crate::service::{
    BackendPool, BackupDeletion, BackupRecordExport, BackupVerification, Deletion, Finding,
    FlowDetail, FlowRecovered, FlowSummary,
};

/// A resource that prints. `FIELDS` are its field names in display order (as in its JSON);
/// `values()` gives the matching values as text.
pub trait Render: Serialize {
    const FIELDS: &'static [&'static str];
    /// The columns `list` shows by default.
    const LIST_COLUMNS: &'static [&'static str];
    fn values(&self) -> Vec<String>;

    fn fields(&self) -> Vec<(&'static str, String)> {
        let values = self.values();
        debug_assert_eq!(values.len(), Self::FIELDS.len());
        Self::FIELDS.iter().copied().zip(values).collect()
    }
}

/// Implements [`Render`] from one list of `"field" => value` pairs.
macro_rules! render {
    ($type:ty, list = [$($list:literal),* $(,)?], |$item:ident| { $($name:literal => $value:expr),+ $(,)? }) => {
        impl Render for $type {
            const FIELDS: &'static [&'static str] = &[$($name),+];
            const LIST_COLUMNS: &'static [&'static str] = &[$($list),*];
            fn values(&self) -> Vec<String> {
                let $item = self;
                vec![$($value),+]
            }
        }
    };
}
pub(crate) use render;

fn opt(value: &Option<String>) -> String {
    value.clone().unwrap_or_default()
}

render!(Volume, list = ["id", "name", "status", "size", "volume_type", "parent_snapshot_id"], |v| {
    "id" => v.id.clone(),
    "name" => v.name.clone(),
    "status" => v.status.to_string(),
    "size" => v.size.to_string(),
    "attach_status" => v.attach_status.clone(),
    "host" => v.host.clone(),
    "availability_zone" => v.availability_zone.clone(),
    "volume_type" => v.volume_type.clone(),
    "volume_type_id" => v.volume_type_id.clone(),
    "project_id" => v.project_id.clone(),
    "bootable" => v.bootable.to_string(),
    "multiattach" => v.multiattach.to_string(),
    "attachments" => v
        .attachments
        .iter()
        .map(|a| format!("{} on {}", a.attachment_id, a.host_name.as_deref().unwrap_or("?")))
        .collect::<Vec<_>>()
        .join("\n"),
    "snapshot_id" => opt(&v.snapshot_id),
    "source_volid" => opt(&v.source_volid),
    "parent_snapshot_id" => opt(&v.parent_snapshot_id),
    "clone_depth" => v.clone_depth.to_string(),
    "provider_location" => opt(&v.provider_location),
    "description" => opt(&v.description),
    "created_at" => v.created_at.clone(),
    "updated_at" => v.updated_at.clone(),
});

fn json_text(value: &impl Serialize) -> String {
    serde_json::to_string_pretty(value).unwrap_or_default()
}

render!(Attachment, list = ["id", "volume_id", "attach_status", "attached_host", "instance_uuid", "mountpoint", "attach_mode"], |a| {
    "id" => a.id.clone(),
    "volume_id" => a.volume_id.clone(),
    "project_id" => a.project_id.clone(),
    "attach_status" => a.attach_status.to_string(),
    "attached_host" => opt(&a.attached_host),
    "instance_uuid" => opt(&a.instance_uuid),
    "mountpoint" => opt(&a.mountpoint),
    "attach_mode" => a.attach_mode.to_string(),
    "connector" => a.connector.as_ref().map(json_text).unwrap_or_default(),
    "connection_info" => a.connection_info.as_ref().map(json_text).unwrap_or_default(),
    "attach_time" => opt(&a.attach_time),
    "created_at" => a.created_at.clone(),
    "updated_at" => a.updated_at.clone(),
});

render!(Backup, list = ["id", "name", "volume_id", "status", "size", "is_incremental", "created_at"], |b| {
    "id" => b.id.clone(),
    "name" => b.name.clone(),
    "description" => opt(&b.description),
    "volume_id" => b.volume_id.clone(),
    "project_id" => b.project_id.clone(),
    "status" => b.status.to_string(),
    "size" => b.size.to_string(),
    "object_count" => b.object_count.to_string(),
    "stored_bytes" => b.stored_bytes.to_string(),
    "container" => b.container.clone(),
    "parent_id" => opt(&b.parent_id),
    "is_incremental" => b.is_incremental.to_string(),
    "has_dependent_backups" => b.has_dependent_backups.to_string(),
    "fail_reason" => opt(&b.fail_reason),
    "created_at" => b.created_at.clone(),
    "updated_at" => b.updated_at.clone(),
});

render!(Finding, list = ["check", "problem", "resource", "detail", "fix", "fixed"], |f| {
    "check" => f.check.clone(),
    "problem" => f.problem.clone(),
    "resource" => f.resource.clone(),
    "detail" => f.detail.clone(),
    "fix" => opt(&f.fix),
    "fixed" => f.fixed.to_string(),
});

render!(BackupVerification, list = ["id", "name", "chunks_checked", "bytes_checked"], |v| {
    "id" => v.id.clone(),
    "name" => v.name.clone(),
    "chunks_checked" => v.chunks_checked.to_string(),
    "bytes_checked" => v.bytes_checked.to_string(),
});

render!(BackupDeletion, list = ["backups"], |d| {
    "backups" => d.backups.join(" "),
});

render!(BackupRecordExport, list = ["backup_service", "backup_url"], |r| {
    "backup_service" => r.backup_service.clone(),
    "backup_url" => json_text(&r.backup_url),
});

render!(VolumeType, list = ["id", "name", "is_default", "extra_specs"], |t| {
    "id" => t.id.clone(),
    "name" => t.name.clone(),
    "description" => opt(&t.description),
    "is_public" => t.is_public.to_string(),
    "extra_specs" => t
        .extra_specs
        .iter()
        .map(|(k, v)| format!("{k}='{v}'"))
        .collect::<Vec<_>>()
        .join(", "),
    "is_default" => t.is_default.to_string(),
    "created_at" => t.created_at.clone(),
});

render!(ApiToken, list = ["id", "project_id", "role", "description", "created_at", "revoked_at"], |t| {
    "id" => t.id.clone(),
    "project_id" => t.project_id.clone(),
    "role" => t.role.clone(),
    "description" => opt(&t.description),
    "created_at" => t.created_at.clone(),
    "revoked_at" => opt(&t.revoked_at),
});

render!(NewApiToken, list = ["id", "project_id", "role", "secret"], |n| {
    "id" => n.token.id.clone(),
    "project_id" => n.token.project_id.clone(),
    "role" => n.token.role.clone(),
    "description" => opt(&n.token.description),
    "created_at" => n.token.created_at.clone(),
    "revoked_at" => opt(&n.token.revoked_at),
    "secret" => n.secret.clone(),
});

render!(Snapshot, list = ["id", "name", "volume_id", "status", "volume_size", "created_at"], |s| {
    "id" => s.id.clone(),
    "name" => s.name.clone(),
    "volume_id" => s.volume_id.clone(),
    "status" => s.status.to_string(),
    "volume_size" => s.volume_size.to_string(),
    "project_id" => s.project_id.clone(),
    "provider_location" => opt(&s.provider_location),
    "description" => opt(&s.description),
    "created_at" => s.created_at.clone(),
    "updated_at" => s.updated_at.clone(),
});

render!(QuotaUsage, list = ["resource", "limit", "in_use", "reserved"], |q| {
    "resource" => q.resource.clone(),
    "limit" => q.limit.to_string(),
    "in_use" => q.in_use.to_string(),
    "reserved" => q.reserved.to_string(),
});

render!(FlowSummary, list = ["id", "kind", "resource_id", "state", "interrupted", "updated_at"], |f| {
    "id" => f.record.id.clone(),
    "kind" => f.record.kind.clone(),
    "resource_type" => f.record.resource_type.clone(),
    "resource_id" => f.record.resource_id.clone(),
    "state" => f.record.state.clone(),
    "error" => opt(&f.record.error),
    "owner_pid" => f.record.owner_pid.to_string(),
    "created_at" => f.record.created_at.clone(),
    "updated_at" => f.record.updated_at.clone(),
    "interrupted" => f.interrupted.to_string(),
});

fn task_lines(tasks: &[TaskRecord]) -> String {
    let lines: Vec<String> = tasks
        .iter()
        .map(|t| format!("{}. {} {}", t.idx + 1, t.name, t.state))
        .collect();
    lines.join("\n")
}

render!(FlowDetail, list = ["id", "kind", "resource_id", "state", "interrupted", "updated_at"], |f| {
    "id" => f.summary.record.id.clone(),
    "kind" => f.summary.record.kind.clone(),
    "resource_type" => f.summary.record.resource_type.clone(),
    "resource_id" => f.summary.record.resource_id.clone(),
    "state" => f.summary.record.state.clone(),
    "error" => opt(&f.summary.record.error),
    "owner_pid" => f.summary.record.owner_pid.to_string(),
    "created_at" => f.summary.record.created_at.clone(),
    "updated_at" => f.summary.record.updated_at.clone(),
    "interrupted" => f.summary.interrupted.to_string(),
    "tasks" => task_lines(&f.tasks),
});

render!(FlowRecovered, list = ["id", "kind", "resource_id", "recovery"], |r| {
    "id" => r.id.clone(),
    "kind" => r.kind.clone(),
    "resource_id" => r.resource_id.clone(),
    "recovery" => serde_json::to_value(r.recovery)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default(),
});

render!(Deletion, list = ["volumes", "snapshots", "flattened"], |d| {
    "volumes" => d.volumes.join(" "),
    "snapshots" => d.snapshots.join(" "),
    "flattened" => d.flattened.join(" "),
});

render!(BackendPool, list = ["name", "reachable", "total_capacity_gb", "free_capacity_gb", "provisioned_capacity_gb", "volume_count"], |p| {
    "name" => p.name.clone(),
    "backend" => p.backend.clone(),
    "availability_zone" => p.availability_zone.clone(),
    "reachable" => p.reachable.to_string(),
    "error" => opt(&p.error),
    "volume_count" => p.volume_count.to_string(),
    "allocated_capacity_gb" => p.allocated_capacity_gb.to_string(),
    "storage_protocol" => opt(&p.storage_protocol),
    "volume_backend_name" => stat(p, |s| s.volume_backend_name.clone()),
    "pool_name" => stat(p, |s| s.pool_name.clone()),
    "driver" => stat(p, |s| s.driver.clone()),
    "total_capacity_gb" => stat(p, |s| s.total_capacity_gb.to_string()),
    "free_capacity_gb" => stat(p, |s| s.free_capacity_gb.to_string()),
    "provisioned_capacity_gb" => stat(p, |s| s.provisioned_capacity_gb.map(|g| g.to_string()).unwrap_or_default()),
    "thin_provisioning_support" => stat(p, |s| s.thin_provisioning_support.to_string()),
    "thick_provisioning_support" => stat(p, |s| s.thick_provisioning_support.to_string()),
    "max_over_subscription_ratio" => stat(p, |s| s.max_over_subscription_ratio.to_string()),
    "reserved_percentage" => stat(p, |s| s.reserved_percentage.to_string()),
    "location" => stat(p, |s| s.location.clone()),
});

/// A driver-reported value of a pool, blank when the backend was unreachable.
fn stat(pool: &BackendPool, value: impl Fn(&BackendStats) -> String) -> String {
    pool.stats.as_ref().map(value).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::Render;
    use crate::model::{Snapshot, SnapshotStatus, Volume, VolumeStatus};

    /// The table fields and the JSON keys are the same names, so `-c` means one thing.
    fn assert_fields_match_json<T: Render>(item: &T) {
        let json = serde_json::to_value(item).unwrap();
        let keys: Vec<&str> = json
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        for field in T::FIELDS {
            assert!(keys.contains(field), "{field} is not a JSON key");
        }
        assert_eq!(item.values().len(), T::FIELDS.len());
    }

    #[test]
    fn volume_and_snapshot_fields_are_json_keys() {
        let volume = Volume {
            id: "i".into(),
            name: "n".into(),
            size: 1,
            status: VolumeStatus::Available,
            attach_status: "detached".into(),
            host: "h".into(),
            availability_zone: "nova".into(),
            volume_type_id: "t".into(),
            volume_type: "t".into(),
            project_id: "p".into(),
            bootable: false,
            multiattach: false,
            attachments: Vec::new(),
            snapshot_id: None,
            source_volid: None,
            parent_snapshot_id: None,
            clone_depth: 0,
            provider_location: None,
            description: None,
            created_at: "c".into(),
            updated_at: "u".into(),
        };
        assert_fields_match_json(&volume);
        let snapshot = Snapshot {
            id: "i".into(),
            name: "n".into(),
            volume_id: "v".into(),
            volume_size: 1,
            status: SnapshotStatus::Available,
            project_id: "p".into(),
            provider_location: None,
            description: None,
            created_at: "c".into(),
            updated_at: "u".into(),
        };
        assert_fields_match_json(&snapshot);
    }
}
