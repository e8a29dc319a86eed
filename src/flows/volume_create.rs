//! The create_volume flow (Cinder's api + scheduler + manager create_volume flows, in one
//! process).

use serde::{Deserialize, Serialize};

use super::{QuotaCommitTask, QuotaReserveTask, QuotaStore};
use crate::catalogue::{self, snapshots, volume_types, volumes};
use crate::driver::VolumeCreated;
use crate::error::{Error, Result};
use crate::flow::engine::Store;
use crate::flow::{Cx, Flow, Outcome, Task};
use crate::model::{SnapshotStatus, Volume, VolumeStatus};
use crate::scheduler::{self, RequestSpec};

pub const KIND: &str = "volume_create";

/// Where the new volume's data comes from.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum VolumeSource {
    Raw,
    /// Copy-on-write from a snapshot of `parent_volume_id`.
    Snapshot {
        snapshot_id: String,
        parent_volume_id: String,
    },
    /// A full copy of another volume.
    Volume {
        source_volid: String,
    },
}

#[derive(Debug, Serialize, Deserialize)]
pub struct CreateVolumeStore {
    pub project_id: String,
    pub volume_id: String,
    pub name: String,
    pub size: u64,
    pub description: Option<String>,
    pub source: VolumeSource,
    pub volume_type_id: String,
    #[serde(default)]
    pub multiattach: bool,
    /// The zone asked for (`None`: any).
    #[serde(default)]
    pub availability_zone: Option<String>,
    /// The backend asked for (`--backend`): its name.
    #[serde(default)]
    pub backend: Option<String>,
    /// Set by `ExtractSchedulerSpecTask`.
    #[serde(default)]
    pub request_spec: Option<RequestSpec>,
    /// The source's backend for copies (set before the flow), else set by
    /// `ScheduleCreateVolumeTask`.
    pub host: Option<String>,
    /// Set by `CreateVolumeFromSpecTask`.
    #[serde(default)]
    pub created: Option<VolumeCreated>,
}

impl Store for CreateVolumeStore {
    fn locks(&self) -> Vec<String> {
        match &self.source {
            VolumeSource::Raw => vec![],
            VolumeSource::Snapshot {
                parent_volume_id, ..
            } => vec![format!("volume-{parent_volume_id}")],
            VolumeSource::Volume { source_volid } => vec![format!("volume-{source_volid}")],
        }
    }
    fn host(&self) -> &str {
        self.host.as_deref().unwrap_or("")
    }
}

impl QuotaStore for CreateVolumeStore {
    fn project_id(&self) -> &str {
        &self.project_id
    }
    fn quota_deltas(&self) -> Vec<(&'static str, i64)> {
        vec![("volumes", 1), ("gigabytes", self.size as i64)]
    }
}

/// The create_volume flow:
///
/// 1. `ExtractVolumeRequestTask` checks the source (snapshot or volume) and the size.
/// 2. `QuotaReserveTask` reserves `volumes` +1 and `gigabytes` +size.
/// 3. `EntryCreateTask` inserts the volume row in `creating`.
/// 4. `QuotaCommitTask` commits the reservation.
/// 5. `ExtractSchedulerSpecTask` gathers what placement must honour: size, zone, the
///    volume type's extra specs, and the backends allowed (a copy's source's, `--backend`).
/// 6. `ScheduleCreateVolumeTask` filters and weighs the backends and places the volume
///    (`host@backend#pool`), or fails saying which filter removed which backend.
/// 7. `CreateVolumeFromSpecTask` creates the image: raw, from a snapshot (copy-on-write),
///    or from a volume (full copy).
/// 8. `CreateVolumeOnFinishTask` records the location and makes the volume `available`.
pub fn get_flow() -> Flow<CreateVolumeStore> {
    Flow::new(KIND)
        .add(ExtractVolumeRequestTask)
        .add(QuotaReserveTask)
        .add(EntryCreateTask)
        .add(QuotaCommitTask)
        .add(ExtractSchedulerSpecTask)
        .add(ScheduleCreateVolumeTask)
        .add(CreateVolumeFromSpecTask)
        .add(CreateVolumeOnFinishTask)
}

/// Checks, under the source's lock, that the source can be read and the size holds it.
/// Reversion strategy: nothing to undo.
pub struct ExtractVolumeRequestTask;

impl Task<CreateVolumeStore> for ExtractVolumeRequestTask {
    type Output = ();
    fn name(&self) -> &'static str {
        "ExtractVolumeRequestTask"
    }
    fn execute(&self, cx: &Cx<'_>, store: &mut CreateVolumeStore) -> Result<()> {
        let source_size = cx.catalogue.read(|tx| match &store.source {
            VolumeSource::Raw => Ok(None),
            VolumeSource::Snapshot { snapshot_id, .. } => {
                let snapshot = snapshots::must_get(tx, snapshot_id)?;
                if snapshot.status != SnapshotStatus::Available {
                    return Err(Error::invalid_state(format!(
                        "cannot create a volume from snapshot {}: its status is '{}', it must be available",
                        snapshot.name, snapshot.status
                    ))
                    .into());
                }
                Ok(Some(snapshot.volume_size))
            }
            VolumeSource::Volume { source_volid } => {
                let source = volumes::must_get(tx, source_volid)?;
                if !matches!(source.status, VolumeStatus::Available | VolumeStatus::InUse) {
                    return Err(Error::invalid_state(format!(
                        "cannot clone volume {}: its status is '{}', it must be available or in-use",
                        source.name, source.status
                    ))
                    .into());
                }
                if source.status == VolumeStatus::InUse && !cx.backend.driver.copies_attached_volumes() {
                    return Err(Error::invalid_state(format!(
                        "cannot clone volume {}: it is in-use and this backend cannot copy an \
                         attached volume consistently: detach it first (blockctl volume detach {})",
                        source.name, source.name
                    ))
                    .into());
                }
                Ok(Some(source.size))
            }
        })?;
        if let Some(source_size) = source_size
            && store.size < source_size
        {
            return Err(Error::usage(format!(
                "invalid size {} GiB: the source holds {source_size} GiB",
                store.size
            ))
            .into());
        }
        Ok(())
    }
}

/// Inserts the volume row in `creating`.
/// Reversion strategy: delete the row (whatever the outcome; it is keyed by the flow's id).
pub struct EntryCreateTask;

impl Task<CreateVolumeStore> for EntryCreateTask {
    type Output = ();
    fn name(&self) -> &'static str {
        "EntryCreateTask"
    }
    fn execute(&self, cx: &Cx<'_>, store: &mut CreateVolumeStore) -> Result<()> {
        let now = catalogue::now();
        let (snapshot_id, source_volid) = match &store.source {
            VolumeSource::Raw => (None, None),
            VolumeSource::Snapshot { snapshot_id, .. } => (Some(snapshot_id.clone()), None),
            VolumeSource::Volume { source_volid } => (None, Some(source_volid.clone())),
        };
        let volume = Volume {
            id: store.volume_id.clone(),
            name: store.name.clone(),
            size: store.size,
            status: VolumeStatus::Creating,
            attach_status: "detached".to_owned(),
            host: String::new(),
            availability_zone: store
                .availability_zone
                .clone()
                .unwrap_or_else(|| crate::config::DEFAULT_AVAILABILITY_ZONE.to_owned()),
            volume_type_id: store.volume_type_id.clone(),
            volume_type: String::new(),
            project_id: store.project_id.clone(),
            bootable: false,
            multiattach: store.multiattach,
            attachments: Vec::new(),
            parent_snapshot_id: snapshot_id.clone(),
            clone_depth: 0,
            snapshot_id,
            source_volid,
            provider_location: None,
            description: store.description.clone(),
            created_at: now.clone(),
            updated_at: now,
        };
        cx.catalogue.write(|tx| volumes::insert(tx, &volume))
    }
    fn revert(
        &self,
        cx: &Cx<'_>,
        store: &CreateVolumeStore,
        outcome: Outcome<'_, ()>,
    ) -> Result<()> {
        if matches!(outcome, Outcome::Failed(_)) {
            return Ok(()); // nothing was inserted (e.g. the name was taken)
        }
        cx.catalogue
            .write(|tx| volumes::delete(tx, &store.volume_id))
    }
}

/// Builds the scheduler's request spec.
/// Reversion strategy: nothing to undo.
pub struct ExtractSchedulerSpecTask;

impl Task<CreateVolumeStore> for ExtractSchedulerSpecTask {
    type Output = RequestSpec;
    fn name(&self) -> &'static str {
        "ExtractSchedulerSpecTask"
    }
    fn execute(&self, cx: &Cx<'_>, store: &mut CreateVolumeStore) -> Result<RequestSpec> {
        let volume_type = cx
            .catalogue
            .read(|tx| volume_types::find(tx, &store.volume_type_id, ""))?;
        // A copy stays on its source's backend; `--backend` names one.
        let source_backend = store
            .host
            .as_deref()
            .and_then(crate::backend::backend_name_of)
            .map(str::to_owned);
        let only = match (source_backend, store.backend.clone()) {
            (Some(source), Some(asked)) if source != asked => {
                return Err(Error::usage(format!(
                    "a copy is made on its source's backend ({source}), not on {asked}: \
                     create it there, then migrate it"
                ))
                .into());
            }
            (Some(one), _) | (None, Some(one)) => Some(vec![one]),
            (None, None) => None,
        };
        let spec = RequestSpec {
            size: store.size,
            availability_zone: store.availability_zone.clone(),
            extra_specs: volume_type.extra_specs,
            only,
        };
        store.request_spec = Some(spec.clone());
        Ok(spec)
    }
}

/// Filters and weighs the backends and places the volume on the best one.
/// Reversion strategy: nothing to undo; the row is removed by `EntryCreateTask`.
pub struct ScheduleCreateVolumeTask;

impl Task<CreateVolumeStore> for ScheduleCreateVolumeTask {
    type Output = String;
    fn name(&self) -> &'static str {
        "ScheduleCreateVolumeTask"
    }
    fn execute(&self, cx: &Cx<'_>, store: &mut CreateVolumeStore) -> Result<String> {
        let spec = store
            .request_spec
            .clone()
            .ok_or_else(|| anyhow::anyhow!("the scheduler task ran without a request spec"))?;
        let candidates = scheduler::stats::candidates(
            cx.env,
            spec.only.as_deref(),
            scheduler::stats::FRESH_FOR,
        )?;
        let multiplier = cx.backends.config().capacity_weight_multiplier;
        let (chosen, rejections) = scheduler::choose(&candidates, &spec, multiplier);
        let Some(chosen) = chosen else {
            return Err(scheduler::no_valid_backend(&spec, &rejections));
        };
        tracing::debug!(host = %chosen.host, ?rejections, "scheduled");
        let (host, zone) = (chosen.host.clone(), chosen.availability_zone.clone());
        cx.catalogue
            .write(|tx| volumes::set_host(tx, &store.volume_id, &host, &zone))?;
        scheduler::stats::forget(cx.env, &chosen.name)?;
        store.host = Some(host.clone());
        Ok(host)
    }
}

/// Creates the image on the backend.
/// Reversion strategy: delete the image the driver names for this volume id (idempotent).
pub struct CreateVolumeFromSpecTask;

impl Task<CreateVolumeStore> for CreateVolumeFromSpecTask {
    type Output = VolumeCreated;
    fn name(&self) -> &'static str {
        "CreateVolumeFromSpecTask"
    }
    fn execute(&self, cx: &Cx<'_>, store: &mut CreateVolumeStore) -> Result<VolumeCreated> {
        let driver = &cx.backend.driver;
        let id = &store.volume_id;
        let (progress, cancel) = (&*cx.progress, &cx.cancel);
        let created = match &store.source {
            VolumeSource::Raw => VolumeCreated {
                location: driver.create_volume(id, store.size)?,
                shares_parent: false,
            },
            VolumeSource::Snapshot { .. } => {
                let location = source_location(cx, &store.source)?;
                driver.create_volume_from_snapshot(id, &location, store.size, progress, cancel)?
            }
            VolumeSource::Volume { .. } => {
                let location = source_location(cx, &store.source)?;
                VolumeCreated {
                    location: driver
                        .create_cloned_volume(id, &location, store.size, progress, cancel)?,
                    shares_parent: false,
                }
            }
        };
        store.created = Some(created.clone());
        Ok(created)
    }
    fn revert(
        &self,
        cx: &Cx<'_>,
        store: &CreateVolumeStore,
        _outcome: Outcome<'_, VolumeCreated>,
    ) -> Result<()> {
        let source = source_location(cx, &store.source).ok();
        cx.backend
            .driver
            .undo_create_volume(&store.volume_id, source.as_deref())
    }
}

/// Records the image's location and makes the volume `available`. Idempotent.
pub struct CreateVolumeOnFinishTask;

impl Task<CreateVolumeStore> for CreateVolumeOnFinishTask {
    type Output = ();
    fn name(&self) -> &'static str {
        "CreateVolumeOnFinishTask"
    }
    fn execute(&self, cx: &Cx<'_>, store: &mut CreateVolumeStore) -> Result<()> {
        let created = store
            .created
            .clone()
            .ok_or_else(|| anyhow::anyhow!("the volume's backend task left no result"))?;
        cx.catalogue.write(|tx| {
            volumes::set_provider_location(tx, &store.volume_id, &created.location)?;
            if !created.shares_parent {
                volumes::set_parent_snapshot(tx, &store.volume_id, None)?;
            }
            volumes::set_status(tx, &store.volume_id, VolumeStatus::Available)
        })
    }
    fn revert(
        &self,
        cx: &Cx<'_>,
        store: &CreateVolumeStore,
        _outcome: Outcome<'_, ()>,
    ) -> Result<()> {
        cx.catalogue
            .write(|tx| volumes::set_status(tx, &store.volume_id, VolumeStatus::Creating))
    }
    fn resumable(&self) -> bool {
        true
    }
}

/// The location of the snapshot or volume a new volume is made from.
fn source_location(cx: &Cx<'_>, source: &VolumeSource) -> Result<String> {
    let location = match source {
        VolumeSource::Raw => None,
        VolumeSource::Snapshot { snapshot_id, .. } => {
            cx.catalogue
                .read(|tx| snapshots::must_get(tx, snapshot_id))?
                .provider_location
        }
        VolumeSource::Volume { source_volid } => {
            cx.catalogue
                .read(|tx| volumes::must_get(tx, source_volid))?
                .provider_location
        }
    };
    location.ok_or_else(|| Error::invalid_state("the source has no image").into())
}
