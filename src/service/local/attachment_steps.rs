//! The attachments API's three steps (Cinder 3.27+ and 3.44): reserve a volume, connect
//! the reservation to a host (the update flow), complete it. `volume attach` does all
//! three in one flow; Nova-style callers take them one at a time.

use super::{Local, new_id};
use crate::catalogue::{attachments, volumes};
use crate::error::{Error, Result};
use crate::flow::engine;
use crate::flows::{attachment_update, volume_attach};
use crate::lock::LockGuard;
use crate::model::{AttachStatus, Attachment, Connector, Volume, VolumeStatus};
use crate::service::{Change, ReserveAttachment};

/// How long a step waits for a flow working on the volume.
const LOCK_WAIT: std::time::Duration = std::time::Duration::from_secs(60);

impl Local {
    fn volume_lock(&self, volume: &Volume) -> Result<LockGuard> {
        let name = format!("volume-{}", volume.id);
        self.env
            .locks
            .acquire(&name, &format!("volume {}", volume.name), LOCK_WAIT)
    }

    /// Reserves the volume for an attachment with no host yet: the attachment `reserved`,
    /// the volume `reserved`.
    pub(super) fn reserve_attachment(&self, request: ReserveAttachment) -> Result<Attachment> {
        if let Some(instance) = &request.instance_uuid {
            super::attach::validate_instance(instance)?;
        }
        let volume = self.find_volume(&request.volume)?;
        let _lock = self.volume_lock(&volume)?;
        let now = crate::catalogue::now();
        let attachment = Attachment {
            id: new_id(),
            volume_id: volume.id.clone(),
            project_id: self.project().to_owned(),
            attach_status: AttachStatus::Reserved,
            attached_host: None,
            instance_uuid: request.instance_uuid,
            mountpoint: None,
            attach_mode: request.mode,
            connector: None,
            connection_info: None,
            attach_time: None,
            created_at: now.clone(),
            updated_at: now,
        };
        self.env.catalogue.write(|tx| {
            let from: &[VolumeStatus] = if volume.multiattach {
                &[
                    VolumeStatus::Available,
                    VolumeStatus::InUse,
                    VolumeStatus::Reserved,
                ]
            } else {
                &[VolumeStatus::Available]
            };
            volumes::transition(tx, &volume.id, from, VolumeStatus::Reserved, "reserve")?;
            volumes::set_attach_status(tx, &volume.id, AttachStatus::Reserved)?;
            attachments::insert(tx, &attachment)
        })?;
        Ok(attachment)
    }

    /// Connects a reserved attachment to the host `connector` names; unchanged when it is
    /// already connected to that host.
    pub(super) fn connect_attachment(
        &self,
        reference: &str,
        connector: Connector,
        mountpoint: Option<String>,
    ) -> Result<Change<Attachment>> {
        connector.validate()?;
        if let Some(mountpoint) = &mountpoint {
            super::attach::validate_mountpoint(mountpoint)?;
        }
        let attachment = self.find_attachment(reference)?;
        if attachment.attach_status != AttachStatus::Reserved
            && attachment.attached_host.as_deref() == Some(connector.host.as_str())
        {
            return Ok(Change::new(false, attachment));
        }
        let volume = self.volume_by_id(&attachment.volume_id)?;
        self.backend_of(&volume)?.driver.check_ready()?;
        let store = volume_attach::AttachVolumeStore {
            host: volume.host.clone(),
            project_id: self.project().to_owned(),
            volume_id: volume.id.clone(),
            attachment_id: attachment.id.clone(),
            connector,
            instance_uuid: attachment.instance_uuid.clone(),
            mountpoint,
            mode: attachment.attach_mode,
            location: String::new(),
            export: None,
        };
        let flow = attachment_update::get_flow();
        engine::run(&self.env, &flow, "volume", &volume.id, store)?;
        Ok(Change::new(true, self.find_attachment(&attachment.id)?))
    }

    /// Completes a connected attachment: `attached`, its volume `in-use`. Unchanged when it
    /// is attached already.
    pub(super) fn complete_attachment(&self, reference: &str) -> Result<Change<Attachment>> {
        let attachment = self.find_attachment(reference)?;
        if attachment.attach_status == AttachStatus::Attached {
            return Ok(Change::new(false, attachment));
        }
        let volume = self.volume_by_id(&attachment.volume_id)?;
        let _lock = self.volume_lock(&volume)?;
        self.env.catalogue.write(|tx| {
            if !attachments::mark_attached(tx, &attachment.id)? {
                let now = attachments::must_get(tx, &attachment.id)?;
                return Err(Error::invalid_state(format!(
                    "attachment {} is {}: only a connected (attaching) attachment can be \
                     completed; update it with the host's connector first",
                    now.id, now.attach_status
                ))
                .into());
            }
            volumes::transition(
                tx,
                &volume.id,
                &[
                    VolumeStatus::Attaching,
                    VolumeStatus::Reserved,
                    VolumeStatus::InUse,
                ],
                VolumeStatus::InUse,
                "complete the attachment of",
            )?;
            volumes::set_attach_status(tx, &volume.id, AttachStatus::Attached)
        })?;
        Ok(Change::new(true, self.find_attachment(&attachment.id)?))
    }
}
