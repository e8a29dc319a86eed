//! The flow journal: `flows` and `flow_tasks`. Each write is its own committed transaction,
//! so the journal always says how far a flow got, whatever happens to the process.

use rusqlite::{OptionalExtension, Row, Transaction, params};
use serde::{Deserialize, Serialize};

use crate::error::Result;

/// One flow run, as journaled.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct FlowRecord {
    pub id: String,
    /// The flow factory's name, e.g. `volume_create`; `flow recover` rebuilds the flow from it.
    pub kind: String,
    pub resource_type: String,
    pub resource_id: String,
    /// `running`, `reverting`, `success`, `reverted` or `revert_failed`; shown as
    /// `interrupted` when running/reverting and its owner's lock is free.
    pub state: String,
    #[serde(skip)]
    pub store: String,
    pub error: Option<String>,
    pub owner_pid: i64,
    pub created_at: String,
    pub updated_at: String,
}

/// One task of a flow, as journaled (taskflow's task states, lower-cased).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct TaskRecord {
    pub idx: i64,
    pub name: String,
    /// `pending`, `running`, `success`, `failure`, `reverting`, `reverted`, `revert_failure`.
    pub state: String,
    pub result: Option<serde_json::Value>,
    pub error: Option<String>,
    pub updated_at: String,
}

const SELECT_FLOW: &str = "SELECT id, kind, resource_type, resource_id, state, store, error, \
    owner_pid, created_at, updated_at FROM flows";

fn flow_from_row(row: &Row<'_>) -> rusqlite::Result<FlowRecord> {
    Ok(FlowRecord {
        id: row.get(0)?,
        kind: row.get(1)?,
        resource_type: row.get(2)?,
        resource_id: row.get(3)?,
        state: row.get(4)?,
        store: row.get(5)?,
        error: row.get(6)?,
        owner_pid: row.get(7)?,
        created_at: row.get(8)?,
        updated_at: row.get(9)?,
    })
}

pub fn insert(tx: &Transaction<'_>, flow: &FlowRecord, task_names: &[&str]) -> Result<()> {
    tx.execute(
        "INSERT INTO flows (id, kind, resource_type, resource_id, state, store, error, owner_pid, \
         created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![
            flow.id,
            flow.kind,
            flow.resource_type,
            flow.resource_id,
            flow.state,
            flow.store,
            flow.error,
            flow.owner_pid,
            flow.created_at,
            flow.updated_at
        ],
    )?;
    for (idx, name) in task_names.iter().enumerate() {
        tx.execute(
            "INSERT INTO flow_tasks (flow_id, idx, name, state, updated_at) \
             VALUES (?1, ?2, ?3, 'pending', ?4)",
            params![flow.id, idx, name, flow.created_at],
        )?;
    }
    Ok(())
}

pub fn get(tx: &Transaction<'_>, id: &str) -> Result<Option<FlowRecord>> {
    Ok(tx
        .query_row(&format!("{SELECT_FLOW} WHERE id = ?1"), [id], flow_from_row)
        .optional()?)
}

/// Flows whose id starts with `prefix` (for operator references).
pub fn by_prefix(tx: &Transaction<'_>, prefix: &str) -> Result<Vec<FlowRecord>> {
    let mut statement =
        tx.prepare_cached(&format!("{SELECT_FLOW} WHERE substr(id, 1, ?1) = ?2"))?;
    let rows = statement.query_map(
        params![prefix.len(), prefix.to_ascii_lowercase()],
        flow_from_row,
    )?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Newest first; `unfinished_only` keeps flows still `running` or `reverting` in the journal.
pub fn list(tx: &Transaction<'_>, unfinished_only: bool, limit: usize) -> Result<Vec<FlowRecord>> {
    let filter = if unfinished_only {
        "WHERE state IN ('running', 'reverting')"
    } else {
        ""
    };
    let mut statement = tx.prepare_cached(&format!(
        "{SELECT_FLOW} {filter} ORDER BY created_at DESC, id LIMIT ?1"
    ))?;
    let rows = statement.query_map([limit as i64], flow_from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn tasks(tx: &Transaction<'_>, flow_id: &str) -> Result<Vec<TaskRecord>> {
    let mut statement = tx.prepare_cached(
        "SELECT idx, name, state, result, error, updated_at FROM flow_tasks \
         WHERE flow_id = ?1 ORDER BY idx",
    )?;
    let rows = statement.query_map([flow_id], |row| {
        let result: Option<String> = row.get(3)?;
        Ok(TaskRecord {
            idx: row.get(0)?,
            name: row.get(1)?,
            state: row.get(2)?,
            result: result.and_then(|text| serde_json::from_str(&text).ok()),
            error: row.get(4)?,
            updated_at: row.get(5)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn set_flow_state(
    tx: &Transaction<'_>,
    id: &str,
    state: &str,
    error: Option<&str>,
) -> Result<()> {
    tx.execute(
        "UPDATE flows SET state = ?1, error = coalesce(?2, error), updated_at = ?3 WHERE id = ?4",
        params![state, error, super::now(), id],
    )?;
    Ok(())
}

/// Takes over a flow for recovery: records the new owner.
pub fn set_owner(tx: &Transaction<'_>, id: &str, pid: i64) -> Result<()> {
    tx.execute(
        "UPDATE flows SET owner_pid = ?1, updated_at = ?2 WHERE id = ?3",
        params![pid, super::now(), id],
    )?;
    Ok(())
}

pub fn set_store(tx: &Transaction<'_>, id: &str, store: &str) -> Result<()> {
    tx.execute(
        "UPDATE flows SET store = ?1, updated_at = ?2 WHERE id = ?3",
        params![store, super::now(), id],
    )?;
    Ok(())
}

pub fn set_task(
    tx: &Transaction<'_>,
    flow_id: &str,
    idx: usize,
    state: &str,
    result: Option<&str>,
    error: Option<&str>,
) -> Result<()> {
    tx.execute(
        "UPDATE flow_tasks SET state = ?1, result = coalesce(?2, result), error = ?3, \
         updated_at = ?4 WHERE flow_id = ?5 AND idx = ?6",
        params![state, result, error, super::now(), flow_id, idx],
    )?;
    Ok(())
}
