//! `blockctl backend …`

use clap::Subcommand;

use super::Ctx;
use crate::error::Result;

#[derive(Debug, Subcommand)]
pub enum BackendCommand {
    /// Capacity of each enabled backend's pools, as Cinder's get-pools
    List,
}

pub fn run(command: BackendCommand, ctx: &Ctx) -> Result<()> {
    match command {
        BackendCommand::List => ctx.printer.list(&[ctx.service()?.backend_stats()?]),
    }
}
