//! The `/v3/[{project_id}/]…` resources besides volumes, backups and attachments:
//! snapshots, types, quotas and limits.

use std::collections::{BTreeMap, HashMap};
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
use super::{App, Caller, exactly, views};
use crate::model::SnapshotStatus;
use crate::service::{CreateSnapshot, Service};

pub fn routes() -> Router<Arc<App>> {
    Router::new()
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
        .route("/scheduler-stats/get_pools", get(get_pools))
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
    let viewer = caller.clone();
    app.call(caller, move |local| {
        let admitted = local
            .list_snapshots(filters.volume_id.as_deref())?
            .into_iter()
            .filter(|s| filters.admit(&s.name, s.status.as_str()))
            .collect();
        Ok(filters.order(admitted, |s| views::snapshot(s, &viewer)))
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

/// `?extra_specs={"key": "value", …}` (3.52): the specs a type must have. Cinder takes a
/// Python dict literal; JSON, or the same with single quotes, is read here.
fn wanted_specs(query: &QueryMap, caller: &Caller) -> Result<BTreeMap<String, String>, ApiError> {
    let Some(text) = query
        .get("extra_specs")
        .filter(|_| caller.version.at_least(3, 52))
    else {
        return Ok(BTreeMap::new());
    };
    let parsed: Value = serde_json::from_str(text)
        .or_else(|_| serde_json::from_str(&text.replace('\'', "\"")))
        .map_err(|_| {
            ApiError::bad_request(format!(
                "Invalid input received: extra_specs={text} is not a dictionary"
            ))
        })?;
    string_map(Some(&parsed))
}

async fn list_types(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Query(query): Query<QueryMap>,
) -> Reply {
    let wanted = wanted_specs(&query, &caller)?;
    let types = app.call(&caller, |local| local.list_volume_types()).await?;
    let body: Vec<Value> = types
        .iter()
        .filter(|t| wanted.iter().all(|(k, v)| t.extra_specs.get(k) == Some(v)))
        .map(views::volume_type)
        .collect();
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

// ---------------------------------------------------------------------------------------
// pools

/// A pool as `scheduler-stats/get_pools?detail=true` shows it: the driver's stats as
/// Cinder's capabilities, with the catalogue's figures for the pool.
fn pool(p: &crate::service::BackendPool) -> Option<Value> {
    let stats = p.stats.as_ref()?;
    Some(json!({
        "name": p.name,
        "capabilities": {
            "pool_name": stats.pool_name,
            "volume_backend_name": stats.volume_backend_name,
            "driver_version": env!("CARGO_PKG_VERSION"),
            "vendor_name": "blockctl",
            // What the `capabilities:volume_driver` extra spec matches.
            "volume_driver": stats.driver,
            "storage_protocol": p.storage_protocol,
            "total_capacity_gb": stats.total_capacity_gb,
            "free_capacity_gb": stats.free_capacity_gb,
            "allocated_capacity_gb": p.allocated_capacity_gb,
            "provisioned_capacity_gb": stats.provisioned_capacity_gb,
            "max_over_subscription_ratio": stats.max_over_subscription_ratio,
            "thin_provisioning_support": stats.thin_provisioning_support,
            "thick_provisioning_support": stats.thick_provisioning_support,
            "reserved_percentage": stats.reserved_percentage,
            "location_info": stats.location,
            "availability_zone": p.availability_zone,
            "volume_count": p.volume_count,
            "multiattach": true,
            "timestamp": crate::catalogue::now(),
        },
    }))
}

/// `GET /scheduler-stats/get_pools[?detail=true]` (admin): the pools the scheduler can
/// place volumes on; an unreachable backend has none, as a down volume service in Cinder.
async fn get_pools(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Query(query): Query<QueryMap>,
) -> Reply {
    caller.require_admin("list the backends' pools")?;
    let detail = query
        .get("detail")
        .is_some_and(|d| matches!(d.to_ascii_lowercase().as_str(), "true" | "1" | "yes"));
    let pools = app.call(&caller, |local| local.list_backends()).await?;
    let body: Vec<Value> = pools
        .iter()
        .filter_map(pool)
        .map(|mut p| {
            if !detail {
                p.as_object_mut().map(|o| o.remove("capabilities"));
            }
            p
        })
        .collect();
    ok(StatusCode::OK, json!({ "pools": body }))
}
