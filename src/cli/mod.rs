//! The command line: clap definitions and dispatch. Commands build requests, call the
//! [`Service`], and hand results to the [`Printer`]; they never touch SQLite or a backend.

mod args;
mod attach;
mod backend;
mod backup;
mod complete;
mod config;
mod doctor;
mod flow;
mod quota;
mod serve;
mod snapshot;
mod token;
mod volume;
mod volume_type;

use std::cell::OnceCell;
use std::path::PathBuf;

use clap::{Args, CommandFactory, Parser, Subcommand};

use crate::config::Config;
use crate::error::Result;
use crate::output::{Format, Printer, Verbosity, progress_for};
use crate::process::Cancel;
use crate::service::cloud::{CloudSettings, Connection};
use crate::service::{Local, Service};

/// A daemonless, Cinder-style block-storage admin tool.
///
/// Each command runs Cinder's task flows (journaled, reverted on failure, recoverable after
/// a crash with `blockctl flow recover`) against the configured backends, and keeps its
/// state in a local SQLite catalogue. With no configuration, volumes are qcow2 images under
/// the state directory.
#[derive(Debug, Parser)]
#[command(
    name = "blockctl",
    version,
    propagate_version = true,
    max_term_width = 100
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub noun: Noun,
}

#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// Configuration file [default: first of ~/.config/blockctl/blockctl.toml,
    /// /etc/blockctl/blockctl.toml, else built-in defaults]
    #[arg(
        long,
        global = true,
        env = "BLOCKCTL_CONFIG",
        hide_env_values = true,
        value_name = "FILE"
    )]
    pub config: Option<PathBuf>,
    /// Directory of the catalogue, locks and default volume images
    /// [default: $XDG_DATA_HOME/blockctl]
    #[arg(
        long,
        global = true,
        env = "BLOCKCTL_STATE_DIR",
        hide_env_values = true,
        value_name = "DIR"
    )]
    pub state_dir: Option<PathBuf>,
    /// Output format
    #[arg(short = 'o', long = "format", short_alias = 'f', global = true, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// Show only this column (repeatable)
    #[arg(short = 'c', long = "column", global = true, value_name = "COLUMN")]
    pub columns: Vec<String>,
    /// Print no status lines or progress bars
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Hide progress bars
    #[arg(long, global = true)]
    pub no_progress: bool,
    /// Show the cause chain of errors and debug logs
    #[arg(short, long, global = true)]
    pub verbose: bool,
    /// For cron and scripts: no progress bars, and exit 8 when any warning was printed
    /// (the command itself still completes)
    #[arg(long, global = true)]
    pub strict: bool,
    #[command(flatten)]
    pub remote: RemoteArgs,
}

/// Where a remote Cinder is, and how to authenticate to it.
#[derive(Debug, Args)]
pub struct RemoteArgs {
    /// Work against this Cinder v3 endpoint, with the project (…/v3/PROJECT_ID), instead
    /// of the local catalogue: a real Cinder or blockctl serve
    #[arg(long, global = true, env = "BLOCKCTL_REMOTE", value_name = "URL")]
    pub remote: Option<String>,
    /// The X-Auth-Token for --remote (blockctl serve --auth noauth: USER:PROJECT)
    #[arg(
        long,
        global = true,
        env = "OS_TOKEN",
        hide_env_values = true,
        value_name = "TOKEN"
    )]
    pub token: Option<String>,
    /// Seconds to wait for a remote operation to finish
    #[arg(long, global = true, default_value_t = 300, value_name = "SECONDS")]
    pub remote_timeout: u64,
    /// Trust these PEM certificates for an https --remote (e.g. a self-signed server's)
    #[arg(long, global = true, env = "OS_CACERT", value_name = "FILE")]
    pub ca_cert: Option<PathBuf>,
    /// Work against this cloud of clouds.yaml instead of the local catalogue (Keystone
    /// finds its block-storage endpoint); `envvars` is the cloud the OS_* variables describe
    #[arg(long, global = true, env = "OS_CLOUD", value_name = "NAME")]
    pub os_cloud: Option<String>,
}

impl RemoteArgs {
    /// The remote service these arguments name, if any.
    fn open(&self, progress: bool) -> Result<Option<crate::service::Remote>> {
        let connection = match (&self.remote, &self.os_cloud) {
            (Some(_), Some(_)) => {
                return Err(crate::error::Error::usage(
                    "give --remote or --os-cloud (or $OS_CLOUD), not both",
                )
                .into());
            }
            (Some(url), None) => self.remote_connection(url)?,
            (None, Some(cloud)) => self.cloud_connection(cloud)?,
            (None, None) => return Ok(None),
        };
        Ok(Some(crate::service::Remote::new(
            &connection,
            std::time::Duration::from_secs(self.remote_timeout),
            progress_for(progress),
        )?))
    }

    /// `--remote URL --token T`: the endpoint names the project.
    fn remote_connection(&self, url: &str) -> Result<Connection> {
        let token = self.token.as_deref().ok_or_else(|| {
            crate::error::Error::usage("--remote needs --token TOKEN (or $OS_TOKEN)")
        })?;
        let trimmed = url.trim_end_matches('/');
        let project = trimmed
            .rsplit_once("/v3/")
            .map(|(_, project)| project)
            .filter(|p| !p.is_empty() && !p.contains('/'))
            .ok_or_else(|| {
                crate::error::Error::usage(format!(
                    "--remote {url} names no project: give the block-storage endpoint as \
                     …/v3/PROJECT_ID"
                ))
            })?;
        Ok(Connection {
            endpoint: trimmed.to_owned(),
            token: token.to_owned(),
            project_id: project.to_owned(),
            ca_cert: self.ca_cert.clone(),
            insecure: false,
        })
    }

    /// `--os-cloud NAME`: clouds.yaml (or the OS_* variables for `envvars`), through
    /// Keystone when the cloud authenticates there.
    fn cloud_connection(&self, cloud: &str) -> Result<Connection> {
        let env = |name: &str| std::env::var(name).ok();
        let named = (cloud != "envvars").then_some(cloud);
        let settings = CloudSettings::load(named, &env)?.ok_or_else(|| {
            crate::error::Error::usage(
                "--os-cloud envvars needs OS_AUTH_URL, OS_ENDPOINT or OS_AUTH_TYPE to be set",
            )
        })?;
        let mut connection =
            settings.connect(std::time::Duration::from_secs(self.remote_timeout.min(60)))?;
        if let Some(ca_cert) = &self.ca_cert {
            connection.ca_cert = Some(ca_cert.clone());
        }
        Ok(connection)
    }
}

#[derive(Debug, Subcommand)]
pub enum Noun {
    /// Volumes: create, snapshot, clone, flatten, extend, revert, attach, detach, backup,
    /// delete
    #[command(subcommand)]
    Volume(volume::VolumeCommand),
    /// Snapshots of volumes
    #[command(subcommand)]
    Snapshot(snapshot::SnapshotCommand),
    /// Backups of volumes: create, restore, verify, export and import records
    #[command(subcommand)]
    Backup(backup::BackupCommand),
    /// Attachments of volumes to hosts, with their connection info
    #[command(subcommand)]
    Attachment(attach::AttachmentCommand),
    /// Serve the Cinder v3 API so OpenStack clients drive blockctl (Ctrl-C stops it)
    Serve(serve::ServeArgs),
    /// Tokens for blockctl serve --auth token
    #[command(subcommand)]
    Token(token::TokenCommand),
    /// Volume types and their extra specs (what the scheduler matches)
    #[command(subcommand)]
    Type(volume_type::TypeCommand),
    /// Quota limits and usage of the project
    #[command(subcommand)]
    Quota(quota::QuotaCommand),
    /// Storage backends and their capacity
    #[command(subcommand)]
    Backend(backend::BackendCommand),
    /// The flow journal: list, show and recover interrupted flows
    #[command(subcommand)]
    Flow(flow::FlowCommand),
    /// The effective configuration
    #[command(subcommand)]
    Config(config::ConfigCommand),
    /// Compare the catalogue with the backend, exports, quotas, journal and tools; --fix
    /// repairs what is safe (exit 5 while problems are left)
    Doctor(doctor::DoctorArgs),
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell)
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

/// What a command needs: the printer and, opened on first use, the service.
pub struct Ctx {
    pub printer: Printer,
    pub config: Config,
    pub state_dir: PathBuf,
    pub cancel: Cancel,
    progress: bool,
    warn_interrupted: bool,
    remote: Option<crate::service::Remote>,
    service: OnceCell<Box<dyn Service>>,
}

impl Ctx {
    /// The service, opened on first use. Warns once when interrupted flows exist.
    pub fn service(&self) -> Result<&dyn Service> {
        if let Some(service) = self.service.get() {
            return Ok(service.as_ref());
        }
        if let Some(remote) = &self.remote {
            return Ok(remote);
        }
        let local = Local::open(
            &self.config,
            &self.state_dir,
            progress_for(self.progress),
            self.cancel.clone(),
        )?;
        if self.warn_interrupted {
            let interrupted = local.count_interrupted_flows()?;
            if interrupted > 0 {
                self.printer.warn(&format!(
                    "{interrupted} interrupted flow(s) in the journal: see `blockctl flow list`, \
                     finish them with `blockctl flow recover`"
                ));
            }
        }
        Ok(self.service.get_or_init(|| Box::new(local)).as_ref())
    }
}

/// The clap command (for completions, man pages and `debug_assert`).
pub fn command() -> clap::Command {
    Cli::command()
}

/// Runs a parsed command line.
pub fn run(cli: Cli, cancel: Cancel) -> Result<()> {
    let global = cli.global;
    let verbosity = if global.quiet {
        Verbosity::Quiet
    } else if global.verbose {
        Verbosity::Verbose
    } else {
        Verbosity::Normal
    };
    let printer = Printer {
        format: global.format,
        columns: global.columns,
        verbosity,
    };
    let state_dir = global
        .state_dir
        .unwrap_or_else(crate::config::default_state_dir);
    let warn_interrupted = !matches!(cli.noun, Noun::Flow(_) | Noun::Doctor(_));
    let progress = !global.quiet && !global.no_progress && !global.strict;
    let remote = global.remote.open(progress);
    let result = Config::load(global.config.as_deref()).and_then(|config| {
        let ctx = Ctx {
            printer: printer.clone(),
            config,
            state_dir,
            cancel,
            progress,
            warn_interrupted,
            remote: remote?,
            service: OnceCell::new(),
        };
        dispatch(cli.noun, &ctx)
    });
    result.inspect_err(|e| {
        if !crate::error::is_broken_pipe(e) {
            printer.error(e);
        }
    })
}

/// Whether a command prints an attachment (so `-o libvirt` means something).
fn prints_attachment(noun: &Noun) -> bool {
    matches!(
        noun,
        Noun::Volume(volume::VolumeCommand::Attach(_))
            | Noun::Attachment(attach::AttachmentCommand::Show { .. })
    )
}

fn dispatch(noun: Noun, ctx: &Ctx) -> Result<()> {
    if ctx.printer.format == Format::Libvirt && !prints_attachment(&noun) {
        return Err(crate::output::libvirt_refused());
    }
    match noun {
        Noun::Volume(command) => volume::run(command, ctx),
        Noun::Snapshot(command) => snapshot::run(command, ctx),
        Noun::Attachment(command) => attach::run(command, ctx),
        Noun::Backup(command) => backup::run(command, ctx),
        Noun::Type(command) => volume_type::run(command, ctx),
        Noun::Serve(args) => serve::run(args, ctx),
        Noun::Token(command) => token::run(command, ctx),
        Noun::Quota(command) => quota::run(command, ctx),
        Noun::Backend(command) => backend::run(command, ctx),
        Noun::Flow(command) => flow::run(command, ctx),
        Noun::Config(command) => config::run(command, ctx),
        Noun::Doctor(args) => doctor::run(args, ctx),
        Noun::Completions { shell } => ctx.printer.completions(shell, &mut command()),
    }
}

/// The generated files checked in under `completions/` and `man/`: (relative path, content).
/// `tests/cli/generated.rs` fails when they are stale; regenerate with
/// `SNAPSHOTS=overwrite cargo test --test cli generated`.
pub fn generated_files() -> Result<Vec<(String, Vec<u8>)>> {
    use clap_complete::Shell;
    let mut files = Vec::new();
    for (shell, name) in [
        (Shell::Bash, "blockctl.bash"),
        (Shell::Zsh, "_blockctl"),
        (Shell::Fish, "blockctl.fish"),
        (Shell::Elvish, "blockctl.elv"),
        (Shell::PowerShell, "_blockctl.ps1"),
    ] {
        let mut buffer = Vec::new();
        clap_complete::generate(shell, &mut command(), "blockctl", &mut buffer);
        files.push((format!("completions/{name}"), buffer));
    }
    let dir = tempfile_dir()?;
    clap_mangen::generate_to(command(), &dir)?;
    let mut pages: Vec<_> = std::fs::read_dir(&dir)?.collect::<std::io::Result<_>>()?;
    pages.sort_by_key(|e| e.file_name());
    for page in pages {
        let name = page.file_name().to_string_lossy().into_owned();
        files.push((format!("man/{name}"), std::fs::read(page.path())?));
    }
    std::fs::remove_dir_all(&dir)?;
    Ok(files)
}

fn tempfile_dir() -> Result<PathBuf> {
    let dir = std::env::temp_dir().join(format!("blockctl-man-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(&dir)?;
    Ok(dir)
}
