//! The `volume_attachments` table.

use rusqlite::{Row, Transaction, params};

use crate::error::{Error, Result};
use crate::model::{AttachMode, AttachStatus, Attachment, Volume, VolumeAttachmentRef};

const SELECT: &str = "SELECT id, volume_id, project_id, attach_status, attached_host, \
    instance_uuid, mountpoint, attach_mode, connector, connection_info, attach_time, \
    created_at, updated_at FROM volume_attachments";

fn json_column<T: serde::de::DeserializeOwned>(
    row: &Row<'_>,
    index: usize,
) -> rusqlite::Result<Option<T>> {
    let text: Option<String> = row.get(index)?;
    Ok(text.and_then(|t| serde_json::from_str(&t).ok()))
}

fn from_row(row: &Row<'_>) -> rusqlite::Result<Attachment> {
    let status: String = row.get(3)?;
    let mode: String = row.get(7)?;
    Ok(Attachment {
        id: row.get(0)?,
        volume_id: row.get(1)?,
        project_id: row.get(2)?,
        attach_status: AttachStatus::parse(&status).unwrap_or(AttachStatus::ErrorAttaching),
        attached_host: row.get(4)?,
        instance_uuid: row.get(5)?,
        mountpoint: row.get(6)?,
        attach_mode: AttachMode::parse(&mode).unwrap_or(AttachMode::ReadOnly),
        connector: json_column(row, 8)?,
        connection_info: json_column(row, 9)?,
        attach_time: row.get(10)?,
        created_at: row.get(11)?,
        updated_at: row.get(12)?,
    })
}

fn query(
    tx: &Transaction<'_>,
    filter: &str,
    params: impl rusqlite::Params,
) -> Result<Vec<Attachment>> {
    let mut statement = tx.prepare_cached(&format!("{SELECT} {filter}"))?;
    let rows = statement.query_map(params, from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn to_json<T: serde::Serialize>(value: Option<&T>) -> Result<Option<String>> {
    Ok(value.map(serde_json::to_string).transpose()?)
}

pub fn insert(tx: &Transaction<'_>, a: &Attachment) -> Result<()> {
    tx.execute(
        "INSERT INTO volume_attachments (id, volume_id, project_id, attach_status, \
         attached_host, instance_uuid, mountpoint, attach_mode, connector, connection_info, \
         attach_time, created_at, updated_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
        params![
            a.id,
            a.volume_id,
            a.project_id,
            a.attach_status.as_str(),
            a.attached_host,
            a.instance_uuid,
            a.mountpoint,
            a.attach_mode.as_str(),
            to_json(a.connector.as_ref())?,
            to_json(a.connection_info.as_ref())?,
            a.attach_time,
            a.created_at,
            a.updated_at
        ],
    )?;
    Ok(())
}

pub fn get(tx: &Transaction<'_>, id: &str) -> Result<Option<Attachment>> {
    Ok(query(tx, "WHERE id = ?1", [id])?.pop())
}

pub fn must_get(tx: &Transaction<'_>, id: &str) -> Result<Attachment> {
    get(tx, id)?.ok_or_else(|| Error::not_found(format!("attachment {id} no longer exists")).into())
}

/// The attachments of one volume, oldest first.
pub fn of_volume(tx: &Transaction<'_>, volume_id: &str) -> Result<Vec<Attachment>> {
    query(
        tx,
        "WHERE volume_id = ?1 ORDER BY created_at, id",
        [volume_id],
    )
}

pub fn list(tx: &Transaction<'_>, project: &str) -> Result<Vec<Attachment>> {
    query(
        tx,
        "WHERE project_id = ?1 ORDER BY created_at, id",
        [project],
    )
}

/// Resolves an operator's reference: exact id, then a unique id prefix.
pub fn find(tx: &Transaction<'_>, project: &str, reference: &str) -> Result<Attachment> {
    if let Some(a) = get(tx, reference)?.filter(|a| a.project_id == project) {
        return Ok(a);
    }
    let candidates = if super::looks_like_id_prefix(reference) {
        query(
            tx,
            "WHERE project_id = ?1 AND substr(id, 1, ?2) = ?3",
            params![project, reference.len(), reference.to_ascii_lowercase()],
        )?
    } else {
        Vec::new()
    };
    super::resolve_prefix("attachment", reference, candidates, |a| {
        (&a.id, &a.volume_id)
    })
}

/// Moves an attachment to `to` only from one of `from`; false if it was elsewhere.
pub fn transition(
    tx: &Transaction<'_>,
    id: &str,
    from: &[AttachStatus],
    to: AttachStatus,
) -> Result<bool> {
    let placeholders = vec!["?"; from.len()].join(", ");
    let sql = format!(
        "UPDATE volume_attachments SET attach_status = ?, updated_at = ? \
         WHERE id = ? AND attach_status IN ({placeholders})"
    );
    let mut values = vec![to.as_str().to_owned(), super::now(), id.to_owned()];
    values.extend(from.iter().map(|s| s.as_str().to_owned()));
    Ok(tx.execute(&sql, rusqlite::params_from_iter(values))? == 1)
}

/// Sets an attachment's status unconditionally (reverts only).
pub fn set_status(tx: &Transaction<'_>, id: &str, status: AttachStatus) -> Result<()> {
    tx.execute(
        "UPDATE volume_attachments SET attach_status = ?1, updated_at = ?2 WHERE id = ?3",
        params![status.as_str(), super::now(), id],
    )?;
    Ok(())
}

/// Replaces an attachment's connection info (its volume was exported again).
pub fn set_connection_info(
    tx: &Transaction<'_>,
    id: &str,
    connection_info: &crate::model::ConnectionInfo,
) -> Result<()> {
    tx.execute(
        "UPDATE volume_attachments SET connection_info = ?1, updated_at = ?2 WHERE id = ?3",
        params![serde_json::to_string(connection_info)?, super::now(), id],
    )?;
    Ok(())
}

/// Records a completed attach: the connection info and the attach time.
pub fn complete(
    tx: &Transaction<'_>,
    id: &str,
    connection_info: &crate::model::ConnectionInfo,
) -> Result<()> {
    let now = super::now();
    tx.execute(
        "UPDATE volume_attachments SET attach_status = 'attached', connection_info = ?1, \
         attach_time = ?2, updated_at = ?2 WHERE id = ?3",
        params![serde_json::to_string(connection_info)?, now, id],
    )?;
    Ok(())
}

/// Gives a reserved attachment its host: the connector and the device it will use.
pub fn connect(
    tx: &Transaction<'_>,
    id: &str,
    connector: &crate::model::Connector,
    mountpoint: Option<&str>,
) -> Result<()> {
    tx.execute(
        "UPDATE volume_attachments SET attached_host = ?1, connector = ?2, mountpoint = ?3, \
         updated_at = ?4 WHERE id = ?5",
        params![
            connector.host,
            serde_json::to_string(connector)?,
            mountpoint,
            super::now(),
            id
        ],
    )?;
    Ok(())
}

/// Takes a connected attachment back to a bare reservation (a failed update's revert).
pub fn disconnect(tx: &Transaction<'_>, id: &str) -> Result<()> {
    tx.execute(
        "UPDATE volume_attachments SET attach_status = 'reserved', attached_host = NULL, \
         connector = NULL, mountpoint = NULL, connection_info = NULL, updated_at = ?1 \
         WHERE id = ?2",
        params![super::now(), id],
    )?;
    Ok(())
}

/// Marks a connected (`attaching`) attachment `attached` (Cinder's `os-complete`);
/// false if it was in another status.
pub fn mark_attached(tx: &Transaction<'_>, id: &str) -> Result<bool> {
    let now = super::now();
    let changed = tx.execute(
        "UPDATE volume_attachments SET attach_status = 'attached', attach_time = ?1, \
         updated_at = ?1 WHERE id = ?2 AND attach_status = 'attaching'",
        params![now, id],
    )?;
    Ok(changed == 1)
}

pub fn delete(tx: &Transaction<'_>, id: &str) -> Result<()> {
    tx.execute("DELETE FROM volume_attachments WHERE id = ?1", [id])?;
    Ok(())
}

/// Fills each volume's `attachments` (one query, only when some volume has any).
pub fn fill_volume_refs(tx: &Transaction<'_>, volumes: &mut [Volume]) -> Result<()> {
    for volume in volumes.iter_mut().filter(|v| v.attach_status != "detached") {
        volume.attachments = of_volume(tx, &volume.id)?
            .into_iter()
            .map(|a| VolumeAttachmentRef {
                id: a.volume_id.clone(),
                attachment_id: a.id,
                volume_id: a.volume_id,
                server_id: a.instance_uuid,
                host_name: a.attached_host,
                device: a.mountpoint,
                attached_at: a.attach_time,
            })
            .collect();
    }
    Ok(())
}
