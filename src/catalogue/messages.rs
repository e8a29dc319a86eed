//! The `messages` table: Cinder's user messages. A flow that fails leaves one for its
//! project, saying which operation failed on which resource and why; they expire after
//! [`TTL_DAYS`].

use rusqlite::{OptionalExtension, Row, Transaction, params};

use crate::error::{Error, Result};
use crate::model::UserMessage;

/// How long a message is kept (Cinder's `message_ttl` default).
pub const TTL_DAYS: i64 = 30;

const COLUMNS: &str = "id, project_id, request_id, resource_type, resource_uuid, event_id, \
    user_message, created_at, expires_at";

fn from_row(row: &Row<'_>) -> rusqlite::Result<UserMessage> {
    Ok(UserMessage {
        id: row.get(0)?,
        project_id: row.get(1)?,
        request_id: row.get(2)?,
        resource_type: row.get(3)?,
        resource_uuid: row.get(4)?,
        event_id: row.get(5)?,
        user_message: row.get(6)?,
        created_at: row.get(7)?,
        expires_at: row.get(8)?,
    })
}

/// Records a message and drops the expired ones.
pub fn insert(tx: &Transaction<'_>, m: &UserMessage) -> Result<()> {
    tx.execute(
        "DELETE FROM messages WHERE expires_at < ?1",
        [&m.created_at],
    )?;
    tx.execute(
        &format!("INSERT INTO messages ({COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"),
        params![
            m.id,
            m.project_id,
            m.request_id,
            m.resource_type,
            m.resource_uuid,
            m.event_id,
            m.user_message,
            m.created_at,
            m.expires_at
        ],
    )?;
    Ok(())
}

/// The project's messages not yet expired, newest first.
pub fn list(tx: &Transaction<'_>, project: &str) -> Result<Vec<UserMessage>> {
    let mut statement = tx.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM messages WHERE project_id = ?1 AND expires_at >= ?2 \
         ORDER BY created_at DESC, id"
    ))?;
    let rows = statement.query_map(params![project, super::now()], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn get(tx: &Transaction<'_>, project: &str, id: &str) -> Result<UserMessage> {
    tx.query_row(
        &format!("SELECT {COLUMNS} FROM messages WHERE project_id = ?1 AND id = ?2"),
        params![project, id],
        from_row,
    )
    .optional()?
    .ok_or_else(|| Error::not_found(format!("message {id} could not be found")).into())
}

/// Deletes a message; false if the project has none of that id.
pub fn delete(tx: &Transaction<'_>, project: &str, id: &str) -> Result<bool> {
    let deleted = tx.execute(
        "DELETE FROM messages WHERE project_id = ?1 AND id = ?2",
        params![project, id],
    )?;
    Ok(deleted == 1)
}
