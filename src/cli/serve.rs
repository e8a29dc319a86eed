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
    /// Serve HTTPS with this PEM certificate (chain)
    #[arg(long, requires = "tls_key", value_name = "FILE")]
    pub tls_cert: Option<std::path::PathBuf>,
    /// The PEM private key of --tls-cert
    #[arg(long, requires = "tls_cert", value_name = "FILE")]
    pub tls_key: Option<std::path::PathBuf>,
    /// Keystone's identity endpoint, where --auth keystone checks tokens
    #[arg(long, value_name = "URL")]
    pub keystone_url: Option<String>,
}

pub fn run(args: ServeArgs, ctx: &Ctx) -> Result<()> {
    let options = ServeOptions {
        listen: args.listen,
        auth: args.auth,
        insecure: args.insecure,
        tls: args.tls_cert.zip(args.tls_key),
        keystone_url: args.keystone_url,
    };
    crate::api::serve(&ctx.config, &ctx.state_dir, &options, |url| {
        ctx.printer
            .status(&format!("listening on {url} (Cinder v3 API at /v3)"));
    })
}
