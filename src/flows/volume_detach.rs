//! The detach flow: Cinder's attachment delete (terminate connection, remove the export
//! when the last attachment goes).
//!
//! Every task after the first is idempotent, so a detach whose process died is finished by
//! `flow recover`, never left half done. A detach that *fails* after its export was removed
//! cannot give the host its access back: its attachment is left `error_detaching`, and
//! `volume detach --force` clears it (as Cinder does).

use serde::{Deserialize, Serialize};

use super::volume_attach::settle_volume;
use crate::catalogue::{attachments, exports, volumes};
use crate::error::{Error, Result};
use crate::flow::engine::Store;
use crate::flow::{Cx, Flow, Outcome, Task};
use crate::model::{AttachStatus, Attachment, Connector, VolumeStatus};
use crate::target::Export;

pub const KIND: &str = "volume_detach";

#[derive(Debug, Serialize, Deserialize)]
pub struct DetachVolumeStore {
    /// The volume\'s `host@backend#pool` (empty in flows journaled before it was recorded).
    #[serde(default)]
    pub host: String,
    pub volume_id: String,
    pub attachment_id: String,
    /// Detach whatever state the attachment is in, and whatever the target helper says.
    pub force: bool,
    /// Filled by `AttachmentDetachingTask`: the attachment as it was.
    pub attachment: Option<Attachment>,
    pub export: Option<Export>,
    /// Whether this is the volume's last attachment (its export goes with it).
    pub last: bool,
    /// Whether another attachment is from the same initiator (its access stays).
    pub initiator_shared: bool,
}

impl Store for DetachVolumeStore {
    fn locks(&self) -> Vec<String> {
        vec![format!("volume-{}", self.volume_id)]
    }
    fn host(&self) -> &str {
        &self.host
    }
}

/// The detach flow:
///
/// 1. `AttachmentDetachingTask` moves the attachment and the volume to `detaching`.
/// 2. `TerminateConnectionTask` takes the host's access away (iSCSI: its initiator ACL).
/// 3. `RemoveExportTask` removes the export when no other attachment uses it.
/// 4. `AttachmentDeleteTask` deletes the attachment; the volume becomes `available`, or
///    stays `in-use` for its other attachments.
pub fn get_flow() -> Flow<DetachVolumeStore> {
    Flow::new(KIND)
        .add(AttachmentDetachingTask)
        .add(TerminateConnectionTask)
        .add(RemoveExportTask)
        .add(AttachmentDeleteTask)
}

/// The attachments a detach takes without --force: attached ones, and the attachments
/// API's reservations (`reserved`, or connected and not completed: `attaching`).
const DETACHABLE: &[AttachStatus] = &[
    AttachStatus::Attached,
    AttachStatus::Attaching,
    AttachStatus::Reserved,
];

/// The volume statuses a detach accepts without --force.
const DETACH_FROM: &[VolumeStatus] = &[
    VolumeStatus::InUse,
    VolumeStatus::Reserved,
    VolumeStatus::Attaching,
];

/// The volume statuses a forced detach accepts (an attach or detach that failed halfway).
const FORCE_FROM: &[VolumeStatus] = &[
    VolumeStatus::InUse,
    VolumeStatus::Attaching,
    VolumeStatus::Detaching,
    VolumeStatus::Reserved,
    VolumeStatus::Error,
];

/// Reversion strategy: the attachment back to its status before, the volume back to
/// `in-use` if it is still `detaching`.
pub struct AttachmentDetachingTask;

impl Task<DetachVolumeStore> for AttachmentDetachingTask {
    /// The attachment's status before.
    type Output = AttachStatus;
    fn name(&self) -> &'static str {
        "AttachmentDetachingTask"
    }
    fn execute(&self, cx: &Cx<'_>, store: &mut DetachVolumeStore) -> Result<AttachStatus> {
        cx.catalogue.write(|tx| {
            let attachment = attachments::must_get(tx, &store.attachment_id)?;
            let volume = volumes::must_get(tx, &store.volume_id)?;
            if !store.force && !DETACHABLE.contains(&attachment.attach_status) {
                return Err(Error::invalid_state(format!(
                    "cannot detach attachment {} of volume {}: its attach_status is '{}', it \
                     must be attached, attaching or reserved (use --force to detach it anyway)",
                    attachment.id, volume.name, attachment.attach_status
                ))
                .into());
            }
            let from = if store.force { FORCE_FROM } else { DETACH_FROM };
            volumes::transition(tx, &volume.id, from, VolumeStatus::Detaching, "detach")?;
            volumes::set_attach_status(tx, &volume.id, AttachStatus::Detaching)?;
            attachments::transition(
                tx,
                &attachment.id,
                &[attachment.attach_status],
                AttachStatus::Detaching,
            )?;
            let others: Vec<Attachment> = attachments::of_volume(tx, &volume.id)?
                .into_iter()
                .filter(|a| a.id != attachment.id)
                .collect();
            let initiator = attachment
                .connector
                .as_ref()
                .and_then(|c| c.initiator.clone());
            store.initiator_shared = initiator.is_some()
                && others
                    .iter()
                    .any(|a| a.connector.as_ref().and_then(|c| c.initiator.clone()) == initiator);
            store.last = others.is_empty();
            store.attachment = Some(attachment.clone());
            store.export = exports::get(tx, &volume.id)?;
            Ok(attachment.attach_status)
        })
    }
    fn revert(
        &self,
        cx: &Cx<'_>,
        store: &DetachVolumeStore,
        outcome: Outcome<'_, AttachStatus>,
    ) -> Result<()> {
        let previous = match outcome {
            Outcome::Done(previous) => *previous,
            Outcome::Failed(_) => return Ok(()), // its transaction changed nothing
            // A forced detach also takes attachments that were not attached, and the
            // journal does not say which: leave it for another --force.
            Outcome::Unknown if store.force => AttachStatus::ErrorDetaching,
            // A reservation never connected has no connection info.
            Outcome::Unknown => match cx
                .catalogue
                .read(|tx| attachments::get(tx, &store.attachment_id))?
            {
                Some(a) if a.connection_info.is_none() => AttachStatus::Reserved,
                _ => AttachStatus::Attached,
            },
        };
        cx.catalogue.write(|tx| {
            attachments::transition(
                tx,
                &store.attachment_id,
                &[AttachStatus::Detaching],
                previous,
            )?;
            settle_volume(tx, &store.volume_id, VolumeStatus::Detaching, None)
        })
    }
}

fn connector_of(store: &DetachVolumeStore) -> Option<&Connector> {
    store.attachment.as_ref()?.connector.as_ref()
}

/// Revert of a step after which the host's access cannot be given back: the attachment
/// (re-recorded if it was deleted) is left `error_detaching` for `detach --force`.
fn leave_error_detaching(cx: &Cx<'_>, store: &DetachVolumeStore) -> Result<()> {
    cx.catalogue.write(|tx| {
        match attachments::get(tx, &store.attachment_id)? {
            Some(_) => {
                attachments::set_status(tx, &store.attachment_id, AttachStatus::ErrorDetaching)?;
            }
            None => {
                if let Some(attachment) = &store.attachment {
                    let mut kept = attachment.clone();
                    kept.attach_status = AttachStatus::ErrorDetaching;
                    attachments::insert(tx, &kept)?;
                }
            }
        }
        volumes::settle_attachment(
            tx,
            &store.volume_id,
            VolumeStatus::Available,
            (VolumeStatus::Detaching, AttachStatus::Detaching),
            None,
        )?;
        Ok(())
    })
}

/// Runs a step of a forced detach: a failure is logged and passed over.
fn tolerate(force: bool, what: &str, result: Result<()>) -> Result<()> {
    match result {
        Err(e) if force => {
            tracing::warn!("forced detach: {what} failed, going on: {e:#}");
            Ok(())
        }
        other => other,
    }
}

/// Takes the host's access away, unless another attachment is from the same initiator.
/// Idempotent.
///
/// Reversion strategy: give the access back (the detach did not happen).
pub struct TerminateConnectionTask;

impl Task<DetachVolumeStore> for TerminateConnectionTask {
    type Output = ();
    fn name(&self) -> &'static str {
        "TerminateConnectionTask"
    }
    fn execute(&self, cx: &Cx<'_>, store: &mut DetachVolumeStore) -> Result<()> {
        let (Some(export), Some(connector)) = (&store.export, connector_of(store)) else {
            return Ok(());
        };
        if store.initiator_shared {
            return Ok(());
        }
        tolerate(
            store.force,
            "terminating the connection",
            cx.backend.target.disallow(export, connector),
        )
    }
    fn revert(
        &self,
        cx: &Cx<'_>,
        store: &DetachVolumeStore,
        _outcome: Outcome<'_, ()>,
    ) -> Result<()> {
        let exported = cx
            .catalogue
            .read(|tx| exports::get(tx, &store.volume_id))?
            .is_some();
        if let (true, Some(export), Some(connector)) =
            (exported, &store.export, connector_of(store))
        {
            cx.backend.target.allow(export, connector)?;
        }
        Ok(())
    }
    fn resumable(&self) -> bool {
        true
    }
}

/// Removes the volume's export when this was its last attachment. Idempotent.
pub struct RemoveExportTask;

impl Task<DetachVolumeStore> for RemoveExportTask {
    type Output = ();
    fn name(&self) -> &'static str {
        "RemoveExportTask"
    }
    fn execute(&self, cx: &Cx<'_>, store: &mut DetachVolumeStore) -> Result<()> {
        // A reservation that was never connected: nothing was exported for it.
        if !store.last || (store.export.is_none() && !store.force) {
            return Ok(());
        }
        // Even forced, a removal that fails fails the detach: the export record must not
        // go while the export still serves (the helpers try hard under --force).
        cx.backend
            .target
            .remove_export(&store.volume_id, store.export.as_ref(), store.force)?;
        cx.catalogue
            .write(|tx| exports::delete(tx, &store.volume_id))
    }
    /// A removal that failed left the export as it was (helpers check before they remove);
    /// one that happened cannot be undone.
    fn revert(
        &self,
        cx: &Cx<'_>,
        store: &DetachVolumeStore,
        outcome: Outcome<'_, ()>,
    ) -> Result<()> {
        if matches!(outcome, Outcome::Failed(_)) || !store.last {
            return Ok(());
        }
        leave_error_detaching(cx, store)
    }
    fn resumable(&self) -> bool {
        true
    }
}

/// Deletes the attachment and settles the volume's status. Idempotent.
pub struct AttachmentDeleteTask;

impl Task<DetachVolumeStore> for AttachmentDeleteTask {
    type Output = ();
    fn name(&self) -> &'static str {
        "AttachmentDeleteTask"
    }
    fn execute(&self, cx: &Cx<'_>, store: &mut DetachVolumeStore) -> Result<()> {
        cx.catalogue.write(|tx| {
            attachments::delete(tx, &store.attachment_id)?;
            settle_volume(tx, &store.volume_id, VolumeStatus::Detaching, None)
        })
    }
    fn revert(
        &self,
        cx: &Cx<'_>,
        store: &DetachVolumeStore,
        outcome: Outcome<'_, ()>,
    ) -> Result<()> {
        if matches!(outcome, Outcome::Failed(_)) {
            return Ok(()); // its transaction changed nothing
        }
        if store.last {
            return leave_error_detaching(cx, store);
        }
        // Not the last attachment: the export stayed, so the attachment can come back.
        cx.catalogue.write(|tx| {
            if attachments::get(tx, &store.attachment_id)?.is_none()
                && let Some(attachment) = &store.attachment
            {
                let mut back = attachment.clone();
                back.attach_status = AttachStatus::Detaching;
                attachments::insert(tx, &back)?;
            }
            volumes::settle_attachment(
                tx,
                &store.volume_id,
                VolumeStatus::InUse,
                (VolumeStatus::Detaching, AttachStatus::Detaching),
                None,
            )?;
            Ok(())
        })
    }
    fn resumable(&self) -> bool {
        true
    }
}
