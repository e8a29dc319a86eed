//! `blockctl backup …` and `blockctl volume backup`

use std::io::Read;

use clap::{Args, Subcommand};

use super::Ctx;
use super::args::ConfirmArgs;
use super::complete::given_or_picked;
use crate::error::{Error, Result};
use crate::model::{Backup, Volume};
use crate::output::confirm;
use crate::service::{
    BackupDeletion, BackupRecordExport, BackupVerification, CandidateKind, Change, CreateBackup,
    RestoreBackup,
};

#[derive(Debug, Args)]
pub struct BackupArgs {
    /// Volume id, unique id prefix or name (on a terminal: chosen from a list when left out)
    #[arg(add = super::complete::volumes())]
    pub volume: Option<String>,
    /// The backup's name [default: VOLUME-<UTC time>]
    #[arg(long)]
    pub name: Option<String>,
    #[arg(long)]
    pub description: Option<String>,
    /// Store only the chunks changed since the volume's newest available backup
    #[arg(long)]
    pub incremental: bool,
    /// Back up an attached (in-use) volume, where the backend can read it consistently
    #[arg(long)]
    pub force: bool,
    /// Succeed without change when the volume has an available backup of this --name
    #[arg(long, requires = "name")]
    pub if_not_exists: bool,
}

#[derive(Debug, Subcommand)]
pub enum BackupCommand {
    /// Back up a volume (same as `volume backup`): progress bar, journaled
    Create(BackupArgs),
    /// List backups
    List {
        /// Only this volume's backups
        #[arg(long, add = super::complete::volumes())]
        volume: Option<String>,
    },
    /// Show one backup
    Show {
        /// Backup id, unique id prefix or name (on a terminal: chosen from a list when left out)
        #[arg(add = super::complete::backups())]
        backup: Option<String>,
    },
    /// Rename a backup or change its description
    Set {
        /// Backup id, unique id prefix or name
        #[arg(add = super::complete::backups())]
        backup: String,
        #[arg(long)]
        name: Option<String>,
        #[arg(long)]
        description: Option<String>,
    },
    /// Delete backups (refused while incrementals depend on one)
    Delete {
        #[arg(required = true, add = super::complete::backups())]
        backups: Vec<String>,
        /// Succeed without change for backups that do not exist
        #[arg(long)]
        ignore_missing: bool,
        #[command(flatten)]
        confirm: ConfirmArgs,
    },
    /// Restore a backup into a new volume, or over an existing one (--volume, with --yes)
    Restore {
        /// Backup id, unique id prefix or name (on a terminal: chosen from a list when left out)
        #[arg(add = super::complete::backups())]
        backup: Option<String>,
        /// Overwrite this volume (it must be available and large enough)
        #[arg(long, conflicts_with = "name", add = super::complete::volumes())]
        volume: Option<String>,
        /// The new volume's name [default: restore-BACKUP]
        #[arg(long)]
        name: Option<String>,
        #[command(flatten)]
        confirm: ConfirmArgs,
    },
    /// Check every chunk of a backup (present, intact, matching its hash) without restoring
    Verify {
        #[arg(add = super::complete::backups())]
        backup: String,
    },
    /// Print a backup's record, for `import-record` into another (or a rebuilt) catalogue
    ExportRecord {
        #[arg(add = super::complete::backups())]
        backup: String,
    },
    /// Add a backup to the catalogue from its exported record (FILE, or - for stdin)
    ImportRecord { file: String },
}

pub fn create(args: BackupArgs, ctx: &Ctx) -> Result<()> {
    ctx.printer.check_columns::<Backup>()?;
    let volume = given_or_picked(ctx, args.volume, CandidateKind::Volume, "volume")?;
    let change = ctx.service()?.create_backup(CreateBackup {
        id: None,
        volume,
        name: args.name,
        description: args.description,
        incremental: args.incremental,
        force: args.force,
        if_not_exists: args.if_not_exists,
    })?;
    ctx.printer
        .change(&change, "the backup already exists; nothing changed")
}

fn read_record(file: &str) -> Result<BackupRecordExport> {
    let text = if file == "-" {
        let mut text = String::new();
        std::io::stdin().read_to_string(&mut text)?;
        text
    } else {
        std::fs::read_to_string(file)
            .map_err(|e| Error::usage(format!("cannot read backup record {file}: {e}")))?
    };
    Ok(serde_json::from_str(&text)
        .map_err(|e| Error::usage(format!("{file} is not a backup record: {e}")))?)
}

pub fn run(command: BackupCommand, ctx: &Ctx) -> Result<()> {
    let printer = &ctx.printer;
    match &command {
        BackupCommand::Delete { .. } => printer.check_columns::<BackupDeletion>()?,
        BackupCommand::Restore { .. } => printer.check_columns::<Volume>()?,
        BackupCommand::Verify { .. } => printer.check_columns::<BackupVerification>()?,
        BackupCommand::ExportRecord { .. } => printer.check_columns::<BackupRecordExport>()?,
        _ => printer.check_columns::<Backup>()?,
    }
    match command {
        BackupCommand::Create(args) => create(args, ctx),
        BackupCommand::List { volume } => {
            printer.list(&ctx.service()?.list_backups(volume.as_deref())?)
        }
        BackupCommand::Show { backup } => {
            let backup = given_or_picked(ctx, backup, CandidateKind::Backup, "backup")?;
            printer.show(&ctx.service()?.show_backup(&backup)?)
        }
        BackupCommand::Set {
            backup,
            name,
            description,
        } => {
            let change = ctx.service()?.set_backup(&backup, name, description)?;
            printer.change(&change, "nothing changed")
        }
        BackupCommand::Delete {
            backups,
            ignore_missing,
            confirm: yes,
        } => delete(ctx, &backups, ignore_missing, yes.yes),
        BackupCommand::Restore {
            backup,
            volume,
            name,
            confirm: yes,
        } => {
            let backup = given_or_picked(ctx, backup, CandidateKind::Backup, "backup")?;
            if let Some(target) = &volume
                && !yes.yes
            {
                let question = {
                    let found = ctx.service()?.show_backup(&backup)?;
                    format!(
                        "Overwrite the first {} GiB of volume {target} with backup {}?",
                        found.size, found.name
                    )
                };
                if !confirm(&question, &[])? {
                    return Err(Error::usage("not confirmed; nothing changed").into());
                }
            }
            let change = ctx.service()?.restore_backup(RestoreBackup {
                backup,
                volume,
                name,
                new_volume: None,
            })?;
            printer.change(&change, "nothing changed")
        }
        BackupCommand::Verify { backup } => printer.show(&ctx.service()?.verify_backup(&backup)?),
        BackupCommand::ExportRecord { backup } => {
            printer.show(&ctx.service()?.export_backup_record(&backup)?)
        }
        BackupCommand::ImportRecord { file } => {
            let record = read_record(&file)?;
            let change = ctx.service()?.import_backup_record(record)?;
            printer.change(
                &change,
                "the backup is already in the catalogue; nothing changed",
            )
        }
    }
}

fn delete(ctx: &Ctx, references: &[String], ignore_missing: bool, yes: bool) -> Result<()> {
    let service = ctx.service()?;
    if !yes {
        let mut details = Vec::new();
        for reference in references {
            match service.show_backup(reference) {
                Ok(b) => details.push(format!("backup {} ({}, {} GiB)", b.name, b.id, b.size)),
                Err(e)
                    if ignore_missing
                        && crate::error::kind_of(&e) == crate::error::ErrorKind::NotFound => {}
                Err(e) => return Err(e),
            }
        }
        if details.is_empty() {
            return ctx.printer.change(
                &Change::new(false, BackupDeletion::default()),
                "nothing to delete",
            );
        }
        if !confirm("Delete these backups, with their data?", &details)? {
            return Err(Error::usage("not confirmed; nothing changed").into());
        }
    }
    let mut total = Change::new(false, BackupDeletion::default());
    for reference in references {
        let change = service.delete_backup(reference, ignore_missing)?;
        total.changed |= change.changed;
        total.value.backups.extend(change.value.backups);
    }
    ctx.printer.change(&total, "nothing to delete")
}
