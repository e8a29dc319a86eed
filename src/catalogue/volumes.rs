//! The `volumes` table.

use rusqlite::{Row, Transaction, params};

use crate::error::{Error, Result};
use crate::model::{AttachStatus, Volume, VolumeStatus};

const COLUMNS: &str = "v.id, v.name, v.size, v.status, v.attach_status, v.host, v.volume_type_id, \
    t.name, v.project_id, v.bootable, v.snapshot_id, v.source_volid, v.parent_snapshot_id, \
    v.provider_location, v.description, v.created_at, v.updated_at, v.multiattach, \
    v.availability_zone";

/// A SELECT of live (not soft-deleted) volumes; `filter` starts with `WHERE`.
fn select(filter: &str) -> String {
    let conditions = filter.strip_prefix("WHERE ").expect("a WHERE filter");
    select_any(&format!("WHERE v.deleted_at IS NULL AND {conditions}"))
}

/// A SELECT of volumes, soft-deleted ones included.
fn select_any(filter: &str) -> String {
    format!(
        "SELECT {COLUMNS} FROM volumes v JOIN volume_types t ON t.id = v.volume_type_id {filter}"
    )
}

fn from_row(row: &Row<'_>) -> rusqlite::Result<Volume> {
    let status: String = row.get(3)?;
    Ok(Volume {
        id: row.get(0)?,
        name: row.get(1)?,
        size: row.get(2)?,
        status: VolumeStatus::parse(&status).unwrap_or(VolumeStatus::Error),
        attach_status: row.get(4)?,
        host: row.get(5)?,
        availability_zone: row.get(18)?,
        volume_type_id: row.get(6)?,
        volume_type: row.get(7)?,
        project_id: row.get(8)?,
        bootable: row.get(9)?,
        multiattach: row.get(17)?,
        attachments: Vec::new(),
        snapshot_id: row.get(10)?,
        source_volid: row.get(11)?,
        parent_snapshot_id: row.get(12)?,
        clone_depth: 0,
        provider_location: row.get(13)?,
        description: row.get(14)?,
        created_at: row.get(15)?,
        updated_at: row.get(16)?,
    })
}

pub fn insert(tx: &Transaction<'_>, v: &Volume) -> Result<()> {
    let result = tx.execute(
        "INSERT INTO volumes (id, name, size, status, attach_status, host, volume_type_id, \
         project_id, bootable, snapshot_id, source_volid, parent_snapshot_id, provider_location, \
         description, created_at, updated_at, multiattach, availability_zone) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)",
        params![
            v.id,
            v.name,
            v.size,
            v.status.as_str(),
            v.attach_status,
            v.host,
            v.volume_type_id,
            v.project_id,
            v.bootable,
            v.snapshot_id,
            v.source_volid,
            v.parent_snapshot_id,
            v.provider_location,
            v.description,
            v.created_at,
            v.updated_at,
            v.multiattach,
            v.availability_zone
        ],
    );
    match result {
        Err(rusqlite::Error::SqliteFailure(e, _))
            if e.code == rusqlite::ErrorCode::ConstraintViolation =>
        {
            Err(Error::invalid_state(format!("a volume named '{}' already exists", v.name)).into())
        }
        other => other.map(drop).map_err(Into::into),
    }
}

/// Volumes matching `filter` (a WHERE/ORDER clause on `v`), with their clone depth.
fn query(tx: &Transaction<'_>, filter: &str, params: impl rusqlite::Params) -> Result<Vec<Volume>> {
    let mut statement = tx.prepare_cached(&select(filter))?;
    let mut volumes = statement
        .query_map(params, from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    fill_clone_depth(tx, &mut volumes)?;
    super::attachments::fill_volume_refs(tx, &mut volumes)?;
    Ok(volumes)
}

/// Sets `clone_depth`: how many snapshot → volume links lead from each volume to one that
/// shares no data with a parent (0 for an independent volume).
fn fill_clone_depth(tx: &Transaction<'_>, volumes: &mut [Volume]) -> Result<()> {
    if volumes.iter().all(|v| v.parent_snapshot_id.is_none()) {
        return Ok(());
    }
    let mut statement = tx.prepare_cached(
        "SELECT v.id, s.volume_id FROM volumes v JOIN snapshots s ON s.id = v.parent_snapshot_id",
    )?;
    let parents: std::collections::HashMap<String, String> = statement
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for volume in volumes {
        let mut current = &volume.id;
        while let Some(parent) = parents.get(current) {
            volume.clone_depth += 1;
            current = parent;
            if volume.clone_depth as usize > parents.len() {
                break; // a cycle cannot happen, but never loop for ever
            }
        }
    }
    Ok(())
}

pub fn get(tx: &Transaction<'_>, id: &str) -> Result<Option<Volume>> {
    Ok(query(tx, "WHERE v.id = ?1", [id])?.pop())
}

/// The volume that must exist (a flow holds its id).
pub fn must_get(tx: &Transaction<'_>, id: &str) -> Result<Volume> {
    get(tx, id)?.ok_or_else(|| Error::not_found(format!("volume {id} no longer exists")).into())
}

pub fn get_by_name(tx: &Transaction<'_>, project: &str, name: &str) -> Result<Option<Volume>> {
    Ok(query(
        tx,
        "WHERE v.project_id = ?1 AND v.name = ?2",
        [project, name],
    )?
    .pop())
}

pub fn list(tx: &Transaction<'_>, project: &str) -> Result<Vec<Volume>> {
    query(
        tx,
        "WHERE v.project_id = ?1 ORDER BY v.created_at, v.id",
        [project],
    )
}

/// Volumes still sharing data with a snapshot (copy-on-write clones not yet flattened),
/// deferred ones included: their data still depends on it too.
pub fn dependents_of_snapshot(tx: &Transaction<'_>, snapshot_id: &str) -> Result<Vec<Volume>> {
    let sql = select_any("WHERE v.parent_snapshot_id = ?1 ORDER BY v.name");
    let mut statement = tx.prepare_cached(&sql)?;
    let mut volumes = statement
        .query_map([snapshot_id], from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    fill_clone_depth(tx, &mut volumes)?;
    Ok(volumes)
}

/// Resolves an operator's reference: exact id, then exact name, then a unique id prefix.
pub fn find(tx: &Transaction<'_>, project: &str, reference: &str) -> Result<Volume> {
    if let Some(v) = get(tx, reference)?.filter(|v| v.project_id == project) {
        return Ok(v);
    }
    if let Some(v) = get_by_name(tx, project, reference)? {
        return Ok(v);
    }
    let candidates = by_id_prefix(tx, project, reference)?;
    super::resolve_prefix("volume", reference, candidates, |v| (&v.id, &v.name))
}

fn by_id_prefix(tx: &Transaction<'_>, project: &str, prefix: &str) -> Result<Vec<Volume>> {
    if !super::looks_like_id_prefix(prefix) {
        return Ok(Vec::new());
    }
    let filter = "WHERE v.project_id = ?1 AND substr(v.id, 1, ?2) = ?3";
    query(
        tx,
        filter,
        params![project, prefix.len(), prefix.to_ascii_lowercase()],
    )
}

/// Cinder's `conditional_update`: moves the volume to `to` only from one of `from`.
/// Fails with [`ErrorKind::InvalidState`] naming the current status otherwise.
pub fn transition(
    tx: &Transaction<'_>,
    id: &str,
    from: &[VolumeStatus],
    to: VolumeStatus,
    operation: &str,
) -> Result<()> {
    let from: Vec<&str> = from.iter().map(|s| s.as_str()).collect();
    if super::conditional_update(tx, "volumes", id, &from, to.as_str(), None)? {
        return Ok(());
    }
    let current =
        get(tx, id)?.ok_or_else(|| Error::not_found(format!("volume {id} does not exist")))?;
    Err(super::invalid_transition(
        "volume",
        operation,
        &current.name,
        id,
        current.status.as_str(),
        &from,
    ))
}

/// Sets the volume's `attach_status` (attach and detach flows).
pub fn set_attach_status(
    tx: &Transaction<'_>,
    id: &str,
    attach_status: AttachStatus,
) -> Result<()> {
    tx.execute(
        "UPDATE volumes SET attach_status = ?1, updated_at = ?2 WHERE id = ?3",
        params![attach_status.as_str(), super::now(), id],
    )?;
    Ok(())
}

/// Moves a volume from `from` to a status and attach status in one conditional update;
/// `updated_at`, when known, puts back the stamp of before. Returns whether it changed.
pub fn settle_attachment(
    tx: &Transaction<'_>,
    id: &str,
    from: VolumeStatus,
    (to, attach_status): (VolumeStatus, AttachStatus),
    updated_at: Option<&str>,
) -> Result<bool> {
    let stamp = updated_at.map_or_else(super::now, str::to_owned);
    let changed = tx.execute(
        "UPDATE volumes SET status = ?1, attach_status = ?2, updated_at = ?3 \
         WHERE id = ?4 AND status = ?5",
        params![
            to.as_str(),
            attach_status.as_str(),
            stamp,
            id,
            from.as_str()
        ],
    )?;
    Ok(changed == 1)
}

/// Sets the status unconditionally (reverts and `reset-state` only).
pub fn set_status(tx: &Transaction<'_>, id: &str, status: VolumeStatus) -> Result<()> {
    tx.execute(
        "UPDATE volumes SET status = ?1, updated_at = ?2 WHERE id = ?3",
        params![status.as_str(), super::now(), id],
    )?;
    Ok(())
}

pub fn set_provider_location(tx: &Transaction<'_>, id: &str, location: &str) -> Result<()> {
    tx.execute(
        "UPDATE volumes SET provider_location = ?1, updated_at = ?2 WHERE id = ?3",
        params![location, super::now(), id],
    )?;
    Ok(())
}

pub fn set_size(tx: &Transaction<'_>, id: &str, size: u64) -> Result<()> {
    tx.execute(
        "UPDATE volumes SET size = ?1, updated_at = ?2 WHERE id = ?3",
        params![size, super::now(), id],
    )?;
    Ok(())
}

pub fn set_parent_snapshot(tx: &Transaction<'_>, id: &str, parent: Option<&str>) -> Result<()> {
    tx.execute(
        "UPDATE volumes SET parent_snapshot_id = ?1, updated_at = ?2 WHERE id = ?3",
        params![parent, super::now(), id],
    )?;
    Ok(())
}

/// Renames and/or re-describes a volume.
pub fn update_metadata(
    tx: &Transaction<'_>,
    id: &str,
    name: Option<&str>,
    description: Option<&str>,
) -> Result<()> {
    let result = tx.execute(
        "UPDATE volumes SET name = coalesce(?1, name), description = coalesce(?2, description), \
         updated_at = ?3 WHERE id = ?4",
        params![name, description, super::now(), id],
    );
    match result {
        Err(rusqlite::Error::SqliteFailure(e, _))
            if e.code == rusqlite::ErrorCode::ConstraintViolation =>
        {
            Err(Error::invalid_state(format!(
                "a volume named '{}' already exists",
                name.unwrap_or_default()
            ))
            .into())
        }
        other => other.map(drop).map_err(Into::into),
    }
}

pub fn delete(tx: &Transaction<'_>, id: &str) -> Result<()> {
    tx.execute("DELETE FROM volumes WHERE id = ?1", [id])?;
    Ok(())
}

/// Undoes a transition: sets `to` (with `updated_at`, when known, so the row is exactly as
/// before) only if the status is still `from`. Returns whether it changed.
pub fn restore(
    tx: &Transaction<'_>,
    id: &str,
    from: VolumeStatus,
    to: VolumeStatus,
    updated_at: Option<&str>,
) -> Result<bool> {
    super::conditional_update(tx, "volumes", id, &[from.as_str()], to.as_str(), updated_at)
}

/// Gives a volume another type (retype).
pub fn set_type(tx: &Transaction<'_>, id: &str, volume_type_id: &str) -> Result<()> {
    tx.execute(
        "UPDATE volumes SET volume_type_id = ?1, updated_at = ?2 WHERE id = ?3",
        params![volume_type_id, super::now(), id],
    )?;
    Ok(())
}

/// Places a volume: its `host@backend#pool` and the backend's zone.
pub fn set_host(tx: &Transaction<'_>, id: &str, host: &str, zone: &str) -> Result<()> {
    tx.execute(
        "UPDATE volumes SET host = ?1, availability_zone = ?2, updated_at = ?3 WHERE id = ?4",
        params![host, zone, super::now(), id],
    )?;
    Ok(())
}

/// Puts back a volume's image location and timestamp (reverts).
pub fn restore_provider_location(
    tx: &Transaction<'_>,
    id: &str,
    location: &str,
    updated_at: &str,
) -> Result<()> {
    tx.execute(
        "UPDATE volumes SET provider_location = ?1, updated_at = ?2 WHERE id = ?3",
        params![location, updated_at, id],
    )?;
    Ok(())
}

/// Takes a volume and its snapshots out of the operator's view (deferred deletion): the
/// rows stay, so clones keep their parent links, until `purge_rows`.
pub fn soft_delete(tx: &Transaction<'_>, id: &str, deferred_location: &str) -> Result<()> {
    let now = super::now();
    tx.execute(
        "UPDATE volumes SET deleted_at = ?1, updated_at = ?1, provider_location = ?2 WHERE id = ?3",
        params![now, deferred_location, id],
    )?;
    tx.execute(
        "UPDATE snapshots SET deleted_at = ?1, updated_at = ?1 WHERE volume_id = ?2",
        params![now, id],
    )?;
    Ok(())
}

/// A deferred volume: its id, where to purge it from, and its snapshots' locations.
#[derive(Debug, Clone)]
pub struct Deferred {
    pub id: String,
    pub location: String,
    pub snapshot_locations: Vec<String>,
}

/// Deferred volumes nothing depends on any more (no volume, live or deferred, is a clone
/// of one of their snapshots): ready to purge.
pub fn purgeable(tx: &Transaction<'_>) -> Result<Vec<Deferred>> {
    let mut statement = tx.prepare_cached(
        "SELECT v.id, coalesce(v.provider_location, '') FROM volumes v \
         WHERE v.deleted_at IS NOT NULL AND NOT EXISTS ( \
           SELECT 1 FROM volumes c JOIN snapshots s ON s.id = c.parent_snapshot_id \
           WHERE s.volume_id = v.id)",
    )?;
    let rows: Vec<(String, String)> = statement
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut locations = tx.prepare_cached(
        "SELECT provider_location FROM snapshots WHERE volume_id = ?1 \
         AND provider_location IS NOT NULL ORDER BY created_at, id",
    )?;
    rows.into_iter()
        .map(|(id, location)| {
            let snapshot_locations = locations
                .query_map([&id], |row| row.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            Ok(Deferred {
                id,
                location,
                snapshot_locations,
            })
        })
        .collect()
}

/// Every image location the catalogue knows: volumes (deferred ones too) and snapshots.
pub fn all_locations(tx: &Transaction<'_>) -> Result<Vec<String>> {
    let mut statement = tx.prepare_cached(
        "SELECT provider_location FROM volumes WHERE provider_location IS NOT NULL \
         UNION SELECT provider_location FROM snapshots WHERE provider_location IS NOT NULL",
    )?;
    let rows = statement.query_map([], |row| row.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Live volumes of every project: (id, name, location).
pub fn all_live(tx: &Transaction<'_>) -> Result<Vec<(String, String, Option<String>)>> {
    let mut statement = tx.prepare_cached(
        "SELECT id, name, provider_location FROM volumes WHERE deleted_at IS NULL \
         AND status NOT IN ('creating', 'error')",
    )?;
    let rows = statement.query_map([], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Removes a purged deferred volume's rows (its snapshots first).
pub fn purge_rows(tx: &Transaction<'_>, id: &str) -> Result<()> {
    tx.execute("DELETE FROM snapshots WHERE volume_id = ?1", [id])?;
    tx.execute("DELETE FROM volumes WHERE id = ?1", [id])?;
    Ok(())
}
