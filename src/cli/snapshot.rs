//! `blockctl snapshot …`

use clap::Subcommand;

use super::Ctx;
use super::args::ConfirmArgs;
use super::volume::SnapshotArgs;
use crate::error::{Error, ErrorKind, Result, kind_of};
use crate::model::Snapshot;
use crate::output::confirm;
use crate::service::{Change, Deletion};

#[derive(Debug, Subcommand)]
pub enum SnapshotCommand {
    /// Take a snapshot of a volume (same as `volume snapshot`)
    Create(SnapshotArgs),
    /// List snapshots
    List {
        /// Only this volume's snapshots
        #[arg(long, add = super::complete::volumes())]
        volume: Option<String>,
    },
    /// Show one snapshot
    Show {
        /// Snapshot id, unique id prefix or name (on a terminal: chosen from a list when left
        /// out)
        #[arg(add = super::complete::snapshots())]
        snapshot: Option<String>,
    },
    /// Delete snapshots (their data is merged into the images built on them)
    Delete {
        #[arg(required = true, add = super::complete::snapshots())]
        snapshots: Vec<String>,
        /// Succeed without change for snapshots that do not exist
        #[arg(long)]
        ignore_missing: bool,
        #[command(flatten)]
        confirm: ConfirmArgs,
    },
}

pub fn run(command: SnapshotCommand, ctx: &Ctx) -> Result<()> {
    match &command {
        SnapshotCommand::Delete { .. } => ctx.printer.check_columns::<Deletion>()?,
        _ => ctx.printer.check_columns::<Snapshot>()?,
    }
    let service = ctx.service()?;
    match command {
        SnapshotCommand::Create(args) => super::volume::snapshot(args, ctx),
        SnapshotCommand::List { volume } => ctx
            .printer
            .list(&service.list_snapshots(volume.as_deref())?),
        SnapshotCommand::Show { snapshot } => {
            let snapshot = super::complete::given_or_picked(
                ctx,
                snapshot,
                crate::service::CandidateKind::Snapshot,
                "snapshot",
            )?;
            ctx.printer.show(&service.show_snapshot(&snapshot)?)
        }
        SnapshotCommand::Delete {
            snapshots,
            ignore_missing,
            confirm: yes,
        } => {
            if !yes.yes {
                let mut details = Vec::new();
                for reference in &snapshots {
                    match service.show_snapshot(reference) {
                        Ok(s) => details.push(format!(
                            "snapshot {} ({}) of volume {}",
                            s.name, s.id, s.volume_id
                        )),
                        Err(e) if ignore_missing && kind_of(&e) == ErrorKind::NotFound => {}
                        Err(e) => return Err(e),
                    }
                }
                if !details.is_empty() && !confirm("Delete these snapshots?", &details)? {
                    return Err(Error::usage("not confirmed; nothing changed").into());
                }
            }
            let mut total = Change::new(false, Deletion::default());
            for reference in &snapshots {
                let change = service.delete_snapshot(reference, ignore_missing)?;
                total.changed |= change.changed;
                total.value.snapshots.extend(change.value.snapshots);
            }
            ctx.printer.change(&total, "nothing to delete")
        }
    }
}
