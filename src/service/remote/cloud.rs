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
        let agent = agent(self.cacert.as_deref(), self.verify, timeout)?;
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

/// A ureq agent for Keystone: errors as answers, the cloud's CA or no verification at all.
fn agent(ca_cert: Option<&Path>, verify: bool, timeout: Duration) -> Result<ureq::Agent> {
    let mut tls = ureq::tls::TlsConfig::builder().disable_verification(!verify);
    if let (Some(path), true) = (ca_cert, verify) {
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
        tls = tls.root_certs(ureq::tls::RootCerts::Specific(std::sync::Arc::new(
            certificates,
        )));
    }
    let config = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(timeout))
        .tls_config(tls.build());
    Ok(config.build().into())
}

/// One cloud's mapping (keys with `-` read as `_`), read as the SDK reads it.
struct Raw(Map<String, Value>);

impl Raw {
    fn new(map: Map<String, Value>) -> Raw {
        Raw(normalize(map))
    }

    fn top(&self, key: &str) -> Option<String> {
        scalar(self.0.get(key)?)
    }

    /// The first of `keys` found in `auth:`, then at the top (where the `OS_*` variables are).
    fn auth(&self, keys: &[&str]) -> Option<String> {
        let auth = self.0.get("auth");
        (keys.iter().find_map(|k| scalar(auth?.get(k)?)))
            .or_else(|| keys.iter().find_map(|k| self.top(k)))
    }

    /// `block_storage_KEY` (or an alias's), then plain `KEY` if `fallback` (`_get_config`).
    fn service(&self, key: &str, fallback: bool) -> Option<String> {
        let prefixed = SERVICE_PREFIXES
            .iter()
            .find_map(|p| self.top(&format!("{p}_{key}")));
        prefixed.or_else(|| fallback.then(|| self.top(key)).flatten())
    }

    /// `regions: [name | {name: …}, …]`: the first, as the SDK picks without a region_name.
    fn first_region(&self) -> Option<String> {
        let first = self.0.get("regions")?.as_array()?.first()?;
        scalar(first.get("name").unwrap_or(first))
    }

    /// A boolean, also spelled as YAML 1.1 and the shell do (`yes`, `off`, `1`…).
    fn flag(&self, key: &str) -> Option<bool> {
        match self.0.get(key)? {
            Value::Bool(b) => Some(*b),
            other => match scalar(other)?.to_lowercase().as_str() {
                "true" | "yes" | "on" | "1" => Some(true),
                "false" | "no" | "off" | "0" => Some(false),
                _ => None,
            },
        }
    }
}

fn normalize(map: Map<String, Value>) -> Map<String, Value> {
    let value = |v| match v {
        Value::Object(inner) => Value::Object(normalize(inner)),
        other => other,
    };
    map.into_iter()
        .map(|(k, v)| (k.replace('-', "_"), value(v)))
        .collect()
}

fn scalar(value: &Value) -> Option<String> {
    match value {
        Value::String(s) if !s.is_empty() => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// Where clouds.yaml and secure.yaml are looked for, in openstacksdk's order.
struct Search {
    /// `$OS_CLIENT_CONFIG_FILE` and `$OS_CLIENT_SECURE_FILE`, looked at first.
    clouds_file: Option<PathBuf>,
    secure_file: Option<PathBuf>,
    dirs: Vec<PathBuf>,
}

impl Search {
    fn new(env: &dyn Fn(&str) -> Option<String>, cwd: &Path) -> Search {
        let mut dirs = vec![cwd.to_path_buf()];
        dirs.extend(env("XDG_CONFIG_HOME").map(|x| Path::new(&x).join("openstack")));
        dirs.extend(env("HOME").map(|h| Path::new(&h).join(".config/openstack")));
        dirs.push(PathBuf::from("/etc/openstack"));
        let mut unique = Vec::new();
        for dir in dirs {
            if !unique.contains(&dir) {
                unique.push(dir);
            }
        }
        Search {
            clouds_file: env("OS_CLIENT_CONFIG_FILE").map(PathBuf::from),
            secure_file: env("OS_CLIENT_SECURE_FILE").map(PathBuf::from),
            dirs: unique,
        }
    }

    /// `first`, then `STEM.yaml`, `STEM.yml` and `STEM.json` in each directory.
    fn files(&self, first: &Option<PathBuf>, stem: &str) -> Vec<PathBuf> {
        let named = (self.dirs.iter())
            .flat_map(|d| ["yaml", "yml", "json"].map(|s| d.join(format!("{stem}.{s}"))));
        first.iter().cloned().chain(named).collect()
    }

    /// The cloud's mapping, with its secure.yaml part merged over it, and its clouds.yaml.
    fn cloud(&self, name: &str) -> Result<(PathBuf, Map<String, Value>)> {
        let mut seen = Vec::new();
        let clouds = self.files(&self.clouds_file, "clouds");
        let Some((file, mut cloud)) = find(&clouds, name, &mut seen)? else {
            let searched: Vec<String> = (self.clouds_file.iter().cloned())
                .chain(self.dirs.iter().map(|d| d.join("clouds.yaml")))
                .map(|p| p.display().to_string())
                .collect();
            seen.sort();
            seen.dedup();
            let seen = if seen.is_empty() {
                String::new()
            } else {
                format!("; clouds found: {}", seen.join(", "))
            };
            return Err(Error::usage(format!(
                "no cloud named '{name}' in {} (or clouds.yml/clouds.json beside them){seen}",
                searched.join(", ")
            ))
            .into());
        };
        let secure = self.files(&self.secure_file, "secure");
        if let Some((_, secure)) = find(&secure, name, &mut Vec::new())? {
            merge(&mut cloud, secure);
        }
        Ok((file, cloud))
    }
}

/// The first of `files` whose `clouds:` has `name`; the names of the others' clouds in `seen`.
fn find(
    files: &[PathBuf],
    name: &str,
    seen: &mut Vec<String>,
) -> Result<Option<(PathBuf, Map<String, Value>)>> {
    for path in files {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => {
                return Err(Error::usage(format!("cannot read {}: {e}", path.display())).into());
            }
        };
        let doc: Value = serde_saphyr::from_str(&text).map_err(|e| {
            let why = e.without_snippet().to_string();
            Error::usage(format!(
                "{} is not valid YAML: {}",
                path.display(),
                why.trim_start_matches("error: ")
            ))
        })?;
        let Some(clouds) = doc.get("clouds").and_then(Value::as_object) else {
            continue;
        };
        match clouds.get(name) {
            Some(Value::Object(cloud)) => return Ok(Some((path.clone(), cloud.clone()))),
            Some(_) => {
                return Err(Error::usage(format!(
                    "{}: cloud '{name}' is not a mapping",
                    path.display()
                ))
                .into());
            }
            None => seen.extend(clouds.keys().cloned()),
        }
    }
    Ok(None)
}

/// openstacksdk's `merge_clouds`: `over` wins, mappings are merged key by key.
fn merge(base: &mut Map<String, Value>, over: Map<String, Value>) {
    for (key, value) in over {
        match (base.get_mut(&key), value) {
            (Some(Value::Object(inner)), Value::Object(value)) => merge(inner, value),
            (_, value) => {
                base.insert(key, value);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;
    use std::io::{BufRead, BufReader, Read, Write};
    use std::net::TcpListener;

    use super::*;
    use crate::error::{ErrorKind, kind_of, message_of};

    /// A temporary working directory and home, and the environment the test gives.
    struct Place {
        root: tempfile::TempDir,
        vars: HashMap<String, String>,
    }

    impl Place {
        fn new(vars: &[(&str, &str)]) -> Place {
            let root = tempfile::tempdir().unwrap();
            let mut vars: HashMap<String, String> = vars
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect();
            vars.insert(
                "HOME".into(),
                root.path().join("home").display().to_string(),
            );
            Place { root, vars }
        }

        fn path(&self, relative: &str) -> PathBuf {
            self.root.path().join(relative)
        }

        /// Writes `text` at `relative` (under the temporary root) and returns its path.
        fn write(&self, relative: &str, text: &str) -> PathBuf {
            let path = self.path(relative);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, text).unwrap();
            path
        }

        fn load(&self, cloud: Option<&str>) -> Result<Option<CloudSettings>> {
            let env = |k: &str| self.vars.get(k).cloned();
            let mut search = Search::new(&env, &self.path("cwd"));
            // The machine's /etc/openstack stays out of the tests: a temporary one stands in.
            assert_eq!(search.dirs.pop(), Some(PathBuf::from("/etc/openstack")));
            search.dirs.push(self.path("etc/openstack"));
            CloudSettings::load_from(cloud, &env, &search)
        }

        fn settings(&self, cloud: Option<&str>) -> CloudSettings {
            self.load(cloud).unwrap().expect("a cloud")
        }

        fn error(&self, cloud: Option<&str>) -> String {
            message_of(&self.load(cloud).unwrap_err())
        }
    }

    /// A clouds.yaml (or secure.yaml) with these clouds, each given as its YAML body.
    fn clouds(entries: &[(&str, &str)]) -> String {
        let entry = |(name, body): &(&str, &str)| {
            let body: String = body.lines().map(|l| format!("    {l}\n")).collect();
            format!("  {name}:\n{body}")
        };
        format!("clouds:\n{}", entries.iter().map(entry).collect::<String>())
    }

    fn cloud(name: &str, body: &str) -> String {
        clouds(&[(name, body)])
    }

    fn settings(yaml: &str) -> CloudSettings {
        let place = Place::new(&[]);
        place.write("cwd/clouds.yaml", &cloud("c", yaml));
        place.settings(Some("c"))
    }

    const PASSWORD_CLOUD: &str = "auth:
  auth_url: https://keystone.example:5000
  username: alice
  password: s3cret
  project_name: demo
  user_domain_name: Default
  project_domain_id: default
region_name: RegionOne";

    /// [`PASSWORD_CLOUD`] with its Keystone at `url`.
    fn password_cloud_at(url: &str) -> CloudSettings {
        settings(&PASSWORD_CLOUD.replace("https://keystone.example:5000", url))
    }

    #[test]
    fn the_first_file_that_has_the_cloud_wins_in_the_sdk_order() {
        let mut place = Place::new(&[]);
        for (file, url) in [
            ("explicit.yaml", "https://explicit"),
            ("cwd/clouds.yaml", "https://cwd"),
            ("xdg/openstack/clouds.yaml", "https://xdg"),
            ("home/.config/openstack/clouds.yaml", "https://home"),
        ] {
            place.write(file, &cloud("c", &format!("auth:\n  auth_url: {url}")));
        }
        let json = r#"{"clouds": {"c": {"auth": {"auth_url": "https://etc"}}}}"#;
        place.write("etc/openstack/clouds.json", json);
        place.write("cwd/clouds.yml", &cloud("other", "region_name: x"));
        let xdg = place.path("xdg").display().to_string();
        place.vars.insert("XDG_CONFIG_HOME".into(), xdg);
        let explicit = place.path("explicit.yaml").display().to_string();
        place.vars.insert("OS_CLIENT_CONFIG_FILE".into(), explicit);
        let url = |p: &Place| p.settings(Some("c")).auth.auth_url.unwrap();
        assert_eq!(url(&place), "https://explicit");
        place.vars.remove("OS_CLIENT_CONFIG_FILE");
        assert_eq!(url(&place), "https://cwd");
        std::fs::remove_file(place.path("cwd/clouds.yaml")).unwrap();
        // ./clouds.yml exists but has no cloud 'c': the search goes on.
        assert_eq!(url(&place), "https://xdg");
        std::fs::remove_file(place.path("xdg/openstack/clouds.yaml")).unwrap();
        assert_eq!(url(&place), "https://home");
        std::fs::remove_file(place.path("home/.config/openstack/clouds.yaml")).unwrap();
        assert_eq!(url(&place), "https://etc");
    }

    #[test]
    fn secure_yaml_is_merged_over_the_cloud_key_by_key() {
        let place = Place::new(&[]);
        place.write("cwd/clouds.yaml", &cloud("c", PASSWORD_CLOUD));
        let secure = cloud("c", "auth:\n  password: from-secure\nverify: false");
        place.write("home/.config/openstack/secure.yaml", &secure);
        let s = place.settings(Some("c"));
        assert_eq!(s.auth.password, Some(Secret("from-secure".into())));
        assert_eq!(s.auth.username.as_deref(), Some("alice"));
        assert_eq!(
            s.auth.auth_url.as_deref(),
            Some("https://keystone.example:5000")
        );
        assert!(!s.verify);
        assert_eq!(s.file, Some(place.path("cwd/clouds.yaml")));
    }

    #[test]
    fn os_cloud_names_the_cloud_and_the_flag_wins_over_it() {
        let place = Place::new(&[("OS_CLOUD", "b"), ("OS_PASSWORD", "env-pw")]);
        let yaml = clouds(&[("a", "region_name: A"), ("b", "region_name: B")]);
        place.write("cwd/clouds.yaml", &yaml);
        assert_eq!(place.settings(None).region_name.as_deref(), Some("B"));
        let a = place.settings(Some("a"));
        assert_eq!(a.region_name.as_deref(), Some("A"));
        // As in openstacksdk, OS_* variables do not change a named cloud.
        assert_eq!(a.auth.password, None);
    }

    #[test]
    fn os_variables_make_a_cloud_only_with_an_auth_url_endpoint_or_auth_type() {
        let place = Place::new(&[("OS_REGION_NAME", "r"), ("OS_PASSWORD", "pw")]);
        assert!(place.load(None).unwrap().is_none());
        let place = Place::new(&[
            ("OS_AUTH_URL", "https://ks/identity/v3"),
            ("OS_USERNAME", "bob"),
            ("OS_PASSWORD", "pw"),
            ("OS_TENANT_NAME", "demo"),
            ("OS_DOMAIN_NAME", "Default"),
            ("OS_REGION_NAME", "RegionTwo"),
            ("OS_INTERFACE", "internalURL"),
            ("OS_CACERT", "~/ca.pem"),
            ("OS_INSECURE", "True"),
        ]);
        let s = place.settings(None);
        assert_eq!(
            (s.cloud.as_deref(), s.auth_type),
            (None, AuthType::Password)
        );
        assert_eq!(s.auth.project_name.as_deref(), Some("demo"));
        assert_eq!(s.auth.user_domain_name.as_deref(), Some("Default"));
        assert_eq!(s.auth.project_domain_name.as_deref(), Some("Default"));
        assert_eq!(s.region_name.as_deref(), Some("RegionTwo"));
        assert_eq!(s.interface, "internal");
        assert_eq!(s.cacert, Some(place.path("home/ca.pem")));
        assert!(!s.verify);
    }

    #[test]
    fn settings_read_aliases_service_keys_and_regions() {
        let s = settings(
            "auth_type: v3password
auth:
  auth-url: https://ks
  tenant_id: p1
  auth_token: t
regions: [{name: R2}, R3]
volume_endpoint_override: http://cinder/v3/%(project_id)s
block_storage_interface: admin
interface: public
insecure: yes",
        );
        assert_eq!(s.auth.auth_url.as_deref(), Some("https://ks"));
        assert_eq!(s.auth.project_id.as_deref(), Some("p1"));
        assert_eq!(s.auth.token.as_ref().map(Secret::expose), Some("t"));
        assert_eq!(s.region_name.as_deref(), Some("R2"));
        assert_eq!(s.interface, "admin");
        let url = s.block_storage_endpoint_override.as_deref();
        assert_eq!(url, Some("http://cinder/v3/%(project_id)s"));
        assert!(!s.verify);
        assert!(settings("verify: true").verify);
    }

    #[test]
    fn auth_type_is_inferred_as_openstackclient_does() {
        let of = |yaml: &str| settings(yaml).auth_type;
        assert_eq!(of("auth: {username: u}"), AuthType::Password);
        assert_eq!(
            of("auth: {auth_url: https://ks, token: t}"),
            AuthType::Token
        );
        assert_eq!(
            of("auth: {endpoint: http://c/v3/p, token: t}"),
            AuthType::AdminToken
        );
        assert_eq!(of("auth_type: token_endpoint"), AuthType::AdminToken);
        assert_eq!(of("auth_type: noauth"), AuthType::None);
        assert_eq!(
            of("auth_type: v3applicationcredential"),
            AuthType::ApplicationCredential
        );
    }

    #[test]
    fn a_missing_cloud_names_it_the_files_searched_and_the_clouds_seen() {
        let place = Place::new(&[("OS_CLIENT_CONFIG_FILE", "/nowhere/my.yaml")]);
        place.write("cwd/clouds.yaml", &cloud("prod", "region_name: r"));
        let message = place.error(Some("dev"));
        assert!(
            message.starts_with("no cloud named 'dev' in /nowhere/my.yaml, "),
            "{message}"
        );
        let home = place.path("home/.config/openstack/clouds.yaml");
        assert!(message.contains(&home.display().to_string()), "{message}");
        let etc = place.path("etc/openstack/clouds.yaml");
        assert!(message.contains(&etc.display().to_string()), "{message}");
        assert!(message.ends_with("; clouds found: prod"), "{message}");
        assert_eq!(
            kind_of(&place.load(Some("dev")).unwrap_err()),
            ErrorKind::Usage
        );
    }

    #[test]
    fn a_yaml_error_names_the_file_and_the_parser_message() {
        let place = Place::new(&[]);
        let path = place.write("cwd/clouds.yaml", "clouds:\n  c: [\n");
        let message = place.error(Some("c"));
        let expected = format!("{} is not valid YAML: unclosed bracket", path.display());
        assert!(message.starts_with(&expected), "{message}");
        assert!(!message.contains('\n'), "{message}");
    }

    #[test]
    fn a_missing_field_is_named_in_the_cloud_or_as_a_variable() {
        let err = |s: CloudSettings| message_of(&s.connect(Duration::from_secs(1)).unwrap_err());
        let no_url = settings("auth: {username: u, password: p, project_id: x}");
        assert_eq!(
            err(no_url),
            "cloud 'c' has auth_type password but no auth.auth_url"
        );
        let no_project =
            settings("auth: {auth_url: 'http://127.0.0.1:1', user_id: u, password: p}");
        assert!(err(no_project).ends_with(
            "no auth.project_name or auth.project_id (Cinder needs a project-scoped token)"
        ));
        let no_user =
            settings("auth: {auth_url: 'http://127.0.0.1:1', password: p, project_id: x}");
        assert!(err(no_user).ends_with("no auth.username or auth.user_id"));
        let no_domain = settings("auth: {auth_url: x, username: u, password: p, project_id: x}");
        let expected = "cloud 'c' has auth.username but no auth.user_domain_name or \
                        auth.user_domain_id (a user name is unique only within a domain)";
        assert_eq!(err(no_domain), expected);
        let place = Place::new(&[
            ("OS_AUTH_TYPE", "admin_token"),
            ("OS_ENDPOINT", "http://c/v3/p"),
        ]);
        let message = err(place.settings(None));
        assert_eq!(
            message,
            "the OS_* variables give auth_type admin_token but no OS_TOKEN"
        );
        let unknown = Place::new(&[("OS_AUTH_TYPE", "v3oidcpassword")]);
        assert!(
            unknown
                .error(None)
                .starts_with("the OS_* variables give auth_type v3oidcpassword, which")
        );
    }

    #[test]
    fn password_request_names_the_user_and_project_with_their_domains() {
        let s = settings(PASSWORD_CLOUD);
        assert_eq!(s.auth_type, AuthType::Password);
        let identity = json!({"methods": ["password"], "password": {"user":
            {"name": "alice", "domain": {"name": "Default"}, "password": "s3cret"}}});
        assert_eq!(s.identity().unwrap(), identity);
        let scope = json!({"project": {"name": "demo", "domain": {"id": "default"}}});
        assert_eq!(s.scope().unwrap(), Some(scope));
        let ids = settings("auth: {user_id: u1, username: ignored, password: p, project_id: p1}");
        assert_eq!(
            ids.identity().unwrap()["password"]["user"],
            json!({"id": "u1", "password": "p"})
        );
        assert_eq!(ids.scope().unwrap(), Some(json!({"project": {"id": "p1"}})));
    }

    #[test]
    fn token_and_application_credential_requests() {
        let token =
            settings("auth_type: v3token\nauth: {auth_url: https://ks, token: tok, project_id: p}");
        assert_eq!(
            token.identity().unwrap(),
            json!({"methods": ["token"], "token": {"id": "tok"}})
        );
        let by_id = settings(
            "auth_type: v3applicationcredential
auth: {auth_url: https://ks, application_credential_id: ac1, application_credential_secret: s}",
        );
        let expected = json!({"methods": ["application_credential"],
            "application_credential": {"id": "ac1", "secret": "s"}});
        assert_eq!(by_id.identity().unwrap(), expected);
        assert_eq!(by_id.scope().unwrap(), None);
        let by_name = settings(
            "auth_type: v3applicationcredential
auth: {application_credential_name: backup, application_credential_secret: s,
  username: u, user_domain_id: d}",
        );
        let credential = &by_name.identity().unwrap()["application_credential"];
        assert_eq!(credential["name"], "backup");
        assert_eq!(
            credential["user"],
            json!({"name": "u", "domain": {"id": "d"}})
        );
    }

    #[test]
    fn tokens_url_gets_v3_unless_it_has_it() {
        assert_eq!(
            tokens_url("https://ks:5000"),
            "https://ks:5000/v3/auth/tokens"
        );
        assert_eq!(
            tokens_url("https://ks/identity/"),
            "https://ks/identity/v3/auth/tokens"
        );
        assert_eq!(
            tokens_url("https://ks/identity/v3/"),
            "https://ks/identity/v3/auth/tokens"
        );
    }

    /// A Keystone v3 token body shaped like devstack's, trimmed to what matters.
    fn token_body() -> Value {
        let endpoints = |path: &str| {
            let at = |interface, region: Value, host| {
                let mut endpoint = json!({"interface": interface, "url": format!("{host}{path}")});
                endpoint
                    .as_object_mut()
                    .unwrap()
                    .extend(region.as_object().unwrap().clone());
                endpoint
            };
            let one = json!({"region_id": "RegionOne", "region": "RegionOne"});
            json!([
                at("public", one.clone(), "https://one.example"),
                at("internal", one, "http://10.0.0.1"),
                at(
                    "public",
                    json!({"region": "RegionTwo"}),
                    "https://two.example"
                ),
            ])
        };
        let domain = json!({"id": "default", "name": "Default"});
        let service =
            |kind, name, path| json!({"type": kind, "name": name, "endpoints": endpoints(path)});
        json!({"token": {
            "methods": ["password"],
            "user": {"id": "u1", "name": "alice", "domain": domain},
            "project": {"id": "9f3c", "name": "demo", "domain": domain},
            "expires_at": "2026-01-01T00:00:00.000000Z",
            "catalog": [
                service("identity", "keystone", "/identity"),
                service("volumev2", "cinderv2", "/volume/v2/9f3c"),
                service("volumev3", "cinderv3", "/volume/v3/9f3c"),
                service("block-storage", "cinder", "/volume/v3/"),
                service("compute", "nova", "/compute/v2.1"),
            ],
        }})
    }

    #[test]
    fn the_catalog_gives_block_storage_by_interface_and_region() {
        let catalog = &token_body()["token"]["catalog"];
        let pick = |interface, region| catalog_endpoint(catalog, interface, region);
        assert_eq!(
            pick("public", None).unwrap(),
            "https://one.example/volume/v3/"
        );
        assert_eq!(
            pick("internal", Some("RegionOne")).unwrap(),
            "http://10.0.0.1/volume/v3/"
        );
        assert_eq!(
            pick("public", Some("RegionTwo")).unwrap(),
            "https://two.example/volume/v3/"
        );
        let none = pick("admin", Some("RegionTwo")).unwrap_err();
        assert_eq!(
            none,
            "the catalog has no admin block-storage endpoint in region RegionTwo"
        );
        let v3_only = json!([catalog[1], catalog[2]]);
        let url = catalog_endpoint(&v3_only, "public", None).unwrap();
        assert_eq!(url, "https://one.example/volume/v3/9f3c");
        let without = json!([catalog[0], catalog[1], catalog[4]]);
        let message = catalog_endpoint(&without, "public", None).unwrap_err();
        let expected = "the catalog has no block-storage (or volumev3) service; \
                        it has: identity, volumev2, compute";
        assert_eq!(message, expected);
    }

    #[test]
    fn the_endpoint_gets_its_project_from_the_token_or_the_override() {
        let s = settings(PASSWORD_CLOUD);
        let (endpoint, project) = s.endpoint_from(&token_body()).unwrap();
        assert_eq!(
            (endpoint.as_str(), project.as_str()),
            ("https://one.example/volume/v3/9f3c", "9f3c")
        );
        for url in [
            "http://c:8776/v3/%(project_id)s",
            "http://c:8776/v3/$(project_id)s/",
            "http://c:8776/v3/{project_id}",
            "http://c:8776/v3",
        ] {
            let s = settings(&format!("block_storage_endpoint_override: '{url}'"));
            assert_eq!(
                s.endpoint_from(&token_body()).unwrap().0,
                "http://c:8776/v3/9f3c",
                "{url}"
            );
        }
    }

    #[test]
    fn admin_token_sends_the_token_to_the_endpoint_as_is() {
        let s = settings(
            "auth_type: admin_token
auth: {token: 'u:p', endpoint: 'http://c:8776/v3/p1/'}
cacert: /ca.pem",
        );
        let c = s.connect(Duration::from_secs(1)).unwrap();
        let expected = Connection {
            endpoint: "http://c:8776/v3/p1".into(),
            token: "u:p".into(),
            project_id: "p1".into(),
            ca_cert: Some(PathBuf::from("/ca.pem")),
            insecure: false,
        };
        assert_eq!(c, expected);
        let bare =
            settings("auth_type: admin_token\nauth: {token: t, endpoint: 'http://c:8776/v3'}");
        let message = message_of(&bare.connect(Duration::from_secs(1)).unwrap_err());
        let expected = "cloud 'c': the endpoint http://c:8776/v3 must end in /v3/{project_id} \
                        (or give auth.project_id)";
        assert_eq!(message, expected);
    }

    #[test]
    fn noauth_sends_user_colon_project() {
        let connect = |yaml: &str| settings(yaml).connect(Duration::from_secs(1)).unwrap();
        let c = connect(
            "auth_type: none
auth: {endpoint: 'http://c/v3', project_id: p2, user_id: u2}
verify: false",
        );
        assert_eq!(
            (c.endpoint.as_str(), c.token.as_str(), c.insecure),
            ("http://c/v3/p2", "u2:p2", true)
        );
        let c = connect(
            "auth_type: noauth
auth: {username: bob}
block_storage_endpoint_override: 'http://c/v3/p3'",
        );
        assert_eq!((c.token.as_str(), c.project_id.as_str()), ("bob:p3", "p3"));
        let c = connect("auth_type: none\nauth: {endpoint: 'http://c/v3/p4'}");
        assert_eq!(c.token, "admin:p4");
        let err = settings("auth_type: none")
            .connect(Duration::from_secs(1))
            .unwrap_err();
        let expected = "cloud 'c' has auth_type none but no auth.endpoint \
                        (or block_storage_endpoint_override)";
        assert_eq!(message_of(&err), expected);
    }

    #[test]
    fn a_cacert_that_cannot_be_read_is_named() {
        let s = settings(&format!("{PASSWORD_CLOUD}\ncacert: /nonexistent/ca.pem"));
        let err = s.connect(Duration::from_secs(1)).unwrap_err();
        let message = message_of(&err);
        assert!(
            message.starts_with("cannot use cacert /nonexistent/ca.pem: "),
            "{message}"
        );
        assert_eq!(kind_of(&err), ErrorKind::Usage);
        let insecure = settings(&format!(
            "{PASSWORD_CLOUD}\ncacert: /nonexistent/ca.pem\nverify: no"
        ));
        assert!(
            !insecure.verify,
            "verify: no turns verification off, and the cacert is not read"
        );
    }

    #[test]
    fn debug_output_hides_secrets() {
        let s = settings(PASSWORD_CLOUD);
        assert!(!format!("{s:?}").contains("s3cret"));
        let c = settings("auth_type: admin_token\nauth: {token: tok3n, endpoint: 'http://c/v3/p'}");
        assert!(!format!("{:?}", c.connect(Duration::from_secs(1)).unwrap()).contains("tok3n"));
    }

    /// Answers one HTTP request on 127.0.0.1 with `status`, `headers` and `body`; the
    /// returned thread yields the request's head and body.
    fn keystone_once(
        status: &str,
        headers: &str,
        body: String,
    ) -> (String, std::thread::JoinHandle<(String, Value)>) {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}/identity", listener.local_addr().unwrap());
        let (status, headers) = (status.to_owned(), headers.to_owned());
        let thread = std::thread::spawn(move || {
            let (stream, _) = listener.accept().unwrap();
            let mut reader = BufReader::new(stream);
            let mut head = String::new();
            while !head.ends_with("\r\n\r\n") {
                reader.read_line(&mut head).unwrap();
            }
            let length = head.lines().find_map(|l| {
                l.to_lowercase()
                    .strip_prefix("content-length:")
                    .map(|n| n.trim().parse::<usize>().unwrap())
            });
            let mut request = vec![0; length.unwrap_or(0)];
            reader.read_exact(&mut request).unwrap();
            let answer = format!(
                "HTTP/1.1 {status}\r\n{headers}Content-Type: application/json\r\n\
                 Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
            reader.get_mut().write_all(answer.as_bytes()).unwrap();
            (head, serde_json::from_slice(&request).unwrap())
        });
        (url, thread)
    }

    #[test]
    fn keystone_password_exchange_takes_the_subject_token_and_the_catalog() {
        let body = token_body().to_string();
        let (url, keystone) =
            keystone_once("201 Created", "X-Subject-Token: gAAAA-subject\r\n", body);
        let s = password_cloud_at(&url);
        let c = s.connect(Duration::from_secs(5)).unwrap();
        let (head, request) = keystone.join().unwrap();
        assert!(
            head.starts_with("POST /identity/v3/auth/tokens HTTP/1.1\r\n"),
            "{head}"
        );
        assert!(!head.to_lowercase().contains("x-auth-token"), "{head}");
        let expected = json!({"auth": {
            "identity": {"methods": ["password"], "password": {"user":
                {"name": "alice", "domain": {"name": "Default"}, "password": "s3cret"}}},
            "scope": {"project": {"name": "demo", "domain": {"id": "default"}}},
        }});
        assert_eq!(request, expected);
        assert_eq!(c.token, "gAAAA-subject");
        assert_eq!(
            (c.endpoint.as_str(), c.project_id.as_str()),
            ("https://one.example/volume/v3/9f3c", "9f3c")
        );
    }

    #[test]
    fn keystone_token_exchange_sends_the_token_in_the_body_and_the_header() {
        let body = token_body().to_string();
        let (url, keystone) = keystone_once("201 Created", "X-Subject-Token: scoped\r\n", body);
        let yaml = format!("auth: {{auth_url: '{url}/v3/', token: unscoped, project_id: 9f3c}}");
        let c = settings(&yaml).connect(Duration::from_secs(5)).unwrap();
        let (head, request) = keystone.join().unwrap();
        assert!(
            head.starts_with("POST /identity/v3/auth/tokens HTTP/1.1\r\n"),
            "{head}"
        );
        assert!(
            head.to_lowercase()
                .contains("\r\nx-auth-token: unscoped\r\n"),
            "{head}"
        );
        let identity = json!({"methods": ["token"], "token": {"id": "unscoped"}});
        assert_eq!(request["auth"]["identity"], identity);
        assert_eq!(request["auth"]["scope"], json!({"project": {"id": "9f3c"}}));
        assert_eq!(c.token, "scoped");
    }

    #[test]
    fn keystone_refusal_and_absence_are_one_sentence_each() {
        let refusal = json!({"error": {"code": 401, "title": "Unauthorized",
            "message": "The request you have made requires authentication."}});
        let (url, keystone) = keystone_once("401 Unauthorized", "", refusal.to_string());
        let s = password_cloud_at(&url);
        let err = s.connect(Duration::from_secs(5)).unwrap_err();
        keystone.join().unwrap();
        let expected = format!(
            "Keystone at {url}/v3/auth/tokens refused the credentials for user alice: \
             The request you have made requires authentication."
        );
        assert_eq!(
            (message_of(&err), kind_of(&err)),
            (expected, ErrorKind::Usage)
        );
        assert!(!message_of(&err).contains("s3cret"));

        let closed = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap();
        let s = password_cloud_at(&format!("http://{closed}"));
        let err = s.connect(Duration::from_secs(5)).unwrap_err();
        assert_eq!(kind_of(&err), ErrorKind::Backend);
        assert!(message_of(&err).starts_with(&format!(
            "cannot reach Keystone at http://{closed}/v3/auth/tokens: "
        )));
    }

    #[test]
    fn keystone_without_block_storage_says_what_the_catalog_has() {
        let mut body = token_body();
        body["token"]["catalog"] =
            json!([{"type": "identity", "endpoints": []}, {"type": "volume", "endpoints": []}]);
        let (url, keystone) =
            keystone_once("201 Created", "X-Subject-Token: t\r\n", body.to_string());
        let s = password_cloud_at(&url);
        let err = s.connect(Duration::from_secs(5)).unwrap_err();
        keystone.join().unwrap();
        let expected = "cloud 'c': the catalog has no block-storage (or volumev3) service; \
                        it has: identity, volume";
        assert_eq!(message_of(&err), expected);
    }
}
