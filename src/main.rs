//! `blockctl`: parse, run, map the error to its documented exit code.

use clap::Parser;

use blockctl::cli::{self, Cli};
use blockctl::error::{is_broken_pipe, kind_of};
use blockctl::output::{WarningCounter, warned};
use blockctl::process::Cancel;
use tracing_subscriber::Layer;
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::SubscriberInitExt;

/// Colours only for a person at a terminal, and never with `NO_COLOR` set (no-color.org).
fn colours_on_stderr() -> bool {
    use std::io::IsTerminal;
    std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

fn main() {
    // `COMPLETE=bash blockctl`: print the shell's dynamic completion script, or answer a
    // completion request from it, then exit.
    clap_complete::CompleteEnv::with_factory(cli::command).complete();
    let cli = Cli::parse();
    // Warnings and waits are shown; `-v` adds debug logs, `-q` keeps only errors.
    let filter = if cli.global.verbose {
        "blockctl=debug"
    } else if cli.global.quiet {
        "blockctl=error"
    } else {
        "blockctl=warn"
    };
    // ureq's protocol layer traces raw requests, tokens and Keystone passwords included:
    // never shown, whatever BLOCKCTL_LOG asks.
    let secrets = "ureq_proto=off".parse().expect("a valid directive");
    let shown = tracing_subscriber::EnvFilter::try_from_env("BLOCKCTL_LOG")
        .unwrap_or_else(|_| filter.into())
        .add_directive(secrets);
    let log = tracing_subscriber::fmt::layer()
        .with_writer(std::io::stderr)
        .with_ansi(colours_on_stderr())
        .without_time()
        .with_target(false)
        .with_filter(shown);
    let warnings =
        tracing_subscriber::filter::Targets::new().with_target("blockctl", tracing::Level::WARN);
    tracing_subscriber::registry()
        .with(log)
        .with(WarningCounter.with_filter(warnings))
        .init();
    let strict = cli.global.strict;
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
        Ok(()) if strict && warned() => {
            #[allow(clippy::print_stderr)]
            {
                eprintln!("error: a warning was printed and --strict is set");
            }
            8
        }
        Ok(()) => 0,
        Err(e) if is_broken_pipe(&e) => 0,
        Err(e) => kind_of(&e).exit_code(),
    };
    std::process::exit(code);
}
