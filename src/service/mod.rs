//! The one interface the CLI calls. [`Local`] runs flows against this machine's catalogue
//! and backends; a remote implementation (Cinder v3 over HTTP) can stand beside it.

mod local;
mod remote;

use std::collections::BTreeMap;

use serde::Serialize;

pub use local::Local;
pub use remote::{Remote, cloud};

use crate::catalogue::flows::{FlowRecord, TaskRecord};
use crate::driver::BackendStats;
use crate::error::Result;
use crate::flow::engine::Recovery;
use crate::model::{
    ApiToken, AttachMode, Attachment, Backup, Connector, NewApiToken, QuotaUsage, Snapshot,
    SnapshotStatus, UserMessage, Volume, VolumeStatus, VolumeType,
};

pub use crate::catalogue::completion::Kind as CandidateKind;

/// Shell-completion candidates, (value, description), for references of `kind` in the
/// catalogue of `state_dir`: read-only, never waiting on a busy catalogue.
pub fn reference_candidates(
    state_dir: &std::path::Path,
    kind: CandidateKind,
) -> Vec<(String, String)> {
    crate::catalogue::completion::candidates(state_dir, kind)
}

/// Where a new volume's data comes from, as the operator named it.
#[derive(Debug, Clone)]
pub enum SourceRef {
    None,
    Snapshot(String),
    Volume(String),
}

#[derive(Debug, Clone)]
pub struct CreateVolume {
    /// The new volume's id (`None`: a new uuid); the API server picks it so it can answer
    /// 202 with the volume while the flow runs.
    pub id: Option<String>,
    pub name: String,
    /// GiB; `None` takes the source's size.
    pub size: Option<u64>,
    pub description: Option<String>,
    pub source: SourceRef,
    pub if_not_exists: bool,
    /// Whether several hosts may attach it at once.
    pub multiattach: bool,
    /// The volume type's name or id (`None`: `default_volume_type`).
    pub volume_type: Option<String>,
    pub availability_zone: Option<String>,
    /// Place it on this backend (`host@backend#pool`, or the backend's name).
    pub backend: Option<String>,
}

/// Whether a retype may move the volume to another backend (Cinder's
/// `--migration-policy`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum MigrationPolicy {
    Never,
    OnDemand,
}

/// A backend's pool as `backend list` shows it (Cinder's `get-pools --detail`).
#[derive(Debug, Clone, Serialize)]
pub struct BackendPool {
    /// `host@backend#pool`
    pub name: String,
    pub backend: String,
    pub availability_zone: String,
    pub reachable: bool,
    /// Why it could not be read.
    pub error: Option<String>,
    /// The catalogue's volumes on it.
    pub volume_count: u64,
    pub allocated_capacity_gb: u64,
    pub storage_protocol: Option<String>,
    /// What the driver reports (absent when unreachable).
    #[serde(flatten)]
    pub stats: Option<BackendStats>,
}

/// A request to attach a volume to a host.
#[derive(Debug, Clone)]
pub struct AttachVolume {
    pub volume: String,
    pub connector: Connector,
    pub instance_uuid: Option<String>,
    /// The device the host will see, e.g. `/dev/vdb`.
    pub mountpoint: Option<String>,
    pub mode: AttachMode,
}

/// A request to reserve a volume for a host not named yet (Cinder's attachment create
/// without a connector).
#[derive(Debug, Clone)]
pub struct ReserveAttachment {
    pub volume: String,
    pub instance_uuid: Option<String>,
    pub mode: AttachMode,
}

/// A request to detach a volume: which of its attachments (by id or host; either may be
/// left out when the volume has one).
#[derive(Debug, Clone)]
pub struct DetachVolume {
    pub volume: String,
    pub attachment: Option<String>,
    pub host: Option<String>,
    /// Detach whatever state the attachment is in and whatever the target says.
    pub force: bool,
}

/// A request to back up a volume.
#[derive(Debug, Clone)]
pub struct CreateBackup {
    /// The backup's id (`None`: a new uuid); the API server picks it to answer 202.
    pub id: Option<String>,
    pub volume: String,
    pub name: Option<String>,
    pub description: Option<String>,
    /// Store only what changed since the volume's newest available backup.
    pub incremental: bool,
    /// Succeed without change when the volume has an available backup of this name.
    pub if_not_exists: bool,
    /// Back up an attached volume.
    pub force: bool,
}

/// A request to restore a backup: onto an existing volume, or a new one.
#[derive(Debug, Clone)]
pub struct RestoreBackup {
    pub backup: String,
    pub volume: Option<String>,
    /// The new volume's name (default `restore-<backup name>`).
    pub name: Option<String>,
    /// The new volume in full, when the caller says more than its name (a volume created
    /// from a backup over the API): its size defaults to the backup's.
    pub new_volume: Option<CreateVolume>,
}

/// What `backup verify` checked.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct BackupVerification {
    pub id: String,
    pub name: String,
    pub chunks_checked: u64,
    pub bytes_checked: u64,
}

/// What a backup delete removed.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct BackupDeletion {
    pub backups: Vec<String>,
}

/// A backup's record for another catalogue (Cinder's `export-record`): its repository and
/// the manifest's record, which `import-record` checks against the repository.
#[derive(Debug, Clone, Serialize, serde::Deserialize, PartialEq)]
pub struct BackupRecordExport {
    pub backup_service: String,
    pub backup_url: crate::backup::ExportedRecord,
}

#[derive(Debug, Clone)]
pub struct CreateSnapshot {
    pub volume: String,
    pub name: String,
    pub description: Option<String>,
    pub if_not_exists: bool,
}

/// The result of a mutating call: the resource, and whether anything changed.
#[derive(Debug, Clone, Serialize)]
pub struct Change<T> {
    pub changed: bool,
    #[serde(flatten)]
    pub value: T,
}

impl<T> Change<T> {
    pub fn new(changed: bool, value: T) -> Self {
        Change { changed, value }
    }
}

/// How `volume delete` treats what depends on the volume.
#[derive(Debug, Clone, Copy, Default)]
pub struct DeleteOptions {
    /// Delete the volume's snapshots too.
    pub cascade: bool,
    /// Succeed without change when the volume does not exist.
    pub ignore_missing: bool,
    /// First flatten the clones of its snapshots, so they no longer depend on it.
    pub flatten_dependents: bool,
    /// If clones depend on its snapshots, defer the deletion until the last one is
    /// flattened or deleted (the volume leaves the operator's view now).
    pub defer: bool,
}

/// What a delete removed (and which dependent clones it flattened first).
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Deletion {
    pub volumes: Vec<String>,
    pub snapshots: Vec<String>,
    pub flattened: Vec<String>,
}

/// A journaled flow, with `interrupted` worked out from its owner's lock.
#[derive(Debug, Clone, Serialize)]
pub struct FlowSummary {
    #[serde(flatten)]
    pub record: FlowRecord,
    pub interrupted: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct FlowDetail {
    #[serde(flatten)]
    pub summary: FlowSummary,
    pub store: serde_json::Value,
    pub tasks: Vec<TaskRecord>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FlowRecovered {
    pub id: String,
    pub kind: String,
    pub resource_id: String,
    pub recovery: Recovery,
}

/// Whether a new name and description (either left out: kept) would change a resource
/// named `name` with `description` now (`volume set`, `backup set`).
pub(crate) fn changes_metadata(
    new_name: Option<&String>,
    new_description: Option<&String>,
    name: &str,
    description: Option<&String>,
) -> bool {
    new_name.is_some_and(|n| n != name) || new_description.is_some_and(|d| Some(d) != description)
}

/// The operations blockctl offers, whatever runs them.
pub trait Service {
    fn create_volume(&self, request: CreateVolume) -> Result<Change<Volume>>;
    fn list_volumes(&self) -> Result<Vec<Volume>>;
    fn show_volume(&self, reference: &str) -> Result<Volume>;
    fn set_volume(
        &self,
        reference: &str,
        name: Option<String>,
        description: Option<String>,
    ) -> Result<Change<Volume>>;
    fn extend_volume(&self, reference: &str, size_gib: u64) -> Result<Change<Volume>>;
    /// Admin: sets a volume's status in the catalogue (Cinder's `os-reset_status`).
    fn reset_volume_status(&self, reference: &str, status: VolumeStatus) -> Result<Change<Volume>>;
    /// Admin: sets a snapshot's status in the catalogue.
    fn reset_snapshot_status(
        &self,
        reference: &str,
        status: SnapshotStatus,
    ) -> Result<Change<Snapshot>>;
    /// Admin: deletes a volume (and its snapshots) whatever its status, unless attached
    /// (Cinder's `os-force_delete`).
    fn force_delete_volume(&self, reference: &str) -> Result<Change<Deletion>>;
    fn delete_volume(&self, reference: &str, options: DeleteOptions) -> Result<Change<Deletion>>;
    /// The clones that still share data with the volume's snapshots.
    fn dependent_clones(&self, reference: &str) -> Result<Vec<Volume>>;
    fn flatten_volume(&self, reference: &str) -> Result<Change<Volume>>;
    fn revert_volume(&self, reference: &str, snapshot: &str) -> Result<Change<Volume>>;
    /// Moves a volume to another backend (a name or `host@backend#pool`), copying its data.
    fn migrate_volume(&self, reference: &str, backend: &str) -> Result<Change<Volume>>;
    /// Gives a volume another type; moves it when its backend does not suit the type and
    /// `policy` allows.
    fn retype_volume(
        &self,
        reference: &str,
        volume_type: &str,
        policy: MigrationPolicy,
    ) -> Result<Change<Volume>>;

    /// Attaches a volume; unchanged when this host (and instance) already has it attached.
    fn attach_volume(&self, request: AttachVolume) -> Result<Change<Attachment>>;
    /// Detaches a volume; unchanged when it has no attachment. Returns the volume after.
    fn detach_volume(&self, request: DetachVolume) -> Result<Change<Volume>>;
    fn list_attachments(&self, volume: Option<&str>) -> Result<Vec<Attachment>>;
    fn show_attachment(&self, reference: &str) -> Result<Attachment>;
    /// Detaches by attachment; returns the volume after.
    fn delete_attachment(&self, reference: &str, force: bool) -> Result<Change<Volume>>;
    /// Reserves a volume for an attachment whose host comes later.
    fn reserve_attachment(&self, request: ReserveAttachment) -> Result<Attachment>;
    /// Connects a reserved attachment to a host: exports the volume, lets the host in and
    /// records the connection info. Unchanged when already connected to that host.
    fn connect_attachment(
        &self,
        reference: &str,
        connector: Connector,
        mountpoint: Option<String>,
    ) -> Result<Change<Attachment>>;
    /// Marks a connected attachment attached and its volume in-use (`os-complete`).
    fn complete_attachment(&self, reference: &str) -> Result<Change<Attachment>>;

    /// The project's user messages (why operations failed), newest first.
    fn list_messages(&self) -> Result<Vec<UserMessage>>;
    fn show_message(&self, id: &str) -> Result<UserMessage>;
    fn delete_message(&self, id: &str) -> Result<()>;

    fn create_backup(&self, request: CreateBackup) -> Result<Change<Backup>>;
    fn list_backups(&self, volume: Option<&str>) -> Result<Vec<Backup>>;
    fn show_backup(&self, reference: &str) -> Result<Backup>;
    /// Renames a backup or changes its description.
    fn set_backup(
        &self,
        reference: &str,
        name: Option<String>,
        description: Option<String>,
    ) -> Result<Change<Backup>>;
    fn delete_backup(
        &self,
        reference: &str,
        ignore_missing: bool,
    ) -> Result<Change<BackupDeletion>>;
    /// Restores a backup; returns the volume it restored onto.
    fn restore_backup(&self, request: RestoreBackup) -> Result<Change<Volume>>;
    fn verify_backup(&self, reference: &str) -> Result<BackupVerification>;
    fn export_backup_record(&self, reference: &str) -> Result<BackupRecordExport>;
    fn import_backup_record(&self, record: BackupRecordExport) -> Result<Change<Backup>>;

    fn create_snapshot(&self, request: CreateSnapshot) -> Result<Change<Snapshot>>;
    fn list_snapshots(&self, volume: Option<&str>) -> Result<Vec<Snapshot>>;
    fn show_snapshot(&self, reference: &str) -> Result<Snapshot>;
    fn delete_snapshot(&self, reference: &str, ignore_missing: bool) -> Result<Change<Deletion>>;

    fn create_volume_type(
        &self,
        name: &str,
        description: Option<String>,
        extra_specs: BTreeMap<String, String>,
        is_public: bool,
    ) -> Result<Change<VolumeType>>;
    fn list_volume_types(&self) -> Result<Vec<VolumeType>>;
    fn show_volume_type(&self, reference: &str) -> Result<VolumeType>;
    /// Adds or replaces extra specs, and the description when given.
    fn set_volume_type(
        &self,
        reference: &str,
        description: Option<String>,
        extra_specs: BTreeMap<String, String>,
    ) -> Result<Change<VolumeType>>;
    fn unset_volume_type(&self, reference: &str, keys: &[String]) -> Result<Change<VolumeType>>;
    /// Refused while a volume has the type, and for the default type.
    fn delete_volume_type(&self, reference: &str) -> Result<Change<VolumeType>>;

    /// Makes a token for `serve --auth token`; its secret is in the result only.
    fn create_token(
        &self,
        project: &str,
        role: &str,
        description: Option<String>,
    ) -> Result<NewApiToken>;
    fn list_tokens(&self) -> Result<Vec<ApiToken>>;
    fn revoke_token(&self, reference: &str) -> Result<Change<ApiToken>>;
    /// The live token a secret belongs to.
    fn authenticate_token(&self, secret: &str) -> Result<Option<ApiToken>>;

    fn show_quotas(&self) -> Result<Vec<QuotaUsage>>;
    fn set_quotas(&self, limits: &[(&str, i64)]) -> Result<Change<QuotaSet>>;

    fn list_flows(&self, unfinished_only: bool) -> Result<Vec<FlowSummary>>;
    fn show_flow(&self, reference: &str) -> Result<FlowDetail>;
    /// Recovers one flow, or every interrupted one when `reference` is `None`.
    fn recover_flows(&self, reference: Option<&str>) -> Result<Vec<FlowRecovered>>;
    /// How many flows are interrupted (for the one-line warning every command prints).
    fn count_interrupted_flows(&self) -> Result<usize>;

    /// Every enabled backend's pool, read now; an unreachable one is listed, not fatal.
    fn list_backends(&self) -> Result<Vec<BackendPool>>;

    /// Compares the catalogue with the backend, the exports, the quotas, the journal and the
    /// tools; with `fix`, makes the safe repairs.
    fn doctor(&self, fix: bool) -> Result<Vec<Finding>>;
}

/// One problem `doctor` found, and what `--fix` does (or did) about it.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Finding {
    /// `tools`, `flows`, `quotas`, `images`, `exports` or `backups`.
    pub check: String,
    /// What is wrong, e.g. `orphan_image`.
    pub problem: String,
    /// The id, name or file it is about.
    pub resource: String,
    /// One sentence for the operator.
    pub detail: String,
    /// What `--fix` does about it; `None`: left to the operator (the detail says how).
    pub fix: Option<String>,
    pub fixed: bool,
}

/// A project's quotas (the shape `quota set` returns).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct QuotaSet {
    pub quotas: Vec<QuotaUsage>,
}
