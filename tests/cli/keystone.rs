//! A real Keystone (from PyPI, in the venv `BLOCKCTL_TEST_KEYSTONE_VENV`, started by
//! `scripts/keystone-server.py`) in front of `blockctl serve --auth keystone`: the block-storage
//! endpoint is registered in Keystone's catalog, and `blockctl --os-cloud NAME` finds it
//! there from a clouds.yaml with password auth, as openstackclient does — which is
//! checked too, with the real `openstack` of `BLOCKCTL_TEST_OPENSTACK_VENV`.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::time::Duration;

use serde_json::{Value, json};

use crate::api::Server;
use crate::support::{Change, TestEnv, Volume};

const ADMIN_PASSWORD: &str = "admin-secret";
const ALICE_PASSWORD: &str = "alice-secret";

fn venv(variable: &str, what: &str) -> PathBuf {
    let dir = std::env::var_os(variable).unwrap_or_else(|| {
        panic!("{variable} is not set: scripts/test.sh installs {what} into a venv and sets it")
    });
    PathBuf::from(dir)
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// `scripts/keystone-server.py` on a free port, killed on drop.
struct Keystone {
    child: Child,
    url: String,
    agent: ureq::Agent,
    admin_token: String,
}

impl Keystone {
    fn start(dir: &Path) -> Keystone {
        let python = venv("BLOCKCTL_TEST_KEYSTONE_VENV", "keystone").join("bin/python");
        let port = free_port();
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/keystone-server.py");
        let mut cmd = std::process::Command::new(python);
        cmd.arg(script)
            .arg(dir)
            .arg(port.to_string())
            .arg(ADMIN_PASSWORD)
            .env("PYTHONWARNINGS", "ignore")
            .env("PYTHONDONTWRITEBYTECODE", "1")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null());
        {
            use std::os::unix::process::CommandExt;
            // SAFETY: prctl only: Keystone dies with the test that started it.
            unsafe {
                cmd.pre_exec(|| {
                    libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
                    Ok(())
                });
            }
        }
        let mut child = cmd.spawn().expect("start scripts/keystone-server.py");
        let stdout = child.stdout.take().expect("keystone's stdout");
        let ready = BufReader::new(stdout)
            .lines()
            .map_while(Result::ok)
            .find(|line| line.starts_with("READY "));
        let Some(ready) = ready else {
            let status = child.wait().expect("wait for keystone");
            panic!("scripts/keystone-server.py exited ({status}) without READY: see {dir:?}/log");
        };
        let url = ready["READY ".len()..].to_owned();
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(Duration::from_secs(60)))
            .build()
            .into();
        let mut keystone = Keystone {
            child,
            url,
            agent,
            admin_token: String::new(),
        };
        keystone.admin_token = keystone.password_token("admin", ADMIN_PASSWORD, "admin");
        keystone
    }

    fn password_token(&self, user: &str, password: &str, project: &str) -> String {
        let body = json!({"auth": {
            "identity": {"methods": ["password"], "password": {"user": {
                "name": user, "domain": {"id": "default"}, "password": password}}},
            "scope": {"project": {"name": project, "domain": {"id": "default"}}},
        }});
        let response = self
            .agent
            .post(&format!("{}/auth/tokens", self.url))
            .send_json(&body)
            .expect("POST /auth/tokens");
        assert_eq!(response.status().as_u16(), 201, "{user}'s password login");
        response
            .headers()
            .get("x-subject-token")
            .and_then(|v| v.to_str().ok())
            .expect("X-Subject-Token")
            .to_owned()
    }

    /// An admin call; its JSON answer.
    fn call(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        let url = format!("{}{path}", self.url);
        let response = match (method, body) {
            ("POST", Some(body)) => self
                .agent
                .post(&url)
                .header("X-Auth-Token", &self.admin_token)
                .send_json(&body),
            ("PUT", None) => self
                .agent
                .put(&url)
                .header("X-Auth-Token", &self.admin_token)
                .send_empty(),
            ("GET", None) => self
                .agent
                .get(&url)
                .header("X-Auth-Token", &self.admin_token)
                .call(),
            _ => panic!("unsupported call {method} {path}"),
        };
        let mut response = response.unwrap_or_else(|e| panic!("{method} {path}: {e}"));
        let status = response.status().as_u16();
        let text = response.body_mut().read_to_string().unwrap_or_default();
        assert!(
            (200..300).contains(&status),
            "{method} {path}: {status} {text}"
        );
        serde_json::from_str(&text).unwrap_or(Value::Null)
    }

    /// Registers `blockctl serve` as the block-storage service, and the project `demo`
    /// with its member `alice`; returns demo's project id.
    fn register(&self, serve_port: u16) -> String {
        let service = self.call(
            "POST",
            "/services",
            Some(json!({"service": {"type": "block-storage", "name": "blockctl"}})),
        );
        let service_id = service["service"]["id"].as_str().expect("service id");
        self.call(
            "POST",
            "/endpoints",
            Some(json!({"endpoint": {
                "service_id": service_id, "interface": "public", "region_id": "RegionOne",
                "url": format!("http://127.0.0.1:{serve_port}/v3/%(project_id)s"),
            }})),
        );
        let project = self.call(
            "POST",
            "/projects",
            Some(json!({"project": {"name": "demo", "domain_id": "default"}})),
        );
        let project_id = project["project"]["id"].as_str().expect("project id");
        let user = self.call(
            "POST",
            "/users",
            Some(json!({"user": {"name": "alice", "domain_id": "default",
                "password": ALICE_PASSWORD}})),
        );
        let user_id = user["user"]["id"].as_str().expect("user id");
        let roles = self.call("GET", "/roles?name=member", None);
        let member = roles["roles"][0]["id"].as_str().expect("the member role");
        self.call(
            "PUT",
            &format!("/projects/{project_id}/users/{user_id}/roles/{member}"),
            None,
        );
        project_id.to_owned()
    }
}

impl Drop for Keystone {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A clouds.yaml with the clouds `alice` (member of demo), `admin` and `wrong` (alice's
/// name, a wrong password); auth_url without `/v3`, as Horizon writes it.
fn clouds_yaml(dir: &Path, keystone: &Keystone) -> PathBuf {
    let auth_url = keystone.url.trim_end_matches("/v3");
    let cloud = |user: &str, password: &str, project: &str| {
        format!(
            "    auth:\n      auth_url: {auth_url}\n      username: {user}\n      \
             password: {password}\n      project_name: {project}\n      \
             user_domain_name: Default\n      project_domain_name: Default\n    \
             region_name: RegionOne\n    interface: public\n    identity_api_version: 3\n"
        )
    };
    let text = format!(
        "clouds:\n  alice:\n{}  admin:\n{}  wrong:\n{}",
        cloud("alice", ALICE_PASSWORD, "demo"),
        cloud("admin", ADMIN_PASSWORD, "admin"),
        cloud("alice", "not-the-password", "demo"),
    );
    let path = dir.join("clouds.yaml");
    std::fs::write(&path, text).expect("write clouds.yaml");
    path
}

/// `blockctl ARGS` with `OS_CLIENT_CONFIG_FILE` set and no other `OS_*` variable.
fn blockctl(
    env: &TestEnv,
    clouds: &Path,
    extra_env: &[(&str, &str)],
    args: &[&str],
) -> std::process::Output {
    let mut cmd = env.cmd();
    for (name, _) in std::env::vars_os() {
        if name.to_string_lossy().starts_with("OS_") {
            cmd.env_remove(&name);
        }
    }
    cmd.env("OS_CLIENT_CONFIG_FILE", clouds);
    for (name, value) in extra_env {
        cmd.env(name, value);
    }
    cmd.args(args).output().expect("run blockctl")
}

fn ok_json<T: serde::de::DeserializeOwned>(output: std::process::Output, what: &str) -> T {
    assert!(
        output.status.success(),
        "{what} failed ({}):\n{}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("{what}: {e}: {}", String::from_utf8_lossy(&output.stdout)))
}

#[test]
fn os_cloud_password_auth_finds_blockctl_serve_in_keystones_catalog() {
    let server_env = TestEnv::new();
    let keystone = Keystone::start(&server_env.dir.path().join("keystone"));
    let server = Server::start_with(
        &server_env,
        &["--auth", "keystone", "--keystone-url", &keystone.url],
    );
    let demo = keystone.register(server.port);
    let client = TestEnv::new();
    let clouds = clouds_yaml(client.dir.path(), &keystone);

    // alice logs in with her password; Keystone's catalog gives the endpoint of demo.
    let created: Change<Volume> = ok_json(
        blockctl(
            &client,
            &clouds,
            &[],
            &[
                "--os-cloud",
                "alice",
                "volume",
                "create",
                "kv1",
                "--size",
                "1",
                "-o",
                "json",
            ],
        ),
        "volume create through --os-cloud alice",
    );
    assert!(created.changed);
    assert_eq!(created.value.status, "available");
    assert_eq!(
        created.value.project_id, demo,
        "the volume is demo's, Keystone's project"
    );
    assert!(
        client.images().is_empty(),
        "the client's own catalogue stays untouched"
    );

    // The real openstack client, through the same Keystone, sees it.
    let openstack =
        venv("BLOCKCTL_TEST_OPENSTACK_VENV", "python-openstackclient").join("bin/openstack");
    let listed = std::process::Command::new(openstack)
        .args(["--os-cloud", "alice", "volume", "list", "-f", "json"])
        .env("OS_CLIENT_CONFIG_FILE", &clouds)
        .env("HOME", client.dir.path())
        .env("PYTHONWARNINGS", "ignore")
        .env_remove("OS_CLOUD")
        .output()
        .expect("run openstack");
    assert!(
        listed.status.success(),
        "openstack --os-cloud alice volume list: {}",
        String::from_utf8_lossy(&listed.stderr)
    );
    let listed: Value = serde_json::from_slice(&listed.stdout).expect("openstack's JSON");
    let names: Vec<&str> = listed
        .as_array()
        .expect("a list")
        .iter()
        .filter_map(|v| v["Name"].as_str())
        .collect();
    assert_eq!(names, ["kv1"]);

    // Another project (admin's) never sees demo's volume.
    let admins: Vec<Volume> = ok_json(
        blockctl(
            &client,
            &clouds,
            &[],
            &["--os-cloud", "admin", "volume", "list", "-o", "json"],
        ),
        "volume list through --os-cloud admin",
    );
    assert!(admins.is_empty(), "admin's project sees {admins:?}");

    // alice is a member: an admin action is refused, and nothing changes.
    let refused = blockctl(
        &client,
        &clouds,
        &[],
        &[
            "--os-cloud",
            "alice",
            "volume",
            "set",
            "kv1",
            "--state",
            "error",
        ],
    );
    assert_eq!(refused.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&refused.stderr).contains("admin"),
        "{}",
        String::from_utf8_lossy(&refused.stderr)
    );

    // The OS_* variables, as an openrc file sets them, are the cloud `envvars`.
    let auth_url = keystone.url.clone();
    let vars = [
        ("OS_AUTH_URL", auth_url.as_str()),
        ("OS_USERNAME", "alice"),
        ("OS_PASSWORD", ALICE_PASSWORD),
        ("OS_PROJECT_NAME", "demo"),
        ("OS_USER_DOMAIN_NAME", "Default"),
        ("OS_PROJECT_DOMAIN_NAME", "Default"),
        ("OS_REGION_NAME", "RegionOne"),
    ];
    let shown: Volume = ok_json(
        blockctl(
            &client,
            &clouds,
            &vars,
            &[
                "--os-cloud",
                "envvars",
                "volume",
                "show",
                "kv1",
                "-o",
                "json",
            ],
        ),
        "volume show through --os-cloud envvars",
    );
    assert_eq!(
        (shown.id.as_str(), shown.status.as_str()),
        (created.value.id.as_str(), "available")
    );

    // A wrong password: one sentence naming Keystone's refusal, exit 2.
    let wrong = blockctl(
        &client,
        &clouds,
        &[],
        &["--os-cloud", "wrong", "volume", "list"],
    );
    assert_eq!(wrong.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&wrong.stderr);
    assert!(
        stderr.contains("refused") && stderr.contains("alice"),
        "{stderr}"
    );
    assert!(
        !stderr.contains("not-the-password"),
        "the password is never printed: {stderr}"
    );

    // A token Keystone never issued is refused by the server.
    let bogus = blockctl(
        &client,
        &clouds,
        &[],
        &[
            "--remote",
            &server.endpoint(Some(&demo)),
            "--token",
            "gAAAAAbogus",
            "volume",
            "list",
        ],
    );
    assert_eq!(
        bogus.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&bogus.stderr)
    );

    // Deleted through Keystone too; the server's catalogue is empty again.
    let deleted = blockctl(
        &client,
        &clouds,
        &[],
        &["--os-cloud", "alice", "volume", "delete", "kv1", "--yes"],
    );
    assert!(
        deleted.status.success(),
        "{}",
        String::from_utf8_lossy(&deleted.stderr)
    );
    assert!(server_env.images().is_empty(), "{:?}", server_env.images());
}
