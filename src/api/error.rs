//! Errors as Cinder's API answers them: a status code and `{"<fault>": {"message", "code"}}`.

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::json;

use crate::error::{ErrorKind, kind_of, message_of};

/// An error response.
#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub message: String,
}

impl ApiError {
    pub fn new(status: StatusCode, message: impl Into<String>) -> ApiError {
        ApiError {
            status,
            message: message.into(),
        }
    }
    pub fn bad_request(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::BAD_REQUEST, message)
    }
    pub fn not_found(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::NOT_FOUND, message)
    }

    /// Cinder's fault name for the status.
    fn fault(&self) -> &'static str {
        match self.status {
            StatusCode::BAD_REQUEST => "badRequest",
            StatusCode::UNAUTHORIZED => "unauthorized",
            StatusCode::FORBIDDEN => "forbidden",
            StatusCode::NOT_FOUND => "itemNotFound",
            StatusCode::NOT_ACCEPTABLE => "notAcceptable",
            StatusCode::CONFLICT => "conflictingRequest",
            StatusCode::PAYLOAD_TOO_LARGE => "overLimit",
            _ => "computeFault",
        }
    }
}

impl From<anyhow::Error> for ApiError {
    fn from(error: anyhow::Error) -> ApiError {
        let status = match kind_of(&error) {
            ErrorKind::Usage | ErrorKind::InvalidState => StatusCode::BAD_REQUEST,
            ErrorKind::NotFound => StatusCode::NOT_FOUND,
            ErrorKind::Ambiguous => StatusCode::CONFLICT,
            ErrorKind::QuotaExceeded => StatusCode::PAYLOAD_TOO_LARGE,
            ErrorKind::Backend | ErrorKind::Interrupted | ErrorKind::Internal => {
                StatusCode::INTERNAL_SERVER_ERROR
            }
        };
        ApiError::new(status, message_of(&error))
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body =
            json!({ self.fault(): { "message": self.message, "code": self.status.as_u16() } });
        (self.status, Json(body)).into_response()
    }
}

/// A JSON request body, read whatever its `Content-Type` (Cinder assumes JSON), whose
/// errors answer as Cinder's `badRequest` rather than axum's plain-text rejections.
pub struct Body(pub serde_json::Value);

impl<S: Send + Sync> axum::extract::FromRequest<S> for Body {
    type Rejection = ApiError;

    async fn from_request(request: axum::extract::Request, state: &S) -> Result<Body, ApiError> {
        let bytes =
            <axum::body::Bytes as axum::extract::FromRequest<S>>::from_request(request, state)
                .await
                .map_err(|e| ApiError::bad_request(format!("cannot read the request body: {e}")))?;
        serde_json::from_slice(&bytes)
            .map(Body)
            .map_err(|e| ApiError::bad_request(format!("the request body is not valid JSON: {e}")))
    }
}
