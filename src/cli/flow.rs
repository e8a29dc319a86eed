//! `blockctl flow …`

use clap::Subcommand;

use super::Ctx;
use crate::error::Result;
use crate::service::{FlowDetail, FlowRecovered, FlowSummary};

#[derive(Debug, Subcommand)]
pub enum FlowCommand {
    /// List journaled flows, newest first
    List {
        /// Only flows still running, interrupted or whose revert failed
        #[arg(long)]
        unfinished: bool,
    },
    /// Show a flow and its tasks
    Show {
        /// Flow id or unique id prefix
        #[arg(add = super::complete::flows())]
        flow: String,
    },
    /// Finish interrupted flows: revert them, or resume them where every remaining task is
    /// idempotent
    Recover {
        /// One flow (default: every interrupted flow)
        #[arg(add = super::complete::flows())]
        flow: Option<String>,
    },
}

pub fn run(command: FlowCommand, ctx: &Ctx) -> Result<()> {
    match &command {
        FlowCommand::List { .. } => ctx.printer.check_columns::<FlowSummary>()?,
        FlowCommand::Show { .. } => ctx.printer.check_columns::<FlowDetail>()?,
        FlowCommand::Recover { .. } => ctx.printer.check_columns::<FlowRecovered>()?,
    }
    let service = ctx.service()?;
    match command {
        FlowCommand::List { unfinished } => ctx.printer.list(&service.list_flows(unfinished)?),
        FlowCommand::Show { flow } => ctx.printer.show(&service.show_flow(&flow)?),
        FlowCommand::Recover { flow } => {
            let recovered = service.recover_flows(flow.as_deref())?;
            if recovered.is_empty() {
                ctx.printer.status("no interrupted flows");
            }
            ctx.printer.list(&recovered)
        }
    }
}
