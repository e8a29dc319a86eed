//! `blockctl volume attach | detach` and `blockctl attachment …`

use clap::{Args, Subcommand};

use super::Ctx;
use super::complete::given_or_picked;
use crate::error::{Error, Result};
use crate::model::{AttachMode, Attachment, Connector, Volume};
use crate::output::Format;
use crate::service::{AttachVolume, CandidateKind, Change, DetachVolume};
use crate::target::{libvirt, local_connector};

#[derive(Debug, Args)]
#[command(group = clap::ArgGroup::new("who").required(true).args(["host", "connector", "local"]))]
pub struct AttachArgs {
    /// Volume id, unique id prefix or name (on a terminal: chosen from a list when left out)
    #[arg(add = super::complete::volumes())]
    pub volume: Option<String>,
    /// The host to attach to
    #[arg(long)]
    pub host: Option<String>,
    /// The host's iSCSI initiator name (needed by iSCSI exports)
    #[arg(long, requires = "host", conflicts_with_all = ["connector", "local"], value_name = "IQN")]
    pub initiator: Option<String>,
    /// The host's IP address
    #[arg(long, requires = "host", conflicts_with_all = ["connector", "local"])]
    pub ip: Option<String>,
    /// The host's whole connector, as os-brick builds it (JSON)
    #[arg(long, value_name = "JSON")]
    pub connector: Option<String>,
    /// Build the connector for this host (name, IP, /etc/iscsi/initiatorname.iscsi)
    #[arg(long)]
    pub local: bool,
    /// The instance (server) the volume is for
    #[arg(long, value_name = "UUID")]
    pub instance: Option<String>,
    /// The device the host will see, e.g. /dev/vdb
    #[arg(long, value_name = "DEVICE")]
    pub mountpoint: Option<String>,
    /// Read-write or read-only
    #[arg(long, value_enum, default_value_t = ModeArg::Rw)]
    pub mode: ModeArg,
    /// Show CHAP passwords and keys in table output (JSON always has them)
    #[arg(long)]
    pub show_secrets: bool,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum ModeArg {
    Rw,
    Ro,
}

#[derive(Debug, Args)]
pub struct DetachArgs {
    /// Volume id, unique id prefix or name (on a terminal: chosen from a list when left out)
    #[arg(add = super::complete::volumes())]
    pub volume: Option<String>,
    /// The attachment to remove (needed when the volume has several)
    #[arg(long, add = super::complete::attachments())]
    pub attachment: Option<String>,
    /// The host whose attachment to remove
    #[arg(long)]
    pub host: Option<String>,
    /// Detach even a half-attached volume, disconnecting hosts still logged in (admin)
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Subcommand)]
pub enum AttachmentCommand {
    /// List attachments
    List {
        /// Only this volume's attachments
        #[arg(long, add = super::complete::volumes())]
        volume: Option<String>,
    },
    /// Show one attachment, with its connection info
    Show {
        /// Attachment id or unique id prefix (on a terminal: chosen from a list when left out)
        #[arg(add = super::complete::attachments())]
        attachment: Option<String>,
        /// Show CHAP passwords and keys in table output
        #[arg(long)]
        show_secrets: bool,
    },
    /// Detach by attachment (the volume's export goes with its last attachment)
    Delete {
        #[arg(add = super::complete::attachments())]
        attachment: String,
        /// Delete even a half-attached attachment, disconnecting hosts still logged in
        #[arg(long)]
        force: bool,
    },
}

/// Prints an attachment: libvirt XML, JSON with its secrets, or masked fields.
fn print_attachment(ctx: &Ctx, change: &Change<Attachment>, show_secrets: bool) -> Result<()> {
    let attachment = &change.value;
    if ctx.printer.format == Format::Libvirt {
        let info = attachment.connection_info.as_ref().ok_or_else(|| {
            Error::invalid_state(format!(
                "attachment {} has no connection info yet (status {})",
                attachment.id, attachment.attach_status
            ))
        })?;
        let xml = libvirt::disk_xml(
            info,
            &attachment.volume_id,
            attachment.mountpoint.as_deref(),
            attachment.attach_mode,
        );
        return ctx.printer.text(&xml);
    }
    if ctx.printer.format == Format::Json || show_secrets {
        return ctx
            .printer
            .change(change, "already attached; nothing changed");
    }
    let mut masked = change.clone();
    masked.value.connection_info = attachment.connection_info.as_ref().map(|i| i.masked());
    ctx.printer
        .change(&masked, "already attached; nothing changed")
}

fn connector_of(args: &AttachArgs, ctx: &Ctx) -> Result<Connector> {
    if let Some(json) = &args.connector {
        return Ok(Connector::from_json(json)?);
    }
    if args.local {
        return Ok(local_connector(&ctx.config.host));
    }
    let connector = Connector {
        host: args.host.clone().unwrap_or_default(),
        ip: args.ip.clone(),
        initiator: args.initiator.clone(),
        ..Connector::default()
    };
    connector.validate()?;
    Ok(connector)
}

pub fn attach(args: AttachArgs, ctx: &Ctx) -> Result<()> {
    let connector = connector_of(&args, ctx)?;
    let volume = given_or_picked(ctx, args.volume, CandidateKind::Volume, "volume")?;
    let change = ctx.service()?.attach_volume(AttachVolume {
        volume,
        connector,
        instance_uuid: args.instance,
        mountpoint: args.mountpoint,
        mode: match args.mode {
            ModeArg::Rw => AttachMode::ReadWrite,
            ModeArg::Ro => AttachMode::ReadOnly,
        },
    })?;
    print_attachment(ctx, &change, args.show_secrets)
}

pub fn detach(args: DetachArgs, ctx: &Ctx) -> Result<()> {
    let volume = given_or_picked(ctx, args.volume, CandidateKind::Volume, "volume")?;
    let change = ctx.service()?.detach_volume(DetachVolume {
        volume: volume.clone(),
        attachment: args.attachment,
        host: args.host,
        force: args.force,
    })?;
    ctx.printer.change(
        &change,
        &format!("volume {volume} is not attached; nothing changed"),
    )
}

pub fn run(command: AttachmentCommand, ctx: &Ctx) -> Result<()> {
    match &command {
        AttachmentCommand::Delete { .. } => ctx.printer.check_columns::<Volume>()?,
        _ => ctx.printer.check_columns::<Attachment>()?,
    }
    let service = ctx.service()?;
    match command {
        AttachmentCommand::List { volume } => {
            let mut attachments = service.list_attachments(volume.as_deref())?;
            if ctx.printer.format != Format::Json {
                for a in &mut attachments {
                    a.connection_info = a.connection_info.as_ref().map(|i| i.masked());
                }
            }
            ctx.printer.list(&attachments)
        }
        AttachmentCommand::Show {
            attachment,
            show_secrets,
        } => {
            let attachment =
                given_or_picked(ctx, attachment, CandidateKind::Attachment, "attachment")?;
            let attachment = service.show_attachment(&attachment)?;
            if ctx.printer.format == Format::Json {
                return ctx.printer.show(&attachment);
            }
            print_attachment(ctx, &Change::new(true, attachment), show_secrets)
        }
        AttachmentCommand::Delete { attachment, force } => {
            let change = service.delete_attachment(&attachment, force)?;
            ctx.printer.change(&change, "nothing changed")
        }
    }
}
