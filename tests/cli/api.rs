//! `blockctl serve`: the Cinder v3 API over real HTTP, against the real binary. A `Server`
//! serves one `TestEnv`'s state dir on a free loopback port; requests go out through the
//! small HTTP/1.1 client below, and the catalogue is cross-checked with the CLI.
//!
//! `TestEnv`'s CLI acts for project `admin`: the tests that cross-check with it use the
//! token `u1:admin`.

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::support::*;

/// The token of project `admin`, the project `TestEnv`'s CLI acts for.
pub const ADMIN: &str = "u1:admin";

/// How long a volume or snapshot may take to reach a status.
const SETTLE: Duration = Duration::from_secs(60);

// ---------------------------------------------------------------------------------------
// the server fixture

/// `blockctl serve --listen 127.0.0.1:0` over a `TestEnv`'s state dir, killed on drop.
pub struct Server {
    child: Child,
    pub port: u16,
    /// The server's stderr after its `listening on` line, for failure messages.
    stderr: Arc<Mutex<String>>,
}

impl Server {
    pub fn start(env: &TestEnv) -> Server {
        Server::start_with(env, &[])
    }

    /// Starts `blockctl serve --listen 127.0.0.1:0 EXTRA…` with the same environment as
    /// `TestEnv::cmd`, and waits for the address it prints.
    pub fn start_with(env: &TestEnv, extra: &[&str]) -> Server {
        Server::start_with_env(env, extra, &[])
    }

    /// As [`Server::start_with`], with these environment variables set (fault injection).
    pub fn start_with_env(env: &TestEnv, extra: &[&str], vars: &[(&str, &str)]) -> Server {
        let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("blockctl"));
        cmd.args(["serve", "--listen", "127.0.0.1:0"])
            .args(extra)
            .env("BLOCKCTL_STATE_DIR", &env.state)
            .env("XDG_CONFIG_HOME", env.dir.path().join("config"))
            .env_remove("BLOCKCTL_CONFIG")
            .env_remove("__BLOCKCTL_TEST_FAIL_AT")
            .env_remove("__BLOCKCTL_TEST_HANG_AT")
            .env_remove("BLOCKCTL_LOG")
            .env("NO_COLOR", "1")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        if let Some(config) = &env.config {
            cmd.env("BLOCKCTL_CONFIG", config);
        }
        cmd.envs(vars.iter().copied());
        {
            use std::os::unix::process::CommandExt;
            // SAFETY: prctl is async-signal-safe and touches no memory of the parent: the
            // server dies with the test thread that started it, even if the test binary is
            // killed before `Drop` runs.
            unsafe {
                cmd.pre_exec(|| {
                    libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
                    Ok(())
                });
            }
        }
        let mut child = cmd.spawn().expect("spawn blockctl serve");
        let stderr = child.stderr.take().expect("serve's stderr");
        let (sender, receiver) = std::sync::mpsc::channel();
        let rest = Arc::new(Mutex::new(String::new()));
        let log = Arc::clone(&rest);
        std::thread::spawn(move || {
            let mut lines = BufReader::new(stderr).lines();
            let mut before = String::new();
            for line in lines.by_ref() {
                let Ok(line) = line else { break };
                if line.starts_with("listening on ") {
                    let _ = sender.send(Ok(line));
                    // Keep draining, so the server never blocks on a full pipe.
                    for line in lines.map_while(Result::ok) {
                        let mut log = log.lock().unwrap();
                        log.push_str(&line);
                        log.push('\n');
                    }
                    return;
                }
                before.push_str(&line);
                before.push('\n');
            }
            let _ = sender.send(Err(before));
        });
        let line = match receiver.recv_timeout(Duration::from_secs(30)) {
            Ok(Ok(line)) => line,
            Ok(Err(stderr)) => {
                let status = child.wait().expect("wait for blockctl serve");
                panic!("blockctl serve exited ({status}) before listening:\n{stderr}");
            }
            Err(_) => {
                let _ = child.kill();
                let _ = child.wait();
                panic!("blockctl serve printed no `listening on` line within 30 s");
            }
        };
        let mut server = Server {
            child,
            port: 0,
            stderr: rest,
        };
        let port = line
            .strip_prefix("listening on http://127.0.0.1:")
            .or_else(|| line.strip_prefix("listening on https://127.0.0.1:"))
            .and_then(|rest| rest.strip_suffix(" (Cinder v3 API at /v3)"))
            .and_then(|port| port.parse::<u16>().ok())
            .unwrap_or_else(|| panic!("unexpected address line on serve's stderr: {line:?}"));
        assert_ne!(port, 0, "{line}");
        server.port = port;
        server
    }

    /// `http://127.0.0.1:PORT/v3[/PROJECT]`, the endpoint clients are given.
    pub fn endpoint(&self, project: Option<&str>) -> String {
        match project {
            Some(project) => format!("http://127.0.0.1:{}/v3/{project}", self.port),
            None => format!("http://127.0.0.1:{}/v3", self.port),
        }
    }

    /// What the server wrote on stderr after its address line.
    pub fn log(&self) -> String {
        self.stderr.lock().unwrap().clone()
    }

    /// Sends one request (`Connection: close`) and reads the whole response.
    pub fn request(
        &self,
        method: &str,
        path: &str,
        token: Option<&str>,
        headers: &[(&str, &str)],
        body: Option<&str>,
    ) -> Response {
        let described = match body {
            Some(body) => format!("{method} {path} (token {token:?}, {headers:?}) {body}"),
            None => format!("{method} {path} (token {token:?}, {headers:?})"),
        };
        let mut head = format!(
            "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nConnection: close\r\n\
             Accept: application/json\r\nUser-Agent: blockctl-tests\r\n",
            self.port
        );
        if let Some(token) = token {
            head.push_str(&format!("X-Auth-Token: {token}\r\n"));
        }
        for (name, value) in headers {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
        let body = body.unwrap_or("");
        if !body.is_empty() || matches!(method, "POST" | "PUT") {
            if !headers
                .iter()
                .any(|(name, _)| name.eq_ignore_ascii_case("content-type"))
            {
                head.push_str("Content-Type: application/json\r\n");
            }
            head.push_str(&format!("Content-Length: {}\r\n", body.len()));
        }
        head.push_str("\r\n");
        let mut stream = TcpStream::connect(("127.0.0.1", self.port))
            .unwrap_or_else(|e| panic!("{described}: connect: {e}\n{}", self.log()));
        stream
            .set_read_timeout(Some(Duration::from_secs(120)))
            .expect("read timeout");
        stream
            .write_all(head.as_bytes())
            .and_then(|()| stream.write_all(body.as_bytes()))
            .unwrap_or_else(|e| panic!("{described}: send: {e}"));
        let mut raw = Vec::new();
        stream
            .read_to_end(&mut raw)
            .unwrap_or_else(|e| panic!("{described}: receive: {e}\n{}", self.log()));
        Response::parse(described, &raw)
    }

    pub fn get(&self, token: &str, path: &str) -> Response {
        self.request("GET", path, Some(token), &[], None)
    }

    pub fn post(&self, token: &str, path: &str, body: &Value) -> Response {
        self.request("POST", path, Some(token), &[], Some(&body.to_string()))
    }

    pub fn put(&self, token: &str, path: &str, body: &Value) -> Response {
        self.request("PUT", path, Some(token), &[], Some(&body.to_string()))
    }

    pub fn delete(&self, token: &str, path: &str) -> Response {
        self.request("DELETE", path, Some(token), &[], None)
    }

    /// Polls `GET PATH` (a volume or a snapshot) until its `key` object's `field` is
    /// `value`; fails at once on status `error`. Returns that object.
    pub fn wait_for(&self, token: &str, path: &str, field: &str, value: &Value) -> Value {
        let key = if path.contains("/snapshots/") {
            "snapshot"
        } else {
            "volume"
        };
        let started = Instant::now();
        loop {
            let response = self.get(token, path).expect(200);
            let object = response.json()[key].clone();
            if object[field] == *value {
                return object;
            }
            assert_ne!(
                object["status"], "error",
                "GET {path}: went to error waiting for {field} = {value}"
            );
            assert!(
                started.elapsed() < SETTLE,
                "GET {path}: {field} is still {} after {SETTLE:?} (waiting for {value}): \
                 {object:#}",
                object[field]
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Polls a backup until it answers 404.
    pub fn wait_backup_gone(&self, path: &str) {
        let started = Instant::now();
        while self.get(ADMIN, path).status != 404 {
            assert!(
                started.elapsed() < SETTLE,
                "GET {path}: still there after {SETTLE:?}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    pub fn wait_available(&self, token: &str, path: &str) -> Value {
        self.wait_for(token, path, "status", &json!("available"))
    }

    /// Polls `GET PATH` until it answers 404 (Cinder-shaped).
    pub fn wait_gone(&self, token: &str, path: &str) {
        let started = Instant::now();
        loop {
            let response = self.get(token, path);
            if response.status == 404 {
                response.fault(404, "itemNotFound");
                return;
            }
            let response = response.expect(200);
            assert!(
                started.elapsed() < SETTLE,
                "GET {path}: still there after {SETTLE:?}: {}",
                response.text()
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// `POST /v3/volumes` of `{"volume": VOLUME}`: 202, then polled until available.
    pub fn create_volume(&self, token: &str, volume: Value) -> Value {
        let response = self
            .post(token, "/v3/volumes", &json!({ "volume": volume }))
            .expect(202);
        let created = response.json()["volume"].clone();
        let id = created["id"].as_str().expect("the volume's id").to_owned();
        assert!(
            ["creating", "available"].contains(&created["status"].as_str().unwrap_or("")),
            "a new volume is creating or available: {created:#}"
        );
        self.wait_available(token, &format!("/v3/volumes/{id}"))
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

// ---------------------------------------------------------------------------------------
// responses

/// A parsed HTTP response, with the request it answers for failure messages.
pub struct Response {
    pub request: String,
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Response {
    fn parse(request: String, raw: &[u8]) -> Response {
        let end = raw
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .unwrap_or_else(|| {
                panic!(
                    "{request}: no complete response head in {:?}",
                    String::from_utf8_lossy(raw)
                )
            });
        let head = String::from_utf8_lossy(&raw[..end]).into_owned();
        let mut lines = head.split("\r\n");
        let status_line = lines.next().unwrap_or_default();
        let status = status_line
            .strip_prefix("HTTP/1.1 ")
            .and_then(|rest| rest.get(..3))
            .and_then(|code| code.parse().ok())
            .unwrap_or_else(|| panic!("{request}: bad status line {status_line:?}"));
        let headers: Vec<(String, String)> = lines
            .filter_map(|line| line.split_once(':'))
            .map(|(name, value)| (name.trim().to_ascii_lowercase(), value.trim().to_owned()))
            .collect();
        let rest = &raw[end + 4..];
        let chunked = headers
            .iter()
            .any(|(n, v)| n == "transfer-encoding" && v.eq_ignore_ascii_case("chunked"));
        let body = if chunked {
            dechunk(&request, rest)
        } else if let Some((_, length)) = headers.iter().find(|(n, _)| n == "content-length") {
            let length: usize = length.parse().expect("content-length");
            assert!(
                rest.len() >= length,
                "{request}: body cut short ({} of {length} bytes)",
                rest.len()
            );
            rest[..length].to_vec()
        } else {
            rest.to_vec()
        };
        Response {
            request,
            status,
            headers,
            body,
        }
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        let name = name.to_ascii_lowercase();
        self.headers
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| {
            panic!(
                "{}: answered {} with a body that is not JSON ({e}), content-type {:?}:\n{}",
                self.request,
                self.status,
                self.header("content-type"),
                self.text()
            )
        })
    }

    /// Asserts the status; returns the response for chaining.
    #[track_caller]
    pub fn expect(self, status: u16) -> Response {
        assert_eq!(
            self.status,
            status,
            "{}: expected {status}, got {} {:?}:\n{}",
            self.request,
            self.status,
            self.headers,
            self.text()
        );
        self
    }

    /// Asserts a Cinder-shaped error: `status`, a JSON body that is exactly
    /// `{FAULT: {"message": non-empty, "code": status}}`. Returns the message.
    #[track_caller]
    pub fn fault(&self, status: u16, fault: &str) -> String {
        assert_eq!(
            self.status,
            status,
            "{}: expected {status} {fault}, got {} {:?}:\n{}",
            self.request,
            self.status,
            self.headers,
            self.text()
        );
        assert!(
            self.header("content-type")
                .is_some_and(|t| t.starts_with("application/json")),
            "{}: a {status} error should be JSON ({{\"{fault}\": {{\"message\", \"code\"}}}}), \
             got content-type {:?}:\n{}",
            self.request,
            self.header("content-type"),
            self.text()
        );
        let body = self.json();
        let object = body.as_object().expect("an error body is an object");
        assert_eq!(
            object.keys().collect::<Vec<_>>(),
            [fault],
            "{}: fault name: {body}",
            self.request
        );
        let inner = &body[fault];
        assert_eq!(inner["code"], status, "{}: {body}", self.request);
        let message = inner["message"]
            .as_str()
            .unwrap_or_else(|| panic!("{}: no message: {body}", self.request));
        assert!(!message.is_empty(), "{}: empty message", self.request);
        assert_eq!(
            inner.as_object().unwrap().len(),
            2,
            "{}: only message and code: {body}",
            self.request
        );
        message.to_owned()
    }
}

fn dechunk(request: &str, mut rest: &[u8]) -> Vec<u8> {
    let mut body = Vec::new();
    loop {
        let line_end = rest
            .windows(2)
            .position(|w| w == b"\r\n")
            .unwrap_or_else(|| panic!("{request}: bad chunked body"));
        let size_text = String::from_utf8_lossy(&rest[..line_end]);
        let size = usize::from_str_radix(size_text.split(';').next().unwrap().trim(), 16)
            .unwrap_or_else(|_| panic!("{request}: bad chunk size {size_text:?}"));
        rest = &rest[line_end + 2..];
        if size == 0 {
            return body;
        }
        body.extend_from_slice(&rest[..size]);
        rest = &rest[size + 2..];
    }
}

// ---------------------------------------------------------------------------------------
// helpers

fn str_of<'a>(value: &'a Value, key: &str) -> &'a str {
    value[key]
        .as_str()
        .unwrap_or_else(|| panic!("{key} is not a string in {value:#}"))
}

/// The names of a `{"volumes": […]}` (or snapshots) listing.
fn names(body: &Value, key: &str) -> BTreeSet<String> {
    body[key]
        .as_array()
        .unwrap_or_else(|| panic!("no {key} array in {body:#}"))
        .iter()
        .map(|v| str_of(v, "name").to_owned())
        .collect()
}

fn ids(body: &Value, key: &str) -> BTreeSet<String> {
    body[key]
        .as_array()
        .unwrap_or_else(|| panic!("no {key} array in {body:#}"))
        .iter()
        .map(|v| str_of(v, "id").to_owned())
        .collect()
}

/// The catalogue of project `admin`, as the CLI sees it.
pub fn cli_volumes(env: &TestEnv) -> Vec<Volume> {
    env.json(&["volume", "list"])
}

pub fn cli_volume(env: &TestEnv, name: &str) -> Volume {
    cli_volumes(env)
        .into_iter()
        .find(|v| v.name == name)
        .unwrap_or_else(|| panic!("the CLI lists no volume {name}"))
}

// ---------------------------------------------------------------------------------------
// the tests

#[test]
fn serve_prints_where_it_listens_and_answers_there() {
    let env = TestEnv::new();
    // Server::start asserts the exact `listening on http://127.0.0.1:PORT (Cinder v3 API at
    // /v3)` line and a non-zero port.
    let server = Server::start(&env);
    let response = server.request("GET", "/", None, &[], None).expect(300);
    let href = response.json()["versions"][0]["links"][0]["href"].clone();
    assert_eq!(href, format!("http://127.0.0.1:{}/v3/", server.port));
}

#[test]
fn versions_are_discovered_and_negotiated() {
    let env = TestEnv::new();
    let server = Server::start(&env);
    let check_document = |response: &Response| {
        let body = response.json();
        let versions = body["versions"].as_array().expect("versions");
        assert_eq!(versions.len(), 1, "{body:#}");
        let v3 = &versions[0];
        assert_eq!(v3["id"], "v3.0", "{body:#}");
        assert_eq!(v3["status"], "CURRENT", "{body:#}");
        assert_eq!(v3["min_version"], "3.0", "{body:#}");
        assert_eq!(v3["version"], "3.54", "{body:#}");
        let self_link = v3["links"]
            .as_array()
            .expect("links")
            .iter()
            .find(|l| l["rel"] == "self")
            .expect("a self link");
        assert_eq!(
            self_link["href"],
            format!("http://127.0.0.1:{}/v3/", server.port)
        );
        assert_eq!(
            v3["media-types"][0]["type"],
            "application/vnd.openstack.volume+json;version=3"
        );
    };
    // No token needed for discovery: clients probe before they authenticate.
    let root = server.request("GET", "/", None, &[], None).expect(300);
    check_document(&root);
    for path in ["/v3/", "/v3"] {
        let v3 = server.request("GET", path, None, &[], None).expect(200);
        check_document(&v3);
    }

    // Negotiation: the version asked is said back, with Vary.
    let asked = |value: &str| {
        server.request(
            "GET",
            "/v3/admin/volumes",
            Some(ADMIN),
            &[("OpenStack-API-Version", value)],
            None,
        )
    };
    let exact = asked("volume 3.0").expect(200);
    assert_eq!(exact.header("openstack-api-version"), Some("volume 3.0"));
    assert!(
        exact
            .header("vary")
            .is_some_and(|v| v.eq_ignore_ascii_case("OpenStack-API-Version")),
        "{:?}",
        exact.headers
    );
    assert_eq!(exact.json(), json!({"volumes": []}));
    let latest = asked("volume latest").expect(200);
    assert_eq!(latest.header("openstack-api-version"), Some("volume 3.54"));
    let middle = asked("volume 3.27").expect(200);
    assert_eq!(middle.header("openstack-api-version"), Some("volume 3.27"));
    // Asking none is asking the minimum.
    let none = server.get(ADMIN, "/v3/volumes").expect(200);
    assert_eq!(none.header("openstack-api-version"), Some("volume 3.0"));
    // Another service's entry in the same header is none of ours.
    let mixed = asked("compute 2.90, volume 3.0").expect(200);
    assert_eq!(mixed.header("openstack-api-version"), Some("volume 3.0"));

    for unsupported in ["volume 3.99", "volume 3.55", "volume 2.0", "volume 4.0"] {
        let message = asked(unsupported).fault(406, "notAcceptable");
        assert!(
            message.contains("3.0") && message.contains("3.54"),
            "{unsupported}: the message names the range: {message}"
        );
    }
    // Discovery documents negotiate too.
    server
        .request(
            "GET",
            "/v3/",
            None,
            &[("OpenStack-API-Version", "volume 3.99")],
            None,
        )
        .fault(406, "notAcceptable");
    // Not a version at all.
    asked("volume three").fault(400, "badRequest");
}

#[test]
fn a_request_without_a_token_is_unauthorized() {
    let env = TestEnv::new();
    let server = Server::start(&env);
    for (method, path) in [
        ("GET", "/v3/volumes"),
        ("GET", "/v3/admin/volumes/detail"),
        ("GET", "/v3/snapshots"),
        ("GET", "/v3/types"),
        ("GET", "/v3/os-quota-sets/admin"),
        ("GET", "/v3/limits"),
    ] {
        server
            .request(method, path, None, &[], None)
            .fault(401, "unauthorized");
    }
    let body = json!({"volume": {"size": 1, "name": "sneaky"}}).to_string();
    server
        .request("POST", "/v3/admin/volumes", None, &[], Some(&body))
        .fault(401, "unauthorized");
    // A token that is not `user:project`.
    server
        .request("GET", "/v3/volumes", Some("u1:p 1"), &[], None)
        .fault(401, "unauthorized");
    server
        .request("GET", "/v3/volumes", Some("u1:"), &[], None)
        .fault(401, "unauthorized");
    assert_eq!(
        cli_volumes(&env),
        [],
        "an unauthorized create created nothing"
    );
}

#[test]
fn a_path_naming_another_project_is_not_found() {
    let env = TestEnv::new();
    let server = Server::start(&env);
    server.create_volume(ADMIN, json!({"size": 1, "name": "mine"}));
    let stranger = "u2:p2";
    server
        .get(stranger, "/v3/admin/volumes")
        .fault(404, "itemNotFound");
    server
        .get(stranger, "/v3/admin/volumes/mine")
        .fault(404, "itemNotFound");
    server
        .post(
            stranger,
            "/v3/admin/volumes",
            &json!({"volume": {"size": 1, "name": "planted"}}),
        )
        .fault(404, "itemNotFound");
    server
        .get(stranger, "/v3/os-quota-sets/admin")
        .fault(404, "itemNotFound");
    server
        .put(
            stranger,
            "/v3/os-quota-sets/admin",
            &json!({"quota_set": {"volumes": 1}}),
        )
        .fault(404, "itemNotFound");
    server
        .get(stranger, "/v3/p2/os-quota-sets/admin")
        .fault(404, "itemNotFound");
    // Neither project got a volume from the refused create, and admin's quota is intact.
    let names: Vec<String> = cli_volumes(&env).into_iter().map(|v| v.name).collect();
    assert_eq!(names, ["mine"]);
    assert_eq!(
        server.get(stranger, "/v3/p2/volumes").expect(200).json(),
        json!({"volumes": []})
    );
    assert_eq!(env.quota("volumes").limit, 10);
    // The own project in the path works, as does no project.
    let own = server.get(ADMIN, "/v3/admin/volumes").expect(200).json();
    assert_eq!(names_of(&own), ["mine"]);
}

fn names_of(body: &Value) -> Vec<String> {
    names(body, "volumes").into_iter().collect()
}

#[test]
fn a_project_never_sees_another_projects_volume() {
    let env = TestEnv::new();
    let server = Server::start(&env);
    let volume = server.create_volume(ADMIN, json!({"size": 1, "name": "private"}));
    let id = str_of(&volume, "id").to_owned();
    let before = cli_volume(&env, "private");
    let stranger = "u2:p2";

    for reference in [id.as_str(), "private"] {
        for prefix in ["/v3", "/v3/p2"] {
            let path = format!("{prefix}/volumes/{reference}");
            server.get(stranger, &path).fault(404, "itemNotFound");
            server.delete(stranger, &path).fault(404, "itemNotFound");
            server
                .put(stranger, &path, &json!({"volume": {"name": "renamed"}}))
                .fault(404, "itemNotFound");
            server
                .post(
                    stranger,
                    &format!("{path}/action"),
                    &json!({"os-extend": {"new_size": 5}}),
                )
                .fault(404, "itemNotFound");
        }
    }
    for path in ["/v3/volumes", "/v3/volumes/detail", "/v3/p2/volumes/detail"] {
        assert_eq!(
            server.get(stranger, path).expect(200).json(),
            json!({"volumes": []}),
            "{path}"
        );
    }
    assert_eq!(
        server
            .get(stranger, "/v3/volumes/detail?name=private")
            .expect(200)
            .json(),
        json!({"volumes": []})
    );
    // Nor can it reach it as a source, or snapshot it.
    server
        .post(
            stranger,
            "/v3/volumes",
            &json!({"volume": {"size": 1, "name": "copy", "source_volid": id}}),
        )
        .fault(404, "itemNotFound");
    server
        .post(
            stranger,
            "/v3/snapshots",
            &json!({"snapshot": {"volume_id": id, "name": "peek"}}),
        )
        .fault(404, "itemNotFound");
    let usage = server
        .get(stranger, "/v3/os-quota-sets/p2?usage=True")
        .expect(200)
        .json();
    assert_eq!(usage["quota_set"]["volumes"]["in_use"], 0, "{usage:#}");

    // The owner's volume is untouched, and the owner still sees it.
    let after = server.wait_available(ADMIN, &format!("/v3/volumes/{id}"));
    assert_eq!(
        (after["name"].clone(), after["size"].clone()),
        ("private".into(), 1.into())
    );
    assert_eq!(cli_volume(&env, "private"), before);
    assert_eq!(env.json::<Vec<Snapshot>>(&["snapshot", "list"]), []);
    // Each project's names are its own: p2 may use the same name, and sees only its own.
    let theirs = server.create_volume(stranger, json!({"size": 1, "name": "private"}));
    assert_ne!(theirs["id"], id);
    assert_eq!(theirs["os-vol-tenant-attr:tenant_id"], "p2");
    let shown = server
        .get(stranger, "/v3/volumes/private")
        .expect(200)
        .json();
    assert_eq!(shown["volume"]["id"], theirs["id"]);
    let listed = server.get(ADMIN, "/v3/volumes").expect(200).json();
    assert_eq!(ids(&listed, "volumes"), BTreeSet::from([id.clone()]));
}

#[test]
fn volume_lifecycle_over_http() {
    let env = TestEnv::new();
    let server = Server::start(&env);

    // Create: 202, then available.
    let response = server
        .post(
            ADMIN,
            "/v3/admin/volumes",
            &json!({"volume": {"size": 1, "name": "life", "description": "first"}}),
        )
        .expect(202);
    let created = response.json()["volume"].clone();
    let id = str_of(&created, "id").to_owned();
    let by_id = format!("/v3/admin/volumes/{id}");
    let volume = server.wait_available(ADMIN, &by_id);

    // Detail fields, as Cinder's.
    let cli = cli_volume(&env, "life");
    assert_eq!(cli.id, id);
    assert_eq!(volume["name"], "life");
    assert_eq!(volume["size"], 1);
    assert_eq!(volume["description"], "first");
    assert_eq!(volume["bootable"], "false", "Cinder's bootable is a string");
    assert_eq!(volume["os-vol-tenant-attr:tenant_id"], "admin");
    assert_eq!(volume["os-vol-host-attr:host"], cli.host.as_str());
    assert!(!cli.host.is_empty());
    assert_eq!(volume["user_id"], "u1");
    assert_eq!(volume["volume_type"], cli.volume_type.as_str());
    assert_eq!(volume["availability_zone"], cli.availability_zone.as_str());
    assert_eq!(volume["attachments"], json!([]));
    assert_eq!(volume["multiattach"], false);
    assert_eq!(volume["snapshot_id"], Value::Null);
    assert_eq!(volume["source_volid"], Value::Null);
    let self_link = &volume["links"][0];
    assert_eq!(self_link["rel"], "self");
    assert_eq!(self_link["href"], format!("/v3/admin/volumes/{id}"));

    // By name, and without the project in the path, it is the same volume.
    for path in ["/v3/admin/volumes/life", "/v3/volumes/life"] {
        let shown = server.get(ADMIN, path).expect(200).json();
        assert_eq!(shown["volume"]["id"], id, "{path}");
    }
    // Never by an id prefix.
    server
        .get(ADMIN, &format!("/v3/volumes/{}", &id[..8]))
        .fault(404, "itemNotFound");

    // Listings and filters (with the query strings clients send).
    server.create_volume(ADMIN, json!({"size": 1, "name": "other"}));
    let summary = server.get(ADMIN, "/v3/volumes").expect(200).json();
    assert_eq!(names_of(&summary), ["life", "other"]);
    let life = summary["volumes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|v| v["name"] == "life")
        .unwrap();
    assert_eq!(life["id"], id);
    assert!(life.get("size").is_none(), "a summary is id, name, links");
    let detail = server
        .get(ADMIN, "/v3/volumes/detail?name=life&limit=None&marker=None")
        .expect(200)
        .json();
    assert_eq!(ids(&detail, "volumes"), BTreeSet::from([id.clone()]));
    assert_eq!(detail["volumes"][0]["size"], 1);
    assert_eq!(
        server
            .get(ADMIN, "/v3/volumes/detail?name=nothing")
            .expect(200)
            .json(),
        json!({"volumes": []})
    );
    let available = server
        .get(ADMIN, "/v3/admin/volumes/detail?status=available")
        .expect(200)
        .json();
    assert_eq!(names_of(&available), ["life", "other"]);
    assert_eq!(
        server
            .get(ADMIN, "/v3/volumes/detail?status=error")
            .expect(200)
            .json(),
        json!({"volumes": []})
    );

    // Update: name and description.
    let updated = server
        .put(
            ADMIN,
            &by_id,
            &json!({"volume": {"name": "life2", "description": "second"}}),
        )
        .expect(200)
        .json();
    assert_eq!(updated["volume"]["name"], "life2");
    assert_eq!(updated["volume"]["description"], "second");
    let cli = cli_volume(&env, "life2");
    assert_eq!(
        (cli.id.as_str(), cli.description.as_deref()),
        (id.as_str(), Some("second"))
    );
    server
        .get(ADMIN, "/v3/volumes/life")
        .fault(404, "itemNotFound");

    // os-extend: 202, then the new size, which the CLI agrees with.
    server
        .post(
            ADMIN,
            &format!("{by_id}/action"),
            &json!({"os-extend": {"new_size": 2}}),
        )
        .expect(202);
    server.wait_for(ADMIN, &by_id, "size", &json!(2));
    let volume = server.wait_available(ADMIN, &by_id);
    assert_eq!(volume["size"], 2);
    assert_eq!(cli_volume(&env, "life2").size, 2);
    assert_eq!(env.quota("gigabytes").in_use, 3);

    // Snapshot: data as of the snapshot, then other data.
    write_pattern(&env.image_of("life2"), 1, 0, 1 << 20);
    let response = server
        .post(
            ADMIN,
            "/v3/admin/snapshots",
            &json!({"snapshot": {"volume_id": id, "name": "snap", "description": "s"}}),
        )
        .expect(202);
    let snapshot = response.json()["snapshot"].clone();
    let snapshot_id = str_of(&snapshot, "id").to_owned();
    assert_eq!(snapshot["volume_id"], id);
    assert_eq!(snapshot["name"], "snap");
    let snapshot_path = format!("/v3/admin/snapshots/{snapshot_id}");
    let snapshot = server.wait_available(ADMIN, &snapshot_path);
    assert_eq!(snapshot["size"], 2);
    assert_eq!(
        snapshot["os-extended-snapshot-attributes:project_id"],
        "admin"
    );
    write_pattern(&env.image_of("life2"), 2, 0, 1 << 20);
    for path in [
        "/v3/snapshots",
        "/v3/admin/snapshots/detail",
        &format!("/v3/snapshots?volume_id={id}"),
    ] {
        let listed = server.get(ADMIN, path).expect(200).json();
        assert_eq!(
            ids(&listed, "snapshots"),
            BTreeSet::from([snapshot_id.clone()]),
            "{path}"
        );
    }
    let cli_snapshots: Vec<Snapshot> = env.json(&["snapshot", "list"]);
    assert_eq!(cli_snapshots.len(), 1);
    assert_eq!(cli_snapshots[0].id, snapshot_id);

    // A volume from the snapshot, and a clone of the volume.
    let from_snapshot = server.create_volume(
        ADMIN,
        json!({"name": "restored", "snapshot_id": snapshot_id}),
    );
    assert_eq!(from_snapshot["snapshot_id"], snapshot_id);
    assert_eq!(from_snapshot["size"], 2);
    assert_eq!(
        cli_volume(&env, "restored").snapshot_id.as_deref(),
        Some(snapshot_id.as_str())
    );
    assert!(reads_pattern(&env.image_of("restored"), 1, 0, 1 << 20));
    let clone = server.create_volume(ADMIN, json!({"name": "clone", "source_volid": id}));
    assert_eq!(clone["source_volid"], id);
    assert_eq!(clone["size"], 2);
    assert!(reads_pattern(&env.image_of("clone"), 2, 0, 1 << 20));

    // Revert to the snapshot: the data of then.
    server
        .post(
            ADMIN,
            &format!("{by_id}/action"),
            &json!({"revert": {"snapshot_id": snapshot_id}}),
        )
        .expect(202);
    server.wait_available(ADMIN, &by_id);
    assert!(
        reads_pattern(&env.image_of("life2"), 1, 0, 1 << 20),
        "revert brought back the snapshot's data"
    );

    // Delete the volumes made from it, the snapshot, then the volume.
    for name in ["restored", "clone", "other"] {
        let path = format!("/v3/volumes/{}", cli_volume(&env, name).id);
        server.delete(ADMIN, &path).expect(202);
        server.wait_gone(ADMIN, &path);
    }
    server.delete(ADMIN, &snapshot_path).expect(202);
    server.wait_gone(ADMIN, &snapshot_path);
    assert_eq!(env.json::<Vec<Snapshot>>(&["snapshot", "list"]), []);
    server.delete(ADMIN, &by_id).expect(202);
    server.wait_gone(ADMIN, &by_id);
    server.delete(ADMIN, &by_id).fault(404, "itemNotFound");
    assert_eq!(cli_volumes(&env), []);
    assert_eq!(env.images(), Vec::<String>::new());
    assert_eq!(
        server.get(ADMIN, "/v3/volumes/detail").expect(200).json(),
        json!({"volumes": []})
    );
    assert_eq!(env.quota("volumes").in_use, 0);
    assert_eq!(env.quota("gigabytes").in_use, 0);
}

#[test]
fn delete_with_cascade_takes_the_snapshots_too() {
    let env = TestEnv::new();
    let server = Server::start(&env);
    let volume = server.create_volume(ADMIN, json!({"size": 1, "name": "parent"}));
    let path = format!("/v3/volumes/{}", str_of(&volume, "id"));
    let snapshot = server
        .post(
            ADMIN,
            "/v3/snapshots",
            &json!({"snapshot": {"volume_id": "parent", "name": "child"}}),
        )
        .expect(202)
        .json();
    let snapshot_path = format!("/v3/snapshots/{}", str_of(&snapshot["snapshot"], "id"));
    server.wait_available(ADMIN, &snapshot_path);

    // Without cascade: refused, nothing deleted.
    let message = server.delete(ADMIN, &path).fault(400, "badRequest");
    assert!(message.contains("child"), "{message}");
    server.wait_available(ADMIN, &path);
    assert_eq!(env.json::<Vec<Snapshot>>(&["snapshot", "list"]).len(), 1);

    server
        .delete(ADMIN, &format!("{path}?cascade=true"))
        .expect(202);
    server.wait_gone(ADMIN, &path);
    server.wait_gone(ADMIN, &snapshot_path);
    assert_eq!(cli_volumes(&env), []);
    assert_eq!(env.json::<Vec<Snapshot>>(&["snapshot", "list"]), []);
    assert_eq!(env.quota("snapshots").in_use, 0);
}

/// Cinder names nothing for a volume created without a name (`cinder create 1`,
/// `conn.block_storage.create_volume(size=1)`): such a create must succeed. blockctl names
/// every volume, so it is named `volume-<id>`, as its image (README).
#[test]
fn a_volume_created_without_a_name_is_created() {
    let env = TestEnv::new();
    let server = Server::start(&env);
    let response = server.post(ADMIN, "/v3/volumes", &json!({"volume": {"size": 1}}));
    let response = response.expect(202);
    let created = response.json()["volume"].clone();
    let id = str_of(&created, "id").to_owned();
    let volume = server.wait_available(ADMIN, &format!("/v3/volumes/{id}"));
    assert_eq!(
        volume["name"],
        json!(format!("volume-{id}")),
        "an unnamed volume is named after its id: {volume:#}"
    );
    assert_eq!(cli_volumes(&env).len(), 1);
}

#[test]
fn errors_are_cinder_shaped() {
    let env = TestEnv::new();
    let server = Server::start(&env);
    let volume = server.create_volume(ADMIN, json!({"size": 2, "name": "target"}));
    let id = str_of(&volume, "id").to_owned();
    let before = cli_volume(&env, "target");

    // Unknown ids and names.
    let unknown = "00000000-0000-4000-8000-0000000000ff";
    for path in [
        format!("/v3/volumes/{unknown}"),
        format!("/v3/admin/volumes/{unknown}"),
        "/v3/volumes/no-such-volume".to_owned(),
        format!("/v3/snapshots/{unknown}"),
        format!("/v3/types/{unknown}"),
    ] {
        server.get(ADMIN, &path).fault(404, "itemNotFound");
    }
    server
        .delete(ADMIN, &format!("/v3/volumes/{unknown}"))
        .fault(404, "itemNotFound");
    server
        .post(
            ADMIN,
            &format!("/v3/volumes/{unknown}/action"),
            &json!({"os-extend": {"new_size": 2}}),
        )
        .fault(404, "itemNotFound");
    server
        .post(
            ADMIN,
            "/v3/volumes",
            &json!({"volume": {"name": "orphan", "snapshot_id": unknown}}),
        )
        .fault(404, "itemNotFound");

    // Over quota: 413 overLimit, and nothing created or reserved.
    let message = server
        .post(
            ADMIN,
            "/v3/volumes",
            &json!({"volume": {"size": 100000, "name": "huge"}}),
        )
        .fault(413, "overLimit");
    assert!(message.contains("gigabytes"), "{message}");

    // Bodies that are JSON but not a request.
    for body in [
        json!({}),
        json!([]),
        json!({"volume": 1}),
        json!({"volume": {}}),
    ] {
        server
            .post(ADMIN, "/v3/volumes", &body)
            .fault(400, "badRequest");
    }
    server
        .post(ADMIN, "/v3/snapshots", &json!({"snapshot": {"name": "x"}}))
        .fault(400, "badRequest");

    // Actions: unsupported ones, a bad os-extend, shrinking.
    let action = format!("/v3/volumes/{id}/action");
    for body in [
        json!({"os-attach": {"instance_uuid": unknown, "mountpoint": "/dev/vdb"}}),
        json!({"os-reserve": null}),
        json!({"os-extend": {}}),
        json!({"os-extend": {"new_size": "big"}}),
        json!({"os-extend": {"new_size": 1}}),
        json!({"revert": {}}),
    ] {
        server.post(ADMIN, &action, &body).fault(400, "badRequest");
    }
    let message = server
        .post(ADMIN, &action, &json!({"os-attach": {}}))
        .fault(400, "badRequest");
    assert!(message.contains("os-attach"), "{message}");

    // None of it changed anything.
    assert_eq!(cli_volumes(&env), [before]);
    let quota = env.quota("gigabytes");
    assert_eq!((quota.in_use, quota.reserved), (2, 0));
    assert_eq!(env.json::<Vec<Snapshot>>(&["snapshot", "list"]), []);
}

/// Cinder refuses an `os-extend` that does not grow the volume (`new_size` must be greater
/// than the current size): 400, not a 202 that does nothing.
#[test]
fn extending_to_the_current_size_is_a_bad_request() {
    let env = TestEnv::new();
    let server = Server::start(&env);
    let volume = server.create_volume(ADMIN, json!({"size": 1, "name": "same"}));
    let action = format!("/v3/volumes/{}/action", str_of(&volume, "id"));
    let message = server
        .post(ADMIN, &action, &json!({"os-extend": {"new_size": 1}}))
        .fault(400, "badRequest");
    assert!(message.contains('1'), "{message}");
    assert_eq!(cli_volume(&env, "same").size, 1);
}

/// A body that is not JSON at all is a client error, answered as Cinder answers every
/// error: `400 {"badRequest": {"message", "code": 400}}` — not a framework's text/plain.
#[test]
fn a_malformed_json_body_is_a_cinder_bad_request() {
    let env = TestEnv::new();
    let server = Server::start(&env);
    server.create_volume(ADMIN, json!({"size": 1, "name": "target"}));
    let before = cli_volumes(&env);
    for (method, path) in [
        ("POST", "/v3/volumes"),
        ("POST", "/v3/admin/volumes"),
        ("PUT", "/v3/volumes/target"),
        ("POST", "/v3/volumes/target/action"),
        ("POST", "/v3/snapshots"),
        ("POST", "/v3/types"),
        ("PUT", "/v3/os-quota-sets/admin"),
    ] {
        for body in ["{bad", "{\"volume\": {\"size\": 1,}}", ""] {
            server
                .request(method, path, Some(ADMIN), &[], Some(body))
                .fault(400, "badRequest");
        }
    }
    assert_eq!(cli_volumes(&env), before);
}

#[test]
fn volume_types_and_extra_specs_round_trip() {
    let env = TestEnv::new();
    let server = Server::start(&env);
    let listed = server.get(ADMIN, "/v3/types").expect(200).json();
    let default_names = names(&listed, "volume_types");
    assert_eq!(default_names, BTreeSet::from(["__DEFAULT__".to_owned()]));
    let default = server.get(ADMIN, "/v3/types/default").expect(200).json();
    assert_eq!(default["volume_type"]["name"], "__DEFAULT__");

    let created = server
        .post(
            ADMIN,
            "/v3/types",
            &json!({"volume_type": {
                "name": "gold",
                "description": "the fast one",
                "extra_specs": {"vendor:tier": "1", "vendor:thin": true}
            }}),
        )
        .expect(200)
        .json();
    let gold = &created["volume_type"];
    let gold_id = str_of(gold, "id").to_owned();
    assert_eq!(gold["name"], "gold");
    assert_eq!(gold["description"], "the fast one");
    assert_eq!(gold["is_public"], true);
    assert_eq!(
        gold["extra_specs"],
        json!({"vendor:tier": "1", "vendor:thin": "true"})
    );
    // The CLI sees the same type.
    let cli: VolumeType = env.json(&["type", "show", "gold"]);
    assert_eq!(cli.id, gold_id);
    assert_eq!(
        cli.extra_specs,
        [("vendor:thin", "true"), ("vendor:tier", "1")]
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
            .into()
    );

    for reference in [gold_id.as_str(), "gold"] {
        let shown = server
            .get(ADMIN, &format!("/v3/types/{reference}"))
            .expect(200)
            .json();
        assert_eq!(shown["volume_type"]["id"], gold_id, "{reference}");
    }
    let listed = server.get(ADMIN, "/v3/types").expect(200).json();
    assert_eq!(
        names(&listed, "volume_types"),
        BTreeSet::from(["__DEFAULT__".to_owned(), "gold".to_owned()])
    );

    // Extra specs: set (echoed), show, unset one.
    let specs = format!("/v3/types/{gold_id}/extra_specs");
    let set = server
        .post(
            ADMIN,
            &specs,
            &json!({"extra_specs": {"vendor:replication": "off", "vendor:tier": "2"}}),
        )
        .expect(200)
        .json();
    assert_eq!(
        set,
        json!({"extra_specs": {"vendor:replication": "off", "vendor:tier": "2"}})
    );
    assert_eq!(
        server.get(ADMIN, &specs).expect(200).json(),
        json!({"extra_specs": {"vendor:replication": "off", "vendor:thin": "true", "vendor:tier": "2"}})
    );
    server
        .delete(ADMIN, &format!("{specs}/vendor:replication"))
        .expect(202);
    assert_eq!(
        server.get(ADMIN, &specs).expect(200).json(),
        json!({"extra_specs": {"vendor:thin": "true", "vendor:tier": "2"}})
    );
    server
        .delete(ADMIN, &format!("{specs}/vendor:replication"))
        .fault(404, "itemNotFound");
    let cli: VolumeType = env.json(&["type", "show", "gold"]);
    assert_eq!(
        cli.extra_specs,
        [("vendor:thin", "true"), ("vendor:tier", "2")]
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
            .into()
    );
    server
        .post(
            ADMIN,
            &specs,
            &json!({"extra_specs": {"nested": {"no": 1}}}),
        )
        .fault(400, "badRequest");

    // A volume of the type; the type cannot go while it is used.
    let volume = server.create_volume(
        ADMIN,
        json!({"size": 1, "name": "g", "volume_type": "gold"}),
    );
    assert_eq!(volume["volume_type"], "gold");
    assert_eq!(cli_volume(&env, "g").volume_type_id, gold_id);
    server
        .post(
            ADMIN,
            "/v3/volumes",
            &json!({"volume": {"size": 1, "name": "h", "volume_type": "platinum"}}),
        )
        .fault(404, "itemNotFound");
    // Cinder's VolumeTypeInUse is a 400.
    let message = server
        .delete(ADMIN, &format!("/v3/types/{gold_id}"))
        .fault(400, "badRequest");
    assert!(
        message.contains("gold") || message.contains(&gold_id),
        "{message}"
    );
    let volume_path = format!("/v3/volumes/{}", str_of(&volume, "id"));
    server.delete(ADMIN, &volume_path).expect(202);
    server.wait_gone(ADMIN, &volume_path);
    server
        .delete(ADMIN, &format!("/v3/types/{gold_id}"))
        .expect(202);
    server
        .get(ADMIN, &format!("/v3/types/{gold_id}"))
        .fault(404, "itemNotFound");
    let listed = server.get(ADMIN, "/v3/types").expect(200).json();
    assert_eq!(names(&listed, "volume_types"), default_names);
}

#[test]
fn quotas_and_limits_reflect_usage() {
    let env = TestEnv::new();
    let server = Server::start(&env);
    let quotas = "/v3/os-quota-sets/admin";

    let shown = server.get(ADMIN, quotas).expect(200).json();
    let set = &shown["quota_set"];
    assert_eq!(set["id"], "admin");
    for quota in env.json::<Vec<Quota>>(&["quota", "show"]) {
        assert_eq!(
            set[&quota.resource], quota.limit,
            "{}: {shown:#}",
            quota.resource
        );
    }
    assert_eq!(set["volumes"], 10);
    assert_eq!(set["per_volume_gigabytes"], -1);

    // Set: the answer and the CLI agree; the defaults do not move.
    let updated = server
        .put(
            ADMIN,
            quotas,
            &json!({"quota_set": {"volumes": 3, "gigabytes": "5", "snapshots": 4}}),
        )
        .expect(200)
        .json();
    assert_eq!(updated["quota_set"]["volumes"], 3, "{updated:#}");
    assert_eq!(updated["quota_set"]["gigabytes"], 5, "{updated:#}");
    assert_eq!(updated["quota_set"]["snapshots"], 4, "{updated:#}");
    assert_eq!(updated["quota_set"]["backups"], 10, "{updated:#}");
    assert_eq!(env.quota("volumes").limit, 3);
    assert_eq!(env.quota("gigabytes").limit, 5);
    let defaults = server
        .get(ADMIN, &format!("{quotas}/defaults"))
        .expect(200)
        .json();
    assert_eq!(defaults["quota_set"]["volumes"], 10, "{defaults:#}");
    assert_eq!(defaults["quota_set"]["gigabytes"], 1000, "{defaults:#}");
    server
        .put(ADMIN, quotas, &json!({"quota_set": {"volumes": "many"}}))
        .fault(400, "badRequest");
    assert_eq!(env.quota("volumes").limit, 3);

    // Usage.
    server.create_volume(ADMIN, json!({"size": 2, "name": "a"}));
    server.create_volume(ADMIN, json!({"size": 2, "name": "b"}));
    for query in ["?usage=True", "?usage=true"] {
        let usage = server
            .get(ADMIN, &format!("{quotas}{query}"))
            .expect(200)
            .json();
        let volumes = &usage["quota_set"]["volumes"];
        assert_eq!(
            (
                volumes["limit"].clone(),
                volumes["in_use"].clone(),
                volumes["reserved"].clone()
            ),
            (json!(3), json!(2), json!(0)),
            "{usage:#}"
        );
        let gigabytes = &usage["quota_set"]["gigabytes"];
        assert_eq!(
            (gigabytes["limit"].clone(), gigabytes["in_use"].clone()),
            (json!(5), json!(4)),
            "{usage:#}"
        );
    }
    let limits = server.get(ADMIN, "/v3/admin/limits").expect(200).json();
    let absolute = &limits["limits"]["absolute"];
    assert_eq!(absolute["maxTotalVolumes"], 3, "{limits:#}");
    assert_eq!(absolute["totalVolumesUsed"], 2, "{limits:#}");
    assert_eq!(absolute["maxTotalVolumeGigabytes"], 5, "{limits:#}");
    assert_eq!(absolute["totalGigabytesUsed"], 4, "{limits:#}");
    assert_eq!(absolute["maxTotalSnapshots"], 4, "{limits:#}");
    assert_eq!(absolute["totalSnapshotsUsed"], 0, "{limits:#}");

    // The quota holds: 4 + 2 > 5 GiB.
    let message = server
        .post(
            ADMIN,
            "/v3/volumes",
            &json!({"volume": {"size": 2, "name": "c"}}),
        )
        .fault(413, "overLimit");
    assert!(message.contains("gigabytes"), "{message}");
    server.create_volume(ADMIN, json!({"size": 1, "name": "c"}));
    // A fourth volume is over the volumes quota.
    let message = server.post(
        ADMIN,
        "/v3/volumes",
        &json!({"volume": {"size": 1, "name": "d"}}),
    );
    let text = message.fault(413, "overLimit");
    assert!(text.contains("volumes"), "{text}");
    let names: Vec<String> = cli_volumes(&env).into_iter().map(|v| v.name).collect();
    assert_eq!(names, ["a", "b", "c"]);
    let limits = server.get(ADMIN, "/v3/limits").expect(200).json();
    assert_eq!(limits["limits"]["absolute"]["totalVolumesUsed"], 3);
    assert_eq!(limits["limits"]["absolute"]["totalGigabytesUsed"], 5);
}

#[test]
fn noauth_refuses_to_listen_beyond_loopback() {
    let env = TestEnv::new();
    let output = env
        .cmd()
        .args(["serve", "--listen", "0.0.0.0:0"])
        .timeout(Duration::from_secs(30))
        .output()
        .expect("run blockctl serve");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "stderr:\n{stderr}");
    assert!(stderr.contains("--insecure"), "{stderr}");
    assert!(!stderr.contains("listening on"), "{stderr}");
}

#[test]
fn parallel_creates_all_land() {
    const WORKERS: usize = 8;
    let env = TestEnv::new();
    let server = Server::start(&env);
    let created: Vec<Value> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..WORKERS)
            .map(|i| {
                let server = &server;
                scope.spawn(move || {
                    server
                        .post(
                            ADMIN,
                            "/v3/admin/volumes",
                            &json!({"volume": {"size": 1, "name": format!("par-{i}")}}),
                        )
                        .expect(202)
                        .json()["volume"]
                        .clone()
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("a create thread panicked"))
            .collect()
    });
    let created_ids: BTreeSet<String> =
        created.iter().map(|v| str_of(v, "id").to_owned()).collect();
    assert_eq!(created_ids.len(), WORKERS, "distinct ids: {created:#?}");
    for id in &created_ids {
        server.wait_available(ADMIN, &format!("/v3/volumes/{id}"));
    }
    let listed = server.get(ADMIN, "/v3/volumes/detail").expect(200).json();
    assert_eq!(ids(&listed, "volumes"), created_ids);
    let cli: BTreeSet<String> = cli_volumes(&env).into_iter().map(|v| v.id).collect();
    assert_eq!(cli, created_ids);
    let expected_names: BTreeSet<String> = (0..WORKERS).map(|i| format!("par-{i}")).collect();
    assert_eq!(names(&listed, "volumes"), expected_names);
    let usage = server
        .get(ADMIN, "/v3/os-quota-sets/admin?usage=True")
        .expect(200)
        .json();
    assert_eq!(
        usage["quota_set"]["volumes"]["in_use"], WORKERS,
        "{usage:#}"
    );
    assert_eq!(usage["quota_set"]["volumes"]["reserved"], 0, "{usage:#}");
    assert_eq!(
        usage["quota_set"]["gigabytes"]["in_use"], WORKERS,
        "{usage:#}"
    );
    let quota = env.quota("volumes");
    assert_eq!((quota.in_use, quota.reserved), (WORKERS as i64, 0));
    assert_eq!(env.images().len(), WORKERS);
}
