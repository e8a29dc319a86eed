//! `blockctl serve`: the Cinder v3 API over the same [`Service`] the CLI calls, so real
//! OpenStack clients drive blockctl's flows. Each request opens the catalogue for its
//! caller's project on a blocking thread, as a CLI process would; long operations run on a
//! thread of their own and are polled by status, as with Cinder.

mod attachments;
mod auth;
mod backups;
mod error;
mod keystone;
mod messages;
mod request;
mod resources;
mod version;
mod views;
mod volumes;

use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::Request;
use axum::http::StatusCode;
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::routing::get;

use crate::config::Config;
use crate::driver::NoProgress;
use crate::error::{Error, Result};
use crate::process::Cancel;
use crate::service::{Local, Service};

pub use auth::Caller;
pub use error::ApiError;

/// How long a request waits for a long operation before answering 202 while it runs:
/// its checks (status, quota, placement) answer within this, as Cinder's API does.
const SETTLE: Duration = Duration::from_millis(300);

/// How `blockctl serve` authenticates callers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum AuthMode {
    /// `X-Auth-Token: user:project`, trusted (loopback only unless --insecure)
    Noauth,
    /// Tokens from `blockctl token create`, with a project and a role
    Token,
    /// Tokens Keystone issued, checked with Keystone (--keystone-url); its `admin` role
    /// makes an admin
    Keystone,
}

#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub listen: SocketAddr,
    pub auth: AuthMode,
    /// Allow `noauth` on an address other hosts can reach.
    pub insecure: bool,
    /// Serve HTTPS with this PEM certificate chain and key.
    pub tls: Option<(PathBuf, PathBuf)>,
    /// Keystone's identity endpoint, for `--auth keystone`.
    pub keystone_url: Option<String>,
}

/// How long a token's lookup is reused: a revoked token is refused within this.
const TOKEN_CACHE: Duration = Duration::from_secs(5);

/// What every handler shares.
pub struct App {
    config: Config,
    state_dir: PathBuf,
    auth: AuthMode,
    /// Where `--auth keystone` checks tokens.
    keystone: Option<keystone::Keystone>,
    /// Token lookups by the token's hash: the caller, or `None` for an invalid token.
    tokens: Mutex<HashMap<String, (Option<Caller>, Instant)>>,
}

impl App {
    /// The caller a `--auth token` secret or a Keystone token stands for, or a 401.
    async fn token_caller(self: &Arc<Self>, secret: &str) -> Result<Caller, ApiError> {
        let key = crate::catalogue::tokens::hash(secret);
        let cached = {
            let cache = self.tokens.lock().unwrap_or_else(|e| e.into_inner());
            cache
                .get(&key)
                .filter(|(_, at)| at.elapsed() < TOKEN_CACHE)
                .map(|(caller, _)| caller.clone())
        };
        let caller = match cached {
            Some(caller) => caller,
            None if self.keystone.is_some() => {
                let (app, token) = (Arc::clone(self), secret.to_owned());
                let caller = tokio::task::spawn_blocking(move || {
                    app.keystone.as_ref().map_or(Ok(None), |k| k.caller(&token))
                })
                .await
                .map_err(|e| ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?
                .map_err(|e| ApiError::new(StatusCode::SERVICE_UNAVAILABLE, format!("{e:#}")))?;
                let mut cache = self.tokens.lock().unwrap_or_else(|e| e.into_inner());
                cache.insert(key, (caller.clone(), Instant::now()));
                caller
            }
            None => {
                let anyone = Caller {
                    user: String::new(),
                    project: self.config.project_id.clone(),
                    admin: false,
                    version: version::ApiVersion::MIN,
                };
                let secret = secret.to_owned();
                let token = self
                    .call(&anyone, move |local| local.authenticate_token(&secret))
                    .await?;
                let caller = token.map(|t| Caller {
                    admin: t.role == "admin",
                    user: t.id,
                    project: t.project_id,
                    version: version::ApiVersion::MIN,
                });
                let mut cache = self.tokens.lock().unwrap_or_else(|e| e.into_inner());
                cache.insert(key, (caller.clone(), Instant::now()));
                caller
            }
        };
        caller.ok_or_else(|| {
            ApiError::new(
                StatusCode::UNAUTHORIZED,
                "the X-Auth-Token is not valid (unknown or revoked)",
            )
        })
    }

    fn local(&self, caller: &Caller) -> Result<Local> {
        let mut config = self.config.clone();
        config.project_id = caller.project.clone();
        Local::open(
            &config,
            &self.state_dir,
            Box::new(NoProgress),
            Cancel::default(),
        )
    }

    /// Runs `work` against the caller's project on a blocking thread.
    pub async fn call<T: Send + 'static>(
        self: &Arc<Self>,
        caller: &Caller,
        work: impl FnOnce(&Local) -> Result<T> + Send + 'static,
    ) -> Result<T, ApiError> {
        let (app, caller) = (Arc::clone(self), caller.clone());
        tokio::task::spawn_blocking(move || work(&app.local(&caller)?))
            .await
            .map_err(|e| ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?
            .map_err(ApiError::from)
    }

    /// Runs `work` on a thread of its own; its result arrives on the receiver.
    fn spawn<T: Send + 'static>(
        self: &Arc<Self>,
        caller: &Caller,
        work: impl FnOnce(&Local) -> Result<T> + Send + 'static,
    ) -> Receiver<T> {
        let (app, caller) = (Arc::clone(self), caller.clone());
        let (sender, receiver) = tokio::sync::oneshot::channel();
        std::thread::spawn(move || {
            let result = app.local(&caller).and_then(|local| work(&local));
            if let Err(error) = &result {
                tracing::warn!("background operation failed: {error:#}");
            }
            let _ = sender.send(result);
        });
        receiver
    }

    /// Starts `work` and waits up to [`SETTLE`]: its result when it finished by then (a
    /// refusal answers at once), `None` while it still runs.
    pub async fn start<T: Send + 'static>(
        self: &Arc<Self>,
        caller: &Caller,
        work: impl FnOnce(&Local) -> Result<T> + Send + 'static,
    ) -> Result<Option<T>, ApiError> {
        match tokio::time::timeout(SETTLE, self.spawn(caller, work)).await {
            Ok(result) => finished(result).map(Some),
            Err(_) => Ok(None),
        }
    }

    /// Starts `work` and answers once it finished (its result) or once `begun` sees the
    /// status it moves its resource to (`None`: still running), as Cinder's API sets that
    /// status before its 202: a client polling after the 202 never mistakes the status of
    /// before for the end. A flow that waits for another's lock is answered after
    /// [`BEGIN_WAIT`] all the same.
    pub async fn start_until<T: Send + 'static>(
        self: &Arc<Self>,
        caller: &Caller,
        work: impl FnOnce(&Local) -> Result<T> + Send + 'static,
        begun: impl Fn(&Local) -> Result<bool> + Send + Clone + 'static,
    ) -> Result<Option<T>, ApiError> {
        let mut receiver = self.spawn(caller, work);
        let started = Instant::now();
        loop {
            if let Ok(result) = tokio::time::timeout(POLL, &mut receiver).await {
                return finished(result).map(Some);
            }
            let begun = begun.clone();
            if self.call(caller, move |local| begun(local)).await? {
                return Ok(None);
            }
            if started.elapsed() > BEGIN_WAIT {
                tracing::warn!("an operation has not begun after {BEGIN_WAIT:?}: answering 202");
                return Ok(None);
            }
        }
    }
}

type Receiver<T> = tokio::sync::oneshot::Receiver<Result<T>>;

/// How often a request waiting on an operation looks again.
const POLL: Duration = Duration::from_millis(50);
/// How long [`App::start_until`] waits for an operation to begin.
const BEGIN_WAIT: Duration = Duration::from_secs(60);

/// A finished operation's outcome, as the API answers it.
fn finished<T>(
    result: std::result::Result<Result<T>, tokio::sync::oneshot::error::RecvError>,
) -> Result<T, ApiError> {
    match result {
        Ok(result) => result.map_err(ApiError::from),
        Err(_) => Err(ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "the operation's thread ended without a result",
        )),
    }
}

impl App {
    /// Polls `lookup` until it finds the row a just-started flow inserts early (for a
    /// 202's body); `what` names it if that takes too long.
    pub async fn recorded<T: Send + 'static>(
        self: &Arc<Self>,
        caller: &Caller,
        what: &str,
        lookup: impl Fn(&Local) -> Result<Option<T>> + Send + Clone + 'static,
    ) -> Result<T, ApiError> {
        for _ in 0..100 {
            let lookup = lookup.clone();
            if let Some(found) = self.call(caller, move |local| lookup(local)).await? {
                return Ok(found);
            }
            tokio::time::sleep(POLL).await;
        }
        Err(ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            format!("{what} was not recorded in time"),
        ))
    }
}

/// `None` for a not-found error, so a lookup can be polled.
pub fn unless_missing<T>(result: Result<T>) -> Result<Option<T>> {
    match result {
        Ok(found) => Ok(Some(found)),
        Err(e) if crate::error::kind_of(&e) == crate::error::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

/// A resource found by exact id or name: the service also matches id prefixes, which
/// an API id never is.
pub fn exactly<T>(found: T, id: &str, name: &str, kind: &str, reference: &str) -> Result<T> {
    if id != reference && name != reference {
        return Err(Error::not_found(format!("{kind} {reference} could not be found")).into());
    }
    Ok(found)
}

/// Logs each request: method, path (never a header, so never a token), status, time.
async fn log_request(request: Request, next: Next) -> Response {
    let (method, path) = (request.method().clone(), request.uri().path().to_owned());
    let started = Instant::now();
    let response = next.run(request).await;
    tracing::info!(
        "{method} {path} {} {:.1} ms",
        response.status().as_u16(),
        started.elapsed().as_secs_f64() * 1000.0
    );
    response
}

/// The whole API.
pub fn router(config: &Config, state_dir: &Path, options: &ServeOptions) -> Router {
    let app = Arc::new(App {
        config: config.clone(),
        state_dir: state_dir.to_owned(),
        auth: options.auth,
        keystone: options.keystone_url.as_deref().map(keystone::Keystone::new),
        tokens: Mutex::new(HashMap::new()),
    });
    let resources = resources::routes()
        .merge(volumes::routes())
        .merge(backups::routes())
        .merge(attachments::routes())
        .merge(messages::routes())
        .route_layer(middleware::from_fn_with_state(
            Arc::clone(&app),
            auth::authenticate,
        ))
        .with_state(app);
    Router::new()
        .route("/", get(version::root))
        .route("/v3", get(version::v3_root))
        .route("/v3/", get(version::v3_root))
        .nest("/v3/{project_id}", resources.clone())
        .nest("/v3", resources)
        .layer(middleware::from_fn(version::negotiate))
        .layer(middleware::from_fn(log_request))
}

/// Refuses `noauth` where other hosts could reach it, unless `insecure`, and a Keystone
/// mode without Keystone.
fn check_exposure(options: &ServeOptions) -> Result<()> {
    if (options.auth == AuthMode::Keystone) != options.keystone_url.is_some() {
        return Err(Error::usage(
            "--auth keystone and --keystone-url URL go together: give both or neither",
        )
        .into());
    }
    if options.auth != AuthMode::Noauth
        && !options.listen.ip().is_loopback()
        && options.tls.is_none()
    {
        tracing::warn!(
            "tokens travel in clear to {}: give --tls-cert and --tls-key, or keep it on a \
             trusted network",
            options.listen
        );
    }
    if options.auth == AuthMode::Noauth && !options.listen.ip().is_loopback() && !options.insecure {
        return Err(Error::usage(format!(
            "--auth noauth trusts any caller's word for its project: it listens on loopback \
             only, not {} (pass --insecure to allow it)",
            options.listen
        ))
        .into());
    }
    Ok(())
}

/// Serves until Ctrl-C; `on_listening` learns the URL once bound (port 0 picks one).
pub fn serve(
    config: &Config,
    state_dir: &Path,
    options: &ServeOptions,
    on_listening: impl FnOnce(String),
) -> Result<()> {
    check_exposure(options)?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind(options.listen)
            .await
            .map_err(|e| Error::usage(format!("cannot listen on {}: {e}", options.listen)))?;
        let address = listener.local_addr()?;
        let app = router(config, state_dir, options);
        let Some((cert, key)) = &options.tls else {
            on_listening(format!("http://{address}"));
            axum::serve(listener, app)
                .with_graceful_shutdown(async {
                    let _ = tokio::signal::ctrl_c().await;
                })
                .await?;
            return Ok(());
        };
        // ring, the provider ureq's rustls already brings; a second install is harmless.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let tls = axum_server::tls_rustls::RustlsConfig::from_pem_file(cert, key)
            .await
            .map_err(|e| {
                Error::usage(format!(
                    "cannot use the TLS certificate {} and key {}: {e}",
                    cert.display(),
                    key.display()
                ))
            })?;
        let handle = axum_server::Handle::new();
        let stopper = handle.clone();
        tokio::spawn(async move {
            let _ = tokio::signal::ctrl_c().await;
            stopper.graceful_shutdown(Some(Duration::from_secs(10)));
        });
        on_listening(format!("https://{address}"));
        axum_server::from_tcp_rustls(listener.into_std()?, tls)
            .handle(handle)
            .serve(app.into_make_service())
            .await?;
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn noauth_stays_on_loopback_unless_insecure() {
        let options = |listen: &str, insecure| ServeOptions {
            listen: listen.parse().unwrap(),
            auth: AuthMode::Noauth,
            insecure,
            tls: None,
            keystone_url: None,
        };
        assert!(check_exposure(&options("127.0.0.1:8776", false)).is_ok());
        assert!(check_exposure(&options("[::1]:8776", false)).is_ok());
        assert!(check_exposure(&options("0.0.0.0:8776", false)).is_err());
        assert!(check_exposure(&options("0.0.0.0:8776", true)).is_ok());
    }
}
