//! Arguments shared between commands, defined once.

use clap::Args;

use crate::model::parse_size_gib;

/// `--yes` for destructive verbs.
#[derive(Debug, Args)]
pub struct ConfirmArgs {
    /// Do not ask for confirmation (required when not running interactively)
    #[arg(short = 'y', long)]
    pub yes: bool,
}

/// clap value parser for sizes in GiB.
pub fn size(text: &str) -> Result<u64, String> {
    parse_size_gib(text).map_err(|e| e.message().to_owned())
}
