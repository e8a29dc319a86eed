//! The attach flow: Cinder's attachment create + update + complete (3.27+), run as one.

use serde::{Deserialize, Serialize};

use crate::catalogue::{attachments, exports, volumes};
use crate::error::{Error, Result};
use crate::flow::engine::Store;
use crate::flow::{Cx, Flow, Outcome, Task};
use crate::model::{
    AttachMode, AttachStatus, Attachment, ConnectionInfo, Connector, Previous, VolumeStatus,
};
use crate::target::{self, Export};

pub const KIND: &str = "volume_attach";

#[derive(Debug, Serialize, Deserialize)]
pub struct AttachVolumeStore {
    /// The volume\'s `host@backend#pool` (empty in flows journaled before it was recorded).
    #[serde(default)]
    pub host: String,
    pub project_id: String,
    pub volume_id: String,
    pub attachment_id: String,
    pub connector: Connector,
    pub instance_uuid: Option<String>,
    pub mountpoint: Option<String>,
    pub mode: AttachMode,
    /// Filled by `AttachmentReserveTask`.
    pub location: String,
    /// Filled by `CreateExportTask`.
    pub export: Option<Export>,
}

impl Store for AttachVolumeStore {
    fn locks(&self) -> Vec<String> {
        vec![format!("volume-{}", self.volume_id)]
    }
    fn host(&self) -> &str {
        &self.host
    }
}

/// The attach flow:
///
/// 1. `AttachmentReserveTask` moves the volume to `attaching` (from `available`, or from
///    `in-use` when it is multiattach) and records the attachment as `reserved`.
/// 2. `ValidateConnectorTask` has the target helper check the host's connector.
/// 3. `CreateExportTask` exports the volume, unless another attachment already did.
/// 4. `InitializeConnectionTask` lets the host in and builds its `connection_info`.
/// 5. `AttachmentCompleteTask` records the attachment `attached`, the volume `in-use`.
pub fn get_flow() -> Flow<AttachVolumeStore> {
    Flow::new(KIND)
        .add(AttachmentReserveTask)
        .add(ValidateConnectorTask)
        .add(CreateExportTask)
        .add(InitializeConnectionTask)
        .add(AttachmentCompleteTask)
}

/// After an attachment came or went: the volume is `available`/`detached` without
/// attachments, `reserved` while its only attachments are reservations not yet completed
/// (the attachments API's), else `in-use`/`attached`. Only moves it from `from`.
pub(super) fn settle_volume(
    tx: &rusqlite::Transaction<'_>,
    volume_id: &str,
    from: VolumeStatus,
    updated_at: Option<&str>,
) -> Result<()> {
    let remaining = attachments::of_volume(tx, volume_id)?;
    let pending = |a: &Attachment| {
        matches!(
            a.attach_status,
            AttachStatus::Reserved | AttachStatus::Attaching
        )
    };
    let (status, attach_status) = if remaining.is_empty() {
        (VolumeStatus::Available, AttachStatus::Detached)
    } else if remaining.iter().all(pending) {
        (VolumeStatus::Reserved, AttachStatus::Reserved)
    } else {
        (VolumeStatus::InUse, AttachStatus::Attached)
    };
    volumes::settle_attachment(tx, volume_id, from, (status, attach_status), updated_at)?;
    Ok(())
}

/// The revert of an attach's or an attachment update's first step: `undo` what it did to
/// the attachment, then settle the volume from `attaching`, putting back its `updated_at`
/// of before when known. A step that failed changed nothing (one transaction).
pub(super) fn revert_first_step(
    cx: &Cx<'_>,
    store: &AttachVolumeStore,
    outcome: Outcome<'_, Previous<VolumeStatus>>,
    undo: fn(&rusqlite::Transaction<'_>, &str) -> Result<()>,
) -> Result<()> {
    let stamp = match outcome {
        Outcome::Done(previous) => Some(previous.updated_at.as_str()),
        Outcome::Failed(_) => return Ok(()),
        Outcome::Unknown => None,
    };
    cx.catalogue.write(|tx| {
        undo(tx, &store.attachment_id)?;
        settle_volume(tx, &store.volume_id, VolumeStatus::Attaching, stamp)
    })
}

/// The other attachments of the flow's volume.
fn others(cx: &Cx<'_>, store: &AttachVolumeStore) -> Result<Vec<Attachment>> {
    let all = cx
        .catalogue
        .read(|tx| attachments::of_volume(tx, &store.volume_id))?;
    Ok(all
        .into_iter()
        .filter(|a| a.id != store.attachment_id)
        .collect())
}

/// Reversion strategy: delete the attachment row, and put the volume back to `in-use` or
/// `available` (whichever its other attachments say) if it is still `attaching`.
pub struct AttachmentReserveTask;

impl Task<AttachVolumeStore> for AttachmentReserveTask {
    type Output = Previous<VolumeStatus>;
    fn name(&self) -> &'static str {
        "AttachmentReserveTask"
    }
    fn execute(
        &self,
        cx: &Cx<'_>,
        store: &mut AttachVolumeStore,
    ) -> Result<Previous<VolumeStatus>> {
        cx.catalogue.write(|tx| {
            let volume = volumes::must_get(tx, &store.volume_id)?;
            let current = attachments::of_volume(tx, &volume.id)?;
            if let Some(same) = current.iter().find(|a| {
                a.attached_host.as_deref() == Some(store.connector.host.as_str())
                    && a.instance_uuid == store.instance_uuid
            }) {
                return Err(Error::invalid_state(format!(
                    "volume {} is already attached to host {}{} (attachment {})",
                    volume.name,
                    store.connector.host,
                    store
                        .instance_uuid
                        .as_ref()
                        .map_or_else(String::new, |i| format!(" for instance {i}")),
                    same.id
                ))
                .into());
            }
            if volume.status == VolumeStatus::InUse && !volume.multiattach {
                let holders: Vec<String> = attachments::of_volume(tx, &volume.id)?
                    .into_iter()
                    .map(|a| a.attached_host.unwrap_or_default())
                    .collect();
                return Err(Error::invalid_state(format!(
                    "volume {} is already attached (to {}) and is not multiattach: detach it \
                     first (blockctl volume detach {})",
                    volume.name,
                    holders.join(", "),
                    volume.name
                ))
                .into());
            }
            let from: &[VolumeStatus] = if volume.multiattach {
                &[VolumeStatus::Available, VolumeStatus::InUse]
            } else {
                &[VolumeStatus::Available]
            };
            volumes::transition(tx, &volume.id, from, VolumeStatus::Attaching, "attach")?;
            volumes::set_attach_status(tx, &volume.id, AttachStatus::Attaching)?;
            let now = crate::catalogue::now();
            attachments::insert(
                tx,
                &Attachment {
                    id: store.attachment_id.clone(),
                    volume_id: volume.id.clone(),
                    project_id: store.project_id.clone(),
                    attach_status: AttachStatus::Reserved,
                    attached_host: Some(store.connector.host.clone()),
                    instance_uuid: store.instance_uuid.clone(),
                    mountpoint: store.mountpoint.clone(),
                    attach_mode: store.mode,
                    connector: Some(store.connector.clone()),
                    connection_info: None,
                    attach_time: None,
                    created_at: now.clone(),
                    updated_at: now,
                },
            )?;
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
        revert_first_step(cx, store, outcome, attachments::delete)
    }
}

/// Reversion strategy: none; it only reads.
pub struct ValidateConnectorTask;

impl Task<AttachVolumeStore> for ValidateConnectorTask {
    type Output = ();
    fn name(&self) -> &'static str {
        "ValidateConnectorTask"
    }
    fn execute(&self, cx: &Cx<'_>, store: &mut AttachVolumeStore) -> Result<()> {
        store.connector.validate()?;
        cx.backend.target.validate_connector(&store.connector)
    }
}

/// Exports the volume, or reuses the export its other attachments share (output: whether
/// this flow created it).
///
/// Reversion strategy: remove the export (and its record) unless another attachment uses it.
pub struct CreateExportTask;

impl Task<AttachVolumeStore> for CreateExportTask {
    type Output = bool;
    fn name(&self) -> &'static str {
        "CreateExportTask"
    }
    fn execute(&self, cx: &Cx<'_>, store: &mut AttachVolumeStore) -> Result<bool> {
        let recorded = cx.catalogue.read(|tx| exports::get(tx, &store.volume_id))?;
        if let Some(existing) = recorded {
            if cx.backend.target.is_alive(&existing)? {
                store.export = Some(existing);
                return Ok(false);
            }
            // Lost (a reboot, a tgtd restart): serve it again, and tell the other
            // attachments where it now is.
            tracing::warn!(
                "the export of volume {} was gone; exporting it again",
                store.volume_id
            );
            cx.backend
                .target
                .remove_export(&store.volume_id, Some(&existing), true)?;
        }
        let source = cx.backend.driver.export_source(&store.location)?;
        let export = cx.backend.target.create_export(&store.volume_id, &source)?;
        let recorded = cx.catalogue.write(|tx| {
            exports::put(tx, &store.volume_id, &export)?;
            for other in attachments::of_volume(tx, &store.volume_id)? {
                if other.id != store.attachment_id {
                    let info =
                        target::connection_info(&store.volume_id, &export, other.attach_mode);
                    attachments::set_connection_info(tx, &other.id, &info)?;
                }
            }
            Ok(())
        });
        if let Err(e) = recorded {
            let _ = cx
                .backend
                .target
                .remove_export(&store.volume_id, Some(&export), true);
            return Err(e);
        }
        store.export = Some(export);
        Ok(true)
    }
    fn revert(
        &self,
        cx: &Cx<'_>,
        store: &AttachVolumeStore,
        outcome: Outcome<'_, bool>,
    ) -> Result<()> {
        if matches!(outcome, Outcome::Done(false)) || !others(cx, store)?.is_empty() {
            return Ok(());
        }
        let recorded = cx.catalogue.read(|tx| exports::get(tx, &store.volume_id))?;
        let export = recorded.as_ref().or(store.export.as_ref());
        cx.backend
            .target
            .remove_export(&store.volume_id, export, true)?;
        cx.catalogue
            .write(|tx| exports::delete(tx, &store.volume_id))
    }
}

/// Lets the host in and builds its connection info.
///
/// Reversion strategy: take the host's access away again, unless another attachment of
/// the volume is from the same host.
pub struct InitializeConnectionTask;

impl Task<AttachVolumeStore> for InitializeConnectionTask {
    type Output = ConnectionInfo;
    fn name(&self) -> &'static str {
        "InitializeConnectionTask"
    }
    fn execute(&self, cx: &Cx<'_>, store: &mut AttachVolumeStore) -> Result<ConnectionInfo> {
        let export = store
            .export
            .as_ref()
            .ok_or_else(|| anyhow::anyhow!("no export recorded for the volume"))?;
        cx.backend.target.allow(export, &store.connector)?;
        let info = target::connection_info(&store.volume_id, export, store.mode);
        cx.catalogue.write(|tx| {
            attachments::transition(
                tx,
                &store.attachment_id,
                &[AttachStatus::Reserved],
                AttachStatus::Attaching,
            )?;
            attachments::set_connection_info(tx, &store.attachment_id, &info)
        })?;
        Ok(info)
    }
    fn revert(
        &self,
        cx: &Cx<'_>,
        store: &AttachVolumeStore,
        _outcome: Outcome<'_, ConnectionInfo>,
    ) -> Result<()> {
        let Some(export) = &store.export else {
            return Ok(());
        };
        let shared = others(cx, store)?.iter().any(|a| {
            a.connector.as_ref().and_then(|c| c.initiator.as_ref())
                == store.connector.initiator.as_ref()
        });
        if !shared {
            cx.backend.target.disallow(export, &store.connector)?;
        }
        Ok(())
    }
}

/// Records the attachment `attached` with its connection info; the volume `in-use`.
/// Idempotent.
pub struct AttachmentCompleteTask;

impl Task<AttachVolumeStore> for AttachmentCompleteTask {
    type Output = ();
    fn name(&self) -> &'static str {
        "AttachmentCompleteTask"
    }
    fn execute(&self, cx: &Cx<'_>, store: &mut AttachVolumeStore) -> Result<()> {
        let export = store
            .export
            .as_ref()
            .ok_or_else(|| anyhow::anyhow!("no export recorded for the volume"))?;
        let info = target::connection_info(&store.volume_id, export, store.mode);
        cx.catalogue.write(|tx| {
            attachments::complete(tx, &store.attachment_id, &info)?;
            volumes::set_status(tx, &store.volume_id, VolumeStatus::InUse)?;
            volumes::set_attach_status(tx, &store.volume_id, AttachStatus::Attached)
        })
    }
    /// Back to `attaching` (the earlier tasks' reverts then undo the rest).
    fn revert(
        &self,
        cx: &Cx<'_>,
        store: &AttachVolumeStore,
        _outcome: Outcome<'_, ()>,
    ) -> Result<()> {
        cx.catalogue.write(|tx| {
            attachments::transition(
                tx,
                &store.attachment_id,
                &[AttachStatus::Attached],
                AttachStatus::Attaching,
            )?;
            volumes::set_status(tx, &store.volume_id, VolumeStatus::Attaching)
        })
    }
    fn resumable(&self) -> bool {
        true
    }
}
