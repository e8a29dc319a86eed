//! `blockctl backend …`

use clap::Subcommand;

use super::Ctx;
use crate::error::{Error, Result};
use crate::service::BackendPool;

#[derive(Debug, Subcommand)]
pub enum BackendCommand {
    /// Every enabled backend's pool: capacity, provisioning, volumes, reachable or not
    /// (as Cinder's get-pools --detail)
    List,
    /// One backend's pool, by backend name or host@backend#pool
    Show {
        #[arg(value_name = "BACKEND")]
        backend: String,
    },
}

pub fn run(command: BackendCommand, ctx: &Ctx) -> Result<()> {
    ctx.printer.check_columns::<BackendPool>()?;
    let pools = ctx.service()?.list_backends()?;
    for pool in pools.iter().filter(|p| !p.reachable) {
        tracing::warn!(
            "backend {} is unreachable: {}",
            pool.backend,
            pool.error.as_deref().unwrap_or("no reason given")
        );
    }
    match command {
        BackendCommand::List => ctx.printer.list(&pools),
        BackendCommand::Show { backend } => {
            let name = crate::backend::backend_name_of(&backend).unwrap_or(&backend);
            let pool = pools.iter().find(|p| p.backend == name).ok_or_else(|| {
                Error::not_found(format!(
                    "no enabled backend '{name}' (enabled: {})",
                    pools
                        .iter()
                        .map(|p| p.backend.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ))
            })?;
            ctx.printer.show(pool)
        }
    }
}
