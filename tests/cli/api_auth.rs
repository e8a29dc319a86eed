//! `blockctl serve --auth token` (tokens made with `blockctl token create`, kept hashed,
//! revocable; admin versus member policy) and backups over the API, with the server
//! fixture of `api.rs`.

use serde_json::{Value, json};

use crate::api::{ADMIN, Server, cli_volumes};
use crate::support::TestEnv;

/// `blockctl token create` for `project` and `role`: (id, secret).
fn token(env: &TestEnv, project: &str, role: &str) -> (String, String) {
    let made: Value = env.json(&["token", "create", "--project", project, "--role", role]);
    (
        made["id"].as_str().expect("id").to_owned(),
        made["secret"].as_str().expect("secret").to_owned(),
    )
}

#[test]
fn tokens_are_shown_once_and_kept_only_as_a_hash() {
    let env = TestEnv::new();
    let (id, secret) = token(&env, "admin", "member");
    assert!(secret.starts_with("blk_") && secret.len() == 44, "{secret}");
    let listed = env.ok(&["token", "list", "-o", "json"]);
    assert!(listed.contains(&id), "{listed}");
    assert!(
        !listed.contains(&secret),
        "token list must never show a secret"
    );
    // The catalogue's files (its WAL included) hold the hash, never the secret.
    let mut read = 0;
    for entry in std::fs::read_dir(&env.state).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if !name.starts_with("catalogue.sqlite") {
            continue;
        }
        let bytes = std::fs::read(&path).unwrap();
        read += bytes.len();
        let needle = secret.as_bytes();
        assert!(
            !bytes.windows(needle.len()).any(|w| w == needle),
            "{name} holds the secret"
        );
    }
    assert!(
        read > 0,
        "no catalogue files were read in {}",
        env.state.display()
    );
    let stderr = env.fails(&["token", "create", "--project", "p", "--role", "owner"], 2);
    assert!(stderr.contains("owner"), "{stderr}");
}

#[test]
fn members_work_in_their_project_and_admin_actions_need_an_admin() {
    let env = TestEnv::new();
    let (_, member) = token(&env, "admin", "member");
    let (_, admin) = token(&env, "admin", "admin");
    let (_, outsider) = token(&env, "other", "admin");
    let server = Server::start_with(&env, &["--auth", "token"]);

    let created = server
        .post(
            &member,
            "/v3/admin/volumes",
            &json!({"volume": {"size": 1, "name": "m1"}}),
        )
        .expect(202)
        .json();
    let id = created["volume"]["id"].as_str().unwrap().to_owned();
    let path = format!("/v3/admin/volumes/{id}");
    server.wait_available(&member, &path);

    let reset = json!({"os-reset_status": {"status": "error"}});
    let action = format!("{path}/action");
    let message = server
        .post(&member, &action, &reset)
        .fault(403, "forbidden");
    assert!(message.contains("admin"), "{message}");
    assert_eq!(
        cli_volumes(&env)[0].status,
        "available",
        "a refused reset changes nothing"
    );
    server
        .put(
            &member,
            "/v3/admin/os-quota-sets/admin",
            &json!({"quota_set": {"volumes": 1}}),
        )
        .fault(403, "forbidden");
    server
        .post(
            &member,
            "/v3/admin/types",
            &json!({"volume_type": {"name": "t"}}),
        )
        .fault(403, "forbidden");

    server.post(&admin, &action, &reset).expect(202);
    assert_eq!(cli_volumes(&env)[0].status, "error");

    // Another project's admin still finds nothing of this one's.
    server.get(&outsider, &path).fault(404, "itemNotFound");
    server
        .get(&outsider, &format!("/v3/other/volumes/{id}"))
        .fault(404, "itemNotFound");
    let theirs = server
        .get(&outsider, "/v3/other/volumes")
        .expect(200)
        .json();
    assert_eq!(theirs["volumes"], json!([]));

    server
        .post(&admin, &action, &json!({"os-force_delete": {}}))
        .expect(202);
    server.wait_gone(&admin, &path);
    assert!(cli_volumes(&env).is_empty());
}

#[test]
fn unknown_and_revoked_tokens_are_unauthorized() {
    let env = TestEnv::new();
    let (id, secret) = token(&env, "admin", "member");
    let server = Server::start_with(&env, &["--auth", "token"]);
    server.get(&secret, "/v3/admin/volumes").expect(200);
    server
        .get("blk_not-a-token", "/v3/admin/volumes")
        .fault(401, "unauthorized");
    // noauth's user:project form means nothing to a token server.
    server
        .get(ADMIN, "/v3/admin/volumes")
        .fault(401, "unauthorized");
    let revoked: Value = env.json(&["token", "revoke", &id[..8]]);
    assert_eq!(revoked["changed"], json!(true));
    assert!(revoked["revoked_at"].is_string());
    // The server reuses a lookup for at most 5 s.
    std::thread::sleep(std::time::Duration::from_millis(5_500));
    server
        .get(&secret, "/v3/admin/volumes")
        .fault(401, "unauthorized");
    let again: Value = env.json(&["token", "revoke", &id]);
    assert_eq!(again["changed"], json!(false));
}

#[test]
fn backups_are_created_restored_and_deleted_over_http() {
    let env = TestEnv::new();
    let server = Server::start(&env);
    let volume = server
        .post(
            ADMIN,
            "/v3/volumes",
            &json!({"volume": {"size": 1, "name": "src"}}),
        )
        .expect(202)
        .json()["volume"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    server.wait_available(ADMIN, &format!("/v3/volumes/{volume}"));
    let image = env.image_of("src");
    crate::support::write_pattern(&image, 7, 0, 1 << 20);

    let backup = server
        .post(
            ADMIN,
            "/v3/backups",
            &json!({"backup": {"volume_id": volume, "name": "b1"}}),
        )
        .expect(202)
        .json()["backup"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let backup_path = format!("/v3/backups/{backup}");
    let mut shown = server.get(ADMIN, &backup_path).expect(200).json();
    for _ in 0..600 {
        if shown["backup"]["status"] == "available" {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
        shown = server.get(ADMIN, &backup_path).expect(200).json();
    }
    assert_eq!(shown["backup"]["status"], "available", "{shown:#}");
    assert_eq!(shown["backup"]["volume_id"], json!(volume));
    let listed = server.get(ADMIN, "/v3/backups/detail").expect(200).json();
    assert_eq!(listed["backups"].as_array().map(Vec::len), Some(1));

    let restore = server
        .post(
            ADMIN,
            &format!("{backup_path}/restore"),
            &json!({"restore": {"name": "back"}}),
        )
        .expect(202)
        .json();
    assert_eq!(restore["restore"]["backup_id"], json!(backup));
    assert_eq!(restore["restore"]["volume_name"], json!("back"));
    let restored = restore["restore"]["volume_id"].as_str().unwrap().to_owned();
    server.wait_available(ADMIN, &format!("/v3/volumes/{restored}"));
    assert!(crate::support::reads_pattern(
        &env.image_of("back"),
        7,
        0,
        1 << 20
    ));

    server.delete(ADMIN, &backup_path).expect(202);
    server.wait_backup_gone(&backup_path);
    server
        .post(
            ADMIN,
            "/v3/backups",
            &json!({"backup": {"volume_id": "nope"}}),
        )
        .fault(404, "itemNotFound");
}
