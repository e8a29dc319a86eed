//! The HTTP side of the remote client: ureq with the caller's token, Cinder's faults
//! turned back into blockctl's errors (so exit codes match local mode), and polling of
//! asynchronous statuses with a bounded wait.

use std::time::{Duration, Instant};

use serde_json::Value;

use crate::error::{Error, ErrorKind, Result};

/// The microversion every request asks for: attachments need 3.27, `os-complete` 3.44,
/// an attach mode 3.54.
pub const MICROVERSION: &str = "volume 3.54";

pub struct Http {
    agent: ureq::Agent,
    /// `…/v3/{project_id}`
    pub endpoint: String,
    token: String,
    /// How long to wait for an asynchronous operation to settle.
    pub timeout: Duration,
    /// A spinner while an operation is polled (nothing off a terminal).
    progress: Box<dyn crate::driver::Progress>,
}

/// An answer: status and JSON body (`Null` when empty).
pub struct Answer {
    pub status: u16,
    pub body: Value,
}

impl Http {
    /// A client of `connection`'s endpoint, trusting its `ca_cert` (or, `insecure`, any
    /// certificate) instead of the system's.
    pub fn new(
        connection: &super::cloud::Connection,
        timeout: Duration,
        progress: Box<dyn crate::driver::Progress>,
    ) -> Result<Http> {
        if connection.insecure {
            tracing::warn!(
                "not verifying the TLS certificate of {} (the cloud says verify: false)",
                connection.endpoint
            );
        }
        let agent = agent(
            connection.ca_cert.as_deref(),
            !connection.insecure,
            Duration::from_secs(60),
        )?;
        Ok(Http {
            agent,
            endpoint: connection.endpoint.trim_end_matches('/').to_owned(),
            token: connection.token.clone(),
            timeout,
            progress,
        })
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.endpoint)
    }

    fn answer(
        &self,
        what: &str,
        response: std::result::Result<ureq::http::Response<ureq::Body>, ureq::Error>,
    ) -> Result<Answer> {
        let mut response = response
            .map_err(|e| Error::backend(format!("cannot reach {} ({what}): {e}", self.endpoint)))?;
        let status = response.status().as_u16();
        let text = response.body_mut().read_to_string().unwrap_or_default();
        let body = if text.trim().is_empty() {
            Value::Null
        } else {
            serde_json::from_str(&text).unwrap_or(Value::String(text))
        };
        Ok(Answer { status, body })
    }

    pub fn get(&self, path: &str) -> Result<Answer> {
        let response = self
            .agent
            .get(&self.url(path))
            .header("X-Auth-Token", &self.token)
            .header("Accept", "application/json")
            .header("OpenStack-API-Version", MICROVERSION)
            .call();
        self.answer(&format!("GET {path}"), response)
    }

    pub fn send(&self, method: &str, path: &str, body: Option<&Value>) -> Result<Answer> {
        let url = self.url(path);
        let what = format!("{method} {path}");
        let response = match (method, body) {
            ("POST", Some(body)) => self.with_token(self.agent.post(&url)).send_json(body),
            ("PUT", Some(body)) => self.with_token(self.agent.put(&url)).send_json(body),
            ("DELETE", _) => self.with_token_empty(self.agent.delete(&url)).call(),
            _ => return Err(anyhow::anyhow!("unsupported request {what}")),
        };
        self.answer(&what, response)
    }

    fn with_token(
        &self,
        request: ureq::RequestBuilder<ureq::typestate::WithBody>,
    ) -> ureq::RequestBuilder<ureq::typestate::WithBody> {
        request
            .header("X-Auth-Token", &self.token)
            .header("Accept", "application/json")
            .header("OpenStack-API-Version", MICROVERSION)
    }

    fn with_token_empty(
        &self,
        request: ureq::RequestBuilder<ureq::typestate::WithoutBody>,
    ) -> ureq::RequestBuilder<ureq::typestate::WithoutBody> {
        request
            .header("X-Auth-Token", &self.token)
            .header("Accept", "application/json")
            .header("OpenStack-API-Version", MICROVERSION)
    }

    /// The body of a successful answer, or the server's fault as blockctl's error.
    pub fn ok(&self, answer: Answer) -> Result<Value> {
        if (200..300).contains(&answer.status) {
            return Ok(answer.body);
        }
        Err(fault(&answer).into())
    }

    /// Polls `GET path` until `done(body)` says so; fails after the timeout, naming what
    /// it waited for.
    pub fn wait(
        &self,
        path: &str,
        what: &str,
        done: impl Fn(&Answer) -> Result<bool>,
    ) -> Result<Answer> {
        self.progress.spin(&format!("waiting for {what}"));
        let waited = self.poll(path, what, done);
        self.progress.finish();
        waited
    }

    fn poll(
        &self,
        path: &str,
        what: &str,
        done: impl Fn(&Answer) -> Result<bool>,
    ) -> Result<Answer> {
        let started = Instant::now();
        let mut pause = Duration::from_millis(50);
        loop {
            let answer = self.get(path)?;
            if done(&answer)? {
                return Ok(answer);
            }
            if started.elapsed() > self.timeout {
                return Err(Error::backend(format!(
                    "{what} did not finish within {} s (--remote-timeout): it may still be \
                     running on the server",
                    self.timeout.as_secs()
                ))
                .into());
            }
            std::thread::sleep(pause);
            pause = (pause * 2).min(Duration::from_secs(1));
        }
    }
}

/// A ureq agent that answers HTTP errors as answers, trusting the PEM certificates of
/// `ca_cert` (`--ca-cert`, a cloud's `cacert`) instead of the system's, or, without
/// `verify`, any certificate.
pub(super) fn agent(
    ca_cert: Option<&std::path::Path>,
    verify: bool,
    timeout: Duration,
) -> Result<ureq::Agent> {
    let mut config = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(timeout));
    if !verify {
        let tls = ureq::tls::TlsConfig::builder().disable_verification(true);
        config = config.tls_config(tls.build());
    } else if let Some(path) = ca_cert {
        let bad =
            |why: String| Error::usage(format!("cannot use cacert {}: {why}", path.display()));
        let pem = std::fs::read(path).map_err(|e| bad(e.to_string()))?;
        let certificates = ureq::tls::parse_pem(&pem)
            .filter_map(|item| match item {
                Ok(ureq::tls::PemItem::Certificate(c)) => Some(Ok(c)),
                Ok(_) => None,
                Err(e) => Some(Err(e)),
            })
            .collect::<std::result::Result<Vec<_>, _>>()
            .map_err(|e| bad(e.to_string()))?;
        if certificates.is_empty() {
            return Err(bad("it holds no PEM certificate".to_owned()).into());
        }
        let roots = ureq::tls::RootCerts::Specific(std::sync::Arc::new(certificates));
        config = config.tls_config(ureq::tls::TlsConfig::builder().root_certs(roots).build());
    }
    // Without either, ureq's default TLS setup, built only when an https URL needs it.
    Ok(config.build().into())
}

/// Cinder's `{"<fault>": {"message", "code"}}` as blockctl's error kinds.
pub fn fault(answer: &Answer) -> Error {
    let message = answer
        .body
        .as_object()
        .and_then(|o| o.values().next())
        .and_then(|f| f.get("message"))
        .and_then(Value::as_str)
        .map_or_else(
            || format!("the server answered {}", answer.status),
            str::to_owned,
        );
    let kind = match answer.status {
        400 | 406 | 415 | 422 => ErrorKind::Usage,
        401 | 403 => ErrorKind::Usage,
        404 => ErrorKind::NotFound,
        409 => ErrorKind::InvalidState,
        413 => ErrorKind::QuotaExceeded,
        _ => ErrorKind::Backend,
    };
    Error::new(kind, message)
}
