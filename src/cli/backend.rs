//! `blockctl backend …`

use clap::Subcommand;

use super::Ctx;
use crate::driver::BackendStats;
use crate::error::Result;

#[derive(Debug, Subcommand)]
pub enum BackendCommand {
    /// Capacity of each enabled backend's pools, as Cinder's get-pools
    List,
}

pub fn run(command: BackendCommand, ctx: &Ctx) -> Result<()> {
    match command {
        BackendCommand::List => {
            ctx.printer.check_columns::<BackendStats>()?;
            ctx.printer.list(&[ctx.service()?.backend_stats()?])
        }
    }
}
