//! Runs, reverts and recovers linear flows against the journal.

use std::time::Duration;

use serde::Serialize;
use serde::de::DeserializeOwned;

use super::fault::{self, Phase};
use super::{Cx, Env, Flow, Outcome};
use crate::catalogue::flows::{self as journal, FlowRecord, TaskRecord};
use crate::catalogue::now;
use crate::error::{Error, ErrorKind, Result};
use crate::lock::LockGuard;

/// How long a flow waits for another process to release a resource it needs.
const RESOURCE_LOCK_TIMEOUT: Duration = Duration::from_secs(300);

/// A flow's shared state: journaled with every task, so `flow recover` can rebuild it.
pub trait Store: Serialize + DeserializeOwned {
    /// The resource locks (e.g. `volume-<id>`) the flow holds for its whole life.
    fn locks(&self) -> Vec<String>;
    /// The `host@backend#pool` of the backend the flow works on; empty: the first
    /// enabled backend (flows journaled before the host was recorded).
    fn host(&self) -> &str;
}

/// What `flow recover` did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Recovery {
    /// The remaining tasks were idempotent and were run to the end.
    Resumed,
    /// The completed tasks were reverted.
    Reverted,
    /// The flow had already finished; nothing was done.
    AlreadyFinished,
}

pub fn flow_lock_name(flow_id: &str) -> String {
    format!("flow-{flow_id}")
}

fn acquire_resource_locks(env: &Env, store: &impl Store) -> Result<Vec<LockGuard>> {
    let mut names = store.locks();
    names.sort();
    names.dedup();
    names
        .iter()
        .map(|name| env.locks.acquire(name, name, RESOURCE_LOCK_TIMEOUT))
        .collect()
}

/// Runs `flow` to the end, or reverts what it did and returns the cause.
pub fn run<S: Store>(
    env: &Env,
    flow: &Flow<S>,
    resource_type: &str,
    resource_id: &str,
    mut store: S,
) -> Result<S> {
    let _resource_locks = acquire_resource_locks(env, &store)?;
    let flow_id = uuid::Uuid::new_v4().to_string();
    let flow_lock = env
        .locks
        .try_acquire(&flow_lock_name(&flow_id))?
        .ok_or_else(|| anyhow::anyhow!("fresh flow lock {flow_id} is already held"))?;
    let record = FlowRecord {
        id: flow_id.clone(),
        kind: flow.kind.to_owned(),
        resource_type: resource_type.to_owned(),
        resource_id: resource_id.to_owned(),
        state: "running".to_owned(),
        store: serde_json::to_string(&store)?,
        error: None,
        owner_pid: i64::from(std::process::id()),
        created_at: now(),
        updated_at: now(),
    };
    env.catalogue
        .write(|tx| journal::insert(tx, &record, &flow.task_names()))?;
    env.cancel.arm(true);
    let outcome = execute_from(env, flow, &flow_id, 0, &mut store);
    let concluded = conclude(env, flow, &flow_id, &store, outcome);
    env.cancel.arm(false);
    env.locks.remove(flow_lock);
    if let Err(error) = &concluded {
        leave_message(env, flow.kind, resource_type, resource_id, error);
    }
    concluded.map(|()| store)
}

/// Tells the project why its operation failed (Cinder's user messages), unless the
/// operator interrupted it or its quota refused it: Cinder answers a quota refusal to the
/// caller at once and leaves no message. Best effort: the failure itself is what the
/// caller gets.
fn leave_message(
    env: &Env,
    kind: &str,
    resource_type: &str,
    resource_id: &str,
    error: &anyhow::Error,
) {
    let why = crate::error::message_of(error);
    let quota_refusal = crate::error::kind_of(error) == ErrorKind::QuotaExceeded
        && why.starts_with(crate::catalogue::quotas::REFUSAL);
    if quota_refusal || crate::error::kind_of(error) == ErrorKind::Interrupted {
        return;
    }
    let created = chrono::Utc::now();
    let expires = created + chrono::Duration::days(crate::catalogue::messages::TTL_DAYS);
    let message = crate::model::message::for_failed_flow(
        &env.project_id,
        kind,
        resource_type,
        resource_id,
        &why,
        &crate::catalogue::timestamp(created),
        &crate::catalogue::timestamp(expires),
    );
    let recorded = env
        .catalogue
        .write(|tx| crate::catalogue::messages::insert(tx, &message));
    if let Err(e) = recorded {
        tracing::warn!("cannot record the failure's user message: {e:#}");
    }
}

/// After execution: marks success, or reverts and returns the cause (and any revert failure).
fn conclude<S: Store>(
    env: &Env,
    flow: &Flow<S>,
    flow_id: &str,
    store: &S,
    outcome: Result<()>,
) -> Result<()> {
    let cause = match outcome {
        Ok(()) => {
            env.catalogue
                .write(|tx| journal::set_flow_state(tx, flow_id, "success", None))?;
            return Ok(());
        }
        Err(cause) => cause,
    };
    let cause_text = format!("{cause:#}");
    match revert(env, flow, flow_id, store, Some(&cause_text)) {
        Ok(()) => Err(cause),
        Err(revert_error) => Err(cause.context(Error::new(
            crate::error::kind_of(&revert_error),
            format!(
                "{cause_text}; reverting also failed ({revert_error:#}): \
                 fix the cause, then run `blockctl flow recover {flow_id}`"
            ),
        ))),
    }
}

fn execute_from<S: Store>(
    env: &Env,
    flow: &Flow<S>,
    flow_id: &str,
    first: usize,
    store: &mut S,
) -> Result<()> {
    for (idx, task) in flow.tasks.iter().enumerate().skip(first) {
        let name = task.name();
        env.cancel.check()?;
        // Per task: the scheduler task of a create sets the host the later ones use.
        let cx = Cx {
            env,
            flow_id,
            backend: env.backends.for_host(store.host())?,
        };
        let store_json = serde_json::to_string(store)?;
        env.catalogue.write(|tx| {
            journal::set_store(tx, flow_id, &store_json)?;
            journal::set_task(tx, flow_id, idx, "running", None, None)
        })?;
        tracing::debug!(flow = flow_id, task = name, "execute");
        let result = fault::check(name, Phase::Before).and_then(|()| task.execute_json(&cx, store));
        match result {
            Ok(output) => {
                let output_json = serde_json::to_string(&output)?;
                let store_json = serde_json::to_string(store)?;
                env.catalogue.write(|tx| {
                    journal::set_store(tx, flow_id, &store_json)?;
                    journal::set_task(tx, flow_id, idx, "success", Some(&output_json), None)
                })?;
                fault::check(name, Phase::After)?;
            }
            Err(error) => {
                let text = format!("{error:#}");
                env.catalogue.write(|tx| {
                    journal::set_task(tx, flow_id, idx, "failure", None, Some(&text))
                })?;
                return Err(error);
            }
        }
    }
    Ok(())
}

/// What a task's journal entry tells its `revert`; `None` for tasks with nothing to revert.
fn outcome_of(task: &TaskRecord) -> Option<Outcome<'_, serde_json::Value>> {
    let stored = || task.result.as_ref().map_or(Outcome::Unknown, Outcome::Done);
    match task.state.as_str() {
        "success" => Some(stored()),
        "failure" => Some(Outcome::Failed(task.error.as_deref().unwrap_or("failed"))),
        "running" => Some(Outcome::Unknown),
        "reverting" | "revert_failure" => Some(stored()),
        _ => None,
    }
}

/// Reverts every task the journal shows as started, newest first. Reverts are not
/// interruptible: Ctrl-C during a revert is ignored so the catalogue ends consistent.
fn revert<S: Store>(
    env: &Env,
    flow: &Flow<S>,
    flow_id: &str,
    store: &S,
    cause: Option<&str>,
) -> Result<()> {
    env.catalogue
        .write(|tx| journal::set_flow_state(tx, flow_id, "reverting", cause))?;
    let tasks = env.catalogue.read(|tx| journal::tasks(tx, flow_id))?;
    let cx = Cx {
        env,
        flow_id,
        backend: env.backends.for_host(store.host())?,
    };
    let mut failures = Vec::new();
    for record in tasks.iter().rev() {
        let Some(outcome) = outcome_of(record) else {
            continue;
        };
        let idx = usize::try_from(record.idx)?;
        let task = flow
            .tasks
            .get(idx)
            .ok_or_else(|| anyhow::anyhow!("flow {flow_id} has no task {idx} ({})", record.name))?;
        if task.name() != record.name {
            // Journaled by a blockctl whose flow had other tasks: never revert the wrong one.
            return Err(anyhow::anyhow!(
                "flow {flow_id} was journaled by another version of blockctl (task {idx} is {} \
                 there, {} here): finish it with that version",
                record.name,
                task.name()
            ));
        }
        env.catalogue
            .write(|tx| journal::set_task(tx, flow_id, idx, "reverting", None, None))?;
        tracing::debug!(flow = flow_id, task = record.name, "revert");
        match task.revert_json(&cx, store, outcome) {
            Ok(()) => env
                .catalogue
                .write(|tx| journal::set_task(tx, flow_id, idx, "reverted", None, None))?,
            Err(error) => {
                let text = format!("{error:#}");
                tracing::warn!("reverting {} failed: {text}", record.name);
                env.catalogue.write(|tx| {
                    journal::set_task(tx, flow_id, idx, "revert_failure", None, Some(&text))
                })?;
                failures.push(format!("{}: {text}", record.name));
            }
        }
    }
    if failures.is_empty() {
        env.catalogue
            .write(|tx| journal::set_flow_state(tx, flow_id, "reverted", None))?;
        Ok(())
    } else {
        let text = failures.join("; ");
        env.catalogue
            .write(|tx| journal::set_flow_state(tx, flow_id, "revert_failed", Some(&text)))?;
        Err(Error::backend(text).into())
    }
}

/// Finishes an interrupted (or revert-failed) flow: resumes it when the flow was running
/// forwards and every task from the first unfinished one on is idempotent, else reverts it.
pub fn recover<S: Store>(env: &Env, flow: &Flow<S>, flow_id: &str) -> Result<Recovery> {
    let Some(flow_lock) = env.locks.try_acquire(&flow_lock_name(flow_id))? else {
        return Err(Error::invalid_state(format!(
            "flow {flow_id} is still running in another blockctl process"
        ))
        .into());
    };
    let record = env
        .catalogue
        .read(|tx| journal::get(tx, flow_id))?
        .ok_or_else(|| Error::not_found(format!("no flow {flow_id}")))?;
    if matches!(record.state.as_str(), "success" | "reverted") {
        return Ok(Recovery::AlreadyFinished);
    }
    let mut store: S = serde_json::from_str(&record.store)
        .map_err(|e| anyhow::anyhow!("flow {flow_id} has an unreadable store: {e}"))?;
    let _resource_locks = acquire_resource_locks(env, &store)?;
    env.catalogue
        .write(|tx| journal::set_owner(tx, flow_id, i64::from(std::process::id())))?;
    let tasks = env.catalogue.read(|tx| journal::tasks(tx, flow_id))?;
    let first_unfinished = tasks
        .iter()
        .position(|t| t.state != "success")
        .unwrap_or(tasks.len());
    let resumable =
        record.state == "running" && flow.tasks[first_unfinished..].iter().all(|t| t.resumable());
    let recovery = if resumable {
        let outcome = execute_from(env, flow, flow_id, first_unfinished, &mut store);
        conclude(env, flow, flow_id, &store, outcome)?;
        Recovery::Resumed
    } else {
        revert(
            env,
            flow,
            flow_id,
            &store,
            Some("interrupted; reverted by flow recover"),
        )?;
        Recovery::Reverted
    };
    env.locks.remove(flow_lock);
    Ok(recovery)
}

fn is_unfinished(state: &str) -> bool {
    matches!(state, "running" | "reverting" | "revert_failed")
}

/// Whether a journaled flow is unfinished and no live process owns it. The state is read
/// again under the flow's lock: the owner may have finished since `record` was read.
pub fn is_interrupted(env: &Env, record: &FlowRecord) -> Result<bool> {
    if !is_unfinished(&record.state) {
        return Ok(false);
    }
    // A flow's lock file exists from before its row is written until the flow finishes:
    // no file means no owner was lost.
    let Some(_lock) = env
        .locks
        .try_acquire_existing(&flow_lock_name(&record.id))?
    else {
        return Ok(false);
    };
    let current = env.catalogue.read(|tx| journal::get(tx, &record.id))?;
    Ok(current.is_some_and(|r| is_unfinished(&r.state)))
}

/// The kind of error `flow recover` returns for a flow kind it cannot rebuild.
pub fn unknown_kind(kind: &str) -> anyhow::Error {
    Error::new(
        ErrorKind::Internal,
        format!("unknown flow kind '{kind}': was it journaled by a newer blockctl?"),
    )
    .into()
}
