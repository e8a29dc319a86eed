//! Who a request acts for. `noauth`, as Cinder's: `X-Auth-Token: user:project` (or just
//! `project`), trusted as given and an admin, so the server refuses to listen beyond
//! loopback unless told `--insecure`. `token`: a secret from `blockctl token create`,
//! looked up by its hash, giving a project and a role (`admin` or `member`). A project in
//! the path must be the caller's: another project's resources are never found (404),
//! never forbidden (which would say they exist). Admin-only actions are 403 for members.

use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::error::ApiError;
use super::version::ApiVersion;
use super::{App, AuthMode};

/// The project (and user) a request acts for.
#[derive(Debug, Clone)]
pub struct Caller {
    pub user: String,
    pub project: String,
    /// May reset statuses, force deletes, set quotas and manage volume types.
    pub admin: bool,
    /// The microversion the request negotiated: what the views show depends on it.
    pub version: ApiVersion,
}

impl Caller {
    /// A 403 for a member asking an admin-only `action`.
    pub fn require_admin(&self, action: &str) -> Result<(), ApiError> {
        if self.admin {
            return Ok(());
        }
        Err(ApiError::new(
            StatusCode::FORBIDDEN,
            format!("policy does not allow a member to {action}: it needs an admin token"),
        ))
    }
}

/// The collections of `/v3/…`: a first path segment that is none of these is a project id.
const COLLECTIONS: &[&str] = &[
    "volumes",
    "snapshots",
    "types",
    "os-quota-sets",
    "limits",
    "backups",
    "attachments",
    "messages",
    "scheduler-stats",
];

/// The request's `X-Auth-Token`, or a 401.
pub fn token_of(request: &Request) -> Result<String, ApiError> {
    request
        .headers()
        .get("x-auth-token")
        .and_then(|v| v.to_str().ok())
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .ok_or_else(|| ApiError::new(StatusCode::UNAUTHORIZED, "an X-Auth-Token is required"))
}

/// A noauth caller: `user:project`, an admin as in Cinder's noauth.
fn noauth_caller(token: &str) -> Result<Caller, ApiError> {
    let (user, project) = token.split_once(':').unwrap_or((token, token));
    let valid = |s: &str| {
        !s.is_empty()
            && s.len() <= 255
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || "-_.@".contains(c))
    };
    if !valid(user) || !valid(project) {
        return Err(ApiError::new(
            StatusCode::UNAUTHORIZED,
            "the X-Auth-Token is not of the form user:project",
        ));
    }
    Ok(Caller {
        user: user.to_owned(),
        project: project.to_owned(),
        admin: true,
        version: ApiVersion::MIN,
    })
}

/// The project id a `/v3/{project}/…` path names, if it names one.
fn path_project(path: &str) -> Option<&str> {
    let rest = path.strip_prefix("/v3/")?;
    let first = rest.split('/').next()?;
    (!first.is_empty() && !COLLECTIONS.contains(&first)).then_some(first)
}

/// Authenticates a request to the resource API and records its [`Caller`].
pub async fn authenticate(
    State(app): State<Arc<App>>,
    mut request: Request,
    next: Next,
) -> Response {
    let caller = match token_of(&request) {
        Err(error) => Err(error),
        Ok(token) => match app.auth {
            AuthMode::Noauth => noauth_caller(&token),
            AuthMode::Token | AuthMode::Keystone => app.token_caller(&token).await,
        },
    };
    let mut caller = match caller {
        Ok(caller) => caller,
        Err(error) => return error.into_response(),
    };
    if let Some(version) = request.extensions().get::<ApiVersion>() {
        caller.version = *version;
    }
    // Inside a nested router the path has lost its prefix: the original one names the
    // project.
    let path = request
        .extensions()
        .get::<axum::extract::OriginalUri>()
        .map_or_else(
            || request.uri().path().to_owned(),
            |uri| uri.path().to_owned(),
        );
    if let Some(project) = path_project(&path)
        && project != caller.project
    {
        return ApiError::not_found(format!("project {project} could not be found"))
            .into_response();
    }
    request.extensions_mut().insert(caller);
    next.run(request).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_project_in_a_path_is_told_from_a_collection() {
        assert_eq!(path_project("/v3/p1/volumes/x"), Some("p1"));
        assert_eq!(path_project("/v3/volumes/x"), None);
        assert_eq!(path_project("/v3/os-quota-sets/p1"), None);
        assert_eq!(path_project("/v3/"), None);
    }
}
