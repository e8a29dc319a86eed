//! API tokens for `blockctl serve --auth token`.

use serde::{Deserialize, Serialize};

/// A token as listed: never its secret.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ApiToken {
    pub id: String,
    pub project_id: String,
    /// `admin` or `member`.
    pub role: String,
    pub description: Option<String>,
    pub created_at: String,
    pub revoked_at: Option<String>,
}

/// A token just made: the only time its secret is shown.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct NewApiToken {
    #[serde(flatten)]
    pub token: ApiToken,
    pub secret: String,
}
