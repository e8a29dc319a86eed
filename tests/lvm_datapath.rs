//! LVM data-path tests: they need active logical volumes, so the kernel's device-mapper.
//! Each runs against real lvm2 on a loop device of its own (`LvmFixture::active`) and reads
//! and writes the LVs' device nodes `/dev/VG/LV` directly.
//!
//! Whether this machine can run them is decided at run time: without a usable
//! device-mapper every test is reported as ignored, and stderr says, one line per test,
//! `not runnable here: NAME: needs device-mapper (WHY)`. They never pass without running;
//! run with `--ignored` there, they fail with that reason.

// Tests spawn blockctl, lvm2, tgtadm and libiscsi's tools themselves; this binary reports on
// stderr which tests cannot run here.
#![allow(clippy::disallowed_methods, clippy::print_stderr)]

#[allow(dead_code)]
#[path = "cli/support/mod.rs"]
mod support;

use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::Path;
use std::process::Command;

use libtest_mimic::{Arguments, Failed, Trial};

use support::lvm::{GIB, LvmFixture, device_mapper};
use support::{Attachment, Backup, Change, Snapshot, TestEnv, Volume, tgt};

const MIB: u64 = 1 << 20;

type Test = fn() -> Result<(), Failed>;

const TESTS: &[(&str, Test)] = &[
    (
        "thick_clone_copies_the_source_byte_for_byte",
        thick_clone_copies_the_source_byte_for_byte,
    ),
    (
        "thick_snapshot_is_a_cow_lv_and_a_volume_from_it_has_its_data",
        thick_snapshot_is_a_cow_lv_and_a_volume_from_it_has_its_data,
    ),
    (
        "thin_snapshot_and_a_volume_from_it",
        thin_snapshot_and_a_volume_from_it,
    ),
    (
        "revert_merges_the_snapshot_back_and_keeps_it",
        revert_merges_the_snapshot_back_and_keeps_it,
    ),
    (
        "backup_and_restore_round_trip",
        backup_and_restore_round_trip,
    ),
    (
        "attach_through_tgtadm_serves_the_lv",
        attach_through_tgtadm_serves_the_lv,
    ),
    (
        "volume_clear_zero_zeroes_the_extents_before_lvremove",
        volume_clear_zero_zeroes_the_extents_before_lvremove,
    ),
];

fn main() {
    let args = Arguments::from_args();
    let unusable = device_mapper().err();
    let trials = TESTS
        .iter()
        .map(|&(name, test)| {
            if let Some(why) = &unusable {
                eprintln!("not runnable here: {name}: needs device-mapper ({why})");
            }
            let reason = unusable.clone();
            Trial::test(name, move || match &reason {
                // Only reached with --ignored: fail, never pass, without device-mapper.
                Some(why) => Err(format!("needs device-mapper ({why})").into()),
                None => test(),
            })
            .with_ignored_flag(unusable.is_some())
        })
        .collect();
    libtest_mimic::run(&args, trials).exit();
}

// ---------------------------------------------------------------------------------------
// Helpers

/// A condition that must hold, as a trial's failure.
fn check(ok: bool, what: impl FnOnce() -> String) -> Result<(), Failed> {
    if ok { Ok(()) } else { Err(what().into()) }
}

fn lv_name(volume: &Volume) -> String {
    format!("volume-{}", volume.id)
}

fn volume(env: &TestEnv, name: &str) -> Volume {
    env.json(&["volume", "show", name])
}

/// Deterministic, position-dependent bytes (so a misplaced block shows), from `seed`.
fn noise(seed: u64, offset: u64, len: usize) -> Vec<u8> {
    (0..len as u64)
        .map(|i| {
            let mut x = (offset + i) ^ seed.wrapping_mul(0x9E37_79B9_7F4A_7C15);
            x ^= x >> 29;
            x = x.wrapping_mul(0xBF58_476D_1CE4_E5B9);
            (x >> 32) as u8
        })
        .collect()
}

fn write_at(path: &Path, offset: u64, data: &[u8]) {
    let mut device = OpenOptions::new()
        .write(true)
        .open(path)
        .unwrap_or_else(|e| panic!("open {}: {e}", path.display()));
    device.seek(SeekFrom::Start(offset)).unwrap();
    device.write_all(data).unwrap();
    device.sync_all().unwrap();
}

fn read_at(path: &Path, offset: u64, len: usize) -> Vec<u8> {
    let mut device = File::open(path).unwrap_or_else(|e| panic!("open {}: {e}", path.display()));
    device.seek(SeekFrom::Start(offset)).unwrap();
    let mut data = vec![0; len];
    device.read_exact(&mut data).unwrap();
    data
}

/// Fills `len` bytes at `offset` with `byte`.
fn fill(path: &Path, byte: u8, offset: u64, len: u64) {
    write_at(path, offset, &vec![byte; len as usize]);
}

fn reads(path: &Path, byte: u8, offset: u64, len: u64) -> bool {
    read_at(path, offset, len as usize)
        .iter()
        .all(|b| *b == byte)
}

/// Writes noise into the first 8 MiB, 8 MiB in the middle and the last 8 MiB of a 1 GiB
/// device (the rest stays as it is).
fn scribble(path: &Path, seed: u64) {
    for offset in [0, GIB / 2 - 3 * MIB, GIB - 8 * MIB] {
        write_at(path, offset, &noise(seed, offset, 8 * MIB as usize));
    }
}

/// Whether two devices have the same first `len` bytes; the first differing MiB if not.
fn first_difference(a: &Path, b: &Path, len: u64) -> Option<u64> {
    let (mut fa, mut fb) = (File::open(a).unwrap(), File::open(b).unwrap());
    let (mut ba, mut bb) = (vec![0; MIB as usize], vec![0; MIB as usize]);
    for mib in 0..len / MIB {
        fa.read_exact(&mut ba).unwrap();
        fb.read_exact(&mut bb).unwrap();
        if ba != bb {
            return Some(mib);
        }
    }
    None
}

/// The size of a block device (or file), in bytes.
fn device_size(path: &Path) -> u64 {
    let mut device = File::open(path).unwrap_or_else(|e| panic!("open {}: {e}", path.display()));
    device.seek(SeekFrom::End(0)).unwrap()
}

// ---------------------------------------------------------------------------------------
// Tests

fn thick_clone_copies_the_source_byte_for_byte() -> Result<(), Failed> {
    let fx = LvmFixture::active(8);
    let src = fx.create_volume("src", "1");
    let src_path = fx.lv_path(&lv_name(&src));
    scribble(&src_path, 1);

    let clone: Change<Volume> = fx.json(&["volume", "clone", "--source", "src", "--name", "copy"]);
    let copy = clone.value;
    check(copy.provider_location == Some(lv_name(&copy)), || {
        format!("{copy:#?}")
    })?;
    let copy_path = fx.lv_path(&lv_name(&copy));
    check(device_size(&copy_path) == GIB, || {
        format!("{} is not 1 GiB", copy_path.display())
    })?;
    let diff = first_difference(&src_path, &copy_path, GIB);
    check(diff.is_none(), || {
        format!("the copy differs at MiB {diff:?}")
    })?;
    let names = fx.lv_names();
    check(
        names == {
            let mut n = vec![lv_name(&src), lv_name(&copy)];
            n.sort();
            n
        },
        || format!("the temporary clone-snap- LV is left: {names:?}"),
    )?;
    // Independent afterwards: writing the source leaves the copy alone.
    fill(&src_path, 0xEE, 0, MIB);
    check(
        read_at(&copy_path, 0, MIB as usize) == noise(1, 0, MIB as usize),
        || "the copy follows its source".into(),
    )
}

fn thick_snapshot_is_a_cow_lv_and_a_volume_from_it_has_its_data() -> Result<(), Failed> {
    let fx = LvmFixture::active(8);
    let db = fx.create_volume("db1", "1");
    let db_path = fx.lv_path(&lv_name(&db));
    fill(&db_path, 1, 0, 4 * MIB);
    let snap: Change<Snapshot> = fx.json(&["volume", "snapshot", "db1", "--name", "s1"]);
    let snap_lv = format!("_snapshot-{}", snap.value.id);
    let lv = fx.lv(&snap_lv);
    check(
        lv.as_ref()
            .is_some_and(|lv| lv.origin == lv_name(&db) && lv.size == GIB),
        || format!("{snap_lv}: a COW snapshot of 100% of its origin: {lv:?}"),
    )?;
    fill(&db_path, 2, 0, 4 * MIB);

    let made: Change<Volume> = fx.json(&["volume", "clone", "--snapshot", "s1", "--name", "c1"]);
    let c1_path = fx.lv_path(&lv_name(&made.value));
    check(reads(&c1_path, 1, 0, 4 * MIB), || {
        "the new volume does not read the snapshot's data".into()
    })?;
    check(reads(&db_path, 2, 0, 4 * MIB), || {
        "the origin lost its newer data".into()
    })?;
    // A full copy: the new volume's LV is no snapshot, and the snapshot can go.
    let c1 = fx.lv(&lv_name(&made.value));
    check(c1.as_ref().is_some_and(|lv| lv.origin.is_empty()), || {
        format!("{c1:?}")
    })?;
    fx.ok(&["snapshot", "delete", "s1", "--yes"]);
    check(fx.lv(&snap_lv).is_none(), || format!("{snap_lv} is left"))?;
    check(reads(&c1_path, 1, 0, 4 * MIB), || {
        "the new volume depended on the snapshot".into()
    })
}

fn thin_snapshot_and_a_volume_from_it() -> Result<(), Failed> {
    let fx = LvmFixture::active(8);
    fx.write_config(&[("lvm_type", Some("\"thin\""))]);
    let db = fx.create_volume("db1", "1");
    let pool = format!("{}-pool", fx.vg);
    let lv = fx.lv(&lv_name(&db));
    check(
        lv.as_ref()
            .is_some_and(|lv| lv.segtype == "thin" && lv.pool_lv == pool),
        || format!("a thin LV in {pool}: {lv:?}; all: {:#?}", fx.lvs()),
    )?;
    let backends: Vec<serde_json::Value> = fx.json(&["backend", "list"]);
    check(backends[0]["thin_provisioning_support"] == true, || {
        format!("{backends:#?}")
    })?;
    let db_path = fx.lv_path(&lv_name(&db));
    fill(&db_path, 1, 0, 4 * MIB);
    let snap: Change<Snapshot> = fx.json(&["volume", "snapshot", "db1", "--name", "s1"]);
    let snap_lv = fx.lv(&format!("_snapshot-{}", snap.value.id));
    check(
        snap_lv
            .as_ref()
            .is_some_and(|lv| lv.segtype == "thin" && lv.origin == lv_name(&db)),
        || format!("a thin snapshot of the volume: {snap_lv:?}"),
    )?;
    fill(&db_path, 2, 0, 4 * MIB);

    let made: Change<Volume> = fx.json(&["volume", "clone", "--snapshot", "s1", "--name", "c1"]);
    let c1_path = fx.lv_path(&lv_name(&made.value));
    check(reads(&c1_path, 1, 0, 4 * MIB), || {
        "the volume from the snapshot does not read its data".into()
    })?;
    check(reads(&db_path, 2, 0, 4 * MIB), || {
        "the origin lost its newer data".into()
    })?;
    fill(&c1_path, 3, 0, MIB);
    check(reads(&db_path, 2, 0, MIB), || {
        "writing the new volume changed its origin".into()
    })
}

fn revert_merges_the_snapshot_back_and_keeps_it() -> Result<(), Failed> {
    let fx = LvmFixture::active(8);
    let db = fx.create_volume("db1", "1");
    let db_path = fx.lv_path(&lv_name(&db));
    fill(&db_path, 1, 0, 4 * MIB);
    let snap: Change<Snapshot> = fx.json(&["volume", "snapshot", "db1", "--name", "s1"]);
    fill(&db_path, 2, 0, 4 * MIB);
    fill(&db_path, 2, GIB - MIB, MIB);

    fx.ok(&["volume", "revert", "db1", "--snapshot", "s1", "--yes"]);
    let after = volume(&fx, "db1");
    check(
        after.status == "available" && after.provider_location == Some(lv_name(&db)),
        || format!("{after:#?}"),
    )?;
    check(reads(&db_path, 1, 0, 4 * MIB), || {
        "the volume does not read the snapshot's data after the revert".into()
    })?;
    check(reads(&db_path, 0, GIB - MIB, MIB), || {
        "data written after the snapshot survived the revert".into()
    })?;
    // The snapshot is still a snapshot (Cinder re-creates the one the merge consumed).
    let kept: Snapshot = fx.json(&["snapshot", "show", "s1"]);
    let snap_lv = fx.lv(&format!("_snapshot-{}", snap.value.id));
    check(
        kept.status == "available" && snap_lv.as_ref().is_some_and(|lv| lv.origin == lv_name(&db)),
        || format!("{kept:#?}\n{snap_lv:?}"),
    )
}

fn backup_and_restore_round_trip() -> Result<(), Failed> {
    let fx = LvmFixture::active(8);
    let db = fx.create_volume("db1", "1");
    let db_path = fx.lv_path(&lv_name(&db));
    scribble(&db_path, 7);
    let original = fx.dir.path().join("original.img");
    // (fs::copy refuses a block device as its source.)
    std::io::copy(
        &mut File::open(&db_path).unwrap(),
        &mut File::create(&original).unwrap(),
    )
    .expect("keep a copy of the volume");

    let backup: Change<Backup> = fx.json(&["volume", "backup", "db1", "--name", "b1"]);
    check(backup.value.status == "available", || {
        format!("{:#?}", backup.value)
    })?;

    // Into a new volume.
    let restored: Change<Volume> = fx.json(&["backup", "restore", "b1", "--name", "r1"]);
    let r1_path = fx.lv_path(&lv_name(&restored.value));
    let diff = first_difference(&original, &r1_path, GIB);
    check(diff.is_none(), || {
        format!("the restored volume differs at MiB {diff:?}")
    })?;

    // Over the volume itself, after it changed.
    fill(&db_path, 0xAA, 0, 16 * MIB);
    fill(&db_path, 0xAA, GIB - 16 * MIB, 16 * MIB);
    fx.ok(&["backup", "restore", "b1", "--volume", "db1", "--yes"]);
    let diff = first_difference(&original, &db_path, GIB);
    check(diff.is_none(), || {
        format!("the volume restored over differs at MiB {diff:?}")
    })
}

fn attach_through_tgtadm_serves_the_lv() -> Result<(), Failed> {
    let fx = LvmFixture::active(8);
    let options = tgt::options();
    let overrides: Vec<(&str, Option<&str>)> = options
        .iter()
        .map(|(key, value)| (*key, Some(value.as_str())))
        .collect();
    fx.write_config(&overrides);
    let db = fx.create_volume("db1", "2");
    let _cleanup = tgt::Cleanup::new(&db.id);
    let initiator = "iqn.2024-01.org.blockctl-test:node1";
    let attached: Change<Attachment> = fx.json(&[
        "volume",
        "attach",
        "db1",
        "--host",
        "node1",
        "--initiator",
        initiator,
    ]);
    let info = attached
        .value
        .connection_info
        .clone()
        .expect("connection info");
    check(info.driver_volume_type == "iscsi", || format!("{info:?}"))?;
    let text = |key: &str| info.data[key].as_str().unwrap_or_default().to_owned();
    let iqn = text("target_iqn");
    check(iqn.ends_with(&lv_name(&db)), || format!("{info:?}"))?;

    let targets = tgt::targets_of(&db.id);
    let device = fx.lv_path(&lv_name(&db)).display().to_string();
    check(
        targets.len() == 1 && targets[0].backing == vec![device.clone()],
        || format!("one target backed by {device}: {targets:#?}"),
    )?;

    let url = format!(
        "iscsi://{}%{}@{}/{}/{}",
        text("auth_username"),
        text("auth_password"),
        text("target_portal"),
        iqn,
        info.data["target_lun"].as_u64().unwrap_or_default()
    );
    let output = Command::new("timeout")
        .args(["60", "iscsi-readcapacity16", "-i", initiator, &url])
        .output()
        .expect("run iscsi-readcapacity16 (libiscsi-bin)");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let size: Option<u64> = stdout
        .lines()
        .find_map(|l| l.strip_prefix("Total size:"))
        .and_then(|s| s.trim().parse().ok());
    check(size == Some(2 * GIB), || {
        format!(
            "iscsi-readcapacity16 {url}: {stdout}{}",
            String::from_utf8_lossy(&output.stderr)
        )
    })?;

    fx.ok(&["volume", "detach", "db1"]);
    let left = tgt::targets_of(&db.id);
    check(left.is_empty(), || format!("left in tgtd: {left:#?}"))?;
    let after = volume(&fx, "db1");
    check(after.status == "available", || format!("{after:#?}"))
}

/// (offset, length) in bytes of an LV's extents on the fixture's single PV.
fn pv_region(fx: &LvmFixture, lv: &str) -> (u64, u64) {
    let ranges = fx.lvm_ok(&[
        "lvs",
        "--noheadings",
        "-o",
        "seg_pe_ranges",
        &format!("{}/{lv}", fx.vg),
    ]);
    // One linear segment: "/dev/loopN:FIRST-LAST".
    let range = ranges.trim();
    let (_, extents) = range
        .rsplit_once(':')
        .unwrap_or_else(|| panic!("seg_pe_ranges {range:?}"));
    let (first, last) = extents.split_once('-').expect("FIRST-LAST");
    let (first, last): (u64, u64) = (first.parse().unwrap(), last.parse().unwrap());
    let pe_start: u64 = fx
        .lvm_ok(&[
            "pvs",
            "--noheadings",
            "--units",
            "b",
            "--nosuffix",
            "-o",
            "pe_start",
            &fx.device,
        ])
        .trim()
        .parse()
        .expect("pe_start");
    let extent = fx.vgs().extent_size;
    (pe_start + first * extent, (last - first + 1) * extent)
}

fn volume_clear_zero_zeroes_the_extents_before_lvremove() -> Result<(), Failed> {
    let fx = LvmFixture::active(8);
    fx.write_config(&[("volume_clear", Some("\"zero\""))]);
    // The PV's backing file: what the loop device (so the LV) wrote, past any page cache of
    // the LV's own device node.
    let disk = fx.disk.clone();

    let db = fx.create_volume("db1", "1");
    let (start, len) = pv_region(&fx, &lv_name(&db));
    check(len == GIB, || format!("region {start}+{len}"))?;
    let db_path = fx.lv_path(&lv_name(&db));
    for offset in [0, GIB / 2, GIB - 4 * MIB] {
        fill(&db_path, 0x5A, offset, 4 * MIB);
        check(reads(&disk, 0x5A, start + offset, 4 * MIB), || {
            format!("the PV region computed for the LV is wrong ({start}+{len})")
        })?;
    }
    fx.ok(&["volume", "delete", "db1", "--yes"]);
    check(fx.lvs().is_empty(), || format!("{:#?}", fx.lvs()))?;
    for offset in [0, GIB / 2, GIB - 4 * MIB] {
        check(reads(&disk, 0, start + offset, 4 * MIB), || {
            format!("the deleted LV's extents still hold data at +{offset}")
        })?;
    }

    // volume_clear_size: only the first N MiB are cleared.
    fx.write_config(&[
        ("volume_clear", Some("\"zero\"")),
        ("volume_clear_size", Some("4")),
    ]);
    let db = fx.create_volume("db2", "1");
    let (start, _) = pv_region(&fx, &lv_name(&db));
    let db_path = fx.lv_path(&lv_name(&db));
    fill(&db_path, 0x5A, 0, 8 * MIB);
    fx.ok(&["volume", "delete", "db2", "--yes"]);
    check(reads(&disk, 0, start, 4 * MIB), || {
        "the first volume_clear_size MiB were not zeroed".into()
    })?;
    check(reads(&disk, 0x5A, start + 4 * MIB, 4 * MIB), || {
        "more than volume_clear_size MiB were zeroed".into()
    })
}
