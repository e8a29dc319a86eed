//! `blockctl token …`: tokens for `blockctl serve --auth token`.

use clap::{Subcommand, ValueEnum};

use super::Ctx;
use crate::error::Result;
use crate::model::{ApiToken, NewApiToken};

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Role {
    /// May reset statuses, force deletes, set quotas and manage volume types
    Admin,
    /// Works with its project's volumes, snapshots and backups
    Member,
}

#[derive(Debug, Subcommand)]
pub enum TokenCommand {
    /// Make a token for a project; its secret is printed once and kept only as a hash
    Create {
        #[arg(long)]
        project: String,
        #[arg(long, value_enum)]
        role: Role,
        #[arg(long)]
        description: Option<String>,
    },
    /// List tokens (never their secrets)
    List,
    /// Revoke a token (id or unique id prefix): the server refuses it within 5 seconds
    Revoke {
        #[arg(value_name = "TOKEN_ID")]
        token: String,
    },
}

pub fn run(command: TokenCommand, ctx: &Ctx) -> Result<()> {
    let service = ctx.service()?;
    match command {
        TokenCommand::Create {
            project,
            role,
            description,
        } => {
            ctx.printer.check_columns::<NewApiToken>()?;
            let role = match role {
                Role::Admin => "admin",
                Role::Member => "member",
            };
            ctx.printer
                .show(&service.create_token(&project, role, description)?)
        }
        TokenCommand::List => {
            ctx.printer.check_columns::<ApiToken>()?;
            ctx.printer.list(&service.list_tokens()?)
        }
        TokenCommand::Revoke { token } => {
            ctx.printer.check_columns::<ApiToken>()?;
            let change = service.revoke_token(&token)?;
            ctx.printer
                .change(&change, "that token was revoked already")
        }
    }
}
