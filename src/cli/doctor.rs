//! `blockctl doctor`

use clap::Args;

use super::Ctx;
use super::args::ConfirmArgs;
use crate::error::{Error, Result};
use crate::output::confirm;
use crate::service::Finding;

#[derive(Debug, Args)]
pub struct DoctorArgs {
    /// Make the safe repairs (recover interrupted flows, recount quotas, stop stray
    /// exports, remove stale staging files, mark volumes whose image is gone)
    #[arg(long)]
    pub fix: bool,
    #[command(flatten)]
    pub confirm: ConfirmArgs,
}

/// The error when problems are left: exit 5, so cron and scripts notice.
fn left(findings: &[Finding]) -> Result<()> {
    let open = findings.iter().filter(|f| !f.fixed).count();
    if open == 0 {
        return Ok(());
    }
    let fixable = findings
        .iter()
        .filter(|f| !f.fixed && f.fix.is_some())
        .count();
    let hint = if fixable > 0 {
        format!(" ({fixable} can be repaired with `blockctl doctor --fix`)")
    } else {
        String::new()
    };
    Err(Error::invalid_state(format!("doctor found {open} problem(s){hint}")).into())
}

pub fn run(args: DoctorArgs, ctx: &Ctx) -> Result<()> {
    ctx.printer.check_columns::<Finding>()?;
    let service = ctx.service()?;
    let findings = service.doctor(false)?;
    let repairs: Vec<String> = findings
        .iter()
        .filter_map(|f| f.fix.as_ref().map(|fix| format!("{}: {fix}", f.resource)))
        .collect();
    if !args.fix || repairs.is_empty() {
        if findings.is_empty() {
            ctx.printer.status("no problems found");
        }
        ctx.printer.list(&findings)?;
        return left(&findings);
    }
    if !args.confirm.yes && !confirm("Make these repairs?", &repairs)? {
        return Err(Error::usage("not confirmed; nothing changed").into());
    }
    let after = service.doctor(true)?;
    ctx.printer.list(&after)?;
    left(&after)
}
