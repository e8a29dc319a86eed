//! Advisory file locks under the state directory, as Cinder's coordination locks.
//!
//! Locks are `flock`-style locks on `STATE_DIR/locks/NAME.lock`; the OS frees them when the
//! holding process dies, which is how an interrupted flow is told from a running one.

use std::fs::{File, OpenOptions};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::Context;

use crate::error::{Error, Result};

/// A held lock; released on drop.
#[derive(Debug)]
pub struct LockGuard {
    _file: File,
    pub path: PathBuf,
}

/// The lock directory of a state directory.
#[derive(Debug, Clone)]
pub struct Locks {
    dir: PathBuf,
}

impl Locks {
    pub fn new(state_dir: &Path) -> Result<Locks> {
        let dir = state_dir.join("locks");
        std::fs::create_dir_all(&dir)
            .with_context(|| format!("cannot create lock directory {}", dir.display()))?;
        Ok(Locks { dir })
    }

    fn open(&self, name: &str) -> Result<(File, PathBuf)> {
        let path = self.dir.join(format!("{name}.lock"));
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .with_context(|| format!("cannot open lock file {}", path.display()))?;
        Ok((file, path))
    }

    /// Takes the lock if it is free; `None` if another process holds it.
    pub fn try_acquire(&self, name: &str) -> Result<Option<LockGuard>> {
        let (file, path) = self.open(name)?;
        lock_file(file, path)
    }

    /// Takes the lock if its file exists and it is free; never creates the file.
    pub fn try_acquire_existing(&self, name: &str) -> Result<Option<LockGuard>> {
        let path = self.dir.join(format!("{name}.lock"));
        let file = match OpenOptions::new().write(true).open(&path) {
            Ok(file) => file,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => {
                return Err(
                    anyhow::Error::new(e).context(format!("cannot open {}", path.display()))
                );
            }
        };
        lock_file(file, path)
    }

    /// Waits for the lock, saying so on stderr, up to `timeout`.
    pub fn acquire(&self, name: &str, what: &str, timeout: Duration) -> Result<LockGuard> {
        if let Some(guard) = self.try_acquire(name)? {
            return Ok(guard);
        }
        tracing::warn!("waiting for the lock on {what}: another blockctl process holds it");
        let deadline = Instant::now() + timeout;
        loop {
            std::thread::sleep(Duration::from_millis(25));
            if let Some(guard) = self.try_acquire(name)? {
                return Ok(guard);
            }
            if Instant::now() >= deadline {
                return Err(Error::invalid_state(format!(
                    "{what} is busy: another blockctl process holds its lock"
                ))
                .into());
            }
        }
    }

    /// Removes a lock file that is no longer needed (only while holding it).
    pub fn remove(&self, guard: LockGuard) {
        let _ = std::fs::remove_file(&guard.path);
        drop(guard);
    }
}

fn lock_file(file: File, path: PathBuf) -> Result<Option<LockGuard>> {
    match file.try_lock() {
        Ok(()) => Ok(Some(LockGuard { _file: file, path })),
        Err(std::fs::TryLockError::WouldBlock) => Ok(None),
        Err(std::fs::TryLockError::Error(e)) => {
            Err(anyhow::Error::new(e).context(format!("cannot lock {}", path.display())))
        }
    }
}
