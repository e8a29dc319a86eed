//! `/v3/[{project_id}/]attachments` (3.27+): reserve a volume for an instance, connect the
//! reservation to a host (update with a connector), complete it (3.44 `os-complete`) and
//! delete it, as Nova drives Cinder.

use std::collections::HashMap;
use std::sync::Arc;

use axum::Router;
use axum::extract::{Extension, Path, Query, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::routing::{get, post};
use serde_json::{Value, json};

use super::error::{ApiError, Body};
use super::request::{Reply, ok};
use super::version::ApiVersion;
use super::{App, Caller, exactly, views};
use crate::model::{AttachMode, Attachment, Connector};
use crate::service::{ReserveAttachment, Service};

pub fn routes() -> Router<Arc<App>> {
    Router::new()
        .route("/attachments", get(list_summary).post(create))
        .route("/attachments/detail", get(list_detail))
        .route("/attachments/{id}", get(show).put(update).delete(delete))
        .route("/attachments/{id}/action", post(action))
}

/// An attachment by its exact id (never a prefix: an API id is exact).
fn find(local: &dyn Service, id: &str) -> anyhow::Result<Attachment> {
    let attachment = local.show_attachment(id)?;
    let exact = attachment.id.clone();
    exactly(attachment, &exact, &exact, "attachment", id)
}

/// The body's `attachment` object, or a 400.
fn attachment_member(body: &Value) -> Result<&Value, ApiError> {
    body.get("attachment")
        .filter(|v| v.is_object())
        .ok_or_else(|| ApiError::bad_request("the request body needs an 'attachment' object"))
}

/// A connector as os-brick sends it, and the mountpoint Cinder takes from it.
fn connector_of(value: &Value) -> Result<(Connector, Option<String>), ApiError> {
    let connector: Connector = serde_json::from_value(value.clone())
        .map_err(|e| ApiError::bad_request(format!("invalid connector: {e}")))?;
    let mountpoint = connector
        .extra
        .get("mountpoint")
        .and_then(Value::as_str)
        .map(str::to_owned);
    Ok((connector, mountpoint))
}

fn mode_of(version: ApiVersion, attachment: &Value) -> Result<AttachMode, ApiError> {
    // The SDK sends `"mode": null` below 3.54.
    match attachment.get("mode").and_then(Value::as_str) {
        None | Some("null") => Ok(AttachMode::ReadWrite),
        Some(_) if !version.at_least(3, 54) => Err(ApiError::bad_request(format!(
            "'mode' needs microversion 3.54 (asked: {}.{}): send OpenStack-API-Version: \
             volume 3.54",
            version.0, version.1
        ))),
        Some(mode) => AttachMode::parse(mode)
            .ok_or_else(|| ApiError::bad_request(format!("invalid attach mode '{mode}'"))),
    }
}

/// `POST /attachments`: reserves the volume; with a connector, connects it at once.
async fn create(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Body(body): Body,
) -> Reply {
    caller.version.require(3, 27)?;
    let attachment = attachment_member(&body)?;
    let volume = attachment
        .get("volume_uuid")
        .and_then(Value::as_str)
        .map(str::to_owned)
        .ok_or_else(|| ApiError::bad_request("an attachment needs a volume_uuid"))?;
    let instance_uuid = attachment
        .get("instance_uuid")
        .and_then(Value::as_str)
        .map(str::to_owned);
    let mode = mode_of(caller.version, attachment)?;
    // Cinder reserves only when the connector is absent, null or empty (cinderclient
    // sends `{}` without --connect).
    let connector = match attachment.get("connector") {
        Some(c) if c.as_object().is_some_and(|o| !o.is_empty()) => Some(connector_of(c)?),
        Some(c) if !c.is_null() && !c.is_object() => {
            return Err(ApiError::bad_request("the connector must be an object"));
        }
        _ => None,
    };
    let created = app
        .call(&caller, move |local| {
            let volume = local.show_volume(&volume)?;
            let (id, name) = (volume.id.clone(), volume.name.clone());
            let volume = exactly(volume, &id, &name, "volume", &id)?;
            let reserved = local.reserve_attachment(ReserveAttachment {
                volume: volume.id,
                instance_uuid,
                mode,
            })?;
            let Some((connector, mountpoint)) = connector else {
                return Ok(reserved);
            };
            match local.connect_attachment(&reserved.id, connector, mountpoint) {
                Ok(connected) => Ok(connected.value),
                Err(e) => {
                    // Cinder leaves nothing reserved when the connection fails.
                    let _ = local.delete_attachment(&reserved.id, false);
                    Err(e)
                }
            }
        })
        .await?;
    ok(
        StatusCode::OK,
        json!({ "attachment": views::attachment(&created) }),
    )
}

/// `?volume_id=`, `?instance_id=` and `?status=` as Cinder filters attachments.
fn admit(query: &HashMap<String, String>, a: &Attachment) -> bool {
    let is =
        |key: &str, value: Option<&str>| query.get(key).is_none_or(|v| Some(v.as_str()) == value);
    is("volume_id", Some(&a.volume_id))
        && is("instance_id", a.instance_uuid.as_deref())
        && is("status", Some(a.attach_status.as_str()))
}

async fn list(
    app: &Arc<App>,
    caller: &Caller,
    query: HashMap<String, String>,
    detail: bool,
) -> Reply {
    caller.version.require(3, 27)?;
    let found = app
        .call(caller, move |local| {
            Ok(local
                .list_attachments(None)?
                .into_iter()
                .filter(|a| admit(&query, a))
                .collect::<Vec<_>>())
        })
        .await?;
    let view = if detail {
        views::attachment
    } else {
        views::attachment_summary
    };
    let body: Vec<Value> = found.iter().map(view).collect();
    ok(StatusCode::OK, json!({ "attachments": body }))
}

async fn list_summary(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Query(query): Query<HashMap<String, String>>,
) -> Reply {
    list(&app, &caller, query, false).await
}

async fn list_detail(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Query(query): Query<HashMap<String, String>>,
) -> Reply {
    list(&app, &caller, query, true).await
}

async fn show(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Path(id): Path<HashMap<String, String>>,
) -> Reply {
    caller.version.require(3, 27)?;
    let id = id.get("id").cloned().unwrap_or_default();
    let found = app.call(&caller, move |local| find(local, &id)).await?;
    ok(
        StatusCode::OK,
        json!({ "attachment": views::attachment(&found) }),
    )
}

/// `PUT /attachments/{id}` with the host's connector: exports and answers the connection
/// info.
async fn update(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Path(id): Path<HashMap<String, String>>,
    Body(body): Body,
) -> Reply {
    caller.version.require(3, 27)?;
    let id = id.get("id").cloned().unwrap_or_default();
    let connector = attachment_member(&body)?
        .get("connector")
        .filter(|c| c.as_object().is_some_and(|o| !o.is_empty()))
        .ok_or_else(|| ApiError::bad_request("an attachment update needs a connector"))?;
    let (connector, mountpoint) = connector_of(connector)?;
    let updated = app
        .call(&caller, move |local| {
            let found = find(local, &id)?;
            Ok(local
                .connect_attachment(&found.id, connector, mountpoint)?
                .value)
        })
        .await?;
    ok(
        StatusCode::OK,
        json!({ "attachment": views::attachment(&updated) }),
    )
}

/// `POST /attachments/{id}/action` `{"os-complete": null}` (3.44).
async fn action(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Path(id): Path<HashMap<String, String>>,
    Body(body): Body,
) -> Reply {
    caller.version.require(3, 44)?;
    let id = id.get("id").cloned().unwrap_or_default();
    if body.get("os-complete").is_none() {
        return Err(ApiError::bad_request(
            "the only attachment action is os-complete",
        ));
    }
    app.call(&caller, move |local| {
        let found = find(local, &id)?;
        local.complete_attachment(&found.id)
    })
    .await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// `DELETE /attachments/{id}`: takes the host's access away (and the export with the
/// volume's last attachment); answers the volume's remaining attachments.
async fn delete(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Path(id): Path<HashMap<String, String>>,
) -> Reply {
    caller.version.require(3, 27)?;
    let id = id.get("id").cloned().unwrap_or_default();
    let remaining = app
        .call(&caller, move |local| {
            let found = find(local, &id)?;
            local.delete_attachment(&found.id, false)?;
            local.list_attachments(Some(&found.volume_id))
        })
        .await?;
    let body: Vec<Value> = remaining.iter().map(views::attachment_summary).collect();
    ok(StatusCode::OK, json!({ "attachments": body }))
}
