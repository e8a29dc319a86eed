//! `blockctl serve --tls-cert/--tls-key` (rustls) and `blockctl --remote https://…
//! --ca-cert`: a self-signed certificate made with openssl for 127.0.0.1.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::api::{ADMIN, Server};
use crate::support::{Change, TestEnv, Volume};

/// A self-signed end-entity certificate for 127.0.0.1 and its key, in `dir`.
fn certificate(dir: &Path) -> (PathBuf, PathBuf) {
    let (cert, key) = (dir.join("cert.pem"), dir.join("key.pem"));
    let status = Command::new("openssl")
        .args([
            "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
        ])
        .args(["-subj", "/CN=127.0.0.1"])
        .args(["-addext", "subjectAltName=IP:127.0.0.1"])
        .args(["-addext", "basicConstraints=critical,CA:FALSE"])
        .arg("-keyout")
        .arg(&key)
        .arg("-out")
        .arg(&cert)
        .stderr(std::process::Stdio::null())
        .status()
        .expect("run openssl (scripts/prereqs.sh installs it)");
    assert!(status.success(), "openssl req failed");
    (cert, key)
}

#[test]
fn https_serves_the_api_to_a_client_that_trusts_the_certificate() {
    let server_env = TestEnv::new();
    let (cert, key) = certificate(server_env.dir.path());
    let (cert, key) = (cert.to_str().unwrap(), key.to_str().unwrap());
    let server = Server::start_with(&server_env, &["--tls-cert", cert, "--tls-key", key]);
    let url = format!("https://127.0.0.1:{}/v3/admin", server.port);
    let client = TestEnv::new();
    let remote = [
        "--remote",
        url.as_str(),
        "--token",
        ADMIN,
        "--ca-cert",
        cert,
    ];

    let mut create = remote.to_vec();
    create.extend(["volume", "create", "t1", "--size", "1"]);
    let created: Change<Volume> = client.json(&create);
    assert_eq!(created.value.status, "available");
    let local: Vec<Volume> = server_env.json(&["volume", "list"]);
    assert_eq!(local.len(), 1);
    assert_eq!(local[0].id, created.value.id);

    // Without trusting it, the client refuses the server (exit 7), and changes nothing.
    let untrusting = [
        "--remote",
        url.as_str(),
        "--token",
        ADMIN,
        "volume",
        "create",
        "t2",
        "--size",
        "1",
    ];
    let stderr = client.fails(&untrusting, 7);
    assert!(stderr.contains("certificate"), "{stderr}");
    // Plain HTTP to the TLS port gets no HTTP answer (rustls answers with a TLS alert).
    let mut stream = std::net::TcpStream::connect(("127.0.0.1", server.port)).unwrap();
    stream
        .set_read_timeout(Some(std::time::Duration::from_secs(10)))
        .unwrap();
    let request = "GET /v3/admin/volumes HTTP/1.1\r\nHost: x\r\nX-Auth-Token: u1:admin\r\n\r\n";
    std::io::Write::write_all(&mut stream, request.as_bytes()).unwrap();
    let mut answer = Vec::new();
    let _ = std::io::Read::read_to_end(&mut stream, &mut answer);
    assert!(
        !answer.starts_with(b"HTTP/"),
        "plain HTTP must not be served on the TLS port: {:?}",
        String::from_utf8_lossy(&answer)
    );
    assert_eq!(server_env.json::<Vec<Volume>>(&["volume", "list"]).len(), 1);
}

#[test]
fn a_missing_certificate_is_a_usage_error() {
    let env = TestEnv::new();
    let (_, key) = certificate(env.dir.path());
    let missing = env.dir.path().join("nope.pem");
    let args = [
        "serve",
        "--listen",
        "127.0.0.1:0",
        "--tls-cert",
        missing.to_str().unwrap(),
        "--tls-key",
        key.to_str().unwrap(),
    ];
    let stderr = env.fails(&args, 2);
    assert!(stderr.contains("nope.pem"), "{stderr}");
    let stderr = env.fails(&["serve", "--tls-cert", "x.pem"], 2);
    assert!(stderr.contains("--tls-key"), "{stderr}");
}
