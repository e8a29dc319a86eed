//! Several backends at once (issue 7): two file backends and the RBD backend on the test
//! cluster, enabled together. Placement by volume type, capacity, zone and `--backend`; the
//! "no valid backend" error; volume types; `backend list | show`, an unreachable backend
//! among them; retype; migrate file ↔ RBD with byte-exact data; failures and `kill -9` in
//! the middle of a migration, then `flow recover`.
//!
//! Built with the `rbd` feature; needs the test cluster (`BLOCKCTL_TEST_CEPH_CONF`). The
//! cluster's `volumes` pool is shared with the tests running in parallel, so every test
//! asserts only on its own images (`volume-<uuid>`, by the ids its catalogue records).

use std::collections::BTreeMap;
use std::ops::Deref;
use std::path::PathBuf;
use std::process::Output;
use std::time::Duration;

use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::crash::{blockctl, poll_until};
use crate::support::{BackendPool, Flow, FlowDetail, FlowRecovered, Quota, Snapshot, TestEnv};
use crate::support::{Volume, VolumeType};

const MIB: u64 = 1 << 20;
const GIB: u64 = 1 << 30;
const POOL: &str = "volumes";
// Every configuration here sets `host = "node1"`, so the hosts are known.
const FILE1: &str = "node1@file-1#file-1";
const FILE2: &str = "node1@file-2#file-2";
const CEPH: &str = "node1@ceph#volumes";

fn ceph_conf() -> String {
    std::env::var("BLOCKCTL_TEST_CEPH_CONF").expect(
        "BLOCKCTL_TEST_CEPH_CONF is not set: the multi-backend tests need the test cluster \
         (scripts/test.sh starts it with scripts/ceph-cluster.sh start DIR)",
    )
}

/// Options added to the configuration's tables.
#[derive(Default)]
struct Options<'a> {
    /// Top-level options (e.g. `capacity_weight_multiplier`).
    top: &'a str,
    file1: &'a str,
    file2: &'a str,
    ceph: &'a str,
    /// More backends, enabled before the three: (name, the lines of its table).
    more: &'a [(&'a str, &'a str)],
}

/// A [`TestEnv`] with `file-1` (zone `nova`), `file-2` (zone `az2`) and `ceph` (the test
/// cluster's `volumes` pool) enabled; its volumes are deleted when it is dropped, so the
/// shared, RAM-backed pool does not fill up.
struct MultiEnv(TestEnv);

impl Deref for MultiEnv {
    type Target = TestEnv;
    fn deref(&self) -> &TestEnv {
        &self.0
    }
}

impl Drop for MultiEnv {
    fn drop(&mut self) {
        for _ in 0..3 {
            let output = self.run(&["volume", "list", "-o", "value", "-c", "id"]);
            let ids = String::from_utf8_lossy(&output.stdout).into_owned();
            if ids.trim().is_empty() {
                return;
            }
            for id in ids.split_whitespace() {
                self.run(&["volume", "delete", id, "--cascade", "--yes"]);
            }
        }
    }
}

fn multi_env(options: Options<'_>) -> MultiEnv {
    let mut env = TestEnv::new();
    let dir = env.dir.path().to_owned();
    let mut enabled: Vec<String> = options.more.iter().map(|(n, _)| n.to_string()).collect();
    enabled.extend(["file-1", "file-2", "ceph"].map(String::from));
    let enabled: Vec<String> = enabled.iter().map(|n| format!("\"{n}\"")).collect();
    let mut toml = format!(
        "host = \"node1\"\nenabled_backends = [{}]\n{}\n",
        enabled.join(", "),
        options.top
    );
    toml += &format!(
        "[backends.file-1]\nvolume_driver = \"file\"\nfile_volume_path = \"{}\"\n{}\n",
        dir.join("v1").display(),
        options.file1
    );
    toml += &format!(
        "[backends.file-2]\nvolume_driver = \"file\"\nfile_volume_path = \"{}\"\n\
         storage_availability_zone = \"az2\"\n{}\n",
        dir.join("v2").display(),
        options.file2
    );
    toml += &format!(
        "[backends.ceph]\nvolume_driver = \"rbd\"\nvolume_backend_name = \"ceph\"\n\
         rbd_pool = \"{POOL}\"\nrbd_ceph_conf = \"{}\"\nrbd_user = \"admin\"\n\
         rados_connect_timeout = 10\n{}\n",
        ceph_conf(),
        options.ceph
    );
    for (name, table) in options.more {
        toml += &format!("[backends.{name}]\n{table}\n");
    }
    let path = dir.join("blockctl.toml");
    std::fs::write(&path, toml).expect("write config");
    env.config = Some(path);
    MultiEnv(env)
}

fn default_env() -> MultiEnv {
    multi_env(Options::default())
}

/// Parses `value` into `T` (whose `deny_unknown_fields` makes any drift fail).
fn strict<T: DeserializeOwned>(value: Value, what: &str) -> T {
    let text = value.to_string();
    serde_json::from_value(value).unwrap_or_else(|e| panic!("{what}: {e}\n{text}"))
}

/// The backend name in `host@backend#pool`.
fn backend_of(host: &str) -> &str {
    let (_, rest) = host
        .split_once('@')
        .unwrap_or_else(|| panic!("host {host}"));
    rest.split('#').next().unwrap()
}

/// Whether the RBD image is gone from the pool, trash included.
fn rbd_gone(image: &str) -> bool {
    let trash = crate::rbd::rbd_json(&["trash", "ls", POOL]);
    let in_trash = trash
        .as_array()
        .is_some_and(|t| t.iter().any(|i| i["name"] == image));
    !in_trash && !crate::rbd::image_exists(image)
}

/// Data regions of a migrated volume: (pattern, offset, length), in order. They straddle
/// the 4 MiB copy chunks and reach the last byte of a 1 GiB volume.
const REGIONS: [(u8, u64, u64); 4] = [
    (0x11, 0, MIB),
    (0x22, 4 * MIB - 4096, 8192),
    (0x33, 100 * MIB + 512, 3 * MIB),
    (0x44, GIB - MIB, MIB),
];

/// The zero ranges between [`REGIONS`] of a 1 GiB volume.
fn gaps() -> Vec<(u64, u64)> {
    let mut gaps = Vec::new();
    let mut at = 0;
    for (_, offset, len) in REGIONS {
        if offset > at {
            gaps.push((at, offset - at));
        }
        at = offset + len;
    }
    if at < GIB {
        gaps.push((at, GIB - at));
    }
    gaps
}

/// What an operator can observe of the env: rows, quotas, and every file in both file
/// backends' directories (staging files included).
#[derive(Debug, PartialEq)]
struct Seen {
    volumes: Vec<Volume>,
    snapshots: Vec<Snapshot>,
    quotas: Vec<Quota>,
    files: BTreeMap<&'static str, Vec<String>>,
}

impl MultiEnv {
    fn dir_of(&self, backend: &str) -> PathBuf {
        match backend {
            "file-1" => self.dir.path().join("v1"),
            "file-2" => self.dir.path().join("v2"),
            other => panic!("{other} is not a file backend"),
        }
    }

    /// Every entry of a file backend's directory, dot files included, sorted.
    fn files(&self, backend: &str) -> Vec<String> {
        let Ok(entries) = std::fs::read_dir(self.dir_of(backend)) else {
            return Vec::new();
        };
        let mut names: Vec<String> = entries
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    fn seen(&self) -> Seen {
        Seen {
            volumes: self.json(&["volume", "list"]),
            snapshots: self.json(&["snapshot", "list"]),
            quotas: self.json(&["quota", "show"]),
            files: BTreeMap::from([
                ("file-1", self.files("file-1")),
                ("file-2", self.files("file-2")),
            ]),
        }
    }

    /// `qemu-img info` of an image of a file backend.
    fn image_info_at(&self, backend: &str, location: &str) -> Value {
        let path = self.dir_of(backend).join(location);
        let output = std::process::Command::new("qemu-img")
            .args(["info", "-U", "--output=json"])
            .arg(&path)
            .output()
            .expect("qemu-img");
        assert!(output.status.success(), "qemu-img info {}", path.display());
        serde_json::from_slice(&output.stdout).expect("qemu-img json")
    }

    fn volume(&self, name: &str) -> Volume {
        self.json(&["volume", "show", name])
    }

    /// A mutating verb's `-o json`: `changed` and exactly `T`'s fields.
    fn change<T: DeserializeOwned>(&self, args: &[&str]) -> (bool, T) {
        let Value::Object(mut object) = self.json(args) else {
            panic!("{args:?}: not a JSON object");
        };
        let changed = object.remove("changed").and_then(|c| c.as_bool());
        let changed = changed.unwrap_or_else(|| panic!("{args:?}: no boolean 'changed'"));
        (changed, strict(Value::Object(object), &format!("{args:?}")))
    }

    /// `volume create NAME --size 1 ARGS…`, which must succeed and change something.
    fn create(&self, name: &str, args: &[&str]) -> Volume {
        let mut all = vec!["volume", "create", name, "--size", "1"];
        all.extend(args);
        let (changed, volume) = self.change::<Volume>(&all);
        assert!(changed, "{all:?} changed nothing");
        assert_eq!(volume.status, "available", "{all:?}");
        volume
    }

    fn create_type(&self, name: &str, properties: &[&str]) -> VolumeType {
        let mut all = vec!["type", "create", name];
        for p in properties {
            all.extend(["--property", p]);
        }
        let (changed, created) = self.change::<VolumeType>(&all);
        assert!(changed, "{all:?}");
        created
    }

    fn backends(&self) -> Vec<BackendPool> {
        self.json(&["backend", "list"])
    }

    fn backend(&self, name: &str) -> BackendPool {
        let pools = self.backends();
        let pool = pools.iter().find(|p| p.backend == name);
        pool.unwrap_or_else(|| panic!("no backend {name}: {pools:#?}"))
            .clone()
    }

    /// Whether the image at `location` exists on the backend of `host`.
    fn image_exists(&self, host: &str, location: &str) -> bool {
        match backend_of(host) {
            "ceph" => crate::rbd::image_exists(location),
            file => self.dir_of(file).join(location).exists(),
        }
    }

    /// Whether nothing of the image at `location` is left on the backend of `host`.
    fn image_gone(&self, host: &str, location: &str) -> bool {
        match backend_of(host) {
            "ceph" => rbd_gone(location),
            file => !self.dir_of(file).join(location).exists(),
        }
    }

    /// The location an image made for `image_id` has on the backend of `host`.
    fn location_on(&self, host: &str, image_id: &str) -> String {
        match backend_of(host) {
            "ceph" => format!("volume-{image_id}"),
            _ => format!("{image_id}.qcow2"),
        }
    }

    fn write(&self, volume: &Volume, pattern: u8, offset: u64, len: u64) {
        let location = volume.provider_location.as_deref().expect("location");
        match backend_of(&volume.host) {
            "ceph" => crate::rbd::write_pattern(location, pattern, offset, len),
            file => {
                let image = self.dir_of(file).join(location);
                crate::support::write_pattern(&image, pattern, offset, len);
            }
        }
    }

    fn reads(&self, volume: &Volume, pattern: u8, offset: u64, len: u64) -> bool {
        let location = volume.provider_location.as_deref().expect("location");
        match backend_of(&volume.host) {
            "ceph" => crate::rbd::reads_pattern(location, pattern, offset, len),
            file => {
                let image = self.dir_of(file).join(location);
                crate::support::reads_pattern(&image, pattern, offset, len)
            }
        }
    }

    /// Writes [`REGIONS`] into a 1 GiB volume.
    fn write_regions(&self, volume: &Volume) {
        assert_eq!(volume.size, 1);
        for (pattern, offset, len) in REGIONS {
            self.write(volume, pattern, offset, len);
        }
    }

    /// The volume reads [`REGIONS`]; with `exact`, zeros everywhere else too.
    fn assert_regions(&self, volume: &Volume, exact: bool, what: &str) {
        for (pattern, offset, len) in REGIONS {
            assert!(
                self.reads(volume, pattern, offset, len),
                "{what}: {} ({}) does not read pattern {pattern:#x} at {offset}+{len}",
                volume.name,
                volume.host
            );
        }
        if exact {
            for (offset, len) in gaps() {
                assert!(
                    self.reads(volume, 0, offset, len),
                    "{what}: {} ({}) is not zero at {offset}+{len}",
                    volume.name,
                    volume.host
                );
            }
        }
    }

    /// The newest flow.
    fn last_flow(&self) -> Flow {
        let flows: Vec<Flow> = self.json(&["flow", "list"]);
        flows.into_iter().next().expect("a flow")
    }

    fn flow_detail(&self, id: &str) -> FlowDetail {
        self.json(&["flow", "show", id])
    }

    fn run_with(&self, args: &[&str], var: &str, value: &str) -> Output {
        self.cmd().args(args).env(var, value).output().unwrap()
    }

    /// The catalogue and the backends agree: no transitional status, no reservation, usage
    /// as the rows account for; every file backend's directory holds exactly its volumes'
    /// images (nothing else, no staging file); every RBD volume's image exists, without
    /// snapshots left by a migration; no unfinished flow.
    fn assert_consistent(&self, what: &str) {
        let volumes: Vec<Volume> = self.json(&["volume", "list"]);
        let snapshots: Vec<Snapshot> = self.json(&["snapshot", "list"]);
        assert!(
            snapshots.is_empty(),
            "{what}: these tests take no snapshots"
        );
        for v in &volumes {
            assert_eq!(
                (v.status.as_str(), v.attach_status.as_str()),
                ("available", "detached"),
                "{what}: {}",
                v.name
            );
        }
        for q in self.json::<Vec<Quota>>(&["quota", "show"]) {
            let expected = match q.resource.as_str() {
                "volumes" => volumes.len() as i64,
                "gigabytes" => volumes.iter().map(|v| v.size as i64).sum(),
                _ => 0,
            };
            assert_eq!(
                (q.in_use, q.reserved),
                (expected, 0),
                "{what}: quota {}",
                q.resource
            );
        }
        for file in ["file-1", "file-2"] {
            let mut expected: Vec<String> = volumes
                .iter()
                .filter(|v| backend_of(&v.host) == file)
                .map(|v| v.provider_location.clone().expect("location"))
                .collect();
            expected.sort();
            assert_eq!(self.files(file), expected, "{what}: files of {file}");
        }
        for v in volumes.iter().filter(|v| backend_of(&v.host) == "ceph") {
            let image = v.provider_location.as_deref().expect("location");
            assert!(
                crate::rbd::image_exists(image),
                "{what}: {image} of {}",
                v.name
            );
            let snaps = crate::rbd::snapshots(image);
            assert!(snaps.is_empty(), "{what}: snapshots of {image}: {snaps:?}");
        }
        let unfinished: Vec<Flow> = self.json(&["flow", "list", "--unfinished"]);
        assert!(unfinished.is_empty(), "{what}: {unfinished:#?}");
    }
}

// ---------------------------------------------------------------------------------------
// Placement

#[test]
fn placement_by_type_lands_on_the_backend_the_type_names() {
    let env = default_env();
    let gold = env.create_type("gold", &["volume_backend_name=ceph"]);
    let silver = env.create_type("silver", &["volume_backend_name=file-2"]);

    let on_ceph = env.create("g1", &["--type", "gold"]);
    assert_eq!(on_ceph.host, CEPH);
    assert_eq!(on_ceph.availability_zone, "nova");
    assert_eq!(
        (
            on_ceph.volume_type.as_str(),
            on_ceph.volume_type_id.as_str()
        ),
        ("gold", gold.id.as_str())
    );
    let image = on_ceph.provider_location.clone().unwrap();
    assert_eq!(image, format!("volume-{}", on_ceph.id));
    assert_eq!(
        crate::rbd::info(&image)["size"],
        GIB,
        "the image is in the pool"
    );
    // By id as well as by name.
    let by_id = env.create("g2", &["--type", &gold.id]);
    assert_eq!(
        (by_id.host.as_str(), by_id.volume_type.as_str()),
        (CEPH, "gold")
    );

    let on_file2 = env.create("s1", &["--type", "silver"]);
    assert_eq!(on_file2.host, FILE2);
    assert_eq!(on_file2.availability_zone, "az2");
    assert_eq!(on_file2.volume_type_id, silver.id);
    let location = on_file2.provider_location.clone().unwrap();
    assert_eq!(env.files("file-2"), vec![location.clone()]);
    assert_eq!(env.image_info_at("file-2", &location)["virtual-size"], GIB);
    assert!(env.files("file-1").is_empty(), "nothing on file-1");

    // `volume show` agrees with what create printed.
    let shown = env.volume("s1");
    assert_eq!(
        (shown.host.as_str(), shown.availability_zone.as_str()),
        (FILE2, "az2")
    );

    // Capabilities other than the backend name place too: the driver's name.
    let rbd_only = env.create_type("rbd-only", &["capabilities:volume_driver=rbd"]);
    let v = env.create("r1", &["--type", &rbd_only.name]);
    assert_eq!(v.host, CEPH);
    env.assert_consistent("after placement by type");
}

/// `file-1` may only provision its real size (ratio 1), `file-2` twenty times it (the
/// default), on the same filesystem: the Capacity weigher ranks `file-2` first and `file-1`
/// last, whatever the machine's disk. The type `files` keeps `ceph` (whose capacity is the
/// test cluster's) out where its rank would depend on the disk's size.
#[test]
fn placement_by_capacity_follows_the_weigher_and_its_multiplier() {
    let env = multi_env(Options {
        file1: "max_over_subscription_ratio = 1.0",
        ..Options::default()
    });
    env.create_type("files", &["capabilities:volume_driver=file"]);
    // Most virtual free space: file-2 (20 x the disk), over ceph (20 x the cluster's few
    // GiB) and file-1 (1 x the disk).
    assert_eq!(env.create("a", &[]).host, FILE2);
    assert_eq!(env.create("b", &["--type", "files"]).host, FILE2);
    // The zone narrows the choice before the weigher: nova has file-1 and ceph.
    assert_eq!(
        env.create("c", &["--type", "files", "--availability-zone", "nova"])
            .host,
        FILE1
    );
    assert_eq!(env.create("d", &["--availability-zone", "az2"]).host, FILE2);

    // A negative multiplier spreads: the backend with the least room that fits.
    let spread = multi_env(Options {
        top: "capacity_weight_multiplier = -1.0",
        file1: "max_over_subscription_ratio = 1.0",
        ..Options::default()
    });
    spread.create_type("files", &["capabilities:volume_driver=file"]);
    assert_eq!(spread.create("a", &["--type", "files"]).host, FILE1);
    assert_eq!(spread.create("b", &["--type", "files"]).host, FILE1);
    env.assert_consistent("weigher");
    spread.assert_consistent("weigher, multiplier -1");
}

/// Two equal file backends: the weigher counts what the catalogue placed on each, so
/// volumes go where the least is provisioned (ties: the first enabled); with multiplier -1
/// they stack on the fullest.
#[test]
fn placement_by_capacity_counts_what_each_backend_holds() {
    let env = default_env();
    env.create_type("files", &["capabilities:volume_driver=file"]);
    let (changed, big) =
        env.change::<Volume>(&["volume", "create", "big", "--size", "10", "--type", "files"]);
    assert!(changed);
    assert_eq!(big.host, FILE1, "a tie goes to the first enabled backend");
    assert_eq!(
        env.create("a", &["--type", "files"]).host,
        FILE2,
        "file-1 holds 10 GiB more"
    );
    assert_eq!(
        env.create("b", &["--type", "files"]).host,
        FILE2,
        "file-1 still holds 9 GiB more"
    );
    let pools = env.backends();
    let count = |name: &str| {
        pools
            .iter()
            .find(|p| p.backend == name)
            .map(|p| (p.volume_count, p.allocated_capacity_gb))
    };
    assert_eq!(count("file-1"), Some((1, 10)));
    assert_eq!(count("file-2"), Some((2, 2)));

    let stack = multi_env(Options {
        top: "capacity_weight_multiplier = -1.0",
        ..Options::default()
    });
    stack.create_type("files", &["capabilities:volume_driver=file"]);
    assert_eq!(stack.create("a", &["--type", "files"]).host, FILE1);
    assert_eq!(
        stack.create("b", &["--type", "files"]).host,
        FILE1,
        "the fuller one again"
    );
    env.assert_consistent("counted placement");
    stack.assert_consistent("stacked placement");
}

#[test]
fn capacity_filter_refuses_a_volume_no_backend_can_hold_and_leaves_nothing() {
    let env = default_env();
    env.ok(&["quota", "set", "--gigabytes", "-1"]);
    env.create("keep", &["--backend", "file-1"]);
    let before = env.seen();
    // 100 TiB: more than 20 times any backend here (the disk, the test cluster).
    let stderr = env.fails(&["volume", "create", "huge", "--size", "100T"], 6);
    assert!(stderr.contains("no valid backend"), "{stderr}");
    for backend in ["file-1", "file-2", "ceph"] {
        let removed = format!("CapacityFilter removed {backend} (");
        assert!(stderr.contains(&removed), "{removed}:\n{stderr}");
    }
    assert_eq!(env.seen(), before, "nothing changed");
    let flow = env.last_flow();
    assert_eq!(
        (flow.kind.as_str(), flow.state.as_str()),
        ("volume_create", "reverted")
    );
    assert!(
        rbd_gone(&format!("volume-{}", flow.resource_id)),
        "no image in the pool"
    );

    // Forced onto one backend, only that one is judged.
    let stderr = env.fails(
        &[
            "volume",
            "create",
            "huge",
            "--size",
            "100T",
            "--backend",
            "ceph",
        ],
        6,
    );
    assert!(stderr.contains("CapacityFilter removed ceph"), "{stderr}");
    assert!(
        !stderr.contains("file-1") && !stderr.contains("file-2"),
        "{stderr}"
    );
    assert_eq!(env.seen(), before, "nothing changed");
    assert!(rbd_gone(&format!("volume-{}", env.last_flow().resource_id)));
    env.assert_consistent("after the refusals");
}

#[test]
fn forced_placement_by_backend_name_or_host() {
    let env = default_env();
    let by_name = env.create("n", &["--backend", "file-2"]);
    assert_eq!(
        (by_name.host.as_str(), by_name.availability_zone.as_str()),
        (FILE2, "az2")
    );
    let by_host = env.create("h", &["--backend", FILE2]);
    assert_eq!(by_host.host, FILE2);
    let ceph = env.create("c", &["--backend", CEPH]);
    assert_eq!(ceph.host, CEPH);
    assert!(crate::rbd::image_exists(
        ceph.provider_location.as_deref().unwrap()
    ));
    // Forced placement still goes through the filters: only a backend the weigher would
    // never pick (file-1, with the least room here) proves the weigher was bypassed.
    let weak = multi_env(Options {
        file1: "max_over_subscription_ratio = 1.0",
        ..Options::default()
    });
    assert_eq!(weak.create("w", &["--backend", "file-1"]).host, FILE1);

    let before = env.seen();
    env.create_type("gold", &["volume_backend_name=ceph"]);
    let stderr = env.fails(
        &[
            "volume",
            "create",
            "x",
            "--size",
            "1",
            "--type",
            "gold",
            "--backend",
            "file-2",
        ],
        2,
    );
    assert!(stderr.contains("no valid backend"), "{stderr}");
    assert!(
        stderr.contains("CapabilitiesFilter removed file-2"),
        "{stderr}"
    );
    assert!(
        !stderr.contains("file-1") && !stderr.contains("removed ceph"),
        "only file-2 was a candidate:\n{stderr}"
    );
    let stderr = env.fails(
        &[
            "volume",
            "create",
            "x",
            "--size",
            "1",
            "--backend",
            "file-1",
            "--availability-zone",
            "az2",
        ],
        2,
    );
    assert!(
        stderr.contains("AvailabilityZoneFilter removed file-1"),
        "{stderr}"
    );
    let stderr = env.fails(
        &["volume", "create", "x", "--size", "1", "--backend", "nope"],
        2,
    );
    assert!(
        stderr.contains("'nope'") && stderr.contains("file-1, file-2, ceph"),
        "{stderr}"
    );
    let stderr = env.fails(
        &[
            "volume",
            "create",
            "x",
            "--size",
            "1",
            "--backend",
            "node1@nope#nope",
        ],
        2,
    );
    assert!(stderr.contains("'nope'"), "{stderr}");
    assert_eq!(env.seen(), before, "nothing changed");
    env.assert_consistent("after forced placements");
    weak.assert_consistent("forced onto file-1");
}

#[test]
fn no_valid_backend_names_every_backend_and_the_filter_that_removed_it() {
    let env = default_env();
    env.create("keep", &["--backend", "ceph"]);
    let before = env.seen();
    let all_removed_by = |stderr: &str, filter: &str| {
        assert!(
            stderr.contains("no valid backend was found for a 1 GiB volume"),
            "{stderr}"
        );
        for backend in ["file-1", "file-2", "ceph"] {
            let removed = format!("{filter} removed {backend} (");
            assert!(stderr.contains(&removed), "{removed}:\n{stderr}");
        }
    };

    let stderr = env.fails(
        &[
            "volume",
            "create",
            "x",
            "--size",
            "1",
            "--availability-zone",
            "az9",
        ],
        2,
    );
    all_removed_by(&stderr, "AvailabilityZoneFilter");
    assert!(
        stderr.contains("it is in zone 'az2', not 'az9'"),
        "{stderr}"
    );

    env.create_type(
        "thick",
        &["capabilities:thin_provisioning_support=<is> False"],
    );
    let stderr = env.fails(
        &["volume", "create", "x", "--size", "1", "--type", "thick"],
        2,
    );
    all_removed_by(&stderr, "CapabilitiesFilter");
    assert!(stderr.contains("thin_provisioning_support"), "{stderr}");

    env.create_type("dedup", &["capabilities:dedup=<is> True"]);
    let stderr = env.fails(
        &["volume", "create", "x", "--size", "1", "--type", "dedup"],
        2,
    );
    all_removed_by(&stderr, "CapabilitiesFilter");
    assert!(stderr.contains("dedup"), "{stderr}");

    // Each backend by the first filter that removed it.
    env.create_type("gold", &["volume_backend_name=ceph"]);
    let stderr = env.fails(
        &[
            "volume",
            "create",
            "x",
            "--size",
            "1",
            "--type",
            "gold",
            "--availability-zone",
            "az2",
        ],
        2,
    );
    for removed in [
        "AvailabilityZoneFilter removed file-1 (",
        "CapabilitiesFilter removed file-2 (",
        "AvailabilityZoneFilter removed ceph (",
    ] {
        assert!(stderr.contains(removed), "{removed}:\n{stderr}");
    }
    let volumes: Vec<Volume> = env.json(&["volume", "list"]);
    assert_eq!(volumes, before.volumes, "no volume row was left");
    assert_eq!(env.seen().quotas, before.quotas, "quota unchanged");
    assert_eq!(
        env.seen().files,
        before.files,
        "no image on the file backends"
    );
    let flows: Vec<Flow> = env.json(&["flow", "list"]);
    for flow in flows.iter().filter(|f| f.state == "reverted") {
        assert!(
            rbd_gone(&format!("volume-{}", flow.resource_id)),
            "{flow:?}"
        );
    }
    env.assert_consistent("after the refusals");
}

// ---------------------------------------------------------------------------------------
// Volume types

#[test]
fn volume_types_are_created_listed_shown_set_unset_and_deleted() {
    let env = default_env();
    let types: Vec<VolumeType> = env.json(&["type", "list"]);
    assert_eq!(types.len(), 1, "{types:#?}");
    let default = &types[0];
    assert_eq!(
        (default.name.as_str(), default.is_default),
        ("__DEFAULT__", true)
    );
    assert!(default.extra_specs.is_empty());

    let (changed, gold) = env.change::<VolumeType>(&[
        "type",
        "create",
        "gold",
        "--description",
        "on Ceph",
        "--property",
        "volume_backend_name=ceph",
        "--property",
        "capabilities:thin_provisioning_support=<is> True",
        "--property",
        "capabilities:total_capacity_gb=>= 1",
    ]);
    assert!(changed);
    assert_eq!(gold.name, "gold");
    assert_eq!(gold.description.as_deref(), Some("on Ceph"));
    assert!(gold.is_public && !gold.is_default);
    let specs = BTreeMap::from([
        ("volume_backend_name".to_owned(), "ceph".to_owned()),
        (
            "capabilities:thin_provisioning_support".to_owned(),
            "<is> True".to_owned(),
        ),
        (
            "capabilities:total_capacity_gb".to_owned(),
            ">= 1".to_owned(),
        ),
    ]);
    assert_eq!(gold.extra_specs, specs);
    assert_eq!(env.json::<VolumeType>(&["type", "show", "gold"]), gold);
    assert_eq!(env.json::<VolumeType>(&["type", "show", &gold.id]), gold);
    let (_, private) = env.change::<VolumeType>(&["type", "create", "hidden", "--private"]);
    assert!(!private.is_public && private.extra_specs.is_empty());
    let names: Vec<String> = env
        .json::<Vec<VolumeType>>(&["type", "list"])
        .into_iter()
        .map(|t| t.name)
        .collect();
    assert_eq!(names, ["__DEFAULT__", "gold", "hidden"]);
    // All three specs hold on ceph: a volume of the type lands there.
    assert_eq!(env.create("g", &["--type", "gold"]).host, CEPH);

    // set: adds and replaces, and the description; the same again changes nothing.
    let (changed, set) = env.change::<VolumeType>(&[
        "type",
        "set",
        "gold",
        "--property",
        "multiattach=<is> True",
        "--property",
        "capabilities:total_capacity_gb=>= 2",
        "--description",
        "replicated",
    ]);
    assert!(changed);
    assert_eq!(set.description.as_deref(), Some("replicated"));
    assert_eq!(set.extra_specs["multiattach"], "<is> True");
    assert_eq!(set.extra_specs["capabilities:total_capacity_gb"], ">= 2");
    assert_eq!(set.extra_specs.len(), 4);
    let (changed, again) =
        env.change::<VolumeType>(&["type", "set", "gold", "--property", "multiattach=<is> True"]);
    assert!(!changed);
    assert_eq!(again, set);
    env.fails(&["type", "set", "gold"], 2);

    // unset: removes; keys not set change nothing.
    let (changed, unset) = env.change::<VolumeType>(&[
        "type",
        "unset",
        "gold",
        "--property",
        "multiattach",
        "--property",
        "capabilities:total_capacity_gb",
    ]);
    assert!(changed);
    assert_eq!(
        unset.extra_specs.keys().collect::<Vec<_>>(),
        [
            "capabilities:thin_provisioning_support",
            "volume_backend_name"
        ]
    );
    let (changed, _) =
        env.change::<VolumeType>(&["type", "unset", "gold", "--property", "multiattach"]);
    assert!(!changed);
    env.fails(&["type", "unset", "gold"], 2);

    // Malformed specs are refused when set, and nothing is changed.
    let before = env.json::<Vec<VolumeType>>(&["type", "list"]);
    for bad in [
        "capabilities:thin_provisioning_support=<is> maybe",
        "capabilities:total_capacity_gb=>= lots",
        "capabilities:storage_protocol=<in>",
        "bad key=x",
        "no-equals-sign",
        "=empty-key",
    ] {
        let stderr = env.fails(&["type", "create", "bad", "--property", bad], 2);
        assert!(stderr.contains("error"), "{bad}: {stderr}");
        env.fails(&["type", "set", "gold", "--property", bad], 2);
    }
    let stderr = env.fails(
        &[
            "type",
            "create",
            "bad",
            "--property",
            "capabilities:x=<is> maybe",
        ],
        2,
    );
    assert!(stderr.contains("<is> needs True or False"), "{stderr}");
    assert_eq!(
        env.json::<Vec<VolumeType>>(&["type", "list"]),
        before,
        "nothing changed"
    );
    let stderr = env.fails(&["type", "create", "gold"], 5);
    assert!(stderr.contains("already exists"), "{stderr}");

    // Unknown types.
    let stderr = env.fails(
        &["volume", "create", "x", "--size", "1", "--type", "nope"],
        3,
    );
    assert!(stderr.contains("nope"), "{stderr}");
    env.fails(&["type", "show", "nope"], 3);
    env.fails(&["type", "delete", "nope"], 3);
    env.fails(&["volume", "retype", "g", "--type", "nope"], 3);

    // Deletion: refused while a volume has the type (naming it) and for the default type.
    let stderr = env.fails(&["type", "delete", "gold"], 5);
    assert!(
        stderr.contains("in use") && stderr.contains("(g)"),
        "{stderr}"
    );
    let stderr = env.fails(&["type", "delete", "__DEFAULT__"], 5);
    assert!(stderr.contains("default"), "{stderr}");
    assert_eq!(
        env.json::<Vec<VolumeType>>(&["type", "list"]),
        before,
        "nothing deleted"
    );
    env.ok(&["volume", "delete", "g", "--yes"]);
    let (changed, deleted) = env.change::<VolumeType>(&["type", "delete", "gold"]);
    assert!(changed);
    assert_eq!(deleted.id, gold.id);
    env.fails(&["type", "show", "gold"], 3);
    let names: Vec<String> = env
        .json::<Vec<VolumeType>>(&["type", "list"])
        .into_iter()
        .map(|t| t.name)
        .collect();
    assert_eq!(names, ["__DEFAULT__", "hidden"]);
    env.assert_consistent("after the types");
}

#[test]
fn the_configured_default_type_places_volumes_created_without_one() {
    let env = multi_env(Options {
        top: "default_volume_type = \"gold\"",
        ..Options::default()
    });
    // The default type does not exist yet: a create without --type says so.
    let stderr = env.fails(&["volume", "create", "x", "--size", "1"], 2);
    assert!(stderr.contains("default_volume_type 'gold'"), "{stderr}");
    let gold = env.create_type("gold", &["volume_backend_name=ceph"]);
    assert!(gold.is_default);
    let v = env.create("x", &[]);
    assert_eq!((v.host.as_str(), v.volume_type.as_str()), (CEPH, "gold"));
    let stderr = env.fails(&["type", "delete", "gold"], 5);
    assert!(stderr.contains("default"), "{stderr}");
    env.assert_consistent("default type");
}

// ---------------------------------------------------------------------------------------
// backend list | show

#[test]
fn backend_list_shows_every_backend_and_the_volumes_on_it() {
    let env = multi_env(Options {
        file2: "reserved_percentage = 5",
        ceph: "max_over_subscription_ratio = 5.0",
        ..Options::default()
    });
    env.create("a", &["--backend", "file-1"]);
    let (_, b) = env.change::<Volume>(&[
        "volume",
        "create",
        "b",
        "--size",
        "3",
        "--backend",
        "file-1",
    ]);
    assert_eq!(b.host, FILE1);
    env.create("c", &["--backend", "file-2"]);
    env.create("d", &["--backend", "ceph"]);
    env.create("e", &["--backend", "ceph"]);
    env.ok(&["volume", "delete", "e", "--yes"]);

    let pools = env.backends();
    let names: Vec<(&str, &str)> = pools
        .iter()
        .map(|p| (p.name.as_str(), p.backend.as_str()))
        .collect();
    assert_eq!(
        names,
        [(FILE1, "file-1"), (FILE2, "file-2"), (CEPH, "ceph")]
    );
    let expected = [
        // backend, zone, volumes, GiB, protocol, driver, pool, ratio, reserved
        ("file-1", "nova", 2, 4, "NBD", "file", "file-1", 20.0, 0),
        ("file-2", "az2", 1, 1, "NBD", "file", "file-2", 20.0, 5),
        ("ceph", "nova", 1, 1, "ceph", "rbd", POOL, 5.0, 0),
    ];
    for (pool, (backend, zone, count, gb, protocol, driver, pool_name, ratio, reserved)) in
        pools.iter().zip(expected)
    {
        assert_eq!(pool.backend, backend);
        assert!(pool.reachable && pool.error.is_none(), "{pool:#?}");
        assert_eq!(pool.availability_zone, zone, "{backend}");
        assert_eq!(
            (pool.volume_count, pool.allocated_capacity_gb),
            (count, gb),
            "{backend}"
        );
        assert_eq!(
            pool.storage_protocol.as_deref(),
            Some(protocol),
            "{backend}"
        );
        assert_eq!(pool.driver.as_deref(), Some(driver), "{backend}");
        assert_eq!(pool.pool_name.as_deref(), Some(pool_name), "{backend}");
        assert_eq!(
            pool.volume_backend_name.as_deref(),
            Some(backend),
            "{backend}"
        );
        assert_eq!(pool.max_over_subscription_ratio, Some(ratio), "{backend}");
        assert_eq!(pool.reserved_percentage, Some(reserved), "{backend}");
        assert_eq!(
            (
                pool.thin_provisioning_support,
                pool.thick_provisioning_support
            ),
            (Some(true), Some(false)),
            "{backend}"
        );
        let (total, free) = (
            pool.total_capacity_gb.unwrap(),
            pool.free_capacity_gb.unwrap(),
        );
        assert!(
            total > 0.0 && free > 0.0 && free <= total,
            "{backend}: total {total}, free {free}"
        );
        assert!(pool.location.is_some(), "{backend}");
    }
    assert_eq!(
        pools[0].location.as_deref(),
        Some(env.dir_of("file-1").to_str().unwrap())
    );

    let shown: BackendPool = env.json(&["backend", "show", "ceph"]);
    let same = |p: &BackendPool| {
        (
            p.name.clone(),
            p.volume_count,
            p.allocated_capacity_gb,
            p.storage_protocol.clone(),
            p.max_over_subscription_ratio,
        )
    };
    assert_eq!(same(&shown), same(&pools[2]));
    let by_host: BackendPool = env.json(&["backend", "show", CEPH]);
    assert_eq!(same(&by_host), same(&pools[2]));
    let stderr = env.fails(&["backend", "show", "nope"], 3);
    assert!(stderr.contains("nope"), "{stderr}");

    // Counts follow the catalogue.
    env.ok(&["volume", "delete", "a", "--yes"]);
    assert_eq!(
        (
            env.backend("file-1").volume_count,
            env.backend("file-1").allocated_capacity_gb
        ),
        (1, 3)
    );
    env.assert_consistent("backend list");
}

/// A backend that cannot be read is listed as such, with a warning; the command still
/// succeeds, and creates go to the other backends.
#[test]
fn an_unreachable_backend_is_listed_and_not_fatal() {
    let dir = tempfile::tempdir().unwrap();
    let missing_conf = dir.path().join("no-such-ceph.conf");
    let down = format!(
        "volume_driver = \"rbd\"\nrbd_pool = \"{POOL}\"\nrbd_ceph_conf = \"{}\"\nrados_connect_timeout = 3",
        missing_conf.display()
    );
    let env = multi_env(Options {
        more: &[
            ("down", &down),
            (
                "lvm",
                "volume_driver = \"lvm\"\nvolume_group = \"blockctl-test-no-such-vg\"",
            ),
        ],
        ..Options::default()
    });
    let output = env.run(&["backend", "list", "-o", "json"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("backend down is unreachable"), "{stderr}");
    assert!(stderr.contains("backend lvm is unreachable"), "{stderr}");
    let pools: Vec<BackendPool> = serde_json::from_slice(&output.stdout).unwrap();
    let names: Vec<&str> = pools.iter().map(|p| p.backend.as_str()).collect();
    assert_eq!(names, ["down", "lvm", "file-1", "file-2", "ceph"]);
    for pool in &pools[..2] {
        assert!(!pool.reachable, "{pool:#?}");
        assert_eq!(pool.volume_count, 0);
        assert_eq!(
            (
                pool.driver.as_ref(),
                pool.total_capacity_gb,
                pool.free_capacity_gb,
                pool.location.as_ref()
            ),
            (None, None, None, None),
            "no driver stats for an unreachable backend: {pool:#?}"
        );
    }
    let error = pools[0].error.as_deref().unwrap_or_default();
    assert!(
        error.contains(&missing_conf.display().to_string()),
        "{error}"
    );
    let error = pools[1].error.as_deref().unwrap_or_default();
    assert!(error.contains("blockctl-test-no-such-vg"), "{error}");
    assert!(pools[0].name.starts_with("node1@down"), "{}", pools[0].name);
    for pool in &pools[2..] {
        assert!(pool.reachable && pool.error.is_none(), "{pool:#?}");
    }
    // `backend show` of it too; `--strict` turns the warning into exit 8.
    let shown: BackendPool = env.json(&["backend", "show", "down"]);
    assert!(!shown.reachable);
    env.fails(&["backend", "list", "--strict"], 8);

    // Creates succeed on the reachable backends.
    let v = env.create("x", &[]);
    assert!(
        [FILE1, FILE2, CEPH].contains(&v.host.as_str()),
        "{}",
        v.host
    );
    env.create_type("gold", &["volume_backend_name=ceph"]);
    assert_eq!(env.create("g", &["--type", "gold"]).host, CEPH);
    assert_eq!(env.create("f", &["--backend", "file-2"]).host, FILE2);
    // Only the unreachable one would do: a backend failure (exit 7), nothing left.
    let before = env.seen();
    let stderr = env.fails(
        &["volume", "create", "y", "--size", "1", "--backend", "down"],
        7,
    );
    assert!(stderr.contains("no-such-ceph.conf"), "{stderr}");
    env.create_type("down-only", &["volume_backend_name=down"]);
    let stderr = env.fails(
        &[
            "volume",
            "create",
            "y",
            "--size",
            "1",
            "--type",
            "down-only",
        ],
        7,
    );
    assert!(
        stderr.contains("no valid backend") && stderr.contains("down"),
        "{stderr}"
    );
    assert_eq!(env.seen(), before);
    env.assert_consistent("with unreachable backends");
}

/// An RBD backend whose pool does not exist cannot hold a volume: it is unreachable as a
/// backend, as one whose cluster cannot be read.
#[test]
fn an_rbd_backend_whose_pool_does_not_exist_is_unreachable() {
    let nopool = format!(
        "volume_driver = \"rbd\"\nrbd_pool = \"blockctl-test-no-such-pool\"\nrbd_ceph_conf = \"{}\"\n\
         rados_connect_timeout = 10",
        ceph_conf()
    );
    let env = multi_env(Options {
        more: &[("nopool", &nopool)],
        ..Options::default()
    });
    let output = env.run(&["backend", "list", "-o", "json"]);
    assert_eq!(output.status.code(), Some(0));
    let pools: Vec<BackendPool> = serde_json::from_slice(&output.stdout).unwrap();
    let pool = &pools[0];
    assert_eq!(pool.backend, "nopool");
    assert!(
        !pool.reachable,
        "backend list shows a backend whose pool does not exist as reachable: {pool:#?}"
    );
    let error = pool.error.as_deref().unwrap_or_default();
    assert!(error.contains("blockctl-test-no-such-pool"), "{error}");
    assert!(env.create("x", &[]).host != "node1@nopool#blockctl-test-no-such-pool");
    env.assert_consistent("with a missing pool");
}

// ---------------------------------------------------------------------------------------
// Retype

#[test]
fn retype_changes_the_type_in_place_when_the_backend_suits_it() {
    let env = default_env();
    let v = env.create("v", &["--backend", "file-1"]);
    env.write_regions(&v);
    let thin = env.create_type(
        "thin",
        &["capabilities:thin_provisioning_support=<is> True"],
    );
    let (changed, retyped) = env.change::<Volume>(&["volume", "retype", "v", "--type", "thin"]);
    assert!(changed);
    assert_eq!(
        (
            retyped.volume_type.as_str(),
            retyped.volume_type_id.as_str()
        ),
        ("thin", thin.id.as_str())
    );
    assert_eq!(retyped.host, FILE1, "not moved");
    assert_eq!(retyped.provider_location, v.provider_location, "same image");
    assert_eq!(retyped.status, "available");
    assert_eq!(env.volume("v"), retyped);
    env.assert_regions(&retyped, false, "retyped in place");
    let flows: Vec<Flow> = env.json(&["flow", "list"]);
    assert!(
        flows.iter().all(|f| f.kind != "volume_migrate"),
        "no migration: {flows:#?}"
    );
    // The same type again: nothing to do.
    let (changed, same) = env.change::<Volume>(&["volume", "retype", "v", "--type", "thin"]);
    assert!(!changed);
    assert_eq!(same, retyped);

    // A type only ceph satisfies: refused without a migration policy, nothing changed.
    env.create_type("gold", &["volume_backend_name=ceph"]);
    let before = env.seen();
    for policy in [&[][..], &["--migration-policy", "never"][..]] {
        let mut args = vec!["volume", "retype", "v", "--type", "gold"];
        args.extend(policy);
        let stderr = env.fails(&args, 2);
        assert!(stderr.contains("--migration-policy"), "{stderr}");
        assert!(stderr.contains("file-1"), "{stderr}");
        assert_eq!(env.seen(), before, "{args:?} changed something");
    }
    // A type no backend satisfies: refused even on demand.
    env.create_type(
        "thick",
        &["capabilities:thin_provisioning_support=<is> False"],
    );
    let before = env.seen();
    let stderr = env.fails(
        &[
            "volume",
            "retype",
            "v",
            "--type",
            "thick",
            "--migration-policy",
            "on-demand",
        ],
        2,
    );
    assert!(stderr.contains("no valid backend"), "{stderr}");
    assert_eq!(env.seen(), before, "nothing changed");

    // On demand: it moves to ceph with its data.
    let (changed, moved) = env.change::<Volume>(&[
        "volume",
        "retype",
        "v",
        "--type",
        "gold",
        "--migration-policy",
        "on-demand",
    ]);
    assert!(changed);
    assert_eq!(
        (moved.host.as_str(), moved.volume_type.as_str()),
        (CEPH, "gold")
    );
    assert_eq!(
        (moved.id.as_str(), moved.status.as_str()),
        (v.id.as_str(), "available")
    );
    let image = moved.provider_location.clone().unwrap();
    assert!(image.starts_with("volume-"), "{image}");
    env.assert_regions(&moved, true, "retyped onto ceph");
    assert!(env.files("file-1").is_empty(), "the qcow2 is gone");
    let flow = env.last_flow();
    assert_eq!(
        (flow.kind.as_str(), flow.state.as_str()),
        ("volume_migrate", "success")
    );
    env.assert_consistent("after retypes");
}

// ---------------------------------------------------------------------------------------
// Migrate

#[test]
fn migrate_file_to_rbd_to_file_keeps_the_data_byte_for_byte() {
    let env = default_env();
    let v = env.create("v", &["--backend", "file-1"]);
    env.write_regions(&v);
    let source = v.provider_location.clone().unwrap();
    let quotas: Vec<Quota> = env.json(&["quota", "show"]);

    // file-1 → ceph
    let (changed, on_ceph) = env.change::<Volume>(&["volume", "migrate", "v", "--backend", "ceph"]);
    assert!(changed);
    assert_eq!(
        (on_ceph.host.as_str(), on_ceph.availability_zone.as_str()),
        (CEPH, "nova")
    );
    let same = |a: &Volume, b: &Volume| {
        assert_eq!(
            (&a.id, &a.name, a.size, &a.volume_type, &a.status),
            (&b.id, &b.name, b.size, &b.volume_type, &b.status)
        );
    };
    same(&on_ceph, &v);
    let image = on_ceph.provider_location.clone().unwrap();
    assert!(image.starts_with("volume-"), "{image}");
    assert_eq!(crate::rbd::info(&image)["size"], GIB);
    assert!(
        crate::rbd::snapshots(&image).is_empty(),
        "no snapshot left on the copy"
    );
    env.assert_regions(&on_ceph, true, "on ceph");
    assert!(
        !env.dir_of("file-1").join(&source).exists(),
        "the qcow2 is gone"
    );
    assert!(env.files("file-1").is_empty());
    assert_eq!(env.volume("v"), on_ceph);
    assert_eq!(
        (
            env.backend("file-1").volume_count,
            env.backend("ceph").volume_count
        ),
        (0, 1)
    );

    // ceph → file-2, named by host
    let (changed, on_file2) = env.change::<Volume>(&["volume", "migrate", "v", "--backend", FILE2]);
    assert!(changed);
    assert_eq!(
        (on_file2.host.as_str(), on_file2.availability_zone.as_str()),
        (FILE2, "az2")
    );
    same(&on_file2, &v);
    let location = on_file2.provider_location.clone().unwrap();
    assert_eq!(env.files("file-2"), vec![location.clone()]);
    assert_eq!(env.image_info_at("file-2", &location)["virtual-size"], GIB);
    env.assert_regions(&on_file2, true, "back on a file backend");
    assert!(rbd_gone(&image), "the RBD image is gone");

    // file-2 → file-1
    let (changed, on_file1) =
        env.change::<Volume>(&["volume", "migrate", "v", "--backend", "file-1"]);
    assert!(changed);
    assert_eq!(
        (on_file1.host.as_str(), on_file1.availability_zone.as_str()),
        (FILE1, "nova")
    );
    env.assert_regions(&on_file1, true, "file to file");
    assert!(env.files("file-2").is_empty());
    assert_eq!(env.files("file-1").len(), 1);

    // To where it is: nothing to do.
    let (changed, stayed) = env.change::<Volume>(&["volume", "migrate", "v", "--backend", FILE1]);
    assert!(!changed);
    assert_eq!(stayed, on_file1);
    assert_eq!(env.volume("v"), on_file1);

    let flows: Vec<Flow> = env.json(&["flow", "list"]);
    let migrations: Vec<&str> = flows
        .iter()
        .filter(|f| f.kind == "volume_migrate")
        .map(|f| f.state.as_str())
        .collect();
    assert_eq!(migrations, ["success"; 3]);
    assert_eq!(
        env.json::<Vec<Quota>>(&["quota", "show"]),
        quotas,
        "a migration uses no quota"
    );
    env.assert_consistent("after the migrations");
}

#[test]
fn migrate_refuses_what_cannot_move_and_changes_nothing() {
    let env = default_env();
    let silver = env.create_type("silver", &["volume_backend_name=file-2"]);
    let typed = env.create("typed", &["--type", &silver.name]);
    assert_eq!(typed.host, FILE2);
    env.create("snapped", &["--backend", "file-1"]);
    env.ok(&["volume", "snapshot", "snapped", "--name", "s"]);
    let attached = env.create("attached", &["--backend", "ceph"]);
    env.create("base", &["--backend", "ceph"]);
    env.ok(&["volume", "snapshot", "base", "--name", "gold"]);
    env.ok(&["volume", "clone", "--snapshot", "gold", "--name", "clone"]);
    env.attach("attached", &["--host", "node1"]);
    let before = env.seen();

    let stderr = env.fails(&["volume", "migrate", "snapped", "--backend", "file-2"], 5);
    assert!(stderr.contains("snapshots"), "{stderr}");
    let stderr = env.fails(&["volume", "migrate", "attached", "--backend", "file-1"], 5);
    assert!(stderr.contains("in-use"), "{stderr}");
    let stderr = env.fails(&["volume", "migrate", "clone", "--backend", "file-1"], 5);
    assert!(stderr.contains("flatten"), "{stderr}");
    // The type holds it to file-2: the filters apply to the destination.
    let stderr = env.fails(&["volume", "migrate", "typed", "--backend", "ceph"], 2);
    assert!(
        stderr.contains("CapabilitiesFilter removed ceph"),
        "{stderr}"
    );
    let stderr = env.fails(&["volume", "migrate", "typed", "--backend", "nope"], 2);
    assert!(stderr.contains("'nope'"), "{stderr}");
    env.fails(&["volume", "migrate", "nope", "--backend", "ceph"], 3);
    assert_eq!(env.seen(), before, "nothing changed");
    for name in ["snapped", "attached", "clone", "typed"] {
        let v = before.volumes.iter().find(|v| v.name == name).unwrap();
        assert!(
            env.image_exists(&v.host, v.provider_location.as_deref().unwrap()),
            "{name}"
        );
    }
    let unfinished: Vec<Flow> = env.json(&["flow", "list", "--unfinished"]);
    assert!(unfinished.is_empty(), "{unfinished:#?}");

    // Once detached, the same volume moves.
    env.ok(&["volume", "detach", "attached"]);
    let (changed, moved) =
        env.change::<Volume>(&["volume", "migrate", "attached", "--backend", "file-1"]);
    assert!(changed);
    assert_eq!(moved.host, FILE1);
    assert!(rbd_gone(attached.provider_location.as_deref().unwrap()));
}

// ---------------------------------------------------------------------------------------
// Failures and crashes in the middle of a migration

const MIGRATE_TASKS: [&str; 5] = [
    "MigrateVolumeCheckTask",
    "CreateDestinationVolumeTask",
    "CopyVolumeDataTask",
    "MigrateVolumeCompletionTask",
    "DeleteSourceImageTask",
];

/// Every failure point of the migrate flow: (task index, point).
fn migrate_points() -> Vec<(usize, String)> {
    MIGRATE_TASKS
        .iter()
        .enumerate()
        .flat_map(|(i, t)| [(i, t.to_string()), (i, format!("{t}:after"))])
        .collect()
}

/// Whether the failure or crash at `point` comes before the catalogue switched the volume
/// (`MigrateVolumeCompletionTask`'s execute).
fn before_the_switch(idx: usize, point: &str) -> bool {
    idx < 3 || point == "MigrateVolumeCompletionTask"
}

/// Where the migration recorded in `flow` put (or would have put) the volume's new image.
fn destination(env: &MultiEnv, flow: &Flow) -> (String, String) {
    let detail = env.flow_detail(&flow.id);
    let store = &detail.store;
    let host = store["dest_host"].as_str().expect("dest_host").to_owned();
    let image_id = store["dest_image_id"].as_str().expect("dest_image_id");
    let location = env.location_on(&host, image_id);
    if let Some(recorded) = store["dest_location"].as_str() {
        assert_eq!(recorded, location, "the destination's location");
    }
    (host, location)
}

/// After a failed or recovered migration of `before` (data [`REGIONS`]): the volume is
/// available on exactly one backend, source or destination, whose image holds its data,
/// and the other image is gone. Returns whether it ended on the destination.
fn assert_on_one_side(
    env: &MultiEnv,
    before: &Volume,
    dest: &(String, String),
    what: &str,
) -> bool {
    let after = env.volume(&before.name);
    assert_eq!(after.status, "available", "{what}");
    let source = before.provider_location.as_deref().unwrap();
    let on_dest = after.host == dest.0;
    if on_dest {
        assert_eq!(
            after.provider_location.as_deref(),
            Some(dest.1.as_str()),
            "{what}"
        );
        assert_eq!(after.volume_type, before.volume_type, "{what}");
    } else {
        assert_eq!(after.host, before.host, "{what}: on neither backend");
        assert_eq!(after.provider_location, before.provider_location, "{what}");
    }
    let location = after.provider_location.as_deref().unwrap();
    assert!(
        env.image_exists(&after.host, location),
        "{what}: the volume is on {} at {location}, which does not exist",
        after.host
    );
    env.assert_regions(&after, false, what);
    if on_dest {
        assert!(
            env.image_gone(&before.host, source),
            "{what}: the source {source} is left"
        );
    } else {
        assert!(
            env.image_gone(&dest.0, &dest.1),
            "{what}: the destination {} is left",
            dest.1
        );
    }
    on_dest
}

/// Fails a migration from `from` to `to` at every point of its flow, each time with a new
/// volume holding [`REGIONS`]: the command fails with the injected error; up to the switch
/// the flow is reverted, the volume exactly as before on its source with its data and the
/// destination image gone; from the switch on, the volume ends on one side with its data,
/// never with both images or neither.
fn migration_fails_at_every_point(from: &str, to: &str) {
    let env = default_env();
    // One volume per failure point, and one more at the end: beyond the default quota.
    env.ok(&["quota", "set", "--volumes", "50"]);
    for (n, (idx, point)) in migrate_points().into_iter().enumerate() {
        let name = format!("v{n}");
        let created = env.create(&name, &["--backend", from]);
        env.write_regions(&created);
        let before = env.volume(&name);
        let args = ["volume", "migrate", name.as_str(), "--backend", to];
        let output = env.run_with(&args, "__BLOCKCTL_TEST_FAIL_AT", &point);
        let stderr = String::from_utf8_lossy(&output.stderr);
        let what = format!("{from} → {to} failing at {point}");
        assert_eq!(output.status.code(), Some(7), "{what}: {stderr}");
        let injected = format!("injected failure at {}", MIGRATE_TASKS[idx]);
        assert!(stderr.contains(&injected), "{what}: {stderr}");
        let flow = env.last_flow();
        assert_eq!(flow.kind, "volume_migrate", "{what}");
        let dest = destination(&env, &flow);
        if before_the_switch(idx, &point) {
            assert_eq!(flow.state, "reverted", "{what}");
            assert_eq!(env.volume(&name), before, "{what}: the volume changed");
            assert!(!assert_on_one_side(&env, &before, &dest, &what));
        } else {
            if flow.state == "revert_failed" {
                let recovered: Vec<FlowRecovered> = env.json(&["flow", "recover"]);
                assert_eq!(recovered.len(), 1, "{what}: {recovered:?}");
            }
            assert_on_one_side(&env, &before, &dest, &what);
        }
        env.assert_consistent(&what);
    }
    // After all that, a plain migration still works.
    let last = env.create("last", &["--backend", from]);
    env.write_regions(&last);
    let (changed, moved) = env.change::<Volume>(&["volume", "migrate", "last", "--backend", to]);
    assert!(changed);
    env.assert_regions(&moved, false, "the migration after the failures");
    env.assert_consistent("at the end");
}

#[test]
fn migration_file_to_rbd_failing_at_every_point_leaves_one_intact_copy() {
    migration_fails_at_every_point("file-1", "ceph");
}

#[test]
fn migration_rbd_to_file_failing_at_every_point_leaves_one_intact_copy() {
    migration_fails_at_every_point("ceph", "file-2");
}

/// Runs `blockctl ARGS` (with the env's configuration) until it stops at `point`
/// (`__BLOCKCTL_TEST_HANG_AT`), then kills it with SIGKILL.
fn kill_at(env: &MultiEnv, args: &[&str], point: &str) {
    let marker = env.dir.path().join("hang-marker");
    let _ = std::fs::remove_file(&marker);
    let mut child = blockctl(env)
        .args(args)
        .env("BLOCKCTL_CONFIG", env.config.as_ref().unwrap())
        .env("__BLOCKCTL_TEST_HANG_AT", point)
        .env("__BLOCKCTL_TEST_HANG_MARKER", &marker)
        .spawn()
        .expect("spawn blockctl");
    let what = format!("blockctl {args:?} (hang at {point})");
    poll_until(&what, Duration::from_secs(60), || {
        marker.exists() || child.try_wait().unwrap().is_some()
    });
    if let Some(status) = child.try_wait().unwrap() {
        let output = child.wait_with_output().unwrap();
        panic!(
            "{what} exited ({status}) before it was killed:\n{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    child.kill().expect("kill -9");
    child.wait().expect("reap");
}

/// Kills a migration from `from` to `to` at every point of its flow (`kill -9`), each time
/// with a new volume holding [`REGIONS`], then runs `flow recover`. Killed up to the end of
/// the copy, the flow is reverted: the volume available on its source, as before, with its
/// data, and the destination image (which existed at the kill) gone. Killed once the copy
/// was verified and journaled, only idempotent tasks are left and the flow is resumed to
/// the end: the volume on the destination with its data, the source gone.
fn migration_killed_at_every_point_then_recovered(from: &str, to: &str) {
    let env = default_env();
    for (n, (idx, point)) in migrate_points().into_iter().enumerate() {
        let name = format!("v{n}");
        let created = env.create(&name, &["--backend", from]);
        env.write_regions(&created);
        let before = env.volume(&name);
        let what = format!("{from} → {to} killed at {point}");
        kill_at(
            &env,
            &["volume", "migrate", name.as_str(), "--backend", to],
            &point,
        );

        let interrupted: Vec<Flow> = env.json(&["flow", "list", "--unfinished"]);
        assert_eq!(interrupted.len(), 1, "{what}: {interrupted:#?}");
        let flow = &interrupted[0];
        assert!(
            flow.interrupted && flow.kind == "volume_migrate",
            "{what}: {flow:#?}"
        );
        let dest = destination(&env, flow);
        let created_dest = idx > 1 || point == "CreateDestinationVolumeTask:after";
        let switched = !before_the_switch(idx, &point);
        if created_dest && !switched {
            assert!(
                env.image_exists(&dest.0, &dest.1),
                "{what}: the kill left no destination to clean up"
            );
            assert_eq!(env.volume(&name).status, "maintenance", "{what}");
        }

        let recovered: Vec<FlowRecovered> = env.json(&["flow", "recover"]);
        assert_eq!(recovered.len(), 1, "{what}: {recovered:?}");
        assert_eq!(recovered[0].id, flow.id);
        let copied = idx >= 3 || point == "CopyVolumeDataTask:after";
        let expected = if copied { "resumed" } else { "reverted" };
        assert_eq!(recovered[0].recovery, expected, "{what}");
        let on_dest = assert_on_one_side(&env, &before, &dest, &what);
        assert_eq!(on_dest, expected == "resumed", "{what}");
        if !on_dest {
            assert_eq!(env.volume(&name), before, "{what}: the volume changed");
        }
        env.assert_consistent(&what);
    }
}

#[test]
fn migration_file_to_rbd_killed_at_every_point_is_recovered() {
    migration_killed_at_every_point_then_recovered("file-1", "ceph");
}

#[test]
fn migration_rbd_to_file_killed_at_every_point_is_recovered() {
    migration_killed_at_every_point_then_recovered("ceph", "file-2");
}

/// Data on the RBD source of the mid-copy kill: enough that the copy takes a while.
const COPY_MIB: u64 = 128;

/// A migration from RBD to a file backend killed while it copies (its staging file is in
/// the destination's directory): `flow recover` reverts it, leaving the volume on ceph with
/// its data, without the read snapshot the copy took, and nothing in the destination's
/// directory.
#[test]
fn migration_killed_while_copying_is_reverted_by_flow_recover() {
    let env = default_env();
    let v = env.create("v", &["--backend", "ceph"]);
    let image = v.provider_location.clone().unwrap();
    crate::rbd::write_pattern(&image, 0x5a, 0, COPY_MIB * MIB);
    let before = env.volume("v");

    let mut child = blockctl(&env)
        .args(["volume", "migrate", "v", "--backend", "file-2"])
        .env("BLOCKCTL_CONFIG", env.config.as_ref().unwrap())
        .spawn()
        .expect("spawn blockctl");
    let mut killed = false;
    poll_until(
        "the copy's staging file in file-2",
        Duration::from_secs(60),
        || {
            if env
                .files("file-2")
                .iter()
                .any(|f| f.starts_with(".restore-"))
            {
                child.kill().expect("kill -9");
                killed = true;
            }
            killed || child.try_wait().unwrap().is_some()
        },
    );
    assert!(killed, "the migration finished before its copy was seen");
    child.wait().unwrap();

    let flows: Vec<Flow> = env.json(&["flow", "list", "--unfinished"]);
    assert_eq!(flows.len(), 1, "{flows:#?}");
    let detail = env.flow_detail(&flows[0].id);
    let states: Vec<(&str, &str)> = detail
        .tasks
        .iter()
        .map(|t| (t.name.as_str(), t.state.as_str()))
        .collect();
    assert_eq!(
        states,
        [
            ("MigrateVolumeCheckTask", "success"),
            ("CreateDestinationVolumeTask", "success"),
            ("CopyVolumeDataTask", "running"),
            ("MigrateVolumeCompletionTask", "pending"),
            ("DeleteSourceImageTask", "pending"),
        ],
        "killed in the copy"
    );
    let dest = destination(&env, &flows[0]);
    assert!(env.image_exists(&dest.0, &dest.1));

    let recovered: Vec<FlowRecovered> = env.json(&["flow", "recover"]);
    assert_eq!(recovered.len(), 1, "{recovered:?}");
    assert_eq!(recovered[0].recovery, "reverted");
    let after = env.volume("v");
    assert_eq!(after, before, "the volume is as before");
    assert!(
        crate::rbd::reads_pattern(&image, 0x5a, 0, COPY_MIB * MIB),
        "the source's data"
    );
    assert!(crate::rbd::reads_pattern(
        &image,
        0,
        COPY_MIB * MIB,
        GIB - COPY_MIB * MIB
    ));
    assert!(
        env.image_gone(&dest.0, &dest.1),
        "the destination image is gone"
    );
    assert_eq!(
        env.files("file-2"),
        Vec::<String>::new(),
        "nothing left in file-2's directory"
    );
    env.assert_consistent("after the recovered copy");

    // And it still moves.
    let (changed, moved) = env.change::<Volume>(&["volume", "migrate", "v", "--backend", "file-2"]);
    assert!(changed && moved.host == FILE2);
    assert!(env.reads(&moved, 0x5a, 0, COPY_MIB * MIB));
    assert!(rbd_gone(&image));
}
