//! Reference candidates for shell completion: read-only, and never waiting more than a few
//! milliseconds for a writer (a completion must not hang the operator's shell).

use std::path::Path;
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};

/// What a reference can name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Volume,
    Snapshot,
    Backup,
    Attachment,
    Flow,
}

const WAIT: Duration = Duration::from_millis(5);

/// (value, description) pairs: names, then ids, of the `kind` resources in the catalogue of
/// `state_dir`; empty when the catalogue is missing, locked or unreadable.
pub fn candidates(state_dir: &Path, kind: Kind) -> Vec<(String, String)> {
    query(state_dir, kind).unwrap_or_default()
}

fn query(state_dir: &Path, kind: Kind) -> rusqlite::Result<Vec<(String, String)>> {
    let connection = Connection::open_with_flags(
        state_dir.join("catalogue.sqlite"),
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    connection.busy_timeout(WAIT)?;
    let sql = match kind {
        Kind::Volume => {
            "SELECT name, id, size || ' GiB, ' || status FROM volumes \
             WHERE deleted_at IS NULL ORDER BY name"
        }
        Kind::Snapshot => {
            "SELECT s.name, s.id, 'of ' || v.name || ', ' || s.status FROM snapshots s \
             JOIN volumes v ON v.id = s.volume_id WHERE s.deleted_at IS NULL ORDER BY s.name"
        }
        Kind::Backup => {
            "SELECT b.name, b.id, 'of ' || coalesce(v.name, b.volume_id) || ', ' || b.status \
             || CASE WHEN b.parent_id IS NULL THEN ', full' ELSE ', incremental' END \
             FROM backups b LEFT JOIN volumes v ON v.id = b.volume_id ORDER BY b.created_at"
        }
        Kind::Attachment => {
            "SELECT NULL, a.id, 'of ' || v.name || ' on ' || coalesce(a.attached_host, '?') \
             FROM volume_attachments a JOIN volumes v ON v.id = a.volume_id ORDER BY a.created_at"
        }
        Kind::Flow => {
            "SELECT NULL, id, kind || ' ' || state FROM flows \
             WHERE state IN ('running', 'reverting', 'revert_failed') ORDER BY created_at DESC"
        }
    };
    let mut statement = connection.prepare(sql)?;
    let rows = statement.query_map([], |row| {
        Ok((
            row.get::<_, Option<String>>(0)?,
            row.get::<_, String>(1)?,
            row.get::<_, String>(2)?,
        ))
    })?;
    let mut named = Vec::new();
    let mut ids = Vec::new();
    for row in rows {
        let (name, id, help) = row?;
        if let Some(name) = name {
            named.push((name, help.clone()));
        }
        ids.push((id, help));
    }
    named.extend(ids);
    Ok(named)
}
