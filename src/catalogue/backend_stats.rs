//! The `backend_stats` table: each backend's stats (or why they could not be read), as
//! last read, for the scheduler and `backend list` to reuse briefly.

use rusqlite::{OptionalExtension, Transaction, params};

use crate::driver::BackendStats;
use crate::error::Result;

/// A cached reading: the stats or the error, and when.
#[derive(Debug, Clone)]
pub struct Reading {
    pub stats: std::result::Result<BackendStats, String>,
    pub fetched_at: chrono::DateTime<chrono::Utc>,
}

pub fn get(tx: &Transaction<'_>, backend: &str) -> Result<Option<Reading>> {
    let row: Option<(Option<String>, Option<String>, String)> = tx
        .query_row(
            "SELECT stats, error, fetched_at FROM backend_stats WHERE backend = ?1",
            [backend],
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
        )
        .optional()?;
    let Some((stats, error, fetched_at)) = row else {
        return Ok(None);
    };
    let Ok(fetched_at) = chrono::DateTime::parse_from_rfc3339(&fetched_at) else {
        return Ok(None);
    };
    let stats = match (stats, error) {
        (Some(json), _) => match serde_json::from_str(&json) {
            Ok(stats) => Ok(stats),
            Err(_) => return Ok(None), // written by another version
        },
        (None, error) => Err(error.unwrap_or_default()),
    };
    Ok(Some(Reading {
        stats,
        fetched_at: fetched_at.to_utc(),
    }))
}

pub fn put(tx: &Transaction<'_>, backend: &str, reading: &Reading) -> Result<()> {
    let (stats, error) = match &reading.stats {
        Ok(stats) => (Some(serde_json::to_string(stats)?), None),
        Err(error) => (None, Some(error.clone())),
    };
    tx.execute(
        "INSERT INTO backend_stats (backend, stats, error, fetched_at) VALUES (?1, ?2, ?3, ?4) \
         ON CONFLICT (backend) DO UPDATE SET stats = excluded.stats, error = excluded.error, \
         fetched_at = excluded.fetched_at",
        params![backend, stats, error, reading.fetched_at.to_rfc3339()],
    )?;
    Ok(())
}

/// Forgets a backend's reading (after placing a volume on it, its free space changed).
pub fn forget(tx: &Transaction<'_>, backend: &str) -> Result<()> {
    tx.execute("DELETE FROM backend_stats WHERE backend = ?1", [backend])?;
    Ok(())
}

/// GiB and count of the catalogue's live volumes on a backend (by `host@backend#pool`).
pub fn allocated(tx: &Transaction<'_>, backend: &str) -> Result<(u64, u64)> {
    let pattern = format!("%@{backend}#%");
    Ok(tx.query_row(
        "SELECT COALESCE(SUM(size), 0), COUNT(*) FROM volumes \
         WHERE deleted_at IS NULL AND host LIKE ?1",
        [pattern],
        |row| Ok((row.get(0)?, row.get(1)?)),
    )?)
}
