//! Backups, with Cinder's fields and statuses.

use serde::{Deserialize, Serialize};

status_enum!(
    /// A backup's `status`, as Cinder spells it.
    BackupStatus {
        Creating => "creating",
        Available => "available",
        Deleting => "deleting",
        Error => "error",
        ErrorDeleting => "error_deleting",
        Restoring => "restoring",
    }
);

/// A backup as the catalogue holds it and as JSON output shows it (docs/json.md).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Backup {
    pub id: String,
    pub name: String,
    pub description: Option<String>,
    pub volume_id: String,
    pub project_id: String,
    pub status: BackupStatus,
    /// The volume's size when backed up, GiB.
    pub size: u64,
    /// Chunk objects this backup stored itself (an incremental shares its parent's).
    pub object_count: u64,
    /// Bytes of those objects, after compression.
    pub stored_bytes: u64,
    /// The repository directory.
    pub container: String,
    pub parent_id: Option<String>,
    pub is_incremental: bool,
    /// Whether incrementals depend on it (it cannot be deleted then). Derived.
    pub has_dependent_backups: bool,
    pub fail_reason: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}
