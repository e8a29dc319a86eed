//! Attach and detach on the local service.

use super::{Local, new_id};
use crate::catalogue::attachments;
use crate::error::{Error, ErrorKind, Result, kind_of};
use crate::flow::engine;
use crate::flows::{volume_attach, volume_detach};
use crate::model::{AttachStatus, Attachment, Volume};
use crate::service::{AttachVolume, Change, DetachVolume};

/// Checks `--mountpoint`: a device path such as `/dev/vdb`.
pub(super) fn validate_mountpoint(mountpoint: &str) -> Result<()> {
    let name = mountpoint.strip_prefix("/dev/").unwrap_or("");
    let ok = !name.is_empty()
        && name.len() <= 64
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '/'))
        && !name.split('/').any(str::is_empty);
    if ok {
        Ok(())
    } else {
        Err(Error::usage(format!(
            "invalid mountpoint '{}': expected a device path such as /dev/vdb",
            mountpoint.escape_debug()
        ))
        .into())
    }
}

pub(super) fn validate_instance(instance: &str) -> Result<()> {
    uuid::Uuid::parse_str(instance).map_err(|_| {
        Error::usage(format!(
            "invalid instance '{}': expected an instance uuid",
            instance.escape_debug()
        ))
    })?;
    Ok(())
}

impl Local {
    pub(super) fn find_attachment(&self, reference: &str) -> Result<Attachment> {
        self.env
            .catalogue
            .read(|tx| attachments::find(tx, self.project(), reference))
    }

    pub(super) fn attachments(&self, volume: Option<&str>) -> Result<Vec<Attachment>> {
        match volume {
            Some(reference) => {
                let volume = self.find_volume(reference)?;
                self.env
                    .catalogue
                    .read(|tx| attachments::of_volume(tx, &volume.id))
            }
            None => self
                .env
                .catalogue
                .read(|tx| attachments::list(tx, self.project())),
        }
    }

    pub(super) fn attach(&self, request: AttachVolume) -> Result<Change<Attachment>> {
        request.connector.validate()?;
        if let Some(mountpoint) = &request.mountpoint {
            validate_mountpoint(mountpoint)?;
        }
        if let Some(instance) = &request.instance_uuid {
            validate_instance(instance)?;
        }
        let volume = self.find_volume(&request.volume)?;
        if let Some(same) = self.same_attachment(&volume.id, &request)? {
            return Ok(Change::new(false, same));
        }
        self.backend_of(&volume)?.driver.check_ready()?;
        let request_key = request.clone();
        let store = volume_attach::AttachVolumeStore {
            host: volume.host.clone(),
            project_id: self.project().to_owned(),
            volume_id: volume.id.clone(),
            attachment_id: new_id(),
            connector: request.connector,
            instance_uuid: request.instance_uuid,
            mountpoint: request.mountpoint,
            mode: request.mode,
            location: String::new(),
            export: None,
        };
        let id = store.attachment_id.clone();
        let flow = volume_attach::get_flow();
        if let Err(e) = engine::run(&self.env, &flow, "volume", &volume.id, store) {
            // Another process attached this host meanwhile: that is "attached" too.
            if kind_of(&e) == ErrorKind::InvalidState
                && let Some(same) = self.same_attachment(&volume.id, &request_key)?
            {
                return Ok(Change::new(false, same));
            }
            return Err(e);
        }
        Ok(Change::new(
            true,
            self.env
                .catalogue
                .read(|tx| attachments::must_get(tx, &id))?,
        ))
    }

    /// The attachment that makes this request already done: same host, instance and mode,
    /// attached.
    fn same_attachment(
        &self,
        volume_id: &str,
        request: &AttachVolume,
    ) -> Result<Option<Attachment>> {
        let existing = self
            .env
            .catalogue
            .read(|tx| attachments::of_volume(tx, volume_id))?;
        Ok(existing.into_iter().find(|a| {
            a.attach_status == AttachStatus::Attached
                && a.attached_host.as_deref() == Some(request.connector.host.as_str())
                && a.instance_uuid == request.instance_uuid
                && a.attach_mode == request.mode
        }))
    }

    pub(super) fn detach(&self, request: DetachVolume) -> Result<Change<Volume>> {
        let volume = self.find_volume(&request.volume)?;
        let mut candidates = self
            .env
            .catalogue
            .read(|tx| attachments::of_volume(tx, &volume.id))?;
        if let Some(reference) = &request.attachment {
            let attachment = self.find_attachment(reference)?;
            if attachment.volume_id != volume.id {
                return Err(Error::not_found(format!(
                    "attachment {} is not an attachment of volume {}",
                    attachment.id, volume.name
                ))
                .into());
            }
            candidates = vec![attachment];
        }
        if let Some(host) = &request.host {
            candidates.retain(|a| a.attached_host.as_deref() == Some(host.as_str()));
        }
        match candidates.len() {
            0 if request.attachment.is_none() && request.host.is_none() => {
                Ok(Change::new(false, volume))
            }
            0 => Err(Error::not_found(format!(
                "volume {} is not attached to host {}",
                volume.name,
                request.host.unwrap_or_default()
            ))
            .into()),
            1 => self.run_detach(&candidates[0], request.force),
            _ => {
                let listed: Vec<String> = candidates
                    .iter()
                    .map(|a| format!("{} on {}", a.id, a.attached_host.as_deref().unwrap_or("?")))
                    .collect();
                Err(Error::new(
                    ErrorKind::Ambiguous,
                    format!(
                        "volume {} has {} attachments ({}): name one with --attachment or --host",
                        volume.name,
                        candidates.len(),
                        listed.join(", ")
                    ),
                )
                .into())
            }
        }
    }

    pub(super) fn run_detach(
        &self,
        attachment: &Attachment,
        force: bool,
    ) -> Result<Change<Volume>> {
        let store = volume_detach::DetachVolumeStore {
            host: self.backend_of_id(&attachment.volume_id)?.host.clone(),
            volume_id: attachment.volume_id.clone(),
            attachment_id: attachment.id.clone(),
            force,
            attachment: None,
            export: None,
            last: false,
            initiator_shared: false,
        };
        engine::run(
            &self.env,
            &volume_detach::get_flow(),
            "volume",
            &attachment.volume_id,
            store,
        )?;
        Ok(Change::new(true, self.volume_by_id(&attachment.volume_id)?))
    }
}
