//! Quotas as Cinder keeps them: limits (`quotas`), usage (`quota_usages`) and the
//! reservations of flows still running (`reservations`), all changed inside transactions.
//!
//! A flow reserves (usage `reserved` grows, checked against the limit), then commits
//! (reserved moves to `in_use`) or rolls back. Reservations carry the flow id, so
//! `flow recover` rolls back exactly what an interrupted flow held.

use rusqlite::{OptionalExtension, Transaction, params};

use crate::error::{Error, ErrorKind, Result};
use crate::model::{QUOTA_RESOURCES, QuotaUsage};

fn default_limit(resource: &str) -> Result<i64> {
    QUOTA_RESOURCES
        .iter()
        .find(|(name, _)| *name == resource)
        .map(|(_, limit)| *limit)
        .ok_or_else(|| {
            let known: Vec<&str> = QUOTA_RESOURCES.iter().map(|(n, _)| *n).collect();
            Error::usage(format!(
                "unknown quota resource '{resource}' (known: {})",
                known.join(", ")
            ))
            .into()
        })
}

pub fn limit(tx: &Transaction<'_>, project: &str, resource: &str) -> Result<i64> {
    let set: Option<i64> = tx
        .query_row(
            "SELECT hard_limit FROM quotas WHERE project_id = ?1 AND resource = ?2",
            [project, resource],
            |row| row.get(0),
        )
        .optional()?;
    set.map_or_else(|| default_limit(resource), Ok)
}

pub fn set_limit(
    tx: &Transaction<'_>,
    project: &str,
    resource: &str,
    hard_limit: i64,
) -> Result<()> {
    default_limit(resource)?;
    if hard_limit < -1 {
        return Err(Error::usage(format!(
            "invalid quota {hard_limit} for {resource}: use a count, or -1 for unlimited"
        ))
        .into());
    }
    tx.execute(
        "INSERT INTO quotas (project_id, resource, hard_limit) VALUES (?1, ?2, ?3) \
         ON CONFLICT (project_id, resource) DO UPDATE SET hard_limit = excluded.hard_limit",
        params![project, resource, hard_limit],
    )?;
    Ok(())
}

fn usage_row(tx: &Transaction<'_>, project: &str, resource: &str) -> Result<(i64, i64)> {
    Ok(tx
        .query_row(
            "SELECT in_use, reserved FROM quota_usages WHERE project_id = ?1 AND resource = ?2",
            [project, resource],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .optional()?
        .unwrap_or((0, 0)))
}

pub fn usage(tx: &Transaction<'_>, project: &str) -> Result<Vec<QuotaUsage>> {
    QUOTA_RESOURCES
        .iter()
        .map(|(resource, _)| {
            let (in_use, reserved) = usage_row(tx, project, resource)?;
            Ok(QuotaUsage {
                resource: (*resource).to_owned(),
                limit: limit(tx, project, resource)?,
                in_use,
                reserved,
            })
        })
        .collect()
}

fn add_usage(
    tx: &Transaction<'_>,
    project: &str,
    resource: &str,
    in_use: i64,
    reserved: i64,
) -> Result<()> {
    tx.execute(
        "INSERT INTO quota_usages (project_id, resource, in_use, reserved) \
         VALUES (?1, ?2, max(?3, 0), max(?4, 0)) \
         ON CONFLICT (project_id, resource) DO UPDATE SET \
         in_use = max(in_use + ?3, 0), reserved = max(reserved + ?4, 0)",
        params![project, resource, in_use, reserved],
    )?;
    Ok(())
}

/// How a quota refusal begins.
pub const REFUSAL: &str = "quota exceeded";

/// Reserves `deltas` for `flow_id`, refusing with [`ErrorKind::QuotaExceeded`] when a
/// positive delta would take usage plus reservations over the limit.
pub fn reserve(
    tx: &Transaction<'_>,
    flow_id: &str,
    project: &str,
    deltas: &[(&str, i64)],
) -> Result<()> {
    for &(resource, delta) in deltas {
        if delta > 0 {
            let hard_limit = limit(tx, project, resource)?;
            let (in_use, reserved) = usage_row(tx, project, resource)?;
            if hard_limit >= 0 && in_use + reserved + delta > hard_limit {
                let flag = resource.replace('_', "-");
                return Err(Error::new(
                    ErrorKind::QuotaExceeded,
                    format!(
                        "{REFUSAL} for {resource}: requested {delta}, but {in_use} in use and \
                         {reserved} reserved of a limit of {hard_limit} (raise it with: blockctl quota set --{flag} N)"
                    ),
                )
                .into());
            }
            add_usage(tx, project, resource, 0, delta)?;
        }
        tx.execute(
            "INSERT INTO reservations (id, flow_id, project_id, resource, delta, created_at) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                uuid::Uuid::new_v4().to_string(),
                flow_id,
                project,
                resource,
                delta,
                super::now()
            ],
        )?;
    }
    Ok(())
}

fn reservations(tx: &Transaction<'_>, flow_id: &str) -> Result<Vec<(String, String, i64)>> {
    let mut statement = tx.prepare_cached(
        "SELECT project_id, resource, delta FROM reservations WHERE flow_id = ?1",
    )?;
    let rows = statement.query_map([flow_id], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Moves a flow's reservations into usage.
pub fn commit(tx: &Transaction<'_>, flow_id: &str) -> Result<()> {
    for (project, resource, delta) in reservations(tx, flow_id)? {
        add_usage(tx, &project, &resource, delta, -delta.max(0))?;
    }
    tx.execute("DELETE FROM reservations WHERE flow_id = ?1", [flow_id])?;
    Ok(())
}

/// Releases a flow's reservations without using them. Idempotent.
pub fn rollback(tx: &Transaction<'_>, flow_id: &str) -> Result<()> {
    for (project, resource, delta) in reservations(tx, flow_id)? {
        add_usage(tx, &project, &resource, 0, -delta.max(0))?;
    }
    tx.execute("DELETE FROM reservations WHERE flow_id = ?1", [flow_id])?;
    Ok(())
}

pub fn has_reservations(tx: &Transaction<'_>, flow_id: &str) -> Result<bool> {
    Ok(tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM reservations WHERE flow_id = ?1)",
        [flow_id],
        |row| row.get(0),
    )?)
}

/// Changes usage directly, in the same transaction as the rows it accounts for (deletes).
pub fn apply(tx: &Transaction<'_>, project: &str, deltas: &[(&str, i64)]) -> Result<()> {
    for &(resource, delta) in deltas {
        add_usage(tx, project, resource, delta, 0)?;
    }
    Ok(())
}

/// What the project's rows account for, per resource: live volumes and their GiB, snapshots
/// (their GiB count towards `gigabytes`, as Cinder counts them), backups and their GiB.
pub fn recount(tx: &Transaction<'_>, project: &str) -> Result<Vec<(&'static str, i64)>> {
    let count = |sql: &str| -> Result<i64> { Ok(tx.query_row(sql, [project], |row| row.get(0))?) };
    let volumes =
        count("SELECT count(*) FROM volumes WHERE project_id = ?1 AND deleted_at IS NULL")?;
    let volume_gib = count(
        "SELECT coalesce(sum(size), 0) FROM volumes WHERE project_id = ?1 AND deleted_at IS NULL",
    )?;
    let snapshots =
        count("SELECT count(*) FROM snapshots WHERE project_id = ?1 AND deleted_at IS NULL")?;
    let snapshot_gib = count(
        "SELECT coalesce(sum(volume_size), 0) FROM snapshots \
         WHERE project_id = ?1 AND deleted_at IS NULL",
    )?;
    let backups = count("SELECT count(*) FROM backups WHERE project_id = ?1")?;
    let backup_gib = count("SELECT coalesce(sum(size), 0) FROM backups WHERE project_id = ?1")?;
    Ok(vec![
        ("volumes", volumes),
        ("snapshots", snapshots),
        ("gigabytes", volume_gib + snapshot_gib),
        ("backups", backups),
        ("backup_gigabytes", backup_gib),
    ])
}

/// Sets a resource's usage to `in_use`, with nothing reserved (doctor --fix, when no flow
/// runs).
pub fn set_usage(tx: &Transaction<'_>, project: &str, resource: &str, in_use: i64) -> Result<()> {
    tx.execute(
        "INSERT INTO quota_usages (project_id, resource, in_use, reserved) VALUES (?1, ?2, ?3, 0) \
         ON CONFLICT (project_id, resource) DO UPDATE SET in_use = ?3, reserved = 0",
        params![project, resource, in_use],
    )?;
    tx.execute(
        "DELETE FROM reservations WHERE project_id = ?1 AND resource = ?2",
        params![project, resource],
    )?;
    Ok(())
}
