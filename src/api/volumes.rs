//! `/v3/[{project_id}/]volumes`: list, detail, summary, show, create (empty, from a
//! snapshot, a volume or a backup), update, delete and the volume actions.

use std::collections::HashMap;
use std::sync::Arc;

use axum::Router;
use axum::extract::{Extension, Path, Query, State};
use axum::http::StatusCode;
use axum::routing::{get, post};
use serde_json::{Value, json};

use super::error::{ApiError, Body};
use super::request::{
    Filters, Params, QueryMap, Reply, accepted, member, ok, param, string, unsupported_action,
};
use super::{App, Caller, exactly, unless_missing, views};
use crate::model::VolumeStatus;
use crate::service::{CreateVolume, DeleteOptions, MigrationPolicy, Service, SourceRef};

pub fn routes() -> Router<Arc<App>> {
    Router::new()
        .route("/volumes", get(list_volumes).post(create_volume))
        .route("/volumes/detail", get(list_volumes_detail))
        .route("/volumes/summary", get(volumes_summary))
        .route(
            "/volumes/{id}",
            get(show_volume).put(update_volume).delete(delete_volume),
        )
        .route("/volumes/{id}/action", post(volume_action))
}

/// A volume by exact id or name (never by prefix: an API id is exact).
fn find_volume(local: &dyn Service, reference: &str) -> anyhow::Result<crate::model::Volume> {
    let volume = local.show_volume(reference)?;
    let (id, name) = (volume.id.clone(), volume.name.clone());
    exactly(volume, &id, &name, "volume", reference)
}

pub(super) async fn volumes(
    app: &Arc<App>,
    caller: &Caller,
    filters: Filters,
) -> Result<Vec<crate::model::Volume>, ApiError> {
    let viewer = caller.clone();
    app.call(caller, move |local| {
        let admitted = local
            .list_volumes()?
            .into_iter()
            .filter(|v| {
                filters.admit(&v.name, v.status.as_str())
                    && filters.bootable.is_none_or(|b| b == v.bootable)
            })
            .collect();
        Ok(filters.order(admitted, |v| views::volume(v, &viewer)))
    })
    .await
}

async fn list_volumes(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Query(query): Query<QueryMap>,
) -> Reply {
    let list = volumes(&app, &caller, Filters::of(&query, &caller)?).await?;
    let body: Vec<Value> = list.iter().map(views::volume_summary).collect();
    ok(
        StatusCode::OK,
        views::collection("volumes", body, &caller, &query),
    )
}

async fn list_volumes_detail(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Query(query): Query<QueryMap>,
) -> Reply {
    let list = volumes(&app, &caller, Filters::of(&query, &caller)?).await?;
    let body: Vec<Value> = list.iter().map(|v| views::volume(v, &caller)).collect();
    ok(
        StatusCode::OK,
        views::collection("volumes", body, &caller, &query),
    )
}

/// `GET /volumes/summary` (3.12; `metadata` 3.36, empty: blockctl volumes have none).
async fn volumes_summary(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
) -> Reply {
    caller.version.require(3, 12)?;
    let list = volumes(&app, &caller, Filters::default()).await?;
    let mut summary = json!({
        "total_count": list.len(),
        "total_size": list.iter().map(|v| v.size).sum::<u64>(),
    });
    if caller.version.at_least(3, 36) {
        summary["metadata"] = json!({});
    }
    ok(StatusCode::OK, json!({ "volume-summary": summary }))
}

async fn show_volume(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Path(params): Params,
) -> Reply {
    let id = param(&params, "id")?;
    let volume = app
        .call(&caller, move |local| find_volume(local, &id))
        .await?;
    ok(
        StatusCode::OK,
        json!({ "volume": views::volume(&volume, &caller) }),
    )
}

fn create_request(body: &Value, from_backup: bool) -> Result<CreateVolume, ApiError> {
    let v = member(body, "volume")?;
    if ["imageRef", "image_id"]
        .iter()
        .any(|key| v.get(*key).is_some_and(|i| !i.is_null()))
    {
        return Err(ApiError::bad_request(
            "blockctl has no image service: a volume cannot be created from an image",
        ));
    }
    let size = v.get("size").and_then(|s| {
        s.as_u64()
            .or_else(|| s.as_str().and_then(|t| t.parse().ok()))
    });
    let source = match (string(v, "snapshot_id"), string(v, "source_volid")) {
        (Some(_), Some(_)) => {
            return Err(ApiError::bad_request(
                "give snapshot_id or source_volid, not both",
            ));
        }
        (Some(snapshot), None) => SourceRef::Snapshot(snapshot),
        (None, Some(volume)) => SourceRef::Volume(volume),
        (None, None) => SourceRef::None,
    };
    if size.is_none() && matches!(source, SourceRef::None) && !from_backup {
        return Err(ApiError::bad_request(
            "a volume needs a positive integer size",
        ));
    }
    let id = uuid::Uuid::new_v4().to_string();
    Ok(CreateVolume {
        // blockctl names every volume: an unnamed one is `volume-<id>`, as its image is.
        name: string(v, "name")
            .filter(|n| !n.is_empty())
            .unwrap_or_else(|| format!("volume-{id}")),
        id: Some(id),
        size,
        description: string(v, "description"),
        source,
        if_not_exists: false,
        multiattach: v
            .get("multiattach")
            .and_then(Value::as_bool)
            .unwrap_or(false),
        volume_type: string(v, "volume_type"),
        availability_zone: string(v, "availability_zone"),
        backend: None,
    })
}

/// `backup_id` (3.47+): the new volume is the backup's restore.
fn backup_source(body: &Value, caller: &Caller) -> Result<Option<String>, ApiError> {
    let Some(backup) = body["volume"].get("backup_id").filter(|b| !b.is_null()) else {
        return Ok(None);
    };
    caller.version.require(3, 47).map_err(|_| {
        ApiError::bad_request("creating a volume from a backup needs microversion 3.47")
    })?;
    let backup = backup
        .as_str()
        .ok_or_else(|| ApiError::bad_request("backup_id must be a string"))?;
    Ok(Some(backup.to_owned()))
}

/// `POST /volumes` with a `backup_id`: the restore flows make and fill the volume; the
/// answer comes once the new volume is recorded.
async fn create_volume_from_backup(
    app: &Arc<App>,
    caller: &Caller,
    backup: String,
    mut request: CreateVolume,
) -> Reply {
    if !matches!(request.source, SourceRef::None) {
        return Err(ApiError::bad_request(
            "give one of backup_id, snapshot_id and source_volid",
        ));
    }
    let id = request.id.clone().unwrap_or_default();
    let backup = app
        .call(caller, move |local| {
            let found = local.show_backup(&backup)?;
            let (id, name) = (found.id.clone(), found.name.clone());
            Ok(exactly(found, &id, &name, "backup", &backup)?.id)
        })
        .await?;
    request.size = request.size.filter(|s| *s > 0);
    let restore = crate::service::RestoreBackup {
        backup,
        volume: None,
        name: None,
        new_volume: Some(request),
    };
    // Answered once the restore has begun, never in the gap where the new volume is
    // `available` and empty.
    let new_id = id.clone();
    let restoring = move |local: &crate::service::Local| {
        Ok(unless_missing(local.show_volume(&new_id))?
            .is_some_and(|v| v.status == VolumeStatus::RestoringBackup))
    };
    let volume = match app
        .start_until(
            caller,
            move |local| local.restore_backup(restore),
            restoring,
        )
        .await?
    {
        Some(change) => change.value,
        None => {
            app.recorded(caller, "the volume", move |local| {
                unless_missing(local.show_volume(&id))
            })
            .await?
        }
    };
    ok(
        StatusCode::ACCEPTED,
        json!({ "volume": views::volume(&volume, caller) }),
    )
}

async fn create_volume(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Body(body): Body,
) -> Reply {
    let backup = backup_source(&body, &caller)?;
    let request = create_request(&body, backup.is_some())?;
    if let Some(backup) = backup {
        return create_volume_from_backup(&app, &caller, backup, request).await;
    }
    let id = request.id.clone().unwrap_or_default();
    let volume = match app
        .start(&caller, move |local| local.create_volume(request))
        .await?
    {
        Some(change) => change.value,
        None => {
            app.recorded(&caller, "the volume", move |local| {
                unless_missing(local.show_volume(&id))
            })
            .await?
        }
    };
    ok(
        StatusCode::ACCEPTED,
        json!({ "volume": views::volume(&volume, &caller) }),
    )
}

async fn update_volume(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Path(params): Params,
    Body(body): Body,
) -> Reply {
    let id = param(&params, "id")?;
    let v = member(&body, "volume")?;
    let (name, description) = (string(v, "name"), string(v, "description"));
    let volume = app
        .call(&caller, move |local| {
            let volume = find_volume(local, &id)?;
            Ok(local.set_volume(&volume.id, name, description)?.value)
        })
        .await?;
    ok(
        StatusCode::OK,
        json!({ "volume": views::volume(&volume, &caller) }),
    )
}

async fn delete_volume(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Path(params): Params,
    Query(query): Query<HashMap<String, String>>,
) -> Reply {
    let id = param(&params, "id")?;
    let cascade = query
        .get("cascade")
        .is_some_and(|c| c.eq_ignore_ascii_case("true"));
    let volume_id = app
        .call(&caller, move |local| Ok(find_volume(local, &id)?.id))
        .await?;
    let force = query
        .get("force")
        .is_some_and(|f| f.eq_ignore_ascii_case("true"));
    if force && caller.version.at_least(3, 23) {
        caller.require_admin("force-delete a volume")?;
        app.start(&caller, move |local| local.force_delete_volume(&volume_id))
            .await?;
        return accepted();
    }
    let options = DeleteOptions {
        cascade,
        ignore_missing: false,
        flatten_dependents: false,
        defer: false,
    };
    app.start(&caller, move |local| {
        local.delete_volume(&volume_id, options)
    })
    .await?;
    accepted()
}

fn u64_of(object: &Value, key: &str) -> Option<u64> {
    object.get(key).and_then(|s| {
        s.as_u64()
            .or_else(|| s.as_str().and_then(|t| t.parse().ok()))
    })
}

async fn volume_action(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Path(params): Params,
    Body(body): Body,
) -> Reply {
    let id = param(&params, "id")?;
    let volume = app
        .call(&caller, move |local| find_volume(local, &id))
        .await?;
    let volume_id = volume.id.clone();
    if let Some(extend) = body.get("os-extend") {
        let size = u64_of(extend, "new_size")
            .ok_or_else(|| ApiError::bad_request("os-extend needs an integer new_size"))?;
        if size <= volume.size {
            return Err(ApiError::bad_request(format!(
                "new size for extend must be greater than current size ({} GiB)",
                volume.size
            )));
        }
        app.start(&caller, move |local| local.extend_volume(&volume_id, size))
            .await?;
        return accepted();
    }
    if let Some(revert) = body.get("revert") {
        let snapshot = string(revert, "snapshot_id")
            .ok_or_else(|| ApiError::bad_request("revert needs a snapshot_id"))?;
        let id = volume_id.clone();
        let reverting = move |local: &crate::service::Local| {
            Ok(local.show_volume(&id)?.status == VolumeStatus::Reverting)
        };
        app.start_until(
            &caller,
            move |local| local.revert_volume(&volume_id, &snapshot),
            reverting,
        )
        .await?;
        return accepted();
    }
    if let Some(reset) = body.get("os-reset_status") {
        caller.require_admin("reset a volume's status")?;
        let status = string(reset, "status")
            .ok_or_else(|| ApiError::bad_request("os-reset_status needs a status"))?;
        let status = VolumeStatus::parse(&status)
            .ok_or_else(|| ApiError::bad_request(format!("'{status}' is not a volume status")))?;
        app.call(&caller, move |local| {
            local.reset_volume_status(&volume_id, status)
        })
        .await?;
        return accepted();
    }
    if body.get("os-force_delete").is_some() {
        caller.require_admin("force-delete a volume")?;
        app.start(&caller, move |local| local.force_delete_volume(&volume_id))
            .await?;
        return accepted();
    }
    if let Some(retype) = body.get("os-retype") {
        return retype_volume(&app, &caller, volume_id, retype).await;
    }
    if let Some(migrate) = body.get("os-migrate_volume") {
        caller.require_admin("migrate a volume")?;
        let host = string(migrate, "host")
            .ok_or_else(|| ApiError::bad_request("os-migrate_volume needs a host"))?;
        let work = move |local: &crate::service::Local| local.migrate_volume(&volume_id, &host);
        app.start_until(&caller, work, moving(&volume.id)).await?;
        return accepted();
    }
    Err(unsupported_action(&body, "volume"))
}

/// Whether a volume's retype or migration has begun (its status says so), for
/// [`App::start_until`].
fn moving(id: &str) -> impl Fn(&crate::service::Local) -> anyhow::Result<bool> + Clone + use<> {
    let id = id.to_owned();
    move |local| {
        Ok(matches!(
            local.show_volume(&id)?.status,
            VolumeStatus::Retyping | VolumeStatus::Maintenance
        ))
    }
}

/// `os-retype`: in place when the volume's backend suits the new type, else moved when
/// `migration_policy` is `on-demand`.
async fn retype_volume(
    app: &Arc<App>,
    caller: &Caller,
    volume_id: String,
    retype: &Value,
) -> Reply {
    let new_type = string(retype, "new_type")
        .ok_or_else(|| ApiError::bad_request("os-retype needs a new_type"))?;
    let policy = match string(retype, "migration_policy").as_deref() {
        None | Some("never") => MigrationPolicy::Never,
        Some("on-demand") => MigrationPolicy::OnDemand,
        Some(other) => {
            return Err(ApiError::bad_request(format!(
                "migration_policy '{other}' is neither never nor on-demand"
            )));
        }
    };
    let begun = moving(&volume_id);
    let work =
        move |local: &crate::service::Local| local.retype_volume(&volume_id, &new_type, policy);
    app.start_until(caller, work, begun).await?;
    accepted()
}
