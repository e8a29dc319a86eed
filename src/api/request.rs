//! What the resource handlers share: path parameters, bodies, answers and list filters.

use std::collections::HashMap;

use axum::Json;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::Value;

use super::Caller;
use super::error::ApiError;

pub type Params = Path<HashMap<String, String>>;
pub type Reply = Result<Response, ApiError>;
pub type QueryMap = HashMap<String, String>;

pub fn param(params: &HashMap<String, String>, name: &str) -> Result<String, ApiError> {
    params
        .get(name)
        .cloned()
        .ok_or_else(|| ApiError::bad_request(format!("missing path parameter {name}")))
}

pub fn ok(status: StatusCode, body: Value) -> Reply {
    Ok((status, Json(body)).into_response())
}

pub fn accepted() -> Reply {
    Ok(StatusCode::ACCEPTED.into_response())
}

/// The body's `key` object, or a 400 naming it.
pub fn member<'a>(body: &'a Value, key: &str) -> Result<&'a Value, ApiError> {
    body.get(key)
        .filter(|v| v.is_object())
        .ok_or_else(|| ApiError::bad_request(format!("the request body needs a '{key}' object")))
}

pub fn string(object: &Value, key: &str) -> Option<String> {
    object.get(key).and_then(Value::as_str).map(str::to_owned)
}

/// Query filters clients send; anything else (`limit=None`, `marker`, `sort`…) is ignored.
#[derive(Debug, Default)]
pub struct Filters {
    pub name: Option<String>,
    /// `name~=` (3.34+): the name contains it.
    pub name_like: Option<String>,
    pub status: Option<String>,
    pub volume_id: Option<String>,
    pub bootable: Option<bool>,
    /// A filter on something blockctl's resources never have (Glance metadata, a group,
    /// snapshot metadata): nothing matches it.
    pub unmatched: bool,
}

impl Filters {
    pub fn of(query: &QueryMap, caller: &Caller) -> Result<Filters, ApiError> {
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
    pub fn admit(&self, name: &str, status: &str) -> bool {
        !self.unmatched
            && self.name.as_deref().is_none_or(|n| n == name)
            && self.name_like.as_deref().is_none_or(|n| name.contains(n))
            && self.status.as_deref().is_none_or(|s| s == status)
    }
}

pub fn unsupported_action(body: &Value, what: &str) -> ApiError {
    let action = body
        .as_object()
        .and_then(|o| o.keys().next().cloned())
        .unwrap_or_default();
    ApiError::bad_request(format!(
        "{what} action '{action}' is not supported by blockctl serve"
    ))
}
