//! Volume types: plain catalogue edits (no flow: nothing on a backend changes).

use std::collections::BTreeMap;

use super::{Local, new_id};
use crate::catalogue::{self, volume_types};
use crate::error::{Error, Result};
use crate::model::{VolumeType, validate_name};
use crate::scheduler::specs;
use crate::service::Change;

fn validate_specs(extra_specs: &BTreeMap<String, String>) -> Result<()> {
    for (key, value) in extra_specs {
        specs::validate(key, value)?;
    }
    Ok(())
}

impl Local {
    fn default_type_name(&self) -> &str {
        &self.env.backends.config().default_volume_type
    }

    fn find_type(&self, reference: &str) -> Result<VolumeType> {
        let default = self.default_type_name();
        self.env
            .catalogue
            .read(|tx| volume_types::find(tx, reference, default))
    }

    pub(super) fn create_type(
        &self,
        name: &str,
        description: Option<String>,
        extra_specs: BTreeMap<String, String>,
        is_public: bool,
    ) -> Result<Change<VolumeType>> {
        validate_name("volume type", name)?;
        validate_specs(&extra_specs)?;
        let volume_type = VolumeType {
            id: new_id(),
            name: name.to_owned(),
            description,
            is_public,
            extra_specs,
            is_default: name == self.default_type_name(),
            created_at: catalogue::now(),
        };
        self.env
            .catalogue
            .write(|tx| volume_types::insert(tx, &volume_type))?;
        Ok(Change::new(true, self.find_type(&volume_type.id)?))
    }

    pub(super) fn list_types(&self) -> Result<Vec<VolumeType>> {
        let default = self.default_type_name();
        self.env
            .catalogue
            .read(|tx| volume_types::list(tx, default))
    }

    pub(super) fn set_type(
        &self,
        reference: &str,
        description: Option<String>,
        extra_specs: BTreeMap<String, String>,
    ) -> Result<Change<VolumeType>> {
        validate_specs(&extra_specs)?;
        let before = self.find_type(reference)?;
        self.env.catalogue.write(|tx| {
            volume_types::set_specs(tx, &before.id, &extra_specs)?;
            if let Some(description) = &description {
                volume_types::set_description(tx, &before.id, description)?;
            }
            Ok(())
        })?;
        let after = self.find_type(&before.id)?;
        Ok(Change::new(after != before, after))
    }

    pub(super) fn unset_type(
        &self,
        reference: &str,
        keys: &[String],
    ) -> Result<Change<VolumeType>> {
        let before = self.find_type(reference)?;
        let removed = self
            .env
            .catalogue
            .write(|tx| volume_types::unset_specs(tx, &before.id, keys))?;
        Ok(Change::new(removed > 0, self.find_type(&before.id)?))
    }

    pub(super) fn delete_type(&self, reference: &str) -> Result<Change<VolumeType>> {
        let volume_type = self.find_type(reference)?;
        if volume_type.is_default {
            return Err(Error::invalid_state(format!(
                "volume type {} is the default_volume_type: change the configuration first",
                volume_type.name
            ))
            .into());
        }
        self.env
            .catalogue
            .write(|tx| volume_types::delete(tx, &volume_type))?;
        Ok(Change::new(true, volume_type))
    }
}
