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
    let no_project = settings("auth: {auth_url: 'http://127.0.0.1:1', user_id: u, password: p}");
    assert!(err(no_project).ends_with(
        "no auth.project_name or auth.project_id (Cinder needs a project-scoped token)"
    ));
    let no_user = settings("auth: {auth_url: 'http://127.0.0.1:1', password: p, project_id: x}");
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
    let bare = settings("auth_type: admin_token\nauth: {token: t, endpoint: 'http://c:8776/v3'}");
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
    let (url, keystone) = keystone_once("201 Created", "X-Subject-Token: gAAAA-subject\r\n", body);
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
    let (url, keystone) = keystone_once("201 Created", "X-Subject-Token: t\r\n", body.to_string());
    let s = password_cloud_at(&url);
    let err = s.connect(Duration::from_secs(5)).unwrap_err();
    keystone.join().unwrap();
    let expected = "cloud 'c': the catalog has no block-storage (or volumev3) service; \
                    it has: identity, volume";
    assert_eq!(message_of(&err), expected);
}
