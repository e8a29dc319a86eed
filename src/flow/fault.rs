//! Test-only fault injection (cargo feature `fault-injection`), after cargo's
//! `__CARGO_TEST_INTERNAL_ERROR`:
//!
//! - `__BLOCKCTL_TEST_FAIL_AT=TaskName` fails that task before its `execute`;
//!   `TaskName:after` fails it after `execute` succeeded (so its own `revert` runs).
//! - `__BLOCKCTL_TEST_HANG_AT=TaskName[:after]` stops there for ever (for `kill -9` tests),
//!   after creating the file named by `__BLOCKCTL_TEST_HANG_MARKER`, if set; the same
//!   variable names the hang points inside a task's work ([`hang_point`]).

use crate::error::Result;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    Before,
    After,
}

#[cfg(feature = "fault-injection")]
fn matches(variable: &str, task: &str, phase: Phase) -> bool {
    let Some(value) = std::env::var_os(variable) else {
        return false;
    };
    let value = value.to_string_lossy();
    let (name, at) = match value.split_once(':') {
        Some((name, "after")) => (name, Phase::After),
        _ => (value.as_ref(), Phase::Before),
    };
    name == task && at == phase
}

#[cfg(feature = "fault-injection")]
pub fn check(task: &str, phase: Phase) -> Result<()> {
    if matches("__BLOCKCTL_TEST_HANG_AT", task, phase) {
        if let Some(marker) = std::env::var_os("__BLOCKCTL_TEST_HANG_MARKER") {
            let _ = std::fs::write(marker, task);
        }
        loop {
            std::thread::sleep(std::time::Duration::from_secs(3600));
        }
    }
    if matches("__BLOCKCTL_TEST_FAIL_AT", task, phase) {
        return Err(crate::error::Error::backend(format!("injected failure at {task}")).into());
    }
    Ok(())
}

#[cfg(not(feature = "fault-injection"))]
pub fn check(_task: &str, _phase: Phase) -> Result<()> {
    Ok(())
}

/// A hang point inside a task's work (e.g. `BackupVolumeTask:chunk`, after a backup
/// stored its first chunk), for `kill -9` tests of half-done work.
#[cfg(feature = "fault-injection")]
pub fn hang_point(name: &str) {
    if std::env::var_os("__BLOCKCTL_TEST_HANG_AT").is_some_and(|v| v == name) {
        if let Some(marker) = std::env::var_os("__BLOCKCTL_TEST_HANG_MARKER") {
            let _ = std::fs::write(marker, name);
        }
        loop {
            std::thread::sleep(std::time::Duration::from_secs(3600));
        }
    }
}

#[cfg(not(feature = "fault-injection"))]
pub fn hang_point(_name: &str) {}
