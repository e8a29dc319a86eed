//! `blockctl quota …`

use clap::Subcommand;

use super::Ctx;
use crate::error::{Error, Result};
use crate::model::QuotaUsage;
use crate::output::Format;

#[derive(Debug, Subcommand)]
pub enum QuotaCommand {
    /// Show limits, usage and reservations
    Show,
    /// Set limits (-1 for unlimited)
    Set {
        #[arg(long, allow_negative_numbers = true)]
        volumes: Option<i64>,
        #[arg(long, allow_negative_numbers = true)]
        snapshots: Option<i64>,
        #[arg(long, allow_negative_numbers = true)]
        gigabytes: Option<i64>,
        #[arg(long, allow_negative_numbers = true)]
        backups: Option<i64>,
        #[arg(long, allow_negative_numbers = true)]
        backup_gigabytes: Option<i64>,
    },
}

pub fn run(command: QuotaCommand, ctx: &Ctx) -> Result<()> {
    ctx.printer.check_columns::<QuotaUsage>()?;
    let service = ctx.service()?;
    match command {
        QuotaCommand::Show => ctx.printer.list(&service.show_quotas()?),
        QuotaCommand::Set {
            volumes,
            snapshots,
            gigabytes,
            backups,
            backup_gigabytes,
        } => {
            let limits: Vec<(&str, i64)> = [
                ("volumes", volumes),
                ("snapshots", snapshots),
                ("gigabytes", gigabytes),
                ("backups", backups),
                ("backup_gigabytes", backup_gigabytes),
            ]
            .into_iter()
            .filter_map(|(resource, limit)| limit.map(|l| (resource, l)))
            .collect();
            if limits.is_empty() {
                return Err(Error::usage(
                    "quota set needs at least one of --volumes, --snapshots, --gigabytes, \
                     --backups, --backup-gigabytes",
                )
                .into());
            }
            let change = service.set_quotas(&limits)?;
            if !change.changed {
                ctx.printer.status("quotas already set; nothing changed");
            }
            if ctx.printer.format == Format::Json && ctx.printer.columns.is_empty() {
                ctx.printer.json(&change)
            } else {
                ctx.printer.list(&change.value.quotas)
            }
        }
    }
}
