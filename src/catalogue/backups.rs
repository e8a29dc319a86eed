//! The `backups` table.

use rusqlite::{Row, Transaction, params};

use crate::error::{Error, Result};
use crate::model::{Backup, BackupStatus};

const SELECT: &str = "SELECT b.id, b.name, b.description, b.volume_id, b.project_id, b.status, \
    b.size, b.object_count, b.stored_bytes, b.container, b.parent_id, b.fail_reason, \
    b.created_at, b.updated_at, \
    EXISTS (SELECT 1 FROM backups c WHERE c.parent_id = b.id) FROM backups b";

fn from_row(row: &Row<'_>) -> rusqlite::Result<Backup> {
    let status: String = row.get(5)?;
    let parent_id: Option<String> = row.get(10)?;
    Ok(Backup {
        id: row.get(0)?,
        name: row.get(1)?,
        description: row.get(2)?,
        volume_id: row.get(3)?,
        project_id: row.get(4)?,
        status: BackupStatus::parse(&status).unwrap_or(BackupStatus::Error),
        size: row.get(6)?,
        object_count: row.get(7)?,
        stored_bytes: row.get(8)?,
        container: row.get(9)?,
        is_incremental: parent_id.is_some(),
        parent_id,
        fail_reason: row.get(11)?,
        created_at: row.get(12)?,
        updated_at: row.get(13)?,
        has_dependent_backups: row.get(14)?,
    })
}

fn query(tx: &Transaction<'_>, filter: &str, params: impl rusqlite::Params) -> Result<Vec<Backup>> {
    let mut statement = tx.prepare_cached(&format!("{SELECT} {filter}"))?;
    let rows = statement.query_map(params, from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn insert(tx: &Transaction<'_>, b: &Backup) -> Result<()> {
    let result = tx.execute(
        "INSERT INTO backups (id, name, description, volume_id, project_id, status, size, \
         object_count, stored_bytes, container, parent_id, fail_reason, created_at, updated_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
        params![
            b.id,
            b.name,
            b.description,
            b.volume_id,
            b.project_id,
            b.status.as_str(),
            b.size,
            b.object_count,
            b.stored_bytes,
            b.container,
            b.parent_id,
            b.fail_reason,
            b.created_at,
            b.updated_at
        ],
    );
    match result {
        Err(rusqlite::Error::SqliteFailure(e, _))
            if e.code == rusqlite::ErrorCode::ConstraintViolation =>
        {
            Err(Error::invalid_state(format!("backup {} already exists", b.id)).into())
        }
        other => other.map(drop).map_err(Into::into),
    }
}

pub fn get(tx: &Transaction<'_>, id: &str) -> Result<Option<Backup>> {
    Ok(query(tx, "WHERE b.id = ?1", [id])?.pop())
}

pub fn must_get(tx: &Transaction<'_>, id: &str) -> Result<Backup> {
    get(tx, id)?.ok_or_else(|| Error::not_found(format!("backup {id} no longer exists")).into())
}

pub fn list(tx: &Transaction<'_>, project: &str) -> Result<Vec<Backup>> {
    query(
        tx,
        "WHERE b.project_id = ?1 ORDER BY b.created_at, b.id",
        [project],
    )
}

/// A volume's backups, oldest first.
pub fn of_volume(tx: &Transaction<'_>, volume_id: &str) -> Result<Vec<Backup>> {
    query(
        tx,
        "WHERE b.volume_id = ?1 ORDER BY b.created_at, b.id",
        [volume_id],
    )
}

/// The volume's newest available backup (the parent of an incremental, as Cinder picks it).
pub fn latest_available(tx: &Transaction<'_>, volume_id: &str) -> Result<Option<Backup>> {
    Ok(query(
        tx,
        "WHERE b.volume_id = ?1 AND b.status = 'available' ORDER BY b.created_at DESC, b.id DESC LIMIT 1",
        [volume_id],
    )?
    .pop())
}

/// Resolves an operator's reference: exact id, exact name, then a unique id prefix.
pub fn find(tx: &Transaction<'_>, project: &str, reference: &str) -> Result<Backup> {
    if let Some(b) = get(tx, reference)?.filter(|b| b.project_id == project) {
        return Ok(b);
    }
    let named = query(
        tx,
        "WHERE b.project_id = ?1 AND b.name = ?2 ORDER BY b.created_at",
        [project, reference],
    )?;
    if !named.is_empty() {
        return super::resolve_prefix("backup", reference, named, |b| (&b.id, &b.name));
    }
    let candidates = if super::looks_like_id_prefix(reference) {
        query(
            tx,
            "WHERE b.project_id = ?1 AND substr(b.id, 1, ?2) = ?3",
            params![project, reference.len(), reference.to_ascii_lowercase()],
        )?
    } else {
        Vec::new()
    };
    super::resolve_prefix("backup", reference, candidates, |b| (&b.id, &b.name))
}

/// Cinder's conditional update on a backup's status.
pub fn transition(
    tx: &Transaction<'_>,
    id: &str,
    from: &[BackupStatus],
    to: BackupStatus,
    operation: &str,
) -> Result<()> {
    let from: Vec<&str> = from.iter().map(|s| s.as_str()).collect();
    if super::conditional_update(tx, "backups", id, &from, to.as_str(), None)? {
        return Ok(());
    }
    let current = must_get(tx, id)?;
    Err(super::invalid_transition(
        "backup",
        operation,
        &current.name,
        id,
        current.status.as_str(),
        &from,
    ))
}

pub fn set_status(tx: &Transaction<'_>, id: &str, status: BackupStatus) -> Result<()> {
    tx.execute(
        "UPDATE backups SET status = ?1, updated_at = ?2 WHERE id = ?3",
        params![status.as_str(), super::now(), id],
    )?;
    Ok(())
}

/// Records a finished backup: available, with what it stored.
pub fn complete(
    tx: &Transaction<'_>,
    id: &str,
    object_count: u64,
    stored_bytes: u64,
) -> Result<()> {
    tx.execute(
        "UPDATE backups SET status = 'available', object_count = ?1, stored_bytes = ?2, \
         fail_reason = NULL, updated_at = ?3 WHERE id = ?4",
        params![object_count, stored_bytes, super::now(), id],
    )?;
    Ok(())
}

/// Renames a backup or changes its description (`None` keeps either).
pub fn update_metadata(
    tx: &Transaction<'_>,
    id: &str,
    name: Option<&str>,
    description: Option<&str>,
) -> Result<()> {
    tx.execute(
        "UPDATE backups SET name = coalesce(?1, name), description = coalesce(?2, description), \
         updated_at = ?3 WHERE id = ?4",
        params![name, description, super::now(), id],
    )?;
    Ok(())
}

pub fn delete(tx: &Transaction<'_>, id: &str) -> Result<()> {
    tx.execute("DELETE FROM backups WHERE id = ?1", [id])?;
    Ok(())
}
