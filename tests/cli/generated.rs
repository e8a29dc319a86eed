//! The checked-in completions and man pages match the clap definitions.
//! Regenerate with `SNAPSHOTS=overwrite cargo test --test cli generated`.

use std::path::Path;

#[test]
fn clap_definitions_are_consistent() {
    blockctl::cli::command().debug_assert();
}

#[test]
fn completions_and_man_pages_are_up_to_date() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let overwrite = std::env::var("SNAPSHOTS").is_ok_and(|v| v == "overwrite");
    let files = blockctl::cli::generated_files().expect("render generated files");
    assert!(
        files
            .iter()
            .any(|(p, _)| p == "man/blockctl-volume-create.1")
    );
    assert!(files.iter().any(|(p, _)| p == "completions/_blockctl"));
    let mut stale = Vec::new();
    for (relative, content) in &files {
        let path = root.join(relative);
        if overwrite {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, content).unwrap();
        } else if std::fs::read(&path).ok().as_ref() != Some(content) {
            stale.push(relative.clone());
        }
    }
    for dir in ["completions", "man"] {
        for entry in std::fs::read_dir(root.join(dir)).unwrap() {
            let name = format!("{dir}/{}", entry.unwrap().file_name().to_string_lossy());
            if !files.iter().any(|(p, _)| *p == name) {
                if overwrite {
                    std::fs::remove_file(root.join(&name)).unwrap();
                } else {
                    stale.push(format!("{name} (no longer generated)"));
                }
            }
        }
    }
    assert!(
        stale.is_empty(),
        "stale generated files: {stale:?}\nplease run `SNAPSHOTS=overwrite cargo test --test cli generated`"
    );
}

#[test]
fn completions_command_prints_a_script() {
    let env = crate::support::TestEnv::new();
    let script = env.ok(&["completions", "bash"]);
    let checked_in = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("completions/blockctl.bash"),
    )
    .unwrap();
    assert_eq!(script, checked_in);
}
