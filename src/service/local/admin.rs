//! Cinder's admin actions: reset a stuck status, force a delete. They bypass the flows'
//! status checks, never a flow that is running: a volume locked by one is refused.

use super::Local;
use crate::catalogue::{snapshots, volumes};
use crate::error::{Error, Result};
use crate::lock::LockGuard;
use crate::model::{Snapshot, SnapshotStatus, Volume, VolumeStatus};
use crate::service::{Change, DeleteOptions, Deletion, Service};

impl Local {
    /// The volume's lock, or a refusal naming the flow at work.
    fn idle_volume_lock(&self, volume: &Volume) -> Result<LockGuard> {
        self.env
            .locks
            .try_acquire(&format!("volume-{}", volume.id))?
            .ok_or_else(|| {
                Error::invalid_state(format!(
                    "a flow is working on volume {} now (blockctl flow list): wait for it to \
                     finish",
                    volume.name
                ))
                .into()
            })
    }

    pub(super) fn reset_volume(
        &self,
        reference: &str,
        status: VolumeStatus,
    ) -> Result<Change<Volume>> {
        let volume = self.find_volume(reference)?;
        if volume.status == status {
            return Ok(Change::new(false, volume));
        }
        let _lock = self.idle_volume_lock(&volume)?;
        self.env
            .catalogue
            .write(|tx| volumes::set_status(tx, &volume.id, status))?;
        tracing::info!(
            "volume {} reset from {} to {status}: the catalogue now says so, whatever the backend holds",
            volume.name,
            volume.status
        );
        Ok(Change::new(true, self.volume_by_id(&volume.id)?))
    }

    pub(super) fn reset_snapshot(
        &self,
        reference: &str,
        status: SnapshotStatus,
    ) -> Result<Change<Snapshot>> {
        let snapshot = self.find_snapshot(reference)?;
        if snapshot.status == status {
            return Ok(Change::new(false, snapshot));
        }
        let volume = self.volume_by_id(&snapshot.volume_id)?;
        let _lock = self.idle_volume_lock(&volume)?;
        self.env
            .catalogue
            .write(|tx| snapshots::set_status(tx, &snapshot.id, status))?;
        Ok(Change::new(true, self.find_snapshot(&snapshot.id)?))
    }

    /// Deletes a volume whatever its status, unless it is attached or being migrated.
    pub(super) fn force_delete(&self, reference: &str) -> Result<Change<Deletion>> {
        let volume = self.find_volume(reference)?;
        if !volume.attachments.is_empty()
            || matches!(volume.status, VolumeStatus::InUse | VolumeStatus::Retyping)
        {
            return Err(Error::invalid_state(format!(
                "cannot force-delete volume {}: it is {} (detach it, or let its flow finish)",
                volume.name, volume.status
            ))
            .into());
        }
        if volume.status != VolumeStatus::Error {
            self.reset_volume(&volume.id, VolumeStatus::Error)?;
        }
        self.delete_volume(
            &volume.id,
            DeleteOptions {
                cascade: true,
                ignore_missing: false,
                flatten_dependents: false,
                defer: false,
            },
        )
    }
}
