//! `blockctl volume …`

use clap::{Args, Subcommand};

use super::Ctx;
use super::args::{ConfirmArgs, size};
use super::complete::given_or_picked;
use crate::error::{Error, Result};
use crate::model::{Snapshot, Volume};
use crate::output::confirm;
use crate::service::{
    CandidateKind, Change, CreateSnapshot, CreateVolume, DeleteOptions, Deletion, MigrationPolicy,
    SourceRef,
};

#[derive(Debug, Subcommand)]
pub enum VolumeCommand {
    /// Create a volume: empty, from a snapshot (copy-on-write) or a copy of a volume
    Create(CreateArgs),
    /// List volumes
    List,
    /// Show one volume
    Show {
        /// Volume id, unique id prefix or name (on a terminal: chosen from a list when left out)
        #[arg(add = super::complete::volumes())]
        volume: Option<String>,
    },
    /// Rename a volume or change its description
    Set {
        #[arg(add = super::complete::volumes())]
        volume: String,
        #[arg(long)]
        name: Option<String>,
        #[arg(long)]
        description: Option<String>,
        /// Admin: set the status in the catalogue, whatever the backend holds (Cinder's
        /// reset-state), e.g. to take a volume out of a status an outside problem left it in
        #[arg(long, value_name = "STATUS", value_parser = volume_status)]
        state: Option<crate::model::VolumeStatus>,
    },
    /// Grow a volume (volumes never shrink)
    Extend {
        #[arg(add = super::complete::volumes())]
        volume: String,
        /// The new size, in GiB (e.g. 20, 20G, 1T)
        #[arg(long, value_parser = size)]
        size: u64,
    },
    /// Delete volumes (with --cascade, their snapshots too)
    Delete(DeleteArgs),
    /// Take a snapshot of a volume (same as `snapshot create`)
    Snapshot(SnapshotArgs),
    /// Create a volume from a snapshot (copy-on-write) or from a volume (full copy)
    Clone(CloneArgs),
    /// Copy a clone's shared data so it no longer depends on its snapshot (progress bar)
    Flatten {
        #[arg(add = super::complete::volumes())]
        volume: String,
    },
    /// Move a volume to another backend, copying and verifying its data (progress bar)
    Migrate {
        #[arg(add = super::complete::volumes())]
        volume: String,
        /// The destination: a backend's name or host@backend#pool
        #[arg(long, value_name = "BACKEND")]
        backend: String,
    },
    /// Give a volume another type; with --migration-policy on-demand it moves when its
    /// backend does not suit the type
    Retype {
        #[arg(add = super::complete::volumes())]
        volume: String,
        /// The new volume type (name or id)
        #[arg(long = "type", value_name = "TYPE")]
        volume_type: String,
        #[arg(long, value_enum, default_value = "never")]
        migration_policy: MigrationPolicy,
    },
    /// Attach a volume to a host: export it and print its connection info
    Attach(super::attach::AttachArgs),
    /// Detach a volume from a host (the export goes with its last attachment)
    Detach(super::attach::DetachArgs),
    /// Back up a volume (same as `backup create`): progress bar, journaled
    Backup(super::backup::BackupArgs),
    /// Revert a volume to its latest snapshot, discarding later changes
    Revert {
        #[arg(add = super::complete::volumes())]
        volume: String,
        /// The snapshot (must be the volume's latest)
        #[arg(long, add = super::complete::snapshots())]
        snapshot: String,
        #[command(flatten)]
        confirm: ConfirmArgs,
    },
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// The new volume's name (unique in the project)
    pub name: String,
    /// Size in GiB (e.g. 10, 10G, 1T); defaults to the source's size
    #[arg(long, value_parser = size, required_unless_present_any = ["snapshot", "source"])]
    pub size: Option<u64>,
    #[arg(long)]
    pub description: Option<String>,
    /// Create from this snapshot (copy-on-write)
    #[arg(long, conflicts_with = "source", add = super::complete::snapshots())]
    pub snapshot: Option<String>,
    /// Create as a full copy of this volume
    #[arg(long, add = super::complete::volumes())]
    pub source: Option<String>,
    /// Succeed without change when a volume of this name exists
    #[arg(long)]
    pub if_not_exists: bool,
    /// Let several hosts attach the volume at once
    #[arg(long)]
    pub multiattach: bool,
    /// The volume type (name or id; default: the configured default_volume_type)
    #[arg(long = "type", value_name = "TYPE")]
    pub volume_type: Option<String>,
    /// Only a backend in this availability zone
    #[arg(long)]
    pub availability_zone: Option<String>,
    /// Place it on this backend (its name, or host@backend#pool); the filters still apply
    #[arg(long, value_name = "BACKEND")]
    pub backend: Option<String>,
}

#[derive(Debug, Args)]
pub struct CloneArgs {
    /// Clone this snapshot (copy-on-write)
    #[arg(
        long,
        required_unless_present = "source",
        conflicts_with = "source",
        add = super::complete::snapshots()
    )]
    pub snapshot: Option<String>,
    /// Clone this volume (full copy)
    #[arg(long, add = super::complete::volumes())]
    pub source: Option<String>,
    /// The new volume's name
    #[arg(long)]
    pub name: String,
    /// Size in GiB; defaults to the source's size
    #[arg(long, value_parser = size)]
    pub size: Option<u64>,
    #[arg(long)]
    pub description: Option<String>,
    #[arg(long)]
    pub if_not_exists: bool,
}

#[derive(Debug, Args)]
pub struct SnapshotArgs {
    #[arg(add = super::complete::volumes())]
    pub volume: String,
    /// The snapshot's name (unique per volume)
    #[arg(long)]
    pub name: String,
    #[arg(long)]
    pub description: Option<String>,
    /// Succeed without change when the volume has a snapshot of this name
    #[arg(long)]
    pub if_not_exists: bool,
}

#[derive(Debug, Args)]
pub struct DeleteArgs {
    /// Volume ids, unique id prefixes or names (on a terminal: one chosen from a list when
    /// left out)
    #[arg(add = super::complete::volumes())]
    pub volumes: Vec<String>,
    /// Delete the volumes' snapshots too
    #[arg(long)]
    pub cascade: bool,
    /// Succeed without change for volumes that do not exist
    #[arg(long)]
    pub ignore_missing: bool,
    /// First flatten the clones of the volumes' snapshots (progress bar), so they survive
    #[arg(long, requires = "cascade")]
    pub flatten_dependents: bool,
    /// If clones depend on the snapshots, hide the volume now and delete it when the last
    /// clone is flattened or deleted (RBD: the image waits in the trash)
    #[arg(long, requires = "cascade", conflicts_with = "flatten_dependents")]
    pub defer: bool,
    #[command(flatten)]
    pub confirm: ConfirmArgs,
}

pub fn run(command: VolumeCommand, ctx: &Ctx) -> Result<()> {
    let printer = &ctx.printer;
    match &command {
        VolumeCommand::Delete(_) => printer.check_columns::<Deletion>()?,
        VolumeCommand::Snapshot(_) => printer.check_columns::<Snapshot>()?,
        VolumeCommand::Attach(_) => printer.check_columns::<crate::model::Attachment>()?,
        VolumeCommand::Backup(_) => printer.check_columns::<crate::model::Backup>()?,
        _ => printer.check_columns::<Volume>()?,
    }
    let service = ctx.service()?;
    match command {
        VolumeCommand::Create(args) => create(
            ctx,
            CreateVolume {
                id: None,
                source: source_ref(args.snapshot, args.source),
                name: args.name,
                size: args.size,
                description: args.description,
                if_not_exists: args.if_not_exists,
                multiattach: args.multiattach,
                volume_type: args.volume_type,
                availability_zone: args.availability_zone,
                backend: args.backend,
            },
        ),
        VolumeCommand::List => printer.list(&service.list_volumes()?),
        VolumeCommand::Show { volume } => {
            let volume = given_or_picked(ctx, volume, CandidateKind::Volume, "volume")?;
            printer.show(&service.show_volume(&volume)?)
        }
        VolumeCommand::Set {
            volume,
            name,
            description,
            state,
        } => {
            if let Some(state) = state {
                let change = service.reset_volume_status(&volume, state)?;
                if name.is_none() && description.is_none() {
                    return printer.change(&change, &format!("volume {volume} is {state} already"));
                }
            }
            let change = service.set_volume(&volume, name, description)?;
            printer.change(&change, "nothing changed")
        }
        VolumeCommand::Extend { volume, size } => {
            let change = service.extend_volume(&volume, size)?;
            printer.change(
                &change,
                &format!("volume {volume} already has {size} GiB; nothing changed"),
            )
        }
        VolumeCommand::Delete(args) => delete(args, ctx),
        VolumeCommand::Attach(args) => super::attach::attach(args, ctx),
        VolumeCommand::Backup(args) => super::backup::create(args, ctx),
        VolumeCommand::Detach(args) => super::attach::detach(args, ctx),
        VolumeCommand::Snapshot(args) => snapshot(args, ctx),
        VolumeCommand::Clone(args) => {
            let source = source_ref(args.snapshot, args.source);
            if matches!(source, SourceRef::None) {
                return Err(Error::usage("clone needs --snapshot or --source").into());
            }
            let request = CreateVolume {
                id: None,
                source,
                name: args.name,
                size: args.size,
                description: args.description,
                if_not_exists: args.if_not_exists,
                multiattach: false,
                volume_type: None,
                availability_zone: None,
                backend: None,
            };
            create(ctx, request)
        }
        VolumeCommand::Migrate { volume, backend } => {
            let change = service.migrate_volume(&volume, &backend)?;
            printer.change(
                &change,
                &format!("volume {volume} is on backend {backend} already; nothing changed"),
            )
        }
        VolumeCommand::Retype {
            volume,
            volume_type,
            migration_policy,
        } => {
            let change = service.retype_volume(&volume, &volume_type, migration_policy)?;
            printer.change(
                &change,
                &format!("volume {volume} has type {volume_type} already; nothing changed"),
            )
        }
        VolumeCommand::Flatten { volume } => {
            let change = service.flatten_volume(&volume)?;
            let made_from_another =
                change.value.snapshot_id.is_some() || change.value.source_volid.is_some();
            let unchanged = if made_from_another {
                // e.g. thin LVM or flattened RBD clones: independent from the start.
                format!("volume {volume} shares no data with its source; flatten not needed")
            } else {
                format!("volume {volume} is not a clone; nothing to flatten")
            };
            printer.change(&change, &unchanged)
        }
        VolumeCommand::Revert {
            volume,
            snapshot,
            confirm: yes,
        } => {
            if !yes.yes {
                let question = format!(
                    "Revert volume {volume} to snapshot {snapshot}, discarding its later changes?"
                );
                if !confirm(&question, &[])? {
                    return Err(Error::usage("not confirmed; nothing changed").into());
                }
            }
            let change = service.revert_volume(&volume, &snapshot)?;
            printer.change(&change, "nothing changed")
        }
    }
}

fn source_ref(snapshot: Option<String>, source: Option<String>) -> SourceRef {
    match (snapshot, source) {
        (Some(snapshot), _) => SourceRef::Snapshot(snapshot),
        (None, Some(volume)) => SourceRef::Volume(volume),
        (None, None) => SourceRef::None,
    }
}

/// `volume create` and `volume clone`.
fn create(ctx: &Ctx, request: CreateVolume) -> Result<()> {
    let unchanged = format!("volume {} already exists; nothing changed", request.name);
    let change = ctx.service()?.create_volume(request)?;
    ctx.printer.change(&change, &unchanged)
}

/// Shared with `snapshot create`.
pub fn snapshot(args: SnapshotArgs, ctx: &Ctx) -> Result<()> {
    let name = args.name.clone();
    let change = ctx.service()?.create_snapshot(CreateSnapshot {
        volume: args.volume,
        name: args.name,
        description: args.description,
        if_not_exists: args.if_not_exists,
    })?;
    ctx.printer.change(
        &change,
        &format!("snapshot {name} already exists; nothing changed"),
    )
}

fn delete(mut args: DeleteArgs, ctx: &Ctx) -> Result<()> {
    if args.volumes.is_empty() {
        args.volumes = vec![given_or_picked(ctx, None, CandidateKind::Volume, "volume")?];
    }
    let service = ctx.service()?;
    if !args.confirm.yes {
        let mut details = Vec::new();
        for reference in &args.volumes {
            match service.show_volume(reference) {
                Ok(volume) => {
                    details.push(format!(
                        "volume {} ({}, {} GiB)",
                        volume.name, volume.id, volume.size
                    ));
                    if args.cascade {
                        for s in service.list_snapshots(Some(&volume.id))? {
                            details.push(format!("  snapshot {} ({})", s.name, s.id));
                        }
                    }
                    if args.flatten_dependents {
                        for clone in service.dependent_clones(&volume.id)? {
                            details.push(format!(
                                "  flattening first: clone {} ({})",
                                clone.name, clone.id
                            ));
                        }
                    }
                }
                Err(e)
                    if args.ignore_missing
                        && crate::error::kind_of(&e) == crate::error::ErrorKind::NotFound => {}
                Err(e) => return Err(e),
            }
        }
        if details.is_empty() {
            return ctx.printer.change(
                &Change::new(false, Deletion::default()),
                "nothing to delete",
            );
        }
        if !confirm("Delete these, with their data?", &details)? {
            return Err(Error::usage("not confirmed; nothing changed").into());
        }
    }
    let options = DeleteOptions {
        cascade: args.cascade,
        ignore_missing: args.ignore_missing,
        flatten_dependents: args.flatten_dependents,
        defer: args.defer,
    };
    let mut total = Change::new(false, Deletion::default());
    for reference in &args.volumes {
        let change = service.delete_volume(reference, options)?;
        total.changed |= change.changed;
        total.value.volumes.extend(change.value.volumes);
        total.value.snapshots.extend(change.value.snapshots);
        total.value.flattened.extend(change.value.flattened);
    }
    ctx.printer.change(&total, "nothing to delete")
}

fn volume_status(text: &str) -> std::result::Result<crate::model::VolumeStatus, String> {
    crate::model::VolumeStatus::parse(text)
        .ok_or_else(|| format!("'{text}' is not a volume status"))
}
