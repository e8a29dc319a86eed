//! `blockctl serve`: the Cinder v3 API for OpenStack clients.

use std::net::SocketAddr;

use clap::Args;

use super::Ctx;
use crate::api::{AuthMode, ServeOptions};
use crate::error::Result;

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address and port to listen on (port 0: any free port, printed on stderr)
    #[arg(long, default_value = "127.0.0.1:8776", value_name = "ADDR")]
    pub listen: SocketAddr,
    /// How callers authenticate
    #[arg(long, value_enum, default_value = "noauth")]
    pub auth: AuthMode,
    /// Allow --auth noauth on an address other hosts can reach
    #[arg(long)]
    pub insecure: bool,
}

pub fn run(args: ServeArgs, ctx: &Ctx) -> Result<()> {
    let options = ServeOptions {
        listen: args.listen,
        auth: args.auth,
        insecure: args.insecure,
    };
    crate::api::serve(&ctx.config, &ctx.state_dir, &options, |address| {
        ctx.printer.status(&format!(
            "listening on http://{address} (Cinder v3 API at /v3)"
        ));
    })
}
