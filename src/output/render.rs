//! How each resource shows as table rows and bare values.

use serde::Serialize;

use crate::catalogue::flows::TaskRecord;
use crate::driver::BackendStats;
use crate::model::{QuotaUsage, Snapshot, Volume};
use crate::service::{Deletion, FlowDetail, FlowRecovered, FlowSummary};

/// A resource that prints: `fields()` in display order, named as in its JSON.
pub trait Render: Serialize {
    /// The columns `list` shows by default.
    const LIST_COLUMNS: &'static [&'static str];
    fn fields(&self) -> Vec<(&'static str, String)>;
}

fn opt(value: &Option<String>) -> String {
    value.clone().unwrap_or_default()
}

impl Render for Volume {
    const LIST_COLUMNS: &'static [&'static str] = &[
        "id",
        "name",
        "status",
        "size",
        "volume_type",
        "parent_snapshot_id",
    ];
    fn fields(&self) -> Vec<(&'static str, String)> {
        vec![
            ("id", self.id.clone()),
            ("name", self.name.clone()),
            ("status", self.status.to_string()),
            ("size", self.size.to_string()),
            ("attach_status", self.attach_status.clone()),
            ("host", self.host.clone()),
            ("volume_type", self.volume_type.clone()),
            ("volume_type_id", self.volume_type_id.clone()),
            ("project_id", self.project_id.clone()),
            ("bootable", self.bootable.to_string()),
            ("snapshot_id", opt(&self.snapshot_id)),
            ("source_volid", opt(&self.source_volid)),
            ("parent_snapshot_id", opt(&self.parent_snapshot_id)),
            ("provider_location", opt(&self.provider_location)),
            ("description", opt(&self.description)),
            ("created_at", self.created_at.clone()),
            ("updated_at", self.updated_at.clone()),
        ]
    }
}

impl Render for Snapshot {
    const LIST_COLUMNS: &'static [&'static str] = &[
        "id",
        "name",
        "volume_id",
        "status",
        "volume_size",
        "created_at",
    ];
    fn fields(&self) -> Vec<(&'static str, String)> {
        vec![
            ("id", self.id.clone()),
            ("name", self.name.clone()),
            ("volume_id", self.volume_id.clone()),
            ("status", self.status.to_string()),
            ("volume_size", self.volume_size.to_string()),
            ("project_id", self.project_id.clone()),
            ("provider_location", opt(&self.provider_location)),
            ("description", opt(&self.description)),
            ("created_at", self.created_at.clone()),
            ("updated_at", self.updated_at.clone()),
        ]
    }
}

impl Render for QuotaUsage {
    const LIST_COLUMNS: &'static [&'static str] = &["resource", "limit", "in_use", "reserved"];
    fn fields(&self) -> Vec<(&'static str, String)> {
        vec![
            ("resource", self.resource.clone()),
            ("limit", self.limit.to_string()),
            ("in_use", self.in_use.to_string()),
            ("reserved", self.reserved.to_string()),
        ]
    }
}

impl Render for FlowSummary {
    const LIST_COLUMNS: &'static [&'static str] = &[
        "id",
        "kind",
        "resource_id",
        "state",
        "interrupted",
        "updated_at",
    ];
    fn fields(&self) -> Vec<(&'static str, String)> {
        let r = &self.record;
        vec![
            ("id", r.id.clone()),
            ("kind", r.kind.clone()),
            ("resource_type", r.resource_type.clone()),
            ("resource_id", r.resource_id.clone()),
            ("state", r.state.clone()),
            ("interrupted", self.interrupted.to_string()),
            ("error", opt(&r.error)),
            ("owner_pid", r.owner_pid.to_string()),
            ("created_at", r.created_at.clone()),
            ("updated_at", r.updated_at.clone()),
        ]
    }
}

impl Render for FlowDetail {
    const LIST_COLUMNS: &'static [&'static str] = FlowSummary::LIST_COLUMNS;
    fn fields(&self) -> Vec<(&'static str, String)> {
        let mut fields = self.summary.fields();
        let tasks: Vec<String> = self
            .tasks
            .iter()
            .map(|t| format!("{}. {} {}", t.idx + 1, t.name, t.state))
            .collect();
        fields.push(("tasks", tasks.join("\n")));
        fields
    }
}

impl Render for TaskRecord {
    const LIST_COLUMNS: &'static [&'static str] = &["idx", "name", "state", "error"];
    fn fields(&self) -> Vec<(&'static str, String)> {
        vec![
            ("idx", self.idx.to_string()),
            ("name", self.name.clone()),
            ("state", self.state.clone()),
            ("error", opt(&self.error)),
        ]
    }
}

impl Render for FlowRecovered {
    const LIST_COLUMNS: &'static [&'static str] = &["id", "kind", "resource_id", "recovery"];
    fn fields(&self) -> Vec<(&'static str, String)> {
        let recovery = serde_json::to_value(self.recovery)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default();
        vec![
            ("id", self.id.clone()),
            ("kind", self.kind.clone()),
            ("resource_id", self.resource_id.clone()),
            ("recovery", recovery),
        ]
    }
}

impl Render for Deletion {
    const LIST_COLUMNS: &'static [&'static str] = &["volumes", "snapshots"];
    fn fields(&self) -> Vec<(&'static str, String)> {
        vec![
            ("volumes", self.volumes.join(" ")),
            ("snapshots", self.snapshots.join(" ")),
        ]
    }
}

impl Render for BackendStats {
    const LIST_COLUMNS: &'static [&'static str] = &[
        "volume_backend_name",
        "pool_name",
        "total_capacity_gb",
        "free_capacity_gb",
    ];
    fn fields(&self) -> Vec<(&'static str, String)> {
        vec![
            ("volume_backend_name", self.volume_backend_name.clone()),
            ("pool_name", self.pool_name.clone()),
            ("driver", self.driver.clone()),
            ("total_capacity_gb", self.total_capacity_gb.to_string()),
            ("free_capacity_gb", self.free_capacity_gb.to_string()),
            (
                "thin_provisioning_support",
                self.thin_provisioning_support.to_string(),
            ),
            ("location", self.location.clone()),
        ]
    }
}
