//! Every lvm2 command the LVM driver runs: `lvm <command>` through duct with argument
//! vectors, reports read as `--reportformat json` in bytes, and lvm2's failures turned into
//! one clear sentence with the right exit code.

use std::ffi::{OsStr, OsString};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::error::{Error, ErrorKind, Result};
use crate::process::{self, LVM};

/// One volume group, as blockctl drives it.
pub struct Lvm2 {
    vg: String,
    /// `LVM_SYSTEM_DIR` for every command (the directory of `lvm_conf_file`).
    system_dir: Option<PathBuf>,
}

/// A volume group's capacity, in bytes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct VolumeGroup {
    pub size: u64,
    pub free: u64,
}

/// One logical volume of the group.
#[derive(Debug, Clone, PartialEq)]
pub struct LogicalVolume {
    pub name: String,
    pub size: u64,
    /// `lv_attr`: its first character is the type (`t` thin pool, `V` thin volume, `s`
    /// COW snapshot, `o` origin, `-` plain).
    pub attr: String,
    /// The thin pool of a thin volume.
    pub pool: String,
    pub origin: String,
    /// A thin pool's used data, in percent (unknown while the pool is not active).
    pub data_percent: Option<f64>,
    pub tags: Vec<String>,
}

impl LogicalVolume {
    pub fn is_thin_pool(&self) -> bool {
        self.attr.starts_with('t')
    }
    pub fn is_thin(&self) -> bool {
        self.attr.starts_with('V')
    }
}

#[derive(Deserialize)]
struct Report<T> {
    report: Vec<T>,
}

#[derive(Deserialize)]
struct VgSection {
    vg: Vec<VgRow>,
}

#[derive(Deserialize)]
struct VgRow {
    vg_size: String,
    vg_free: String,
}

#[derive(Deserialize)]
struct LvSection {
    lv: Vec<LvRow>,
}

#[derive(Deserialize)]
struct LvRow {
    lv_name: String,
    lv_size: String,
    lv_attr: String,
    #[serde(default)]
    pool_lv: String,
    #[serde(default)]
    origin: String,
    #[serde(default)]
    data_percent: String,
    #[serde(default)]
    lv_tags: String,
}

const LV_FIELDS: &str = "lv_name,lv_size,lv_attr,pool_lv,origin,data_percent,lv_tags";

impl Lvm2 {
    pub fn new(vg: &str, conf_file: Option<&Path>) -> Lvm2 {
        Lvm2 {
            vg: vg.to_owned(),
            system_dir: conf_file.and_then(|f| f.parent()).map(Path::to_owned),
        }
    }

    pub fn vg_name(&self) -> &str {
        &self.vg
    }

    /// `VG/LV`, as lvm2 commands name a logical volume.
    fn qualified(&self, lv: &str) -> String {
        format!("{}/{lv}", self.vg)
    }

    /// The device node of an active logical volume.
    pub fn device_path(&self, lv: &str) -> PathBuf {
        Path::new("/dev").join(&self.vg).join(lv)
    }

    /// The device-mapper node of a COW snapshot's exception store (`VG-LV-cow`, with
    /// device-mapper's doubling of hyphens), which holds the snapshot's own data.
    pub fn cow_device_path(&self, lv: &str) -> PathBuf {
        let escape = |s: &str| s.replace('-', "--");
        PathBuf::from(format!(
            "/dev/mapper/{}-{}-cow",
            escape(&self.vg),
            escape(lv)
        ))
    }

    fn run(&self, args: &[&str]) -> Result<String> {
        let args: Vec<OsString> = args.iter().map(OsString::from).collect();
        let mut env: Vec<(&str, &OsStr)> = vec![("LVM_SUPPRESS_FD_WARNINGS", OsStr::new("1"))];
        if let Some(dir) = &self.system_dir {
            env.push(("LVM_SYSTEM_DIR", dir.as_os_str()));
        }
        let output = process::run_unchecked(LVM, &args, &env)?;
        if output.status.success() {
            return Ok(String::from_utf8_lossy(&output.stdout).into_owned());
        }
        let stderr = String::from_utf8_lossy(&output.stderr);
        Err(self.failure(args[0].to_string_lossy().as_ref(), &stderr))
    }

    /// lvm2's error lines (warnings left out), as one sentence with the right kind.
    fn failure(&self, command: &str, stderr: &str) -> anyhow::Error {
        let message = error_lines(stderr);
        let vg = &self.vg;
        let lower = message.to_lowercase();
        let (kind, sentence) = if lower.contains("device-mapper") {
            (
                ErrorKind::Backend,
                format!(
                    "lvm {command} needs the device-mapper kernel driver, which this machine \
                     lacks: {message}"
                ),
            )
        } else if lower.contains("insufficient free space")
            || lower.contains("insufficient suitable")
        {
            (
                ErrorKind::QuotaExceeded,
                format!("not enough free space in volume group '{vg}': {message}"),
            )
        } else if lower.contains(&format!("volume group \"{vg}\" not found")) {
            (ErrorKind::Backend, vg_not_found(vg))
        } else {
            (
                ErrorKind::Backend,
                format!("lvm {command} failed: {message}"),
            )
        };
        Error::new(kind, sentence).into()
    }

    /// The group's size and free space; fails with a clear sentence when it does not exist.
    pub fn volume_group(&self) -> Result<VolumeGroup> {
        let text = self.run(&[
            "vgs",
            "--reportformat",
            "json",
            "--units",
            "b",
            "--nosuffix",
            "-o",
            "vg_name,vg_size,vg_free",
            &self.vg,
        ])?;
        let report: Report<VgSection> = serde_json::from_str(&text)
            .map_err(|e| anyhow::anyhow!("unexpected vgs output ({e}): {text}"))?;
        let row = report
            .report
            .into_iter()
            .flat_map(|s| s.vg)
            .next()
            .ok_or_else(|| Error::backend(vg_not_found(&self.vg)))?;
        Ok(VolumeGroup {
            size: parse_bytes(&row.vg_size)?,
            free: parse_bytes(&row.vg_free)?,
        })
    }

    /// Every visible logical volume of the group.
    pub fn logical_volumes(&self) -> Result<Vec<LogicalVolume>> {
        let text = self.run(&[
            "lvs",
            "--reportformat",
            "json",
            "--units",
            "b",
            "--nosuffix",
            "-o",
            LV_FIELDS,
            &self.vg,
        ])?;
        parse_lvs(&text)
    }

    pub fn logical_volume(&self, name: &str) -> Result<Option<LogicalVolume>> {
        Ok(self
            .logical_volumes()?
            .into_iter()
            .find(|lv| lv.name == name))
    }

    /// A linear logical volume of `size_gib` GiB.
    pub fn create(&self, name: &str, size_gib: u64) -> Result<()> {
        self.run(&[
            "lvcreate",
            "--yes",
            "--name",
            name,
            "--size",
            &format!("{size_gib}g"),
            &self.vg,
        ])?;
        Ok(())
    }

    /// A thin pool taking all of the group's free space (its metadata included).
    pub fn create_thin_pool(&self, name: &str) -> Result<()> {
        self.run(&[
            "lvcreate",
            "--yes",
            "--type",
            "thin-pool",
            "--extents",
            "100%FREE",
            "--name",
            name,
            &self.vg,
        ])?;
        Ok(())
    }

    /// A thin volume of `size_gib` GiB in `pool`.
    pub fn create_thin(&self, name: &str, size_gib: u64, pool: &str) -> Result<()> {
        self.run(&[
            "lvcreate",
            "--yes",
            "--name",
            name,
            "--virtualsize",
            &format!("{size_gib}g"),
            "--thinpool",
            &self.qualified(pool),
        ])?;
        Ok(())
    }

    /// A thin snapshot of a thin volume (or of another thin snapshot), activated like any
    /// volume (`--setactivationskip n`).
    pub fn create_thin_snapshot(&self, name: &str, origin: &str) -> Result<()> {
        self.run(&[
            "lvcreate",
            "--yes",
            "--snapshot",
            "--setactivationskip",
            "n",
            "--name",
            name,
            &self.qualified(origin),
        ])?;
        Ok(())
    }

    /// A COW snapshot of a thick volume whose exception store is `percent` of the origin.
    pub fn create_cow_snapshot(&self, name: &str, origin: &str, percent: u32) -> Result<()> {
        self.run(&[
            "lvcreate",
            "--yes",
            "--snapshot",
            "--extents",
            &format!("{percent}%ORIGIN"),
            "--name",
            name,
            &self.qualified(origin),
        ])?;
        Ok(())
    }

    pub fn extend(&self, name: &str, size_gib: u64) -> Result<()> {
        self.run(&[
            "lvextend",
            "--size",
            &format!("{size_gib}g"),
            &self.qualified(name),
        ])?;
        Ok(())
    }

    pub fn remove(&self, name: &str) -> Result<()> {
        self.run(&["lvremove", "--yes", "--force", &self.qualified(name)])?;
        Ok(())
    }

    /// Merges a COW snapshot back into its origin, waiting until the merge is done.
    pub fn merge(&self, snapshot: &str) -> Result<()> {
        self.run(&["lvconvert", "--yes", "--merge", &self.qualified(snapshot)])?;
        Ok(())
    }

    pub fn add_tag(&self, name: &str, tag: &str) -> Result<()> {
        self.run(&["lvchange", "--addtag", tag, &self.qualified(name)])?;
        Ok(())
    }

    pub fn delete_tag(&self, name: &str, tag: &str) -> Result<()> {
        self.run(&["lvchange", "--deltag", tag, &self.qualified(name)])?;
        Ok(())
    }
}

fn vg_not_found(vg: &str) -> String {
    format!(
        "volume group '{vg}' not found: create it (vgcreate {vg} DEVICE…) or set volume_group \
         to an existing one"
    )
}

/// The lines of lvm2's stderr that say what failed (not its warnings), joined.
fn error_lines(stderr: &str) -> String {
    let lines: Vec<&str> = stderr
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with("WARNING") && !l.starts_with("File descriptor"))
        .collect();
    if lines.is_empty() {
        stderr.trim().to_owned()
    } else {
        lines.join(" ")
    }
}

fn parse_bytes(value: &str) -> Result<u64> {
    let value = value.trim();
    // `--units b --nosuffix` prints whole bytes, sometimes as `1234.00`.
    let whole = value.split('.').next().unwrap_or(value);
    whole
        .parse()
        .map_err(|_| anyhow::anyhow!("unexpected size '{value}' in an lvm2 report"))
}

fn parse_lvs(text: &str) -> Result<Vec<LogicalVolume>> {
    let report: Report<LvSection> = serde_json::from_str(text)
        .map_err(|e| anyhow::anyhow!("unexpected lvs output ({e}): {text}"))?;
    report
        .report
        .into_iter()
        .flat_map(|s| s.lv)
        .map(|row| {
            Ok(LogicalVolume {
                size: parse_bytes(&row.lv_size)?,
                data_percent: row.data_percent.trim().parse().ok(),
                tags: row
                    .lv_tags
                    .split(',')
                    .filter(|t| !t.is_empty())
                    .map(str::to_owned)
                    .collect(),
                name: row.lv_name,
                attr: row.lv_attr,
                pool: row.pool_lv,
                origin: row.origin,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lvs_report_of_a_thin_pool_and_its_volumes_parses() {
        // The shape `lvs --reportformat json --units b --nosuffix` prints.
        let text = r#"{
          "report": [ { "lv": [
            {"lv_name":"vg-pool", "lv_size":"2143289344", "lv_attr":"twi-aotz--",
             "pool_lv":"", "origin":"", "data_percent":"12.50", "lv_tags":""},
            {"lv_name":"volume-a", "lv_size":"1073741824", "lv_attr":"Vwi-a-tz--",
             "pool_lv":"vg-pool", "origin":"", "data_percent":"3.00", "lv_tags":"x,y"},
            {"lv_name":"volume-b", "lv_size":"209715200", "lv_attr":"-wi-XX----",
             "pool_lv":"", "origin":"", "data_percent":"", "lv_tags":""}
          ] } ] }"#;
        let lvs = parse_lvs(text).unwrap();
        assert_eq!(lvs.len(), 3);
        assert!(lvs[0].is_thin_pool() && !lvs[0].is_thin());
        assert_eq!(lvs[0].data_percent, Some(12.5));
        assert!(lvs[1].is_thin());
        assert_eq!(lvs[1].pool, "vg-pool");
        assert_eq!(lvs[1].tags, ["x", "y"]);
        assert_eq!(lvs[2].size, 209_715_200);
        assert_eq!(lvs[2].data_percent, None);
        assert!(lvs[2].tags.is_empty());
    }

    #[test]
    fn failures_are_sorted_by_what_the_operator_must_do() {
        let lvm = Lvm2::new("vg1", None);
        let kind = |stderr: &str| crate::error::kind_of(&lvm.failure("lvcreate", stderr));
        assert_eq!(
            kind(
                "  WARNING: x\n  Volume group \"vg1\" has insufficient free space (10 extents): 25 required.\n"
            ),
            ErrorKind::QuotaExceeded
        );
        assert_eq!(
            kind("  Can't create snapshot without using device-mapper kernel driver.\n"),
            ErrorKind::Backend
        );
        let err = lvm.failure(
            "vgs",
            "  Volume group \"vg1\" not found\n  Cannot process volume group vg1\n",
        );
        assert!(format!("{err:#}").contains("volume group 'vg1' not found"));
        assert_eq!(
            error_lines("  WARNING: a\n  real problem\n"),
            "real problem"
        );
    }

    #[test]
    fn cow_device_names_double_hyphens_as_device_mapper_does() {
        let lvm = Lvm2::new("my-vg", None);
        assert_eq!(
            lvm.cow_device_path("_snapshot-1a"),
            PathBuf::from("/dev/mapper/my--vg-_snapshot--1a-cow")
        );
    }
}
