//! A linear flow engine after taskflow: tasks run in order, each result is journaled, and on
//! failure the completed tasks are reverted in reverse order, each `revert` receiving its
//! task's stored result.
//!
//! Every journal write is a committed transaction: a task is marked `running` (with the
//! flow's store) before its side effect and `success` (with its result) after. The owning
//! process holds the OS lock `flow-<id>` for the flow's life, so a flow found `running` whose
//! lock is free was interrupted; [`engine::recover`] reverts it, or resumes it when every
//! remaining task is idempotent.

pub mod engine;
mod fault;

pub use fault::hang_point;

use serde::Serialize;
use serde::de::DeserializeOwned;

use std::sync::Arc;

use crate::backend::{Backend, Backends};
use crate::catalogue::Catalogue;
use crate::driver::Progress;
use crate::error::Result;
use crate::lock::Locks;
use crate::process::Cancel;

/// What every task can reach: the catalogue, the backends, locks, progress and Ctrl-C.
pub struct Env {
    pub catalogue: Catalogue,
    pub backends: Backends,
    /// Where backups are kept.
    pub backups: Box<dyn crate::backup::BackupRepository>,
    pub locks: Locks,
    pub cancel: Cancel,
    pub progress: Box<dyn Progress>,
    /// The project local commands act for.
    pub project_id: String,
}

/// A task's view of one flow run.
pub struct Cx<'a> {
    pub env: &'a Env,
    /// The running flow's id (quota reservations are keyed by it).
    pub flow_id: &'a str,
    /// The backend the flow's store names (its volume's, or where the scheduler put it).
    pub backend: Arc<Backend>,
}

impl std::ops::Deref for Cx<'_> {
    type Target = Env;
    fn deref(&self) -> &Env {
        self.env
    }
}

/// What a `revert` learns about its task's `execute`.
#[derive(Debug)]
pub enum Outcome<'a, T> {
    /// It completed with this result.
    Done(&'a T),
    /// It failed with this error.
    Failed(&'a str),
    /// Its process died while it ran: the side effect may or may not have happened.
    Unknown,
}

/// One step of a flow. `name()` is the journal key: Cinder's class name, never renamed.
pub trait Task<S>: Send + Sync {
    type Output: Serialize + DeserializeOwned;
    fn name(&self) -> &'static str;
    fn execute(&self, cx: &Cx<'_>, store: &mut S) -> Result<Self::Output>;
    /// Undoes `execute`. Must cope with every [`Outcome`], and be idempotent.
    fn revert(&self, _cx: &Cx<'_>, _store: &S, _outcome: Outcome<'_, Self::Output>) -> Result<()> {
        Ok(())
    }
    /// Whether running `execute` again is harmless, so `flow recover` may resume here.
    fn resumable(&self) -> bool {
        false
    }
}

/// A [`Task`] with its output type erased to JSON, so one flow holds different tasks.
pub trait ErasedTask<S>: Send + Sync {
    fn name(&self) -> &'static str;
    fn resumable(&self) -> bool;
    fn execute_json(&self, cx: &Cx<'_>, store: &mut S) -> Result<serde_json::Value>;
    fn revert_json(
        &self,
        cx: &Cx<'_>,
        store: &S,
        outcome: Outcome<'_, serde_json::Value>,
    ) -> Result<()>;
}

impl<S, T: Task<S>> ErasedTask<S> for T {
    fn name(&self) -> &'static str {
        Task::name(self)
    }
    fn resumable(&self) -> bool {
        Task::resumable(self)
    }
    fn execute_json(&self, cx: &Cx<'_>, store: &mut S) -> Result<serde_json::Value> {
        Ok(serde_json::to_value(self.execute(cx, store)?)?)
    }
    fn revert_json(
        &self,
        cx: &Cx<'_>,
        store: &S,
        outcome: Outcome<'_, serde_json::Value>,
    ) -> Result<()> {
        match outcome {
            Outcome::Done(value) => match serde_json::from_value::<T::Output>(value.clone()) {
                Ok(output) => self.revert(cx, store, Outcome::Done(&output)),
                Err(_) => self.revert(cx, store, Outcome::Unknown),
            },
            Outcome::Failed(error) => self.revert(cx, store, Outcome::Failed(error)),
            Outcome::Unknown => self.revert(cx, store, Outcome::Unknown),
        }
    }
}

/// A linear flow: `Flow::new("volume_create").add(A).add(B)`.
pub struct Flow<S> {
    pub kind: &'static str,
    pub tasks: Vec<Box<dyn ErasedTask<S>>>,
}

impl<S> Flow<S> {
    pub fn new(kind: &'static str) -> Self {
        Flow {
            kind,
            tasks: Vec::new(),
        }
    }

    #[allow(clippy::should_implement_trait)]
    pub fn add(mut self, task: impl ErasedTask<S> + 'static) -> Self {
        self.tasks.push(Box::new(task));
        self
    }

    pub fn task_names(&self) -> Vec<&'static str> {
        self.tasks.iter().map(|t| t.name()).collect()
    }
}
