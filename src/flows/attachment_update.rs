//! The attachment update flow: Cinder's attachment update (3.27+), which gives a reserved
//! attachment its host's connector and answers with the connection info. The attachments
//! API then completes it (`os-complete`); `blockctl volume attach` runs all three as the
//! attach flow.

use crate::catalogue::{attachments, volumes};
use crate::error::{Error, Result};
use crate::flow::{Cx, Flow, Outcome, Task};
use crate::model::{AttachStatus, Previous, VolumeStatus};

use super::volume_attach::{
    AttachVolumeStore, CreateExportTask, InitializeConnectionTask, ValidateConnectorTask,
    revert_first_step,
};

pub const KIND: &str = "attachment_update";

/// The attachment update flow (its store is the attach flow's):
///
/// 1. `AttachmentConnectTask` records the host's connector on the reserved attachment and
///    moves the volume to `attaching`.
/// 2. `ValidateConnectorTask` has the target helper check the connector.
/// 3. `CreateExportTask` exports the volume, unless another attachment already did.
/// 4. `InitializeConnectionTask` lets the host in, records the connection info and moves
///    the attachment to `attaching`, where it waits for `os-complete`.
pub fn get_flow() -> Flow<AttachVolumeStore> {
    Flow::new(KIND)
        .add(AttachmentConnectTask)
        .add(ValidateConnectorTask)
        .add(CreateExportTask)
        .add(InitializeConnectionTask)
}

/// Reversion strategy: the attachment back to a bare reservation, the volume settled from
/// `attaching` by what its attachments say.
pub struct AttachmentConnectTask;

impl Task<AttachVolumeStore> for AttachmentConnectTask {
    type Output = Previous<VolumeStatus>;
    fn name(&self) -> &'static str {
        "AttachmentConnectTask"
    }
    fn execute(
        &self,
        cx: &Cx<'_>,
        store: &mut AttachVolumeStore,
    ) -> Result<Previous<VolumeStatus>> {
        cx.catalogue.write(|tx| {
            let attachment = attachments::must_get(tx, &store.attachment_id)?;
            if attachment.attach_status != AttachStatus::Reserved {
                return Err(Error::invalid_state(format!(
                    "attachment {} is {}: only a reserved attachment takes a connector",
                    attachment.id, attachment.attach_status
                ))
                .into());
            }
            let volume = volumes::must_get(tx, &store.volume_id)?;
            let others = attachments::of_volume(tx, &volume.id)?;
            if let Some(same) = others.iter().find(|a| {
                a.id != attachment.id
                    && a.attached_host.as_deref() == Some(store.connector.host.as_str())
                    && a.instance_uuid == attachment.instance_uuid
            }) {
                return Err(Error::invalid_state(format!(
                    "volume {} already has attachment {} for host {}",
                    volume.name, same.id, store.connector.host
                ))
                .into());
            }
            let from: &[VolumeStatus] = if volume.multiattach {
                &[
                    VolumeStatus::Reserved,
                    VolumeStatus::InUse,
                    VolumeStatus::Attaching,
                ]
            } else {
                &[VolumeStatus::Reserved]
            };
            volumes::transition(tx, &volume.id, from, VolumeStatus::Attaching, "attach")?;
            volumes::set_attach_status(tx, &volume.id, AttachStatus::Attaching)?;
            attachments::connect(
                tx,
                &attachment.id,
                &store.connector,
                store.mountpoint.as_deref(),
            )?;
            store.instance_uuid = attachment.instance_uuid;
            store.mode = attachment.attach_mode;
            store.location = volume.provider_location.unwrap_or_default();
            Ok(Previous {
                status: volume.status,
                updated_at: volume.updated_at,
            })
        })
    }
    fn revert(
        &self,
        cx: &Cx<'_>,
        store: &AttachVolumeStore,
        outcome: Outcome<'_, Previous<VolumeStatus>>,
    ) -> Result<()> {
        revert_first_step(cx, store, outcome, attachments::disconnect)
    }
}
