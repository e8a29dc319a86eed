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
pub use prompt::confirm;
pub use render::Render;

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

    fn selected<'a>(&self, available: &[&'a str]) -> Result<Vec<&'a str>> {
        if self.columns.is_empty() {
            return Ok(available.to_vec());
        }
        self.columns
            .iter()
            .map(|wanted| {
                available
                    .iter()
                    .copied()
                    .find(|c| c == wanted)
                    .ok_or_else(|| {
                        Error::usage(format!(
                            "unknown column '{wanted}' (available: {})",
                            available.join(", ")
                        ))
                        .into()
                    })
            })
            .collect()
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
        let fields = item.fields();
        let names: Vec<&str> = fields.iter().map(|(name, _)| *name).collect();
        let selected = self.selected(&names)?;
        let chosen = fields.iter().filter(|(name, _)| selected.contains(name));
        match self.format {
            Format::Json => {
                let map: serde_json::Map<String, serde_json::Value> = serde_json::to_value(item)?
                    .as_object()
                    .map(|o| {
                        o.iter()
                            .filter(|(k, _)| selected.contains(&k.as_str()))
                            .map(|(k, v)| (k.clone(), v.clone()))
                            .collect()
                    })
                    .unwrap_or_default();
                self.json(&map)
            }
            Format::Value => self.stdout(
                &chosen
                    .map(|(_, v)| v.as_str())
                    .collect::<Vec<_>>()
                    .join("\n"),
            ),
            Format::Table => {
                let mut table = self.table();
                table.set_header(["Field", "Value"]);
                for (name, value) in chosen {
                    table.add_row([*name, value.as_str()]);
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
        let all_fields: Vec<&str> = match items.first() {
            Some(item) => item.fields().iter().map(|(n, _)| *n).collect(),
            None => T::LIST_COLUMNS.to_vec(),
        };
        let selected = if self.columns.is_empty() {
            T::LIST_COLUMNS.to_vec()
        } else {
            self.selected(&all_fields)?
        };
        let rows: Vec<Vec<String>> = items
            .iter()
            .map(|item| {
                let fields = item.fields();
                selected
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
                let objects: Vec<serde_json::Map<String, serde_json::Value>> = items
                    .iter()
                    .map(|item| {
                        let value = serde_json::to_value(item).unwrap_or_default();
                        selected
                            .iter()
                            .map(|c| ((*c).to_owned(), value.get(c).cloned().unwrap_or_default()))
                            .collect()
                    })
                    .collect();
                self.json(&objects)
            }
            Format::Value => {
                let text: Vec<String> = rows.iter().map(|r| r.join(" ")).collect();
                if text.is_empty() {
                    return Ok(());
                }
                self.stdout(&text.join("\n"))
            }
            Format::Table => {
                let mut table = self.table();
                table.set_header(selected.clone());
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
