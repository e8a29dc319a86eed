//! Everything blockctl prints: data on stdout (table, JSON or bare values), statuses,
//! warnings, progress bars and prompts on stderr. The output mode is chosen once.

mod progress;
mod prompt;
mod render;

use std::io::{IsTerminal, Write};

use clap::ValueEnum;
use comfy_table::{Table, presets};
use serde::Serialize;

pub use progress::progress_for;
pub use prompt::{confirm, select};
pub use render::Render;
pub(crate) use render::render;

use crate::error::{Error, Result};

/// `-o/--format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// A table for people (the default).
    Table,
    /// Stable JSON for scripts (docs/json.md).
    Json,
    /// Bare values, one per line (lists: one row per line, space-separated).
    Value,
    /// The libvirt `<disk>` XML of an attachment (`volume attach`, `attachment show`).
    Libvirt,
}

/// The error for `-o libvirt` on a command that prints no attachment.
pub fn libvirt_refused() -> anyhow::Error {
    Error::usage("-o libvirt prints an attachment's <disk> XML: use it with `volume attach` or `attachment show`").into()
}

/// Whether anything printed a warning (the printer, or a `warn!` log line): with
/// `--strict`, the command then exits 8.
static WARNED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Records that a warning was printed.
pub fn note_warning() {
    WARNED.store(true, std::sync::atomic::Ordering::SeqCst);
}

/// Whether a warning was printed in this process.
pub fn warned() -> bool {
    WARNED.load(std::sync::atomic::Ordering::SeqCst)
}

/// A tracing layer that notes every warning blockctl logs (whatever `-q` shows).
pub struct WarningCounter;

impl<S: tracing::Subscriber> tracing_subscriber::Layer<S> for WarningCounter {
    fn on_event(
        &self,
        event: &tracing::Event<'_>,
        _ctx: tracing_subscriber::layer::Context<'_, S>,
    ) {
        if *event.metadata().level() <= tracing::Level::WARN {
            note_warning();
        }
    }
}

/// How verbose stderr is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verbosity {
    Quiet,
    Normal,
    Verbose,
}

#[derive(Debug, Clone)]
pub struct Printer {
    pub format: Format,
    pub columns: Vec<String>,
    pub verbosity: Verbosity,
}

#[allow(clippy::print_stdout, clippy::print_stderr)]
impl Printer {
    fn stdout(&self, text: &str) -> Result<()> {
        let mut out = std::io::stdout().lock();
        out.write_all(text.as_bytes())?;
        if !text.ends_with('\n') {
            out.write_all(b"\n")?;
        }
        out.flush()?;
        Ok(())
    }

    /// A shell completion script for `blockctl completions SHELL`.
    pub fn completions(
        &self,
        shell: clap_complete::Shell,
        command: &mut clap::Command,
    ) -> Result<()> {
        let mut buffer = Vec::new();
        clap_complete::generate(shell, command, "blockctl", &mut buffer);
        self.stdout(&String::from_utf8_lossy(&buffer))
    }

    /// Preformatted text on stdout.
    pub fn text(&self, text: &str) -> Result<()> {
        self.stdout(text)
    }

    /// A status line on stderr ("volume db1 already exists"), hidden with `--quiet`.
    pub fn status(&self, message: &str) {
        if self.verbosity != Verbosity::Quiet {
            eprintln!("{message}");
        }
    }

    /// A one-line warning on stderr (shown even with `--quiet`).
    pub fn warn(&self, message: &str) {
        note_warning();
        eprintln!("warning: {message}");
    }

    /// The error: one clear sentence; with `-v`, the cause chain below it.
    pub fn error(&self, error: &anyhow::Error) {
        let first = error
            .chain()
            .find_map(|c| c.downcast_ref::<Error>())
            .map_or_else(|| error.to_string(), |e| e.message().to_owned());
        eprintln!("error: {first}");
        if self.verbosity == Verbosity::Verbose {
            for cause in error.chain() {
                let text = cause.to_string();
                if text != first {
                    eprintln!("  caused by: {text}");
                }
            }
        }
    }

    pub fn json(&self, value: &impl Serialize) -> Result<()> {
        self.stdout(&serde_json::to_string_pretty(value)?)
    }

    /// The columns to print: those asked for with `-c`, in that order, else `default`.
    fn selected<T: Render>(&self, default: &[&'static str]) -> Result<Vec<&'static str>> {
        if self.columns.is_empty() {
            return Ok(default.to_vec());
        }
        self.columns
            .iter()
            .map(|wanted| {
                T::FIELDS
                    .iter()
                    .copied()
                    .find(|c| c == wanted)
                    .ok_or_else(|| {
                        Error::usage(format!(
                            "unknown column '{wanted}' (available: {})",
                            T::FIELDS.join(", ")
                        ))
                        .into()
                    })
            })
            .collect()
    }

    /// Refuses unknown `-c` columns before a command does any work.
    pub fn check_columns<T: Render>(&self) -> Result<()> {
        self.selected::<T>(&[]).map(drop)
    }

    /// `item`'s JSON object restricted to `columns`, in that order.
    fn json_columns<T: Render>(
        item: &T,
        columns: &[&str],
    ) -> Result<serde_json::Map<String, serde_json::Value>> {
        let value = serde_json::to_value(item)?;
        Ok(columns
            .iter()
            .map(|c| ((*c).to_owned(), value.get(c).cloned().unwrap_or_default()))
            .collect())
    }

    fn table(&self) -> Table {
        let mut table = Table::new();
        if std::io::stdout().is_terminal() {
            table.load_preset(presets::UTF8_FULL_CONDENSED);
        } else {
            table.load_preset(presets::ASCII_FULL_CONDENSED);
        }
        table
    }

    /// One resource: a Field/Value table, its JSON object, or its values one per line.
    pub fn show<T: Render>(&self, item: &T) -> Result<()> {
        if self.format == Format::Json && self.columns.is_empty() {
            return self.json(item);
        }
        let columns = self.selected::<T>(T::FIELDS)?;
        let fields = item.fields();
        let value_of = |c: &str| {
            fields
                .iter()
                .find(|(n, _)| *n == c)
                .map(|(_, v)| v.as_str())
                .unwrap_or_default()
        };
        match self.format {
            Format::Json => self.json(&Self::json_columns(item, &columns)?),
            Format::Value => self.stdout(
                &columns
                    .iter()
                    .map(|c| value_of(c))
                    .collect::<Vec<_>>()
                    .join("\n"),
            ),
            Format::Libvirt => Err(libvirt_refused()),
            Format::Table => {
                let mut table = self.table();
                table.set_header(["Field", "Value"]);
                for column in &columns {
                    table.add_row([*column, value_of(column)]);
                }
                self.stdout(&table.to_string())
            }
        }
    }

    /// Many resources: a table with `T::LIST_COLUMNS`, a JSON array, or rows of values.
    pub fn list<T: Render>(&self, items: &[T]) -> Result<()> {
        if self.format == Format::Json && self.columns.is_empty() {
            return self.json(&items);
        }
        let columns = self.selected::<T>(T::LIST_COLUMNS)?;
        let rows: Vec<Vec<String>> = items
            .iter()
            .map(|item| {
                let fields = item.fields();
                columns
                    .iter()
                    .map(|c| {
                        fields
                            .iter()
                            .find(|(n, _)| n == c)
                            .map(|(_, v)| v.clone())
                            .unwrap_or_default()
                    })
                    .collect()
            })
            .collect();
        match self.format {
            Format::Json => {
                let objects = items
                    .iter()
                    .map(|item| Self::json_columns(item, &columns))
                    .collect::<Result<Vec<_>>>()?;
                self.json(&objects)
            }
            Format::Value => {
                if rows.is_empty() {
                    return Ok(());
                }
                let lines: Vec<String> = rows.iter().map(|r| r.join(" ")).collect();
                self.stdout(&lines.join("\n"))
            }
            Format::Libvirt => Err(libvirt_refused()),
            Format::Table => {
                let mut table = self.table();
                table.set_header(columns);
                for row in rows {
                    table.add_row(row);
                }
                self.stdout(&table.to_string())
            }
        }
    }

    /// A mutating verb's result: in JSON the resource with `"changed"`; otherwise the
    /// resource, plus a status line when nothing changed.
    pub fn change<T: Render>(
        &self,
        change: &crate::service::Change<T>,
        unchanged: &str,
    ) -> Result<()> {
        if !change.changed {
            self.status(unchanged);
        }
        if self.format == Format::Json && self.columns.is_empty() {
            return self.json(change);
        }
        self.show(&change.value)
    }
}
