//! The one place external programs run: duct with argument vectors, never a shell string.
//!
//! Every child gets `PR_SET_PDEATHSIG(SIGKILL)`, so a `kill -9` of blockctl never leaves a
//! `qemu-img` writing to an image that `flow recover` is about to clean up.

use std::ffi::OsString;
use std::io::Read;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use crate::error::{Error, Result};

/// An external program blockctl depends on, with the Debian package that provides it.
#[derive(Debug, Clone, Copy)]
pub struct Tool {
    pub program: &'static str,
    pub package: &'static str,
}

pub const QEMU_IMG: Tool = Tool {
    program: "qemu-img",
    package: "qemu-utils",
};

/// lvm2's multi-call binary (`lvm lvcreate …`), so one tool covers every command.
pub const LVM: Tool = Tool {
    program: "lvm",
    package: "lvm2",
};

/// Set by the Ctrl-C handler; long operations poll it and stop. *Armed* while a flow runs
/// (the handler then cancels instead of exiting).
#[derive(Debug, Clone, Default)]
pub struct Cancel {
    cancelled: Arc<AtomicBool>,
    armed: Arc<AtomicBool>,
}

impl Cancel {
    pub fn arm(&self, armed: bool) {
        self.armed.store(armed, Ordering::SeqCst);
    }
    pub fn is_armed(&self) -> bool {
        self.armed.load(Ordering::SeqCst)
    }
    pub fn cancel(&self) {
        self.cancelled.store(true, Ordering::SeqCst);
    }
    pub fn is_cancelled(&self) -> bool {
        self.cancelled.load(Ordering::SeqCst)
    }
    pub fn check(&self) -> Result<(), Error> {
        if self.is_cancelled() {
            Err(Error::interrupted())
        } else {
            Ok(())
        }
    }
}

fn expression(tool: Tool, args: &[OsString]) -> duct::Expression {
    duct::cmd(tool.program, args)
        .before_spawn(|command| {
            use std::os::unix::process::CommandExt;
            // SAFETY: the closure runs in the forked child before exec and only calls
            // async-signal-safe functions (prctl, getppid, _exit).
            unsafe {
                command.pre_exec(|| {
                    libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
                    if libc::getppid() == 1 {
                        libc::_exit(1);
                    }
                    Ok(())
                });
            }
            Ok(())
        })
        .stdin_null()
}

fn describe(tool: Tool, args: &[OsString]) -> String {
    let mut text = tool.program.to_owned();
    for arg in args {
        text.push(' ');
        text.push_str(&arg.to_string_lossy());
    }
    text
}

fn spawn_error(tool: Tool, err: std::io::Error) -> anyhow::Error {
    if err.kind() == std::io::ErrorKind::NotFound {
        Error::backend(format!(
            "{} is not installed: install the Debian package {} (apt-get install {})",
            tool.program, tool.package, tool.package
        ))
        .into()
    } else {
        anyhow::Error::new(err).context(format!("cannot run {}", tool.program))
    }
}

fn failure(tool: Tool, args: &[OsString], code: Option<i32>, stderr: &str) -> anyhow::Error {
    let status = code.map_or_else(|| "was killed".to_owned(), |c| format!("exited with {c}"));
    let detail = stderr.trim();
    let first = detail.lines().last().unwrap_or("no error output");
    anyhow::Error::new(Error::backend(format!(
        "{} {status}: {first}",
        tool.program
    )))
    .context(format!("command failed: {}", describe(tool, args)))
}

/// Runs a program to completion and returns its stdout.
pub fn run(tool: Tool, args: &[OsString]) -> Result<String> {
    let output = run_unchecked(tool, args, &[])?;
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        return Err(failure(tool, args, output.status.code(), &stderr));
    }
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}

/// Runs a program to completion with extra environment variables, whatever its exit
/// status, for callers that interpret its failures themselves (lvm2's messages).
pub fn run_unchecked(
    tool: Tool,
    args: &[OsString],
    env: &[(&str, &std::ffi::OsStr)],
) -> Result<std::process::Output> {
    tracing::debug!(command = %describe(tool, args), "running");
    let mut expression = expression(tool, args);
    for (name, value) in env {
        expression = expression.env(name, value);
    }
    expression
        .stdout_capture()
        .stderr_capture()
        .unchecked()
        .run()
        .map_err(|e| spawn_error(tool, e))
}

/// Runs a long program, handing each `\r`/`\n`-separated piece of its stdout to `on_output`.
/// When `cancel` is set the child is killed and [`Error::interrupted`] is returned.
pub fn run_streaming(
    tool: Tool,
    args: &[OsString],
    cancel: &Cancel,
    mut on_output: impl FnMut(&str),
) -> Result<()> {
    tracing::debug!(command = %describe(tool, args), "running");
    let (mut stderr_reader, stderr_writer) = os_pipe::pipe()?;
    let handle = expression(tool, args)
        .stderr_file(stderr_writer)
        .unchecked()
        .reader()
        .map_err(|e| spawn_error(tool, e))?;
    let handle = Arc::new(handle);
    let finished = AtomicBool::new(false);
    let stderr = std::thread::scope(|scope| -> Result<String> {
        let stderr_thread = scope.spawn(move || {
            let mut text = String::new();
            let _ = stderr_reader.read_to_string(&mut text);
            text
        });
        let watcher_handle = Arc::clone(&handle);
        let finished_ref = &finished;
        scope.spawn(move || {
            while !finished_ref.load(Ordering::SeqCst) {
                if cancel.is_cancelled() {
                    let _ = watcher_handle.kill();
                    return;
                }
                std::thread::sleep(Duration::from_millis(20));
            }
        });
        let mut buffer = [0u8; 4096];
        let mut pending = String::new();
        let read_result = loop {
            match (&*handle).read(&mut buffer) {
                Ok(0) => break Ok(()),
                Ok(n) => {
                    pending.push_str(&String::from_utf8_lossy(&buffer[..n]));
                    while let Some(pos) = pending.find(['\r', '\n']) {
                        let piece: String = pending.drain(..=pos).collect();
                        on_output(piece.trim_end_matches(['\r', '\n']));
                    }
                }
                Err(e) => break Err(e),
            }
        };
        finished.store(true, Ordering::SeqCst);
        let stderr = stderr_thread.join().unwrap_or_default();
        read_result.map(|()| stderr).map_err(Into::into)
    });
    cancel.check()?;
    let stderr = stderr?;
    let status = handle
        .try_wait()?
        .map(|output| output.status)
        .ok_or_else(|| anyhow::anyhow!("{} did not exit", tool.program))?;
    if !status.success() {
        return Err(failure(tool, args, status.code(), &stderr));
    }
    Ok(())
}

/// Fails with one sentence naming the Debian package when `tool`, which the `backend`
/// backend needs, is not installed.
pub fn require(tool: Tool, backend: &str) -> Result<()> {
    if is_installed(tool) {
        return Ok(());
    }
    Err(Error::backend(format!(
        "{} is not installed: the {backend} backend needs it (apt-get install {})",
        tool.program, tool.package
    ))
    .into())
}

/// Whether a tool can be started at all (for error messages and `doctor`): an executable
/// of that name on `$PATH`, found the way `execvp` finds it, without starting a process.
pub fn is_installed(tool: Tool) -> bool {
    use std::os::unix::fs::PermissionsExt;
    let Some(path) = std::env::var_os("PATH") else {
        return false;
    };
    std::env::split_paths(&path).any(|dir| {
        std::fs::metadata(dir.join(tool.program))
            .is_ok_and(|meta| meta.is_file() && meta.permissions().mode() & 0o111 != 0)
    })
}
