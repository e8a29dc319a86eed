//! `/v3/[{project_id}/]backups`: create (full or incremental), list, show, delete, restore.

use std::collections::HashMap;
use std::sync::Arc;

use axum::extract::{Extension, Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::{Value, json};

use super::error::{ApiError, Body};
use super::request::{Filters, QueryMap};
use super::{App, Caller, exactly, unless_missing, views};
use crate::model::Backup;
use crate::service::{CreateBackup, RestoreBackup, Service};

type Reply = Result<Response, ApiError>;

pub fn routes() -> Router<Arc<App>> {
    Router::new()
        .route("/backups", get(list).post(create))
        .route("/backups/detail", get(list_detail))
        .route("/backups/{id}", get(show).put(update).delete(delete))
        .route("/backups/{id}/restore", post(restore))
        .route("/backups/{id}/export_record", get(export_record))
        .route("/backups/import_record", post(import_record))
}

fn id_of(params: &HashMap<String, String>) -> Result<String, ApiError> {
    params
        .get("id")
        .cloned()
        .ok_or_else(|| ApiError::bad_request("missing backup id"))
}

fn text(object: &Value, key: &str) -> Option<String> {
    object.get(key).and_then(Value::as_str).map(str::to_owned)
}

/// A backup by exact id or name.
fn find(local: &dyn Service, reference: &str) -> anyhow::Result<Backup> {
    let backup = local.show_backup(reference)?;
    let (id, name) = (backup.id.clone(), backup.name.clone());
    exactly(backup, &id, &name, "backup", reference)
}

/// The caller's backups that pass `?name=`, `?name~=` (3.34), `?status=` and
/// `?volume_id=`.
async fn backups(
    app: &Arc<App>,
    caller: &Caller,
    query: &QueryMap,
) -> Result<Vec<Backup>, ApiError> {
    let filters = Filters::of(query, caller)?;
    let viewer = caller.clone();
    app.call(caller, move |local| {
        let admitted = local
            .list_backups(None)?
            .into_iter()
            .filter(|b| {
                filters.admit(&b.name, b.status.as_str())
                    && filters.volume_id.as_ref().is_none_or(|v| *v == b.volume_id)
            })
            .collect();
        Ok(filters.order(admitted, |b| views::backup(b, &viewer)))
    })
    .await
}

async fn list(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Query(query): Query<HashMap<String, String>>,
) -> Reply {
    let rows = backups(&app, &caller, &query).await?;
    let body: Vec<Value> = rows.iter().map(views::backup_summary).collect();
    Ok(Json(views::collection("backups", body, &caller, &query)).into_response())
}

async fn list_detail(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Query(query): Query<HashMap<String, String>>,
) -> Reply {
    let rows = backups(&app, &caller, &query).await?;
    let body: Vec<Value> = rows.iter().map(|b| views::backup(b, &caller)).collect();
    Ok(Json(views::collection("backups", body, &caller, &query)).into_response())
}

async fn show(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Path(params): Path<HashMap<String, String>>,
) -> Reply {
    let id = id_of(&params)?;
    let backup = app.call(&caller, move |local| find(local, &id)).await?;
    Ok(Json(json!({ "backup": views::backup(&backup, &caller) })).into_response())
}

async fn create(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Body(body): Body,
) -> Reply {
    let b = body
        .get("backup")
        .filter(|b| b.is_object())
        .ok_or_else(|| ApiError::bad_request("the request body needs a 'backup' object"))?;
    let volume =
        text(b, "volume_id").ok_or_else(|| ApiError::bad_request("a backup needs a volume_id"))?;
    let id = uuid::Uuid::new_v4().to_string();
    let request = CreateBackup {
        id: Some(id.clone()),
        volume,
        name: text(b, "name").filter(|n| !n.is_empty()),
        description: text(b, "description"),
        incremental: b
            .get("incremental")
            .and_then(Value::as_bool)
            .unwrap_or(false),
        if_not_exists: false,
        force: b.get("force").and_then(Value::as_bool).unwrap_or(false),
    };
    let backup = match app
        .start(&caller, move |local| local.create_backup(request))
        .await?
    {
        Some(change) => change.value,
        None => {
            app.recorded(&caller, "the backup", move |local| {
                unless_missing(local.show_backup(&id))
            })
            .await?
        }
    };
    let summary = json!({"id": backup.id, "name": backup.name, "links": views::backup_summary(&backup)["links"]});
    Ok((StatusCode::ACCEPTED, Json(json!({ "backup": summary }))).into_response())
}

async fn delete(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Path(params): Path<HashMap<String, String>>,
) -> Reply {
    let id = id_of(&params)?;
    let backup_id = app
        .call(&caller, move |local| Ok(find(local, &id)?.id))
        .await?;
    app.start(&caller, move |local| local.delete_backup(&backup_id, false))
        .await?;
    Ok(StatusCode::ACCEPTED.into_response())
}

async fn restore(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Path(params): Path<HashMap<String, String>>,
    Body(body): Body,
) -> Reply {
    let id = id_of(&params)?;
    let r = body.get("restore").cloned().unwrap_or_else(|| json!({}));
    let backup = app.call(&caller, move |local| find(local, &id)).await?;
    let volume = text(&r, "volume_id");
    // A new volume is named up front, so it can be found while the restore runs.
    let name = text(&r, "name").unwrap_or_else(|| format!("restore-{}", backup.name));
    let request = RestoreBackup {
        backup: backup.id.clone(),
        volume: volume.clone(),
        name: Some(name.clone()),
        new_volume: None,
    };
    // A restore into a new volume creates it first: answer once the restore itself has
    // begun (the backup `restoring`), never in the gap where the new volume is `available`.
    let backup_id = backup.id.clone();
    let restoring = move |local: &crate::service::Local| {
        Ok(local.show_backup(&backup_id)?.status == crate::model::BackupStatus::Restoring)
    };
    let restored = match app
        .start_until(
            &caller,
            move |local| local.restore_backup(request),
            restoring,
        )
        .await?
    {
        Some(change) => change.value,
        None => {
            app.recorded(&caller, "the restore's volume", move |local| {
                Ok(local
                    .list_volumes()?
                    .into_iter()
                    .find(|x| volume.as_ref().map_or(x.name == name, |v| x.id == *v)))
            })
            .await?
        }
    };
    let body = json!({"restore": {"backup_id": backup.id, "volume_id": restored.id, "volume_name": restored.name}});
    Ok((StatusCode::ACCEPTED, Json(body)).into_response())
}

/// `GET /backups/{id}/export_record` (admin): the record another catalogue imports.
/// `backup_url` is opaque to clients, as Cinder's is: here, the record as JSON text.
async fn export_record(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Path(params): Path<HashMap<String, String>>,
) -> Reply {
    caller.require_admin("export a backup record")?;
    let id = id_of(&params)?;
    let record = app
        .call(&caller, move |local| {
            let backup = find(local, &id)?;
            local.export_backup_record(&backup.id)
        })
        .await?;
    let url = serde_json::to_string(&record.backup_url)
        .map_err(|e| ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?;
    let body = json!({"backup-record": {
        "backup_service": record.backup_service,
        "backup_url": url,
    }});
    Ok(Json(body).into_response())
}

/// `POST /backups/import_record` (admin): a backup exported elsewhere, checked against
/// its repository.
async fn import_record(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Body(body): Body,
) -> Reply {
    caller.require_admin("import a backup record")?;
    let record = body
        .get("backup-record")
        .filter(|r| r.is_object())
        .ok_or_else(|| ApiError::bad_request("the request body needs a 'backup-record' object"))?;
    let service = text(record, "backup_service")
        .ok_or_else(|| ApiError::bad_request("a backup record needs a backup_service"))?;
    let url = text(record, "backup_url")
        .ok_or_else(|| ApiError::bad_request("a backup record needs a backup_url"))?;
    let backup_url = serde_json::from_str(&url).map_err(|e| {
        ApiError::bad_request(format!("the backup_url is not one blockctl exported: {e}"))
    })?;
    let request = crate::service::BackupRecordExport {
        backup_service: service,
        backup_url,
    };
    let imported = app
        .call(&caller, move |local| local.import_backup_record(request))
        .await?
        .value;
    let summary = views::backup_summary(&imported);
    Ok((StatusCode::CREATED, Json(json!({ "backup": summary }))).into_response())
}

/// `PUT /backups/{id}` (3.9): a new name or description; answers the summary view.
async fn update(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Path(params): Path<HashMap<String, String>>,
    Body(body): Body,
) -> Reply {
    caller.version.require(3, 9)?;
    let id = id_of(&params)?;
    let b = body
        .get("backup")
        .filter(|b| b.is_object())
        .ok_or_else(|| ApiError::bad_request("the request body needs a 'backup' object"))?;
    let (name, description) = (text(b, "name"), text(b, "description"));
    let updated = app
        .call(&caller, move |local| {
            let backup = find(local, &id)?;
            Ok(local.set_backup(&backup.id, name, description)?.value)
        })
        .await?;
    let summary = views::backup_summary(&updated);
    Ok(Json(json!({ "backup": summary })).into_response())
}
