//! `blockctl type …`: volume types and their extra specs, spelled as openstackclient's
//! `volume type` commands.

use std::collections::BTreeMap;

use clap::Subcommand;

use super::Ctx;
use crate::error::{Error, Result};
use crate::model::VolumeType;

#[derive(Debug, Subcommand)]
pub enum TypeCommand {
    /// Create a volume type
    Create {
        name: String,
        #[arg(long)]
        description: Option<String>,
        /// An extra spec, e.g. volume_backend_name=ceph or
        /// capabilities:thin_provisioning_support='<is> True' (repeatable)
        #[arg(long = "property", value_name = "KEY=VALUE", value_parser = property)]
        properties: Vec<(String, String)>,
        /// Visible to other projects (the default; --private hides it)
        #[arg(long)]
        private: bool,
    },
    /// List volume types
    List,
    /// Show a volume type and its extra specs
    Show {
        #[arg(value_name = "TYPE")]
        volume_type: String,
    },
    /// Set extra specs or the description
    Set {
        #[arg(value_name = "TYPE")]
        volume_type: String,
        #[arg(long)]
        description: Option<String>,
        #[arg(long = "property", value_name = "KEY=VALUE", value_parser = property)]
        properties: Vec<(String, String)>,
    },
    /// Remove extra specs
    Unset {
        #[arg(value_name = "TYPE")]
        volume_type: String,
        #[arg(long = "property", value_name = "KEY", required = true)]
        keys: Vec<String>,
    },
    /// Delete a volume type no volume uses
    Delete {
        #[arg(value_name = "TYPE")]
        volume_type: String,
    },
}

fn property(text: &str) -> std::result::Result<(String, String), String> {
    let (key, value) = text
        .split_once('=')
        .ok_or_else(|| format!("'{text}' is not KEY=VALUE"))?;
    if key.trim().is_empty() {
        return Err(format!("'{text}' has an empty key"));
    }
    Ok((key.trim().to_owned(), value.trim().to_owned()))
}

pub fn run(command: TypeCommand, ctx: &Ctx) -> Result<()> {
    ctx.printer.check_columns::<VolumeType>()?;
    let service = ctx.service()?;
    let printer = &ctx.printer;
    match command {
        TypeCommand::Create {
            name,
            description,
            properties,
            private,
        } => {
            let specs: BTreeMap<String, String> = properties.into_iter().collect();
            let change = service.create_volume_type(&name, description, specs, !private)?;
            printer.change(&change, "")
        }
        TypeCommand::List => printer.list(&service.list_volume_types()?),
        TypeCommand::Show { volume_type } => printer.show(&service.show_volume_type(&volume_type)?),
        TypeCommand::Set {
            volume_type,
            description,
            properties,
        } => {
            if description.is_none() && properties.is_empty() {
                return Err(
                    Error::usage("type set needs --property KEY=VALUE or --description").into(),
                );
            }
            let specs: BTreeMap<String, String> = properties.into_iter().collect();
            let change = service.set_volume_type(&volume_type, description, specs)?;
            printer.change(&change, "already set; nothing changed")
        }
        TypeCommand::Unset { volume_type, keys } => {
            let change = service.unset_volume_type(&volume_type, &keys)?;
            printer.change(
                &change,
                "none of those extra specs were set; nothing changed",
            )
        }
        TypeCommand::Delete { volume_type } => {
            let change = service.delete_volume_type(&volume_type)?;
            printer.change(&change, "")
        }
    }
}
