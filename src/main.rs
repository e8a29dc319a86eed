//! `blockctl`: parse, run, map the error to its documented exit code.

use clap::Parser;

use blockctl::cli::{self, Cli};
use blockctl::error::{is_broken_pipe, kind_of};
use blockctl::process::Cancel;

/// Colours only for a person at a terminal, and never with `NO_COLOR` set (no-color.org).
fn colours_on_stderr() -> bool {
    use std::io::IsTerminal;
    std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

fn main() {
    let cli = Cli::parse();
    // Warnings and waits are shown; `-v` adds debug logs, `-q` keeps only errors.
    let filter = if cli.global.verbose {
        "blockctl=debug"
    } else if cli.global.quiet {
        "blockctl=error"
    } else {
        "blockctl=warn"
    };
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("BLOCKCTL_LOG")
                .unwrap_or_else(|_| filter.into()),
        )
        .with_writer(std::io::stderr)
        .with_ansi(colours_on_stderr())
        .without_time()
        .with_target(false)
        .init();
    let cancel = Cancel::default();
    let handler_cancel = cancel.clone();
    // First Ctrl-C: stop the long operation, revert the flow, exit 130. Outside a flow
    // there is nothing to undo, so exit at once.
    let _ = ctrlc::set_handler(move || {
        if handler_cancel.is_armed() {
            handler_cancel.cancel();
        } else {
            std::process::exit(130);
        }
    });
    let code = match cli::run(cli, cancel) {
        Ok(()) => 0,
        Err(e) if is_broken_pipe(&e) => 0,
        Err(e) => kind_of(&e).exit_code(),
    };
    std::process::exit(code);
}
