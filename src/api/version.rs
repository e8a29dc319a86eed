//! Version discovery and `OpenStack-API-Version` negotiation, as Cinder's.

use axum::Json;
use axum::extract::Request;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

use super::error::ApiError;

/// The microversions blockctl serves (docs/api.md says what each brings, and which
/// resource families blockctl does not have).
pub const MIN_VERSION: (u32, u32) = (3, 0);
pub const MAX_VERSION: (u32, u32) = (3, 54);

/// The microversion a request negotiated, for handlers whose answer depends on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct ApiVersion(pub u32, pub u32);

impl ApiVersion {
    pub const MIN: ApiVersion = ApiVersion(MIN_VERSION.0, MIN_VERSION.1);

    pub fn at_least(self, major: u32, minor: u32) -> bool {
        (self.0, self.1) >= (major, minor)
    }

    /// A 404, as Cinder answers a call its microversion does not have yet.
    pub fn require(self, major: u32, minor: u32) -> Result<(), ApiError> {
        if self.at_least(major, minor) {
            return Ok(());
        }
        Err(ApiError::not_found(format!(
            "this call needs microversion {major}.{minor} or later (asked: {}.{}); send \
             OpenStack-API-Version: volume {major}.{minor}",
            self.0, self.1
        )))
    }
}

fn text((major, minor): (u32, u32)) -> String {
    format!("{major}.{minor}")
}

fn base_url(headers: &HeaderMap) -> String {
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("localhost");
    format!("http://{host}")
}

fn v3(headers: &HeaderMap) -> Value {
    json!({
        "id": "v3.0",
        "status": "CURRENT",
        "version": text(MAX_VERSION),
        "min_version": text(MIN_VERSION),
        "updated": "2023-07-31T00:00:00Z",
        "links": [{"rel": "self", "href": format!("{}/v3/", base_url(headers))}],
        "media-types": [{
            "base": "application/json",
            "type": "application/vnd.openstack.volume+json;version=3"
        }],
    })
}

/// `GET /`: every version (Cinder answers 300 Multiple Choices).
pub async fn root(headers: HeaderMap) -> Response {
    (
        StatusCode::MULTIPLE_CHOICES,
        Json(json!({"versions": [v3(&headers)]})),
    )
        .into_response()
}

/// `GET /v3/`
pub async fn v3_root(headers: HeaderMap) -> Json<Value> {
    Json(json!({"versions": [v3(&headers)]}))
}

/// The microversion a request asks for (`OpenStack-API-Version: volume 3.x`, or the old
/// `X-OpenStack-Volume-API-Version`), `latest`, or the minimum when it asks none.
fn requested(headers: &HeaderMap) -> Result<(u32, u32), ApiError> {
    let value = headers
        .get("openstack-api-version")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| {
            v.split(',')
                .map(str::trim)
                .find_map(|part| part.strip_prefix("volume "))
                .map(str::to_owned)
        })
        .or_else(|| {
            headers
                .get("x-openstack-volume-api-version")
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
        });
    let Some(value) = value else {
        return Ok(MIN_VERSION);
    };
    let value = value.trim();
    if value == "latest" {
        return Ok(MAX_VERSION);
    }
    let parsed = value
        .split_once('.')
        .and_then(|(a, b)| Some((a.parse().ok()?, b.parse().ok()?)));
    match parsed {
        Some(version) if (MIN_VERSION..=MAX_VERSION).contains(&version) => Ok(version),
        Some(_) => Err(ApiError::new(
            StatusCode::NOT_ACCEPTABLE,
            format!(
                "version {value} is not supported by the API: minimum is {} and maximum is {}",
                text(MIN_VERSION),
                text(MAX_VERSION)
            ),
        )),
        None => Err(ApiError::bad_request(format!(
            "invalid API version request '{value}'"
        ))),
    }
}

/// Negotiates the microversion and says it in the response, as Cinder does.
pub async fn negotiate(mut request: Request, next: Next) -> Response {
    let version = match requested(request.headers()) {
        Ok(version) => version,
        Err(error) => return error.into_response(),
    };
    request
        .extensions_mut()
        .insert(ApiVersion(version.0, version.1));
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    if let Ok(value) = HeaderValue::from_str(&format!("volume {}", text(version))) {
        headers.insert("openstack-api-version", value);
    }
    headers.insert(
        header::VARY,
        HeaderValue::from_static("OpenStack-API-Version"),
    );
    response
}
