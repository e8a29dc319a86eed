//! `blockctl config …`

use clap::Subcommand;
use serde::Serialize;

use super::Ctx;
use crate::config::Config;
use crate::error::Result;
use crate::output::{Format, Render, render};

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Print the effective configuration (TOML, or JSON with -o json)
    Show,
}

#[derive(Serialize)]
struct EffectiveConfig<'a> {
    source: Option<String>,
    state_dir: String,
    #[serde(flatten)]
    config: &'a Config,
}

render!(EffectiveConfig<'_>, list = [], |c| {
    "source" => c.source.clone().unwrap_or_else(|| "(built-in defaults)".to_owned()),
    "state_dir" => c.state_dir.clone(),
    "host" => c.config.host.clone(),
    "project_id" => c.config.project_id.clone(),
    "enabled_backends" => c.config.enabled_backends.join(", "),
    "default_volume_type" => c.config.default_volume_type.clone(),
});

pub fn run(command: ConfigCommand, ctx: &Ctx) -> Result<()> {
    match command {
        ConfigCommand::Show => {
            let mut config = ctx.config.clone();
            for name in config.enabled_backends.clone() {
                let backend = config.backend(&name)?;
                config.backends.insert(name, backend);
            }
            let effective = EffectiveConfig {
                source: config.source.as_ref().map(|p| p.display().to_string()),
                state_dir: ctx.state_dir.display().to_string(),
                config: &config,
            };
            if ctx.printer.format == Format::Table && ctx.printer.columns.is_empty() {
                let mut text = format!(
                    "# source: {}\n# state_dir: {}\n",
                    effective.source.as_deref().unwrap_or("(built-in defaults)"),
                    effective.state_dir
                );
                text.push_str(&toml::to_string_pretty(&config)?);
                ctx.printer.text(&text)
            } else {
                ctx.printer.show(&effective)
            }
        }
    }
}
