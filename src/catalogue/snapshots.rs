//! The `snapshots` table.

use rusqlite::{Row, Transaction, params};

use crate::error::{Error, Result};
use crate::model::{Snapshot, SnapshotStatus};

const SELECT: &str = "SELECT id, name, volume_id, volume_size, status, project_id, \
    provider_location, description, created_at, updated_at FROM snapshots";

fn from_row(row: &Row<'_>) -> rusqlite::Result<Snapshot> {
    let status: String = row.get(4)?;
    Ok(Snapshot {
        id: row.get(0)?,
        name: row.get(1)?,
        volume_id: row.get(2)?,
        volume_size: row.get(3)?,
        status: SnapshotStatus::parse(&status).unwrap_or(SnapshotStatus::Error),
        project_id: row.get(5)?,
        provider_location: row.get(6)?,
        description: row.get(7)?,
        created_at: row.get(8)?,
        updated_at: row.get(9)?,
    })
}

/// Live (not soft-deleted) snapshots matching `filter`, which starts with `WHERE`.
fn query(
    tx: &Transaction<'_>,
    filter: &str,
    params: impl rusqlite::Params,
) -> Result<Vec<Snapshot>> {
    let conditions = filter.strip_prefix("WHERE ").expect("a WHERE filter");
    let sql = format!("{SELECT} WHERE deleted_at IS NULL AND {conditions}");
    let mut statement = tx.prepare_cached(&sql)?;
    let rows = statement.query_map(params, from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn insert(tx: &Transaction<'_>, s: &Snapshot) -> Result<()> {
    let result = tx.execute(
        "INSERT INTO snapshots (id, name, volume_id, volume_size, status, project_id, \
         provider_location, description, created_at, updated_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![
            s.id,
            s.name,
            s.volume_id,
            s.volume_size,
            s.status.as_str(),
            s.project_id,
            s.provider_location,
            s.description,
            s.created_at,
            s.updated_at
        ],
    );
    match result {
        Err(rusqlite::Error::SqliteFailure(e, _))
            if e.code == rusqlite::ErrorCode::ConstraintViolation =>
        {
            Err(Error::invalid_state(format!(
                "the volume already has a snapshot named '{}'",
                s.name
            ))
            .into())
        }
        other => other.map(drop).map_err(Into::into),
    }
}

pub fn get(tx: &Transaction<'_>, id: &str) -> Result<Option<Snapshot>> {
    Ok(query(tx, "WHERE id = ?1", [id])?.pop())
}

pub fn must_get(tx: &Transaction<'_>, id: &str) -> Result<Snapshot> {
    get(tx, id)?.ok_or_else(|| Error::not_found(format!("snapshot {id} no longer exists")).into())
}

pub fn list(tx: &Transaction<'_>, project: &str) -> Result<Vec<Snapshot>> {
    query(
        tx,
        "WHERE project_id = ?1 ORDER BY created_at, id",
        [project],
    )
}

/// A volume's snapshots, oldest first.
pub fn of_volume(tx: &Transaction<'_>, volume_id: &str) -> Result<Vec<Snapshot>> {
    query(
        tx,
        "WHERE volume_id = ?1 ORDER BY created_at, id",
        [volume_id],
    )
}

/// Resolves a reference: exact id, exact name (unique within the project), unique id prefix.
pub fn find(tx: &Transaction<'_>, project: &str, reference: &str) -> Result<Snapshot> {
    if let Some(s) = get(tx, reference)?.filter(|s| s.project_id == project) {
        return Ok(s);
    }
    let mut candidates = query(
        tx,
        "WHERE project_id = ?1 AND name = ?2 ORDER BY created_at",
        params![project, reference],
    )?;
    if candidates.is_empty() && super::looks_like_id_prefix(reference) {
        candidates = query(
            tx,
            "WHERE project_id = ?1 AND substr(id, 1, ?2) = ?3",
            params![project, reference.len(), reference.to_ascii_lowercase()],
        )?;
    }
    super::resolve_prefix("snapshot", reference, candidates, |s| (&s.id, &s.name))
}

/// Conditional status update, as [`super::volumes::transition`].
pub fn transition(
    tx: &Transaction<'_>,
    id: &str,
    from: &[SnapshotStatus],
    to: SnapshotStatus,
    operation: &str,
) -> Result<()> {
    let from: Vec<&str> = from.iter().map(|s| s.as_str()).collect();
    if super::conditional_update(tx, "snapshots", id, &from, to.as_str(), None)? {
        return Ok(());
    }
    let current = must_get(tx, id)?;
    Err(super::invalid_transition(
        "snapshot",
        operation,
        &current.name,
        id,
        current.status.as_str(),
        &from,
    ))
}

pub fn set_status(tx: &Transaction<'_>, id: &str, status: SnapshotStatus) -> Result<()> {
    tx.execute(
        "UPDATE snapshots SET status = ?1, updated_at = ?2 WHERE id = ?3",
        params![status.as_str(), super::now(), id],
    )?;
    Ok(())
}

pub fn delete(tx: &Transaction<'_>, id: &str) -> Result<()> {
    tx.execute("DELETE FROM snapshots WHERE id = ?1", [id])?;
    Ok(())
}

/// Undoes a transition: sets `to` (with `updated_at`, when known, so the row is exactly as
/// before) only if the status is still `from`. Returns whether it changed.
pub fn restore(
    tx: &Transaction<'_>,
    id: &str,
    from: SnapshotStatus,
    to: SnapshotStatus,
    updated_at: Option<&str>,
) -> Result<bool> {
    super::conditional_update(
        tx,
        "snapshots",
        id,
        &[from.as_str()],
        to.as_str(),
        updated_at,
    )
}

/// Records the snapshot's image and makes it `available`.
pub fn set_available(tx: &Transaction<'_>, id: &str, location: &str) -> Result<()> {
    tx.execute(
        "UPDATE snapshots SET provider_location = ?1, status = 'available', updated_at = ?2 \
         WHERE id = ?3",
        params![location, super::now(), id],
    )?;
    Ok(())
}
