//! The `/v3/[{project_id}/]…` resources: volumes, snapshots, types, quotas and limits.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use axum::extract::{Extension, Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::{Value, json};

use super::error::{ApiError, Body};
use super::{App, Caller, exactly, unless_missing, views};
use crate::model::{SnapshotStatus, VolumeStatus};
use crate::service::{CreateSnapshot, CreateVolume, DeleteOptions, Service, SourceRef};

type Params = Path<HashMap<String, String>>;
type Reply = Result<Response, ApiError>;

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
        .route("/snapshots", get(list_snapshots).post(create_snapshot))
        .route("/snapshots/detail", get(list_snapshots_detail))
        .route(
            "/snapshots/{id}",
            get(show_snapshot).delete(delete_snapshot),
        )
        .route("/snapshots/{id}/action", post(snapshot_action))
        .route("/types", get(list_types).post(create_type))
        .route("/types/{id}", get(show_type).delete(delete_type))
        .route(
            "/types/{id}/extra_specs",
            get(show_extra_specs).post(set_extra_specs),
        )
        .route(
            "/types/{id}/extra_specs/{key}",
            axum::routing::delete(unset_extra_spec),
        )
        .route("/os-quota-sets/{target}", get(show_quotas).put(set_quotas))
        .route("/os-quota-sets/{target}/defaults", get(default_quotas))
        .route("/limits", get(show_limits))
}

fn param(params: &HashMap<String, String>, name: &str) -> Result<String, ApiError> {
    params
        .get(name)
        .cloned()
        .ok_or_else(|| ApiError::bad_request(format!("missing path parameter {name}")))
}

fn ok(status: StatusCode, body: Value) -> Reply {
    Ok((status, Json(body)).into_response())
}

fn accepted() -> Reply {
    Ok(StatusCode::ACCEPTED.into_response())
}

/// The body's `key` object, or a 400 naming it.
fn member<'a>(body: &'a Value, key: &str) -> Result<&'a Value, ApiError> {
    body.get(key)
        .filter(|v| v.is_object())
        .ok_or_else(|| ApiError::bad_request(format!("the request body needs a '{key}' object")))
}

fn string(object: &Value, key: &str) -> Option<String> {
    object.get(key).and_then(Value::as_str).map(str::to_owned)
}

/// Query filters clients send; anything else (`limit=None`, `marker`, `sort`…) is ignored.
#[derive(Debug, Default)]
struct Filters {
    name: Option<String>,
    /// `name~=` (3.34+): the name contains it.
    name_like: Option<String>,
    status: Option<String>,
    volume_id: Option<String>,
    bootable: Option<bool>,
    /// A filter on something blockctl's resources never have (Glance metadata, a group,
    /// snapshot metadata): nothing matches it.
    unmatched: bool,
}

type QueryMap = HashMap<String, String>;

impl Filters {
    fn of(query: &QueryMap, caller: &Caller) -> Result<Filters, ApiError> {
        let at = |minor| caller.version.at_least(3, minor);
        let bootable = match query.get("bootable") {
            None => None,
            Some(value) => match value.to_ascii_lowercase().as_str() {
                "t" | "true" | "1" => Some(true),
                "f" | "false" | "0" => Some(false),
                // Before 3.2 Cinder took anything else as false.
                _ if !at(2) => Some(false),
                _ => {
                    return Err(ApiError::bad_request(format!(
                        "Invalid input received: bootable={value} is not a boolean"
                    )));
                }
            },
        };
        let unmatched = (at(4) && query.contains_key("glance_metadata"))
            || (at(10) && query.contains_key("group_id"))
            || (at(22) && query.get("metadata").is_some_and(|m| m != "{}"));
        Ok(Filters {
            name: query.get("name").cloned(),
            name_like: query.get("name~").filter(|_| at(34)).cloned(),
            status: query.get("status").cloned(),
            volume_id: query.get("volume_id").cloned(),
            bootable,
            unmatched,
        })
    }

    /// Whether a resource of this name and status passes the filters.
    fn admit(&self, name: &str, status: &str) -> bool {
        !self.unmatched
            && self.name.as_deref().is_none_or(|n| n == name)
            && self.name_like.as_deref().is_none_or(|n| name.contains(n))
            && self.status.as_deref().is_none_or(|s| s == status)
    }
}

// ---------------------------------------------------------------------------------------
// volumes

/// A volume by exact id or name (never by prefix: an API id is exact).
fn find_volume(local: &dyn Service, reference: &str) -> anyhow::Result<crate::model::Volume> {
    let volume = local.show_volume(reference)?;
    let (id, name) = (volume.id.clone(), volume.name.clone());
    exactly(volume, &id, &name, "volume", reference)
}

async fn volumes(
    app: &Arc<App>,
    caller: &Caller,
    filters: Filters,
) -> Result<Vec<crate::model::Volume>, ApiError> {
    app.call(caller, move |local| {
        Ok(local
            .list_volumes()?
            .into_iter()
            .filter(|v| {
                filters.admit(&v.name, v.status.as_str())
                    && filters.bootable.is_none_or(|b| b == v.bootable)
            })
            .collect())
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
    Err(unsupported_action(&body, "volume"))
}

fn unsupported_action(body: &Value, what: &str) -> ApiError {
    let action = body
        .as_object()
        .and_then(|o| o.keys().next().cloned())
        .unwrap_or_default();
    ApiError::bad_request(format!(
        "{what} action '{action}' is not supported by blockctl serve"
    ))
}

async fn snapshot_action(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Path(params): Params,
    Body(body): Body,
) -> Reply {
    let id = param(&params, "id")?;
    let Some(reset) = body.get("os-reset_status") else {
        return Err(unsupported_action(&body, "snapshot"));
    };
    caller.require_admin("reset a snapshot's status")?;
    let status = string(reset, "status")
        .ok_or_else(|| ApiError::bad_request("os-reset_status needs a status"))?;
    let status = SnapshotStatus::parse(&status)
        .ok_or_else(|| ApiError::bad_request(format!("'{status}' is not a snapshot status")))?;
    app.call(&caller, move |local| {
        let snapshot = find_snapshot(local, &id)?;
        local.reset_snapshot_status(&snapshot.id, status)
    })
    .await?;
    accepted()
}

// ---------------------------------------------------------------------------------------
// snapshots

fn find_snapshot(local: &dyn Service, reference: &str) -> anyhow::Result<crate::model::Snapshot> {
    let snapshot = local.show_snapshot(reference)?;
    let (id, name) = (snapshot.id.clone(), snapshot.name.clone());
    exactly(snapshot, &id, &name, "snapshot", reference)
}

async fn snapshots(
    app: &Arc<App>,
    caller: &Caller,
    filters: Filters,
) -> Result<Vec<crate::model::Snapshot>, ApiError> {
    app.call(caller, move |local| {
        Ok(local
            .list_snapshots(filters.volume_id.as_deref())?
            .into_iter()
            .filter(|s| filters.admit(&s.name, s.status.as_str()))
            .collect())
    })
    .await
}

async fn list_snapshots(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Query(query): Query<QueryMap>,
) -> Reply {
    let list = snapshots(&app, &caller, Filters::of(&query, &caller)?).await?;
    let body: Vec<Value> = list.iter().map(|s| views::snapshot(s, &caller)).collect();
    ok(
        StatusCode::OK,
        views::collection("snapshots", body, &caller, &query),
    )
}

async fn list_snapshots_detail(
    state: State<Arc<App>>,
    caller: Extension<Caller>,
    query: Query<QueryMap>,
) -> Reply {
    list_snapshots(state, caller, query).await
}

async fn show_snapshot(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Path(params): Params,
) -> Reply {
    let id = param(&params, "id")?;
    let snapshot = app
        .call(&caller, move |local| find_snapshot(local, &id))
        .await?;
    ok(
        StatusCode::OK,
        json!({ "snapshot": views::snapshot(&snapshot, &caller) }),
    )
}

async fn create_snapshot(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Body(body): Body,
) -> Reply {
    let s = member(&body, "snapshot")?;
    let volume = string(s, "volume_id")
        .ok_or_else(|| ApiError::bad_request("a snapshot needs a volume_id"))?;
    let name = string(s, "name")
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| {
            format!(
                "snapshot-{}",
                chrono::Utc::now().format("%Y%m%dT%H%M%S%.6f")
            )
        });
    let request = CreateSnapshot {
        volume: volume.clone(),
        name: name.clone(),
        description: string(s, "description"),
        if_not_exists: false,
    };
    let snapshot = match app
        .start(&caller, move |local| local.create_snapshot(request))
        .await?
    {
        Some(change) => change.value,
        None => {
            // Still taking it: its row (in `creating`) is found by volume and name.
            app.recorded(&caller, "the snapshot", move |local| {
                Ok(local
                    .list_snapshots(Some(&volume))?
                    .into_iter()
                    .find(|s| s.name == name))
            })
            .await?
        }
    };
    ok(
        StatusCode::ACCEPTED,
        json!({ "snapshot": views::snapshot(&snapshot, &caller) }),
    )
}

async fn delete_snapshot(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Path(params): Params,
) -> Reply {
    let id = param(&params, "id")?;
    let snapshot_id = app
        .call(&caller, move |local| Ok(find_snapshot(local, &id)?.id))
        .await?;
    app.start(&caller, move |local| {
        local.delete_snapshot(&snapshot_id, false)
    })
    .await?;
    accepted()
}

// ---------------------------------------------------------------------------------------
// volume types

/// A type by id or name; `default` is the configured default type, as in Cinder.
fn find_type(local: &dyn Service, reference: &str) -> anyhow::Result<crate::model::VolumeType> {
    if reference == "default" {
        return local
            .list_volume_types()?
            .into_iter()
            .find(|t| t.is_default)
            .ok_or_else(|| crate::error::Error::not_found("no default volume type").into());
    }
    local.show_volume_type(reference)
}

async fn list_types(State(app): State<Arc<App>>, Extension(caller): Extension<Caller>) -> Reply {
    let types = app.call(&caller, |local| local.list_volume_types()).await?;
    let body: Vec<Value> = types.iter().map(views::volume_type).collect();
    ok(StatusCode::OK, json!({ "volume_types": body }))
}

async fn show_type(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Path(params): Params,
) -> Reply {
    let id = param(&params, "id")?;
    let t = app
        .call(&caller, move |local| find_type(local, &id))
        .await?;
    ok(
        StatusCode::OK,
        json!({ "volume_type": views::volume_type(&t) }),
    )
}

fn string_map(value: Option<&Value>) -> Result<BTreeMap<String, String>, ApiError> {
    let Some(value) = value else {
        return Ok(BTreeMap::new());
    };
    let object = value
        .as_object()
        .ok_or_else(|| ApiError::bad_request("extra_specs must be an object"))?;
    object
        .iter()
        .map(|(k, v)| {
            let text = match v {
                Value::String(s) => s.clone(),
                Value::Bool(b) => b.to_string(),
                Value::Number(n) => n.to_string(),
                _ => {
                    return Err(ApiError::bad_request(format!(
                        "extra spec {k} must be a string"
                    )));
                }
            };
            Ok((k.clone(), text))
        })
        .collect()
}

async fn create_type(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Body(body): Body,
) -> Reply {
    caller.require_admin("create volume types")?;
    let t = member(&body, "volume_type")?;
    let name =
        string(t, "name").ok_or_else(|| ApiError::bad_request("a volume type needs a name"))?;
    let description = string(t, "description");
    let specs = string_map(t.get("extra_specs"))?;
    let is_public = t
        .get("os-volume-type-access:is_public")
        .and_then(Value::as_bool)
        .unwrap_or(true);
    let created = app
        .call(&caller, move |local| {
            Ok(local
                .create_volume_type(&name, description, specs, is_public)?
                .value)
        })
        .await?;
    ok(
        StatusCode::OK,
        json!({ "volume_type": views::volume_type(&created) }),
    )
}

async fn delete_type(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Path(params): Params,
) -> Reply {
    caller.require_admin("delete volume types")?;
    let id = param(&params, "id")?;
    app.call(&caller, move |local| local.delete_volume_type(&id))
        .await?;
    accepted()
}

async fn show_extra_specs(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Path(params): Params,
) -> Reply {
    let id = param(&params, "id")?;
    let t = app
        .call(&caller, move |local| find_type(local, &id))
        .await?;
    ok(StatusCode::OK, json!({ "extra_specs": t.extra_specs }))
}

async fn set_extra_specs(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Path(params): Params,
    Body(body): Body,
) -> Reply {
    caller.require_admin("set extra specs")?;
    let id = param(&params, "id")?;
    let specs = string_map(body.get("extra_specs"))?;
    let echoed = specs.clone();
    app.call(&caller, move |local| {
        local.set_volume_type(&id, None, specs)
    })
    .await?;
    ok(StatusCode::OK, json!({ "extra_specs": echoed }))
}

async fn unset_extra_spec(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Path(params): Params,
) -> Reply {
    caller.require_admin("unset extra specs")?;
    let (id, key) = (param(&params, "id")?, param(&params, "key")?);
    let change = app
        .call(&caller, move |local| local.unset_volume_type(&id, &[key]))
        .await?;
    if !change.changed {
        return Err(ApiError::not_found("that extra spec is not set"));
    }
    accepted()
}

// ---------------------------------------------------------------------------------------
// quotas and limits

/// A quota target must be the caller's own project (another's is "not found").
fn own_project(caller: &Caller, params: &HashMap<String, String>) -> Result<(), ApiError> {
    let target = param(params, "target")?;
    if target != caller.project {
        return Err(ApiError::not_found(format!(
            "project {target} could not be found"
        )));
    }
    Ok(())
}

async fn show_quotas(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Path(params): Params,
    Query(query): Query<HashMap<String, String>>,
) -> Reply {
    own_project(&caller, &params)?;
    let usage = query
        .get("usage")
        .is_some_and(|u| u.eq_ignore_ascii_case("true"));
    let quotas = app.call(&caller, |local| local.show_quotas()).await?;
    ok(
        StatusCode::OK,
        views::quota_set(&caller.project, &quotas, usage),
    )
}

async fn default_quotas(Extension(caller): Extension<Caller>, Path(params): Params) -> Reply {
    own_project(&caller, &params)?;
    let defaults: Vec<crate::model::QuotaUsage> = crate::model::QUOTA_RESOURCES
        .iter()
        .map(|(resource, limit)| crate::model::QuotaUsage {
            resource: (*resource).to_owned(),
            limit: *limit,
            in_use: 0,
            reserved: 0,
        })
        .collect();
    ok(
        StatusCode::OK,
        views::quota_set(&caller.project, &defaults, false),
    )
}

async fn set_quotas(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Path(params): Params,
    Body(body): Body,
) -> Reply {
    own_project(&caller, &params)?;
    caller.require_admin("set quotas")?;
    let set = member(&body, "quota_set")?;
    let mut limits: Vec<(String, i64)> = Vec::new();
    for (resource, _) in crate::model::QUOTA_RESOURCES {
        if let Some(value) = set.get(*resource) {
            let limit = value
                .as_i64()
                .or_else(|| value.as_str().and_then(|t| t.parse().ok()))
                .ok_or_else(|| {
                    ApiError::bad_request(format!("quota {resource} must be an integer"))
                })?;
            limits.push(((*resource).to_owned(), limit));
        }
    }
    let quotas = app
        .call(&caller, move |local| {
            let pairs: Vec<(&str, i64)> = limits.iter().map(|(r, l)| (r.as_str(), *l)).collect();
            local.set_quotas(&pairs)?;
            local.show_quotas()
        })
        .await?;
    ok(
        StatusCode::OK,
        views::quota_set(&caller.project, &quotas, false),
    )
}

async fn show_limits(State(app): State<Arc<App>>, Extension(caller): Extension<Caller>) -> Reply {
    let quotas = app.call(&caller, |local| local.show_quotas()).await?;
    ok(StatusCode::OK, views::limits(&quotas))
}
