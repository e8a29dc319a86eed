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

/// Query filters and order clients send; anything else (`limit=None`, `marker`…) is
/// ignored.
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
    /// `sort=key[:asc|desc],…` (or `sort_key`/`sort_dir`): (field, descending).
    pub sort: Vec<(String, bool)>,
}

/// The fields a list may be sorted by (`display_name` is Cinder's old name for `name`).
const SORT_KEYS: &[&str] = &["id", "name", "status", "size", "created_at", "updated_at"];

/// Cinder's `sort` (or `sort_key` and `sort_dir`): a 400 for a key or direction it has not.
fn sort_of(query: &QueryMap) -> Result<Vec<(String, bool)>, ApiError> {
    let spec = match (query.get("sort"), query.get("sort_key")) {
        (Some(sort), _) => sort.clone(),
        (None, Some(key)) => format!("{key}:{}", query.get("sort_dir").map_or("desc", |d| d)),
        (None, None) => return Ok(Vec::new()),
    };
    spec.split(',')
        .filter(|part| !part.trim().is_empty())
        .map(|part| {
            let (key, direction) = part.trim().split_once(':').unwrap_or((part.trim(), "desc"));
            let key = if key == "display_name" { "name" } else { key };
            if !SORT_KEYS.contains(&key) {
                return Err(ApiError::bad_request(format!(
                    "Invalid input received: invalid sort key {key} (one of {})",
                    SORT_KEYS.join(", ")
                )));
            }
            match direction.to_ascii_lowercase().as_str() {
                "asc" => Ok((key.to_owned(), false)),
                "desc" => Ok((key.to_owned(), true)),
                other => Err(ApiError::bad_request(format!(
                    "Invalid input received: invalid sort direction {other} (asc or desc)"
                ))),
            }
        })
        .collect()
}

/// Orders JSON scalars: null first, then numbers, then strings.
fn compare(a: &Value, b: &Value) -> std::cmp::Ordering {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => {
            let (x, y) = (x.as_f64().unwrap_or(0.0), y.as_f64().unwrap_or(0.0));
            x.total_cmp(&y)
        }
        (Value::String(x), Value::String(y)) => x.cmp(y),
        (Value::Null, Value::Null) => std::cmp::Ordering::Equal,
        (Value::Null, _) => std::cmp::Ordering::Less,
        (_, Value::Null) => std::cmp::Ordering::Greater,
        _ => a.to_string().cmp(&b.to_string()),
    }
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
            sort: sort_of(query)?,
        })
    }

    /// Puts `items` in the order `sort` asks of their API `view`s (Cinder's field names);
    /// without one, as they come (creation order).
    pub fn order<T>(&self, items: Vec<T>, view: impl Fn(&T) -> Value) -> Vec<T> {
        if self.sort.is_empty() {
            return items;
        }
        let mut keyed: Vec<(Value, T)> =
            items.into_iter().map(|item| (view(&item), item)).collect();
        keyed.sort_by(|(a, _), (b, _)| {
            self.sort
                .iter()
                .map(|(key, descending)| {
                    let order = compare(&a[key], &b[key]);
                    if *descending { order.reverse() } else { order }
                })
                .find(|o| o.is_ne())
                .unwrap_or(std::cmp::Ordering::Equal)
        });
        keyed.into_iter().map(|(_, item)| item).collect()
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
