//! Migrate and retype: placement checks through the scheduler's filters, then the
//! migrate_volume flow, or (retype on a backend that suits the new type) a catalogue edit.

use super::{Local, new_id};
use crate::catalogue::volumes;
use crate::error::{Error, ErrorKind, Result};
use crate::flow::engine;
use crate::flows::volume_migrate;
use crate::model::{Volume, VolumeStatus, VolumeType};
use crate::scheduler::{self, Candidate, RequestSpec};
use crate::service::{Change, MigrationPolicy};

impl Local {
    /// The filters' verdict on placing `volume` (as `volume_type`) on the backends in
    /// `only`: the best that passes, or the "no valid backend" error.
    fn place(
        &self,
        volume: &Volume,
        volume_type: &VolumeType,
        only: Vec<String>,
        size: u64,
    ) -> Result<Candidate> {
        let spec = RequestSpec {
            size,
            availability_zone: None,
            extra_specs: volume_type.extra_specs.clone(),
            only: Some(only),
        };
        let candidates = scheduler::stats::candidates(
            &self.env,
            spec.only.as_deref(),
            chrono::TimeDelta::zero(),
        )?;
        let multiplier = self.env.backends.config().capacity_weight_multiplier;
        let (chosen, rejections) = scheduler::choose(&candidates, &spec, multiplier);
        match chosen {
            Some(chosen) => Ok(chosen.clone()),
            None => Err(scheduler::no_valid_backend(&spec, &rejections)
                .context(format!("cannot place volume {}", volume.name))),
        }
    }

    fn run_migration(
        &self,
        volume: &Volume,
        dest: &Candidate,
        new_type_id: Option<String>,
    ) -> Result<Change<Volume>> {
        let store = volume_migrate::MigrateVolumeStore {
            host: volume.host.clone(),
            volume_id: volume.id.clone(),
            dest_host: dest.host.clone(),
            dest_zone: dest.availability_zone.clone(),
            dest_image_id: new_id(),
            new_type_id,
            size: volume.size,
            source_location: String::new(),
            source_type_id: String::new(),
            dest_location: None,
        };
        self.backend_of(volume)?.driver.check_ready()?;
        engine::run(
            &self.env,
            &volume_migrate::get_flow(),
            "volume",
            &volume.id,
            store,
        )?;
        Ok(Change::new(true, self.volume_by_id(&volume.id)?))
    }

    pub(super) fn migrate(&self, reference: &str, backend: &str) -> Result<Change<Volume>> {
        let volume = self.find_volume(reference)?;
        let dest_name = self.backend_named(backend)?;
        let current = self.backend_of(&volume)?;
        if current.name == dest_name {
            return Ok(Change::new(false, volume));
        }
        let volume_type = self.volume_type_for(Some(&volume.volume_type_id))?;
        let dest = self.place(&volume, &volume_type, vec![dest_name], volume.size)?;
        self.run_migration(&volume, &dest, None)
    }

    pub(super) fn retype(
        &self,
        reference: &str,
        type_reference: &str,
        policy: MigrationPolicy,
    ) -> Result<Change<Volume>> {
        let volume = self.find_volume(reference)?;
        let new_type = self.volume_type_for(Some(type_reference))?;
        if new_type.id == volume.volume_type_id {
            return Ok(Change::new(false, volume));
        }
        let current = self.backend_of(&volume)?;
        // Where it is, its space is already counted: only the type's specs must hold.
        match self.place(&volume, &new_type, vec![current.name.clone()], 0) {
            Ok(_) => {
                self.env.catalogue.write(|tx| {
                    volumes::transition(
                        tx,
                        &volume.id,
                        &[VolumeStatus::Available, VolumeStatus::InUse],
                        VolumeStatus::Retyping,
                        "retype",
                    )?;
                    volumes::set_type(tx, &volume.id, &new_type.id)?;
                    volumes::set_status(tx, &volume.id, volume.status)
                })?;
                Ok(Change::new(true, self.volume_by_id(&volume.id)?))
            }
            Err(other) if !needs_another_backend(&other) => Err(other),
            Err(here) if policy == MigrationPolicy::Never => Err(Error::usage(format!(
                "volume type {} needs another backend than {} ({}): pass --migration-policy \
                 on-demand to move the volume",
                new_type.name,
                current.name,
                crate::error::message_of(&here)
            ))
            .into()),
            Err(_) => {
                let others: Vec<String> = self
                    .env
                    .backends
                    .names()
                    .iter()
                    .filter(|n| **n != current.name)
                    .cloned()
                    .collect();
                let dest = self.place(&volume, &new_type, others, volume.size)?;
                self.run_migration(&volume, &dest, Some(new_type.id.clone()))
            }
        }
    }
}

/// Whether a placement failed on the filters (not on an unreachable backend).
fn needs_another_backend(error: &anyhow::Error) -> bool {
    matches!(
        crate::error::kind_of(error),
        ErrorKind::Usage | ErrorKind::QuotaExceeded
    )
}
