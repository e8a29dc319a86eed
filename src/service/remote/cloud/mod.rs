//! `--os-cloud NAME` and the `OS_*` variables, turned into a Cinder v3 endpoint and a token
//! the way openstacksdk (`openstack/config/loader.py`, `cloud_region.py`) and keystoneauth1
//! (`identity/v3/base.py`, `access/service_catalog.py`) work them out.
//!
//! - A named cloud (`--os-cloud`, else `OS_CLOUD`) comes from the first clouds.yaml that
//!   defines it, searched in the SDK's order: `$OS_CLIENT_CONFIG_FILE`, `./`,
//!   `$XDG_CONFIG_HOME/openstack/`, `~/.config/openstack/`, `/etc/openstack/` (`.yaml`, `.yml`,
//!   `.json`). The first secure.yaml (`$OS_CLIENT_SECURE_FILE` first) that defines it is
//!   deep-merged over it. As in the SDK, `OS_*` variables do not change a named cloud.
//! - Without a name, `OS_AUTH_URL`, `OS_ENDPOINT` or `OS_AUTH_TYPE` make the SDK's "envvars"
//!   cloud of the `OS_*` variables; with none of them blockctl stays local (`None`).
//! - Not done: vendor profiles, Keystone version discovery (an `auth_url` not ending in `v3`
//!   gets `/v3`, as keystoneauth's v3 plugins do), picking the only cloud when none is named.

use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde_json::{Map, Value, json};

use crate::error::{Error, Result};

mod files;

use files::{Raw, Search};

/// What the client needs to talk to a Cinder v3 endpoint.
#[derive(Clone, PartialEq, Eq)]
pub struct Connection {
    /// `…/v3/{project_id}`, without a trailing slash.
    pub endpoint: String,
    /// Sent as `X-Auth-Token`.
    pub token: String,
    pub project_id: String,
    /// PEM certificates to trust instead of the system's (`cacert`, `OS_CACERT`).
    pub ca_cert: Option<PathBuf>,
    /// Do not verify the server's certificate (`verify: false`, `insecure: true`): wins over
    /// `ca_cert`, as in the SDK.
    pub insecure: bool,
}

impl fmt::Debug for Connection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Connection")
            .field("endpoint", &self.endpoint)
            .field("token", &"<redacted>")
            .field("project_id", &self.project_id)
            .field("ca_cert", &self.ca_cert)
            .field("insecure", &self.insecure)
            .finish()
    }
}

/// How a cloud authenticates: keystoneauth's plugin names, and Cinder's `noauth`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuthType {
    /// `password`, `v3password`: Keystone v3, a user and a password.
    Password,
    /// `token`, `v3token`: Keystone v3, a token exchanged for a project-scoped one.
    Token,
    /// `v3applicationcredential`: Keystone v3, an application credential.
    ApplicationCredential,
    /// `admin_token` (`token_endpoint`): `auth.token` sent as is to `auth.endpoint`.
    AdminToken,
    /// `none` (`noauth`): Cinder's noauth, `X-Auth-Token: USER:PROJECT`.
    None,
}

impl AuthType {
    fn parse(name: &str) -> Option<AuthType> {
        Some(match name {
            "password" | "v3password" => AuthType::Password,
            "token" | "v3token" => AuthType::Token,
            "v3applicationcredential" => AuthType::ApplicationCredential,
            "admin_token" | "token_endpoint" => AuthType::AdminToken,
            "none" | "noauth" | "None" => AuthType::None,
            _ => return None,
        })
    }

    fn name(self) -> &'static str {
        match self {
            AuthType::Password => "password",
            AuthType::Token => "token",
            AuthType::ApplicationCredential => "v3applicationcredential",
            AuthType::AdminToken => "admin_token",
            AuthType::None => "none",
        }
    }

    /// openstackclient's choice when no auth_type is given (osc-lib `client_config.py`),
    /// plus a token with an endpoint and no auth_url meaning `admin_token`.
    fn infer(auth: &Auth) -> AuthType {
        if auth.username.is_some() || auth.user_id.is_some() || auth.token.is_none() {
            AuthType::Password
        } else if auth.auth_url.is_none() && auth.endpoint.is_some() {
            AuthType::AdminToken
        } else {
            AuthType::Token
        }
    }
}

/// A password, token or secret: `Debug` shows `<redacted>`.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Secret {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

/// A cloud's `auth:` section.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Auth {
    pub auth_url: Option<String>,
    pub username: Option<String>,
    pub user_id: Option<String>,
    pub password: Option<Secret>,
    pub project_name: Option<String>,
    pub project_id: Option<String>,
    pub user_domain_name: Option<String>,
    pub user_domain_id: Option<String>,
    pub project_domain_name: Option<String>,
    pub project_domain_id: Option<String>,
    pub token: Option<Secret>,
    /// The block-storage endpoint itself, for `admin_token` and `none`.
    pub endpoint: Option<String>,
    pub application_credential_id: Option<String>,
    pub application_credential_name: Option<String>,
    pub application_credential_secret: Option<Secret>,
}

impl Auth {
    fn from_raw(raw: &Raw) -> Auth {
        let secret = |keys: &[&str]| raw.auth(keys).map(Secret);
        Auth {
            auth_url: raw.auth(&["auth_url"]),
            username: raw.auth(&["username"]),
            user_id: raw.auth(&["user_id"]),
            password: secret(&["password"]),
            project_name: raw.auth(&["project_name", "tenant_name"]),
            project_id: raw.auth(&["project_id", "tenant_id"]),
            // `domain_*` stands for both domains (the SDK's `_handle_domain_id`).
            user_domain_name: raw.auth(&["user_domain_name", "domain_name"]),
            user_domain_id: raw.auth(&["user_domain_id", "domain_id"]),
            project_domain_name: raw.auth(&["project_domain_name", "domain_name"]),
            project_domain_id: raw.auth(&["project_domain_id", "domain_id"]),
            token: secret(&["token", "auth_token"]),
            endpoint: raw.auth(&["endpoint"]),
            application_credential_id: raw.auth(&["application_credential_id"]),
            application_credential_name: raw.auth(&["application_credential_name"]),
            application_credential_secret: secret(&["application_credential_secret"]),
        }
    }
}

/// Settings gathered from clouds.yaml (+ secure.yaml) for one cloud, or from `OS_*` variables.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CloudSettings {
    /// The cloud's name; `None` for the `OS_*` variables.
    pub cloud: Option<String>,
    /// The clouds.yaml it came from.
    pub file: Option<PathBuf>,
    pub auth_type: AuthType,
    pub auth: Auth,
    pub region_name: Option<String>,
    /// `public` unless set.
    pub interface: String,
    /// Used instead of the catalog; `%(project_id)s`, `$(project_id)s` and `{project_id}` (or
    /// `tenant_id`) are replaced. Also read as `volumev3_…` and `volume_endpoint_override`.
    pub block_storage_endpoint_override: Option<String>,
    pub cacert: Option<PathBuf>,
    /// False with `verify: false` or `insecure: true`.
    pub verify: bool,
}

/// The `OS_*` variables read for the "envvars" cloud (openstacksdk lowercases what follows
/// `OS_`; the auth plugin's options then move into `auth`).
const ENV_KEYS: &str = "AUTH_TYPE AUTH_URL USERNAME USER_ID PASSWORD PROJECT_NAME PROJECT_ID \
    TENANT_NAME TENANT_ID USER_DOMAIN_NAME USER_DOMAIN_ID PROJECT_DOMAIN_NAME PROJECT_DOMAIN_ID \
    DOMAIN_NAME DOMAIN_ID TOKEN AUTH_TOKEN ENDPOINT APPLICATION_CREDENTIAL_ID \
    APPLICATION_CREDENTIAL_NAME APPLICATION_CREDENTIAL_SECRET REGION_NAME INTERFACE \
    ENDPOINT_TYPE CACERT INSECURE VERIFY BLOCK_STORAGE_ENDPOINT_OVERRIDE \
    VOLUMEV3_ENDPOINT_OVERRIDE VOLUME_ENDPOINT_OVERRIDE";

/// Any of these makes the `OS_*` variables a cloud.
const ENV_TRIGGERS: &[&str] = &["OS_AUTH_URL", "OS_ENDPOINT", "OS_AUTH_TYPE"];

/// Prefixes of per-service keys for block storage (os-service-types' aliases blockctl speaks).
const SERVICE_PREFIXES: &[&str] = &["block_storage", "volumev3", "volume"];

impl CloudSettings {
    /// The settings of `cloud` (else `$OS_CLOUD`), else of the `OS_*` variables; `None` when
    /// neither names a cloud.
    pub fn load(
        cloud: Option<&str>,
        env: &dyn Fn(&str) -> Option<String>,
    ) -> Result<Option<CloudSettings>> {
        let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
        Self::load_from(cloud, env, &Search::new(env, &cwd))
    }

    fn load_from(
        cloud: Option<&str>,
        env: &dyn Fn(&str) -> Option<String>,
        search: &Search,
    ) -> Result<Option<CloudSettings>> {
        let name = cloud.map(str::to_owned).or_else(|| env("OS_CLOUD"));
        let home = env("HOME");
        match name.filter(|n| !n.is_empty()) {
            Some(name) => {
                let (file, raw) = search.cloud(&name)?;
                Self::from_raw(Some(name), Some(file), &Raw::new(raw), home).map(Some)
            }
            None => (env_cloud(env).map(|raw| Self::from_raw(None, None, &Raw::new(raw), home)))
                .transpose(),
        }
    }

    fn from_raw(
        cloud: Option<String>,
        file: Option<PathBuf>,
        raw: &Raw,
        home: Option<String>,
    ) -> Result<CloudSettings> {
        let auth = Auth::from_raw(raw);
        let auth_type = match raw.top("auth_type").or_else(|| raw.top("auth_plugin")) {
            Some(name) => AuthType::parse(&name).ok_or_else(|| {
                Error::usage(format!(
                    "{} auth_type {name}, which blockctl does not speak (it speaks \
                     password, v3password, token, v3token, v3applicationcredential, \
                     admin_token and none)",
                    describe_has(cloud.as_deref())
                ))
            })?,
            None => AuthType::infer(&auth),
        };
        let interface = raw
            .service("interface", true)
            .or_else(|| raw.service("endpoint_type", true));
        let insecure = raw.flag("insecure") == Some(true);
        Ok(CloudSettings {
            cloud,
            file,
            auth_type,
            auth,
            region_name: raw
                .service("region_name", true)
                .or_else(|| raw.first_region()),
            interface: interface.map_or("public".to_owned(), |i| {
                i.trim_end_matches("URL").to_owned()
            }),
            block_storage_endpoint_override: raw.service("endpoint_override", false),
            cacert: raw.top("cacert").map(|p| expand_home(&p, home.as_deref())),
            verify: !insecure && raw.flag("verify") != Some(false),
        })
    }

    /// The endpoint and token: from Keystone for the Keystone auth types, else as configured.
    pub fn connect(&self, timeout: Duration) -> Result<Connection> {
        match self.auth_type {
            AuthType::AdminToken | AuthType::None => self.direct(),
            _ => self.keystone(timeout),
        }
    }

    fn connection(&self, endpoint: String, token: String, project_id: String) -> Connection {
        Connection {
            endpoint,
            token,
            project_id,
            ca_cert: self.cacert.clone(),
            insecure: !self.verify,
        }
    }

    /// `admin_token` and `none`: the endpoint names the project; no Keystone.
    fn direct(&self) -> Result<Connection> {
        let configured = self.block_storage_endpoint_override.as_ref();
        let raw = configured.or(self.auth.endpoint.as_ref()).ok_or_else(|| {
            let other = self.setting("block_storage_endpoint_override");
            self.missing(&format!("{} (or {other})", self.field("endpoint")))
        })?;
        let endpoint = with_project(raw, self.auth.project_id.as_deref());
        let project = project_in(&endpoint).ok_or_else(|| {
            Error::usage(format!(
                "{}: the endpoint {endpoint} must end in /v3/{{project_id}} (or give {})",
                describe(self.cloud.as_deref()),
                self.field("project_id")
            ))
        })?;
        let token = match self.auth_type {
            AuthType::None => {
                let user = (self.auth.user_id.as_deref()).or(self.auth.username.as_deref());
                format!("{}:{project}", user.unwrap_or("admin"))
            }
            _ => self.require(&self.auth.token, "token")?.to_owned(),
        };
        Ok(self.connection(endpoint, token, project))
    }

    /// Keystone v3 `POST …/auth/tokens`, then the endpoint from the catalog or the override.
    fn keystone(&self, timeout: Duration) -> Result<Connection> {
        let auth_url = self.require(&self.auth.auth_url, "auth_url")?;
        let mut request = json!({"auth": {"identity": self.identity()?}});
        if let Some(scope) = self.scope()? {
            request["auth"]["scope"] = scope;
        }
        let url = tokens_url(auth_url);
        let (status, subject, body) = self.post(&url, &request, timeout)?;
        if !(200..300).contains(&status) {
            return Err(self.refused(&url, status, &body).into());
        }
        let token = subject.ok_or_else(|| {
            Error::backend(format!(
                "Keystone at {url} answered without an X-Subject-Token header"
            ))
        })?;
        let (endpoint, project) = self
            .endpoint_from(&body)
            .map_err(|why| Error::usage(format!("{}: {why}", describe(self.cloud.as_deref()))))?;
        Ok(self.connection(endpoint, token, project))
    }

    /// POSTs `request` to Keystone: the status, the `X-Subject-Token` header and the body.
    fn post(
        &self,
        url: &str,
        request: &Value,
        timeout: Duration,
    ) -> Result<(u16, Option<String>, Value)> {
        tracing::debug!("asking Keystone at {url} for a token for {}", self.who());
        let agent = super::http::agent(self.cacert.as_deref(), self.verify, timeout)?;
        let mut call = agent.post(url).header("Accept", "application/json");
        if let (AuthType::Token, Some(token)) = (self.auth_type, &self.auth.token) {
            call = call.header("X-Auth-Token", token.expose());
        }
        let mut response = call
            .send_json(request)
            .map_err(|e| Error::backend(format!("cannot reach Keystone at {url}: {e}")))?;
        let subject = (response.headers().get("X-Subject-Token"))
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        let text = response.body_mut().read_to_string().unwrap_or_default();
        let body = serde_json::from_str(&text).unwrap_or(Value::Null);
        Ok((response.status().as_u16(), subject, body))
    }

    /// `auth.identity` of the token request (keystoneauth's `get_auth_data`).
    fn identity(&self) -> Result<Value> {
        let a = &self.auth;
        Ok(match self.auth_type {
            AuthType::Token => {
                json!({"methods": ["token"], "token": {"id": self.require(&a.token, "token")?}})
            }
            AuthType::ApplicationCredential => {
                let secret = self.require(
                    &a.application_credential_secret,
                    "application_credential_secret",
                )?;
                let mut credential = json!({"secret": secret});
                if let Some(id) = &a.application_credential_id {
                    credential["id"] = json!(id);
                } else {
                    let name =
                        self.require(&a.application_credential_name, "application_credential_id")?;
                    credential["name"] = json!(name);
                    credential["user"] = self.user()?;
                }
                json!({"methods": ["application_credential"], "application_credential": credential})
            }
            _ => {
                let mut user = self.user()?;
                user["password"] = json!(self.require(&a.password, "password")?);
                json!({"methods": ["password"], "password": {"user": user}})
            }
        })
    }

    fn user(&self) -> Result<Value> {
        let a = &self.auth;
        match (&a.user_id, &a.username) {
            (Some(id), _) => Ok(json!({"id": id})),
            (None, Some(name)) => self.named("user", name, &a.user_domain_id, &a.user_domain_name),
            (None, None) => Err(self.missing(&format!(
                "{} or {}",
                self.field("username"),
                self.field("user_id")
            ))),
        }
    }

    /// `auth.scope`: the project (an application credential carries its own).
    fn scope(&self) -> Result<Option<Value>> {
        let a = &self.auth;
        if self.auth_type == AuthType::ApplicationCredential {
            return Ok(None);
        }
        let project = match (&a.project_id, &a.project_name) {
            (Some(id), _) => json!({"id": id}),
            (None, Some(name)) => self.named(
                "project",
                name,
                &a.project_domain_id,
                &a.project_domain_name,
            )?,
            (None, None) => {
                let (name, id) = (self.field("project_name"), self.field("project_id"));
                let what = format!("{name} or {id} (Cinder needs a project-scoped token)");
                return Err(self.missing(&what));
            }
        };
        Ok(Some(json!({"project": project})))
    }

    /// `{"name": …, "domain": {"id"|"name": …}}` for a `user` or `project` (an id wins, as in
    /// keystoneauth): Keystone needs the domain, a name being unique only within one.
    fn named(
        &self,
        what: &str,
        name: &str,
        domain_id: &Option<String>,
        domain_name: &Option<String>,
    ) -> Result<Value> {
        let domain = match (domain_id, domain_name) {
            (Some(id), _) => json!({"id": id}),
            (None, Some(domain)) => json!({"name": domain}),
            (None, None) => {
                let field = |key: &str| self.field(&format!("{what}_{key}"));
                let given = self.field(if what == "user" {
                    "username"
                } else {
                    "project_name"
                });
                return Err(Error::usage(format!(
                    "{} {given} but no {} or {} (a {what} name is unique only within a domain)",
                    describe_has(self.cloud.as_deref()),
                    field("domain_name"),
                    field("domain_id"),
                ))
                .into());
            }
        };
        Ok(json!({"name": name, "domain": domain}))
    }

    /// The block-storage endpoint and project of a Keystone v3 token body.
    fn endpoint_from(&self, body: &Value) -> Result<(String, String), String> {
        let token = &body["token"];
        let project =
            (token["project"]["id"].as_str()).ok_or("Keystone gave a token without a project")?;
        let url = match &self.block_storage_endpoint_override {
            Some(url) => url.clone(),
            None => catalog_endpoint(
                &token["catalog"],
                &self.interface,
                self.region_name.as_deref(),
            )?,
        };
        Ok((with_project(&url, Some(project)), project.to_owned()))
    }

    fn refused(&self, url: &str, status: u16, body: &Value) -> Error {
        let said = body["error"]["message"]
            .as_str()
            .map(|m| format!(": {m}"))
            .unwrap_or_default();
        match status {
            401 => Error::usage(format!(
                "Keystone at {url} refused the credentials for {}{said}",
                self.who()
            )),
            400 | 403 | 404 => Error::usage(format!("Keystone at {url} answered {status}{said}")),
            _ => Error::backend(format!("Keystone at {url} answered {status}{said}")),
        }
    }

    /// Who is authenticating, for messages (never a secret).
    fn who(&self) -> String {
        let a = &self.auth;
        let (what, name) = match self.auth_type {
            AuthType::Token => return "a token".to_owned(),
            AuthType::ApplicationCredential => (
                "application credential",
                (a.application_credential_id.as_ref()).or(a.application_credential_name.as_ref()),
            ),
            _ => ("user", a.username.as_ref().or(a.user_id.as_ref())),
        };
        format!("{what} {}", name.map_or("?", String::as_str))
    }

    fn require<'a, T: AsRef<str>>(&self, value: &'a Option<T>, key: &str) -> Result<&'a str> {
        (value.as_ref().map(T::as_ref)).ok_or_else(|| self.missing(&self.field(key)))
    }

    fn missing(&self, what: &str) -> anyhow::Error {
        let kind = self.auth_type.name();
        Error::usage(format!(
            "{} auth_type {kind} but no {what}",
            describe_has(self.cloud.as_deref())
        ))
        .into()
    }

    /// How messages name an `auth` setting: `auth.KEY` in a cloud, `OS_KEY` in the environment.
    fn field(&self, key: &str) -> String {
        match self.cloud {
            Some(_) => format!("auth.{key}"),
            None => self.setting(key),
        }
    }

    /// How messages name a top-level setting: `KEY` in a cloud, `OS_KEY` in the environment.
    fn setting(&self, key: &str) -> String {
        match self.cloud {
            Some(_) => key.to_owned(),
            None => format!("OS_{}", key.to_uppercase()),
        }
    }
}

fn describe(cloud: Option<&str>) -> String {
    match cloud {
        Some(name) => format!("cloud '{name}'"),
        None => "the OS_* variables".to_owned(),
    }
}

/// `cloud 'NAME' has` or `the OS_* variables give`, to start a sentence.
fn describe_has(cloud: Option<&str>) -> String {
    let verb = if cloud.is_some() { "has" } else { "give" };
    format!("{} {verb}", describe(cloud))
}

/// The SDK's "envvars" cloud: the `OS_*` variables, if one of [`ENV_TRIGGERS`] is set.
fn env_cloud(env: &dyn Fn(&str) -> Option<String>) -> Option<Map<String, Value>> {
    let set = |name: &str| env(name).filter(|v| !v.is_empty());
    ENV_TRIGGERS.iter().any(|t| set(t).is_some()).then(|| {
        (ENV_KEYS.split_whitespace())
            .filter_map(|k| Some((k.to_lowercase(), Value::String(set(&format!("OS_{k}"))?))))
            .collect()
    })
}

/// keystoneauth v3: `auth_url` + `/auth/tokens`, with `/v3` first unless it ends in `v3`.
fn tokens_url(auth_url: &str) -> String {
    let base = auth_url.trim_end_matches('/');
    if base.ends_with("v3") {
        format!("{base}/auth/tokens")
    } else {
        format!("{base}/v3/auth/tokens")
    }
}

/// The first `block-storage` (else `volumev3`) endpoint of `interface` in `region`.
fn catalog_endpoint(
    catalog: &Value,
    interface: &str,
    region: Option<&str>,
) -> Result<String, String> {
    let services = catalog.as_array().map(Vec::as_slice).unwrap_or_default();
    let of_type = |t: &'static str| services.iter().filter(move |s| s["type"] == t);
    let mut found = false;
    for service in ["block-storage", "volumev3"].into_iter().flat_map(of_type) {
        found = true;
        let endpoints = service["endpoints"]
            .as_array()
            .map(Vec::as_slice)
            .unwrap_or_default();
        let matches = |e: &&Value| {
            let in_region = e["region_id"].as_str().or(e["region"].as_str());
            e["interface"] == interface && region.is_none_or(|r| in_region == Some(r))
        };
        if let Some(url) = endpoints
            .iter()
            .find(matches)
            .and_then(|e| e["url"].as_str())
        {
            return Ok(url.to_owned());
        }
    }
    if found {
        let region = region
            .map(|r| format!(" in region {r}"))
            .unwrap_or_default();
        return Err(format!(
            "the catalog has no {interface} block-storage endpoint{region}"
        ));
    }
    let seen: Vec<&str> = services.iter().filter_map(|s| s["type"].as_str()).collect();
    Err(format!(
        "the catalog has no block-storage (or volumev3) service; it has: {}",
        if seen.is_empty() {
            "nothing".to_owned()
        } else {
            seen.join(", ")
        }
    ))
}

/// `url` without a trailing slash, its project placeholders replaced, and `/{project}`
/// appended when it ends in `/v3`.
fn with_project(url: &str, project: Option<&str>) -> String {
    let mut url = url.trim_end_matches('/').to_owned();
    if let Some(project) = project {
        for name in ["project_id", "tenant_id"] {
            for placeholder in [
                format!("%({name})s"),
                format!("$({name})s"),
                format!("{{{name}}}"),
            ] {
                url = url.replace(&placeholder, project);
            }
        }
        if url.ends_with("/v3") {
            url = format!("{url}/{project}");
        }
    }
    url
}

/// The project of a `…/v3/{project_id}` endpoint.
fn project_in(endpoint: &str) -> Option<String> {
    let (_, project) = endpoint.rsplit_once("/v3/")?;
    let plain = !project.is_empty() && !project.contains(['/', '%', '$', '{']);
    plain.then(|| project.to_owned())
}

fn expand_home(path: &str, home: Option<&str>) -> PathBuf {
    match (path.strip_prefix("~/"), home) {
        (Some(rest), Some(home)) => Path::new(home).join(rest),
        _ => PathBuf::from(path),
    }
}

#[cfg(test)]
mod tests;
