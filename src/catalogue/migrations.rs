//! Schema migrations. Append-only: never edit or remove an entry, add a new one.

use rusqlite_migration::{M, Migrations};

/// The id of the `__DEFAULT__` volume type every catalogue starts with.
pub const DEFAULT_TYPE_ID: &str = "00000000-0000-4000-8000-000000000001";

pub fn migrations() -> Migrations<'static> {
    Migrations::new(steps())
}

/// How many migrations there are: a catalogue at this `user_version` is up to date.
pub fn count() -> usize {
    steps().len()
}

fn steps() -> Vec<M<'static>> {
    vec![
        // 1: the initial schema.
        M::up(
            r#"
CREATE TABLE volume_types (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    description TEXT,
    is_public INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL
);
CREATE TABLE volume_type_extra_specs (
    volume_type_id TEXT NOT NULL REFERENCES volume_types(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (volume_type_id, key)
);
INSERT INTO volume_types (id, name, description, created_at)
VALUES ('00000000-0000-4000-8000-000000000001', '__DEFAULT__', 'Default Volume Type',
        strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

CREATE TABLE volumes (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    size INTEGER NOT NULL CHECK (size > 0),
    status TEXT NOT NULL,
    attach_status TEXT NOT NULL DEFAULT 'detached',
    host TEXT NOT NULL,
    volume_type_id TEXT NOT NULL REFERENCES volume_types(id),
    project_id TEXT NOT NULL,
    bootable INTEGER NOT NULL DEFAULT 0,
    snapshot_id TEXT,
    source_volid TEXT,
    parent_snapshot_id TEXT REFERENCES snapshots(id),
    provider_location TEXT,
    description TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX volumes_project_name ON volumes (project_id, name);
CREATE INDEX volumes_parent_snapshot ON volumes (parent_snapshot_id);

CREATE TABLE snapshots (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    volume_id TEXT NOT NULL REFERENCES volumes(id),
    volume_size INTEGER NOT NULL,
    status TEXT NOT NULL,
    project_id TEXT NOT NULL,
    provider_location TEXT,
    description TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX snapshots_volume_name ON snapshots (volume_id, name);

CREATE TABLE quotas (
    project_id TEXT NOT NULL,
    resource TEXT NOT NULL,
    hard_limit INTEGER NOT NULL,
    PRIMARY KEY (project_id, resource)
);
CREATE TABLE quota_usages (
    project_id TEXT NOT NULL,
    resource TEXT NOT NULL,
    in_use INTEGER NOT NULL DEFAULT 0 CHECK (in_use >= 0),
    reserved INTEGER NOT NULL DEFAULT 0 CHECK (reserved >= 0),
    PRIMARY KEY (project_id, resource)
);
CREATE TABLE reservations (
    id TEXT PRIMARY KEY,
    flow_id TEXT NOT NULL,
    project_id TEXT NOT NULL,
    resource TEXT NOT NULL,
    delta INTEGER NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX reservations_flow ON reservations (flow_id);

CREATE TABLE flows (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    resource_type TEXT NOT NULL,
    resource_id TEXT NOT NULL,
    state TEXT NOT NULL,
    store TEXT NOT NULL,
    error TEXT,
    owner_pid INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX flows_state ON flows (state);
CREATE TABLE flow_tasks (
    flow_id TEXT NOT NULL REFERENCES flows(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    name TEXT NOT NULL,
    state TEXT NOT NULL,
    result TEXT,
    error TEXT,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (flow_id, idx)
);
"#,
        ),
        // 2: soft deletion, for volumes whose deletion waits on their clones (deferred
        // deletion): hidden rows keep the clones' parent links; names are reusable at once.
        M::up(
            r#"
ALTER TABLE volumes ADD COLUMN deleted_at TEXT;
ALTER TABLE snapshots ADD COLUMN deleted_at TEXT;
DROP INDEX volumes_project_name;
CREATE UNIQUE INDEX volumes_project_name ON volumes (project_id, name) WHERE deleted_at IS NULL;
DROP INDEX snapshots_volume_name;
CREATE UNIQUE INDEX snapshots_volume_name ON snapshots (volume_id, name) WHERE deleted_at IS NULL;
"#,
        ),
        // 3: attachments (Cinder's 3.27+ attachment model) and the exports that serve them.
        // An export belongs to the volume (shared by its attachments) and records what its
        // target helper needs to remove it: tgt target id, qemu-nbd pid.
        M::up(
            r#"
ALTER TABLE volumes ADD COLUMN multiattach INTEGER NOT NULL DEFAULT 0;
CREATE TABLE volume_attachments (
    id TEXT PRIMARY KEY,
    volume_id TEXT NOT NULL REFERENCES volumes(id),
    project_id TEXT NOT NULL,
    attach_status TEXT NOT NULL,
    attached_host TEXT,
    instance_uuid TEXT,
    mountpoint TEXT,
    attach_mode TEXT NOT NULL DEFAULT 'rw',
    connector TEXT,
    connection_info TEXT,
    attach_time TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX volume_attachments_volume ON volume_attachments (volume_id);
CREATE TABLE volume_exports (
    volume_id TEXT PRIMARY KEY REFERENCES volumes(id),
    target_helper TEXT NOT NULL,
    provider_location TEXT NOT NULL,
    provider_auth TEXT,
    data TEXT NOT NULL,
    created_at TEXT NOT NULL
);
"#,
        ),
        // 4: backups. Their data and manifests live in the backup repository; a row is
        // what the catalogue knows of one (import-record rebuilds it from the manifest).
        M::up(
            r#"
CREATE TABLE backups (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    description TEXT,
    volume_id TEXT NOT NULL,
    project_id TEXT NOT NULL,
    status TEXT NOT NULL,
    size INTEGER NOT NULL,
    object_count INTEGER NOT NULL DEFAULT 0,
    stored_bytes INTEGER NOT NULL DEFAULT 0,
    container TEXT NOT NULL,
    parent_id TEXT REFERENCES backups(id),
    fail_reason TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX backups_volume ON backups (volume_id);
CREATE INDEX backups_parent ON backups (parent_id);
"#,
        ),
        // 5: several backends: each volume's zone, and the backends' stats as last read
        // (the scheduler and `backend list` reuse them for a few seconds).
        M::up(
            r#"
ALTER TABLE volumes ADD COLUMN availability_zone TEXT NOT NULL DEFAULT 'nova';
CREATE TABLE backend_stats (
    backend TEXT PRIMARY KEY,
    stats TEXT,
    error TEXT,
    fetched_at TEXT NOT NULL
);
"#,
        ),
        // 6: tokens for `blockctl serve --auth token`: only their BLAKE3 hash is kept.
        M::up(
            r#"
CREATE TABLE api_tokens (
    id TEXT PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    project_id TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('admin', 'member')),
    description TEXT,
    created_at TEXT NOT NULL,
    revoked_at TEXT
);
"#,
        ),
        // 7: Cinder's user messages: why an operation failed, for its project to read
        // (`GET /messages`), kept 30 days.
        M::up(
            r#"
CREATE TABLE messages (
    id TEXT PRIMARY KEY,
    project_id TEXT NOT NULL,
    request_id TEXT NOT NULL,
    resource_type TEXT NOT NULL,
    resource_uuid TEXT NOT NULL,
    event_id TEXT NOT NULL,
    user_message TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
CREATE INDEX messages_project ON messages (project_id, created_at);
"#,
        ),
    ]
}

#[cfg(test)]
mod tests {
    #[test]
    fn migrations_are_valid() {
        super::migrations().validate().unwrap();
    }
}
