//! `--auth keystone`: callers send tokens Keystone issued; the server asks Keystone who
//! they are (`GET /v3/auth/tokens`, the token validating itself, as Keystone's policy lets
//! any token do), as keystonemiddleware does for Cinder.

use std::time::Duration;

use serde_json::Value;

use super::Caller;
use super::version::ApiVersion;
use crate::error::{Error, Result};

/// A Keystone identity endpoint (`…/v3`).
pub struct Keystone {
    tokens_url: String,
    agent: ureq::Agent,
}

impl Keystone {
    pub fn new(url: &str) -> Keystone {
        let base = url.trim_end_matches('/');
        let base = if base.ends_with("/v3") {
            base.to_owned()
        } else {
            format!("{base}/v3")
        };
        let config = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(Duration::from_secs(10)));
        Keystone {
            tokens_url: format!("{base}/auth/tokens"),
            agent: config.build().into(),
        }
    }

    /// The caller `token` stands for; `None` when Keystone does not know it (unknown,
    /// expired, revoked) or it is scoped to no project.
    pub fn caller(&self, token: &str) -> Result<Option<Caller>> {
        let response = self
            .agent
            .get(&self.tokens_url)
            .header("X-Auth-Token", token)
            .header("X-Subject-Token", token)
            .header("Accept", "application/json")
            .call()
            .map_err(|e| {
                Error::backend(format!("cannot reach Keystone at {}: {e}", self.tokens_url))
            })?;
        let status = response.status().as_u16();
        if matches!(status, 401 | 403 | 404) {
            return Ok(None);
        }
        if status != 200 {
            return Err(Error::backend(format!(
                "Keystone at {} answered {status} to a token validation",
                self.tokens_url
            ))
            .into());
        }
        let body: Value = response
            .into_body()
            .read_json()
            .map_err(|e| Error::backend(format!("Keystone's token body is not JSON: {e}")))?;
        Ok(caller_of(&body["token"]))
    }
}

/// A validated token's project, user and roles; an `admin` role makes an admin.
fn caller_of(token: &Value) -> Option<Caller> {
    let project = token["project"]["id"].as_str()?;
    let user = token["user"]["id"].as_str().unwrap_or_default();
    let admin = token["roles"]
        .as_array()
        .is_some_and(|roles| roles.iter().any(|r| r["name"] == "admin"));
    Some(Caller {
        user: user.to_owned(),
        project: project.to_owned(),
        admin,
        version: ApiVersion::MIN,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_project_token_gives_its_project_user_and_role() {
        let token = serde_json::json!({
            "project": {"id": "p1", "name": "demo", "domain": {"id": "default"}},
            "user": {"id": "u1", "name": "alice"},
            "roles": [{"id": "r1", "name": "reader"}, {"id": "r2", "name": "member"}],
        });
        let caller = caller_of(&token).expect("a caller");
        assert_eq!(
            (caller.project.as_str(), caller.user.as_str()),
            ("p1", "u1")
        );
        assert!(!caller.admin);
        let mut admin = token.clone();
        admin["roles"][1]["name"] = "admin".into();
        assert!(caller_of(&admin).expect("a caller").admin);
        // A domain- or system-scoped token names no project: no caller.
        assert!(caller_of(&serde_json::json!({"user": {"id": "u1"}, "roles": []})).is_none());
    }
}
