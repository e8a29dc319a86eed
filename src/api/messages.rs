//! `/v3/[{project_id}/]messages` (3.3; filters and pagination 3.5): why the project's
//! operations failed, as the flows recorded it.

use std::collections::HashMap;
use std::sync::Arc;

use axum::Router;
use axum::extract::{Extension, Path, Query, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::routing::get;
use serde_json::{Value, json};

use super::error::ApiError;
use super::request::{Params, QueryMap, Reply, ok, param};
use super::{App, Caller};
use crate::model::UserMessage;
use crate::service::Service;

pub fn routes() -> Router<Arc<App>> {
    Router::new()
        .route("/messages", get(list))
        .route("/messages/{id}", get(show).delete(delete))
}

fn view(m: &UserMessage) -> Value {
    let mut view = json!({
        "id": m.id,
        "event_id": m.event_id,
        "user_message": m.user_message,
        "message_level": "ERROR",
        "created_at": m.created_at,
        "guaranteed_until": m.expires_at,
        "request_id": m.request_id,
        "links": [
            {"rel": "self", "href": format!("/v3/{}/messages/{}", m.project_id, m.id)},
            {"rel": "bookmark", "href": format!("/{}/messages/{}", m.project_id, m.id)},
        ],
    });
    if !m.resource_type.is_empty() {
        view["resource_type"] = m.resource_type.clone().into();
    }
    if !m.resource_uuid.is_empty() {
        view["resource_uuid"] = m.resource_uuid.clone().into();
    }
    view
}

/// The filters of 3.5: each compares a field for equality.
fn admit(query: &HashMap<String, String>, m: &UserMessage) -> bool {
    [
        ("resource_uuid", &m.resource_uuid),
        ("resource_type", &m.resource_type),
        ("event_id", &m.event_id),
        ("request_id", &m.request_id),
    ]
    .iter()
    .all(|(key, value)| query.get(*key).is_none_or(|wanted| wanted == *value))
        && query
            .get("message_level")
            .is_none_or(|level| level.eq_ignore_ascii_case("ERROR"))
}

/// `marker`, `offset` and `limit` (3.5).
fn page(
    messages: Vec<UserMessage>,
    query: &HashMap<String, String>,
) -> Result<Vec<UserMessage>, ApiError> {
    let number = |key: &str| -> Result<Option<usize>, ApiError> {
        query
            .get(key)
            .map(|v| {
                v.parse()
                    .map_err(|_| ApiError::bad_request(format!("{key} must be an integer")))
            })
            .transpose()
    };
    let mut rest: Vec<UserMessage> = match query.get("marker") {
        Some(marker) => {
            let at = messages
                .iter()
                .position(|m| &m.id == marker)
                .ok_or_else(|| {
                    ApiError::bad_request(format!("marker {marker} could not be found"))
                })?;
            messages.into_iter().skip(at + 1).collect()
        }
        None => messages,
    };
    if let Some(offset) = number("offset")? {
        rest = rest.into_iter().skip(offset).collect();
    }
    if let Some(limit) = number("limit")? {
        rest.truncate(limit);
    }
    Ok(rest)
}

async fn list(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Query(query): Query<QueryMap>,
) -> Reply {
    caller.version.require(3, 3)?;
    let all = app.call(&caller, |local| local.list_messages()).await?;
    // Before 3.5 Cinder ignores the query.
    let listed = if caller.version.at_least(3, 5) {
        page(
            all.into_iter().filter(|m| admit(&query, m)).collect(),
            &query,
        )?
    } else {
        all
    };
    let body: Vec<Value> = listed.iter().map(view).collect();
    ok(StatusCode::OK, json!({ "messages": body }))
}

async fn show(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Path(params): Params,
) -> Reply {
    caller.version.require(3, 3)?;
    let id = param(&params, "id")?;
    let found = app
        .call(&caller, move |local| local.show_message(&id))
        .await?;
    ok(StatusCode::OK, json!({ "message": view(&found) }))
}

async fn delete(
    State(app): State<Arc<App>>,
    Extension(caller): Extension<Caller>,
    Path(params): Params,
) -> Reply {
    caller.version.require(3, 3)?;
    let id = param(&params, "id")?;
    app.call(&caller, move |local| local.delete_message(&id))
        .await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}
