//! Cinder's user messages: a failed operation, told to the project it failed for.

use serde::{Deserialize, Serialize};

/// One user message (Cinder's `messages` API).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct UserMessage {
    pub id: String,
    pub project_id: String,
    pub request_id: String,
    /// `VOLUME`, `VOLUME_SNAPSHOT` or `VOLUME_BACKUP`.
    pub resource_type: String,
    pub resource_uuid: String,
    /// `VOLUME_<resource type>_<action id>_<detail id>`, as Cinder builds it.
    pub event_id: String,
    /// `<action>:<why>`
    pub user_message: String,
    pub created_at: String,
    pub expires_at: String,
}

/// Cinder's action id and text for a flow kind (blockctl's own flows get ids after
/// Cinder's last, 016).
pub fn action_of(flow_kind: &str) -> (&'static str, &'static str) {
    match flow_kind {
        "volume_create" => ("001", "schedule allocate volume"),
        "volume_attach" => ("002", "attach volume"),
        "attachment_update" => ("004", "update attachment"),
        "volume_extend" => ("007", "extend volume"),
        "snapshot_create" => ("009", "create snapshot"),
        "snapshot_delete" => ("010", "delete snapshot"),
        "backup_create" => ("013", "create backup"),
        "backup_delete" => ("014", "delete backup"),
        "backup_restore" => ("015", "restore backup"),
        "volume_delete" => ("101", "delete volume"),
        "volume_detach" => ("102", "detach volume"),
        "volume_revert" => ("103", "revert volume"),
        "volume_flatten" => ("104", "flatten volume"),
        "volume_migrate" => ("105", "migrate volume"),
        _ => ("100", "run operation"),
    }
}

/// Cinder's resource type for a flow's resource (`volume`, `snapshot`, `backup`).
pub fn resource_type_of(resource: &str) -> &'static str {
    match resource {
        "snapshot" => "VOLUME_SNAPSHOT",
        "backup" => "VOLUME_BACKUP",
        _ => "VOLUME",
    }
}

/// The message a failed flow leaves. Detail `001` is Cinder's "an unknown error
/// occurred"; the text after the colon says what it was.
pub fn for_failed_flow(
    project_id: &str,
    flow_kind: &str,
    resource: &str,
    resource_uuid: &str,
    why: &str,
    now: &str,
    expires_at: &str,
) -> UserMessage {
    let (action_id, action) = action_of(flow_kind);
    let resource_type = resource_type_of(resource);
    UserMessage {
        id: uuid::Uuid::new_v4().to_string(),
        project_id: project_id.to_owned(),
        request_id: format!("req-{}", uuid::Uuid::new_v4()),
        resource_type: resource_type.to_owned(),
        resource_uuid: resource_uuid.to_owned(),
        event_id: format!("VOLUME_{resource_type}_{action_id}_001"),
        user_message: format!("{action}:{why}"),
        created_at: now.to_owned(),
        expires_at: expires_at.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failed_snapshot_create_reads_as_cinder_says_it() {
        let m = for_failed_flow(
            "p",
            "snapshot_create",
            "snapshot",
            "s1",
            "disk full",
            "t0",
            "t1",
        );
        assert_eq!(m.event_id, "VOLUME_VOLUME_SNAPSHOT_009_001");
        assert_eq!(m.user_message, "create snapshot:disk full");
        assert_eq!(m.resource_type, "VOLUME_SNAPSHOT");
        assert!(m.request_id.starts_with("req-"));
    }
}
