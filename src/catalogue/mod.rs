//! The SQLite catalogue: WAL, a busy timeout, foreign keys, append-only migrations.
//!
//! Reads go through [`Catalogue::read`]; every write is one `BEGIN IMMEDIATE` transaction
//! through [`Catalogue::write`], and every status change inside it is a conditional update.

pub mod attachments;
pub mod backend_stats;
pub mod backups;
pub mod completion;
pub mod exports;
pub mod flows;
pub mod messages;
mod migrations;
pub mod quotas;
pub mod snapshots;
pub mod tokens;
pub mod volume_types;
pub mod volumes;

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Duration;

use anyhow::Context;
use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};

use crate::error::Result;

pub use migrations::DEFAULT_TYPE_ID;

/// How long a writer waits for another process's transaction before failing.
const BUSY_TIMEOUT: Duration = Duration::from_secs(30);

/// The catalogue of one state directory.
#[derive(Debug)]
pub struct Catalogue {
    connection: Mutex<Connection>,
    pub path: PathBuf,
}

impl Catalogue {
    /// Opens (creating if needed) `STATE_DIR/catalogue.sqlite` and brings its schema up to date.
    pub fn open(state_dir: &Path) -> Result<Catalogue> {
        std::fs::create_dir_all(state_dir)
            .with_context(|| format!("cannot create state directory {}", state_dir.display()))?;
        let path = state_dir.join("catalogue.sqlite");
        let mut connection = Connection::open_with_flags(
            &path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .with_context(|| format!("cannot open catalogue {}", path.display()))?;
        connection.busy_timeout(BUSY_TIMEOUT)?;
        connection.pragma_update(None, "synchronous", "NORMAL")?;
        connection.pragma_update(None, "foreign_keys", true)?;
        set_up(&mut connection, state_dir)
            .with_context(|| format!("cannot set up catalogue {}", path.display()))?;
        Ok(Catalogue {
            connection: Mutex::new(connection),
            path,
        })
    }

    /// Runs `f` in one write transaction (`BEGIN IMMEDIATE`), committed if it returns `Ok`.
    pub fn write<T>(&self, f: impl FnOnce(&Transaction<'_>) -> Result<T>) -> Result<T> {
        let mut connection = self.connection.lock().unwrap_or_else(|e| e.into_inner());
        let tx = connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let value = f(&tx)?;
        tx.commit()?;
        Ok(value)
    }

    /// Runs `f` in one read transaction (a consistent snapshot).
    pub fn read<T>(&self, f: impl FnOnce(&Transaction<'_>) -> Result<T>) -> Result<T> {
        let mut connection = self.connection.lock().unwrap_or_else(|e| e.into_inner());
        let tx = connection.transaction_with_behavior(TransactionBehavior::Deferred)?;
        f(&tx)
    }
}

/// Switches a new catalogue to WAL and brings its schema up to date. Most runs find both
/// done and take no lock; otherwise one process at a time does the work, under
/// `STATE_DIR/catalogue.lock`, checking again once it holds the lock.
fn set_up(connection: &mut Connection, state_dir: &Path) -> Result<()> {
    let is_ready = |connection: &Connection| -> Result<bool> {
        let mode: String = connection.pragma_query_value(None, "journal_mode", |row| row.get(0))?;
        let version: usize =
            connection.pragma_query_value(None, "user_version", |row| row.get(0))?;
        Ok(mode.eq_ignore_ascii_case("wal") && version >= migrations::count())
    };
    if is_ready(connection)? {
        return Ok(());
    }
    let lock = std::fs::File::create(state_dir.join("catalogue.lock"))?;
    lock.lock()?;
    if !is_ready(connection)? {
        connection.pragma_update(None, "journal_mode", "WAL")?;
        migrations::migrations().to_latest(connection)?;
    }
    Ok(())
}

/// Now, as Cinder's timestamps (UTC, ISO 8601).
pub fn now() -> String {
    timestamp(chrono::Utc::now())
}

/// A time as the catalogue keeps it (and Cinder shows it).
pub fn timestamp(time: chrono::DateTime<chrono::Utc>) -> String {
    time.format("%Y-%m-%dT%H:%M:%S%.6f").to_string()
}

/// Whether a reference could be the start of a uuid (so a prefix lookup is worth doing).
fn looks_like_id_prefix(reference: &str) -> bool {
    reference.len() >= 4
        && reference.len() <= 36
        && reference.chars().all(|c| c.is_ascii_hexdigit() || c == '-')
}

/// Turns the rows an id prefix matched into one resource, NotFound or Ambiguous.
fn resolve_prefix<T>(
    kind: &str,
    reference: &str,
    mut candidates: Vec<T>,
    label: impl Fn(&T) -> (&String, &String),
) -> Result<T> {
    match candidates.len() {
        0 => Err(crate::error::Error::not_found(format!(
            "no {kind} with id or name '{reference}'"
        ))
        .into()),
        1 => Ok(candidates.remove(0)),
        _ => {
            let listed: Vec<String> = candidates
                .iter()
                .map(|c| {
                    let (id, name) = label(c);
                    format!("{id} ({name})")
                })
                .collect();
            Err(crate::error::Error::new(
                crate::error::ErrorKind::Ambiguous,
                format!(
                    "{kind} reference '{reference}' is ambiguous: it matches {}",
                    listed.join(", ")
                ),
            )
            .into())
        }
    }
}

/// Cinder's `conditional_update` on a table with a `status` column: sets `to` only where the
/// current status is one of `from`. Returns whether the row changed.
fn conditional_update(
    tx: &Transaction<'_>,
    table: &str,
    id: &str,
    from: &[&str],
    to: &str,
    updated_at: Option<&str>,
) -> Result<bool> {
    let placeholders = vec!["?"; from.len()].join(", ");
    let sql = format!(
        "UPDATE {table} SET status = ?, updated_at = ? WHERE id = ? AND status IN ({placeholders})"
    );
    let stamp = updated_at.map_or_else(now, str::to_owned);
    let mut values: Vec<String> = vec![to.to_owned(), stamp, id.to_owned()];
    values.extend(from.iter().map(|s| (*s).to_owned()));
    Ok(tx.execute(&sql, rusqlite::params_from_iter(values))? == 1)
}

/// The error for a refused transition: names the resource, its status and what was needed.
fn invalid_transition(
    kind: &str,
    operation: &str,
    name: &str,
    id: &str,
    current: &str,
    from: &[&str],
) -> anyhow::Error {
    let hint = if current == "in-use" {
        format!(": detach it first (blockctl volume detach {name})")
    } else {
        String::new()
    };
    crate::error::Error::invalid_state(format!(
        "cannot {operation} {kind} {name} ({id}): its status is '{current}', it must be {}{hint}",
        from.join(" or ")
    ))
    .into()
}

#[cfg(test)]
mod tests {
    #[test]
    fn to_latest_reaches_the_last_migration() {
        let mut connection = rusqlite::Connection::open_in_memory().unwrap();
        super::migrations::migrations()
            .to_latest(&mut connection)
            .unwrap();
        let version: usize = connection
            .pragma_query_value(None, "user_version", |row| row.get(0))
            .unwrap();
        assert_eq!(version, super::migrations::count());
    }
}
