//! The JSON contract (docs/json.md) as typed structs. `deny_unknown_fields` makes a test
//! fail when the output and the contract drift apart in either direction.

use serde::Deserialize;

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Volume {
    pub id: String,
    pub name: String,
    pub size: u64,
    pub status: String,
    pub attach_status: String,
    pub host: String,
    pub availability_zone: String,
    pub volume_type_id: String,
    pub volume_type: String,
    pub project_id: String,
    pub bootable: bool,
    pub multiattach: bool,
    pub attachments: Vec<VolumeAttachmentRef>,
    pub snapshot_id: Option<String>,
    pub source_volid: Option<String>,
    pub parent_snapshot_id: Option<String>,
    pub clone_depth: u32,
    pub provider_location: Option<String>,
    pub description: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VolumeAttachmentRef {
    pub id: String,
    pub attachment_id: String,
    pub volume_id: String,
    pub server_id: Option<String>,
    pub host_name: Option<String>,
    pub device: Option<String>,
    pub attached_at: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Attachment {
    pub id: String,
    pub volume_id: String,
    pub project_id: String,
    pub attach_status: String,
    pub attached_host: Option<String>,
    pub instance_uuid: Option<String>,
    pub mountpoint: Option<String>,
    pub attach_mode: String,
    pub connector: Option<serde_json::Value>,
    pub connection_info: Option<ConnectionInfo>,
    pub attach_time: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConnectionInfo {
    pub driver_volume_type: String,
    pub data: serde_json::Map<String, serde_json::Value>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Snapshot {
    pub id: String,
    pub name: String,
    pub volume_id: String,
    pub volume_size: u64,
    pub status: String,
    pub project_id: String,
    pub provider_location: Option<String>,
    pub description: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Backup {
    pub id: String,
    pub name: String,
    pub description: Option<String>,
    pub volume_id: String,
    pub project_id: String,
    pub status: String,
    pub size: u64,
    pub object_count: u64,
    pub stored_bytes: u64,
    pub container: String,
    pub parent_id: Option<String>,
    pub is_incremental: bool,
    pub has_dependent_backups: bool,
    pub fail_reason: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Quota {
    pub resource: String,
    pub limit: i64,
    pub in_use: i64,
    pub reserved: i64,
}

/// A mutating verb's output: the resource's fields plus `changed`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Change<T> {
    pub changed: bool,
    #[serde(flatten)]
    pub value: T,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Deletion {
    pub volumes: Vec<String>,
    pub snapshots: Vec<String>,
    pub flattened: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuotaSet {
    pub changed: bool,
    pub quotas: Vec<Quota>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Flow {
    pub id: String,
    pub kind: String,
    pub resource_type: String,
    pub resource_id: String,
    pub state: String,
    pub error: Option<String>,
    pub owner_pid: i64,
    pub created_at: String,
    pub updated_at: String,
    pub interrupted: bool,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FlowTask {
    pub idx: i64,
    pub name: String,
    pub state: String,
    pub result: Option<serde_json::Value>,
    pub error: Option<String>,
    pub updated_at: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct FlowDetail {
    #[serde(flatten)]
    pub flow: Flow,
    pub store: serde_json::Value,
    pub tasks: Vec<FlowTask>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FlowRecovered {
    pub id: String,
    pub kind: String,
    pub resource_id: String,
    pub recovery: String,
}

/// `type show`, elements of `type list`, and (with `changed`) `type create | set | unset |
/// delete`.
#[cfg_attr(not(feature = "rbd"), allow(dead_code))]
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VolumeType {
    pub id: String,
    pub name: String,
    pub description: Option<String>,
    pub is_public: bool,
    pub extra_specs: std::collections::BTreeMap<String, String>,
    pub is_default: bool,
    pub created_at: String,
}

/// `backend show`, elements of `backend list`. The fields from `volume_backend_name` on
/// are what the driver reports: present when the backend is reachable, absent when not
/// (`provisioned_capacity_gb` is also null where the driver cannot tell).
#[cfg_attr(not(feature = "rbd"), allow(dead_code))]
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BackendPool {
    pub name: String,
    pub backend: String,
    pub availability_zone: String,
    pub reachable: bool,
    pub error: Option<String>,
    pub volume_count: u64,
    pub allocated_capacity_gb: u64,
    pub storage_protocol: Option<String>,
    #[serde(default)]
    pub volume_backend_name: Option<String>,
    #[serde(default)]
    pub pool_name: Option<String>,
    #[serde(default)]
    pub driver: Option<String>,
    #[serde(default)]
    pub total_capacity_gb: Option<f64>,
    #[serde(default)]
    pub free_capacity_gb: Option<f64>,
    #[serde(default)]
    pub provisioned_capacity_gb: Option<f64>,
    #[serde(default)]
    pub thin_provisioning_support: Option<bool>,
    #[serde(default)]
    pub thick_provisioning_support: Option<bool>,
    #[serde(default)]
    pub max_over_subscription_ratio: Option<f64>,
    #[serde(default)]
    pub reserved_percentage: Option<u32>,
    #[serde(default)]
    pub location: Option<String>,
}
