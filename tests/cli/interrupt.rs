//! Ctrl-C (SIGINT) in the middle of a real flatten: the qemu-img child stops, the flow is
//! reverted, blockctl exits 130, and the volume is still a valid, readable clone.

use std::process::Command;
use std::time::{Duration, Instant};

use crate::support::{Change, TestEnv, Volume, interrupt, reads_pattern, write_pattern};

const MIB: u64 = 1 << 20;

/// The pids of `parent`'s children whose command line contains `needle`.
fn children_running(parent: u32, needle: &str) -> Vec<u32> {
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    entries
        .filter_map(|e| e.ok()?.file_name().to_str()?.parse::<u32>().ok())
        .filter(|pid| {
            let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
            let ppid = stat
                .rsplit(')')
                .next()
                .and_then(|rest| rest.split_whitespace().nth(1));
            let cmdline = std::fs::read(format!("/proc/{pid}/cmdline")).unwrap_or_default();
            ppid == Some(&parent.to_string()) && String::from_utf8_lossy(&cmdline).contains(needle)
        })
        .collect()
}

#[test]
fn ctrl_c_during_flatten_reverts_and_leaves_a_valid_clone() {
    let env = TestEnv::new();
    let base = env.create_volume("base", "4G");
    let base_image = env
        .volumes_dir()
        .join(base.provider_location.as_ref().unwrap());
    write_pattern(&base_image, 0x5a, 0, 1536 * MIB);
    env.ok(&["volume", "snapshot", "base", "--name", "gold"]);
    let clone: Change<Volume> =
        env.json(&["volume", "clone", "--snapshot", "gold", "--name", "copy"]);
    let clone_image = env
        .volumes_dir()
        .join(clone.value.provider_location.as_ref().unwrap());

    let mut child = env.spawn(&["volume", "flatten", "copy"]);
    let deadline = Instant::now() + Duration::from_secs(30);
    let rebase = loop {
        let found = children_running(child.id(), "rebase");
        if let Some(pid) = found.first() {
            break *pid;
        }
        assert!(
            child.try_wait().unwrap().is_none(),
            "flatten finished before it could be interrupted"
        );
        assert!(Instant::now() < deadline, "qemu-img rebase never started");
        std::thread::sleep(Duration::from_millis(10));
    };
    let (code, stderr) = interrupt(child);
    assert_eq!(code, Some(130), "stderr: {stderr}");
    assert!(stderr.contains("interrupted"), "stderr: {stderr}");
    assert!(
        process_gone(rebase),
        "qemu-img rebase {rebase} outlived the interrupted flatten"
    );

    let volume: Volume = env.json(&["volume", "show", "copy"]);
    assert_eq!(volume.status, "available");
    assert!(
        volume.parent_snapshot_id.is_some(),
        "still a clone after an interrupted flatten"
    );
    assert!(
        env.image_info(volume.provider_location.as_ref().unwrap())["backing-filename"].is_string()
    );
    let check = Command::new("qemu-img")
        .args(["check", "-q"])
        .arg(&clone_image)
        .status()
        .unwrap();
    assert!(
        check.success() || check.code() == Some(3),
        "qemu-img check: {check:?} (3 = leaked clusters only)"
    );
    assert!(reads_pattern(&clone_image, 0x5a, 0, 64 * MIB));
    assert!(reads_pattern(&clone_image, 0x5a, 1472 * MIB, 64 * MIB));
    let flows: Vec<crate::support::Flow> = env.json(&["flow", "list"]);
    assert_eq!(flows[0].kind, "volume_flatten");
    assert_eq!(flows[0].state, "reverted");
    assert!(flows.iter().all(|f| !f.interrupted));

    let flattened: Change<Volume> = env.json(&["volume", "flatten", "copy"]);
    assert!(flattened.changed);
    assert!(flattened.value.parent_snapshot_id.is_none());
    assert!(reads_pattern(&clone_image, 0x5a, 1472 * MIB, 64 * MIB));
}

/// Whether `pid` has exited (gone, or a zombie), waiting up to 5 s.
fn process_gone(pid: u32) -> bool {
    let deadline = Instant::now() + Duration::from_secs(5);
    while Instant::now() < deadline {
        match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
            Err(_) => return true,
            Ok(stat)
                if stat
                    .rsplit(')')
                    .next()
                    .is_some_and(|r| r.trim_start().starts_with('Z')) =>
            {
                return true;
            }
            Ok(_) => std::thread::sleep(Duration::from_millis(20)),
        }
    }
    false
}
