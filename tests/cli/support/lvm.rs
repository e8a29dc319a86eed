//! `LvmFixture`: a real lvm2 volume group on a loop device of its own, per test, and a
//! [`TestEnv`] whose only backend is that volume group (the contract: notes/lvm-spec.md).
//!
//! Each fixture has a sparse file in the env's temp dir, a loop device (`losetup -f`), an
//! `lvm.conf` in `DIR/lvm/` whose device filter accepts that loop device only (parallel
//! tests never see each other's volume groups, nor the machine's), and a volume group named
//! `bctest<random>`. For machines without device-mapper the `lvm.conf` disables activation,
//! so only metadata operations run; an active fixture (the data-path tests) leaves it on,
//! so LVs have device nodes. blockctl gets the same `lvm.conf` through `lvm_conf_file`.
//! Dropping the fixture removes the volume group, the PV label and the loop device (best
//! effort), then the env's temp dir goes.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::Duration;

use serde_json::Value;

use super::TestEnv;

pub const GIB: u64 = 1 << 30;

/// One logical volume as `lvs -a` reports it.
#[derive(Debug, Clone, PartialEq)]
pub struct Lv {
    pub name: String,
    /// Bytes.
    pub size: u64,
    pub attr: String,
    pub segtype: String,
    pub origin: String,
    pub pool_lv: String,
}

/// The fixture's volume group as `vgs` reports it (sizes in bytes).
#[derive(Debug, Clone, PartialEq)]
pub struct Vg {
    pub name: String,
    pub size: u64,
    pub free: u64,
    pub extent_size: u64,
    pub lv_count: u64,
}

pub struct LvmFixture {
    pub env: TestEnv,
    /// The volume group's name, `bctest<random>`.
    pub vg: String,
    /// The loop device holding the only PV, `/dev/loopN`.
    pub device: String,
    /// `LVM_SYSTEM_DIR`: the directory of this fixture's `lvm.conf`.
    pub lvm_dir: PathBuf,
    /// The sparse file behind the loop device (offsets in it are offsets in the PV).
    #[allow(dead_code)] // The data-path tests' (tests/lvm_datapath.rs) only.
    pub disk: PathBuf,
}

impl std::ops::Deref for LvmFixture {
    type Target = TestEnv;
    fn deref(&self) -> &TestEnv {
        &self.env
    }
}

/// Whether the kernel's device-mapper can be used; `Err` says why not. The node
/// `/dev/mapper/control` existing is not enough: libdevmapper creates it whenever an lvm
/// command runs, driver or not, and opening it then fails with ENODEV.
#[allow(dead_code)] // The data-path tests' (tests/lvm_datapath.rs) only.
pub fn device_mapper() -> Result<(), String> {
    let control = Path::new("/dev/mapper/control");
    if !control.exists() {
        return Err("/dev/mapper/control is missing".to_owned());
    }
    std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open(control)
        .map(drop)
        .map_err(|e| format!("/dev/mapper/control cannot be opened: {e}"))
}

/// `program ARGS` with no stdin, its output captured.
fn run(program: &str, args: &[&str]) -> Output {
    Command::new(program)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("run {program} {args:?}: {e}"))
}

/// An lvm2 command (`pvcreate`, `lvs`, …) with `LVM_SYSTEM_DIR=lvm_dir`.
fn lvm_in(lvm_dir: &Path, args: &[&str]) -> Output {
    Command::new(args[0])
        .args(&args[1..])
        .env("LVM_SYSTEM_DIR", lvm_dir)
        .env("LVM_SUPPRESS_FD_WARNINGS", "1")
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("run {args:?} (lvm2): {e}"))
}

/// A command's exit code and what it printed, for failure messages.
pub fn said(output: &Output) -> String {
    format!(
        "exit {:?}\n{}{}",
        output.status.code(),
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

/// The `lvm.conf` of a fixture whose only device is `device`.
fn lvm_conf(device: &str, active: bool) -> String {
    let mut conf = String::new();
    if !active {
        conf.push_str("global {\n    activation = 0\n}\n");
    } else if !Path::new("/run/udev/control").exists() {
        // Active LVs but no udev to make their nodes: lvm2 makes them itself.
        conf.push_str("activation {\n    udev_sync = 0\n    udev_rules = 0\n}\n");
    }
    conf.push_str(&format!(
        "devices {{\n    filter = [ \"a|^{device}$|\", \"r|.*|\" ]\n    \
         use_devicesfile = 0\n    obtain_device_list_from_udev = 0\n}}\n\
         backup {{\n    backup = 0\n    archive = 0\n}}\n"
    ));
    conf
}

impl LvmFixture {
    /// A volume group of (a little under) `size_gib` GiB with activation disabled: lvm2
    /// runs metadata operations only, as it can on a machine without device-mapper. The
    /// env's config is [`LvmFixture::config`] with no overrides.
    pub fn new(size_gib: u64) -> LvmFixture {
        LvmFixture::build(size_gib, false)
    }

    /// A volume group whose LVs are activated (device nodes `/dev/VG/LV`): device-mapper
    /// must be usable.
    #[allow(dead_code)] // The data-path tests' (tests/lvm_datapath.rs) only.
    pub fn active(size_gib: u64) -> LvmFixture {
        if let Err(why) = device_mapper() {
            panic!("an active LVM fixture needs device-mapper: {why}");
        }
        LvmFixture::build(size_gib, true)
    }

    fn build(size_gib: u64, active: bool) -> LvmFixture {
        let mut env = TestEnv::new();
        env.config = Some(env.dir.path().join("blockctl.toml"));
        let lvm_dir = env.dir.path().join("lvm");
        std::fs::create_dir_all(&lvm_dir).expect("lvm dir");
        let disk_path = env.dir.path().join("pv.img");
        std::fs::File::create(&disk_path)
            .and_then(|f| f.set_len(size_gib * GIB))
            .expect("a sparse file for the PV");
        let disk = disk_path.to_str().expect("utf-8 temp path").to_owned();
        let vg = format!("bctest{}", &uuid::Uuid::new_v4().simple().to_string()[..12]);

        // Parallel tests race for free loop devices: retry the whole setup a few times.
        let mut failures = Vec::new();
        for attempt in 0..6u64 {
            std::thread::sleep(Duration::from_millis(250 * attempt));
            let attached = run("losetup", &["-f", "--show", &disk]);
            if !attached.status.success() {
                failures.push(format!("losetup -f --show: {}", said(&attached)));
                continue;
            }
            let device = String::from_utf8_lossy(&attached.stdout).trim().to_owned();
            std::fs::write(lvm_dir.join("lvm.conf"), lvm_conf(&device, active))
                .expect("write lvm.conf");
            let pv = lvm_in(&lvm_dir, &["pvcreate", "-y", &device]);
            if !pv.status.success() {
                failures.push(format!("pvcreate {device}: {}", said(&pv)));
                let _ = run("losetup", &["-d", &device]);
                continue;
            }
            let created = lvm_in(&lvm_dir, &["vgcreate", &vg, &device]);
            if !created.status.success() {
                failures.push(format!("vgcreate {vg} {device}: {}", said(&created)));
                let _ = lvm_in(&lvm_dir, &["pvremove", "-y", "-ff", &device]);
                let _ = run("losetup", &["-d", &device]);
                continue;
            }
            let fixture = LvmFixture {
                env,
                vg,
                device,
                lvm_dir,
                disk: disk_path,
            };
            fixture.write_config(&[]);
            return fixture;
        }
        panic!("could not set up a volume group:\n{}", failures.join("\n"));
    }

    /// An lvm2 command (`lvs`, `lvcreate`, …) against this fixture's `lvm.conf`.
    pub fn lvm(&self, args: &[&str]) -> Output {
        lvm_in(&self.lvm_dir, args)
    }

    /// An lvm2 command that must succeed; its stdout.
    pub fn lvm_ok(&self, args: &[&str]) -> String {
        let output = self.lvm(args);
        assert!(output.status.success(), "{args:?}: {}", said(&output));
        String::from_utf8_lossy(&output.stdout).into_owned()
    }

    /// `lvm.conf`'s path, as blockctl's `lvm_conf_file`.
    pub fn lvm_conf_file(&self) -> PathBuf {
        self.lvm_dir.join("lvm.conf")
    }

    /// The backend table blockctl gets: `volume_driver = "lvm"`, this volume group, this
    /// `lvm.conf`, `volume_clear = "none"`; then `overrides` in order, each replacing the
    /// option of its name (`None` drops it) or, when new, added.
    pub fn config(&self, overrides: &[(&str, Option<&str>)]) -> String {
        let mut options: Vec<(String, String)> = vec![
            ("volume_driver".into(), "\"lvm\"".into()),
            ("volume_group".into(), format!("\"{}\"", self.vg)),
            (
                "lvm_conf_file".into(),
                format!("\"{}\"", self.lvm_conf_file().display()),
            ),
            ("volume_clear".into(), "\"none\"".into()),
        ];
        for (key, value) in overrides {
            let at = options.iter().position(|(k, _)| k == key);
            match (at, value) {
                (Some(i), Some(v)) => options[i].1 = (*v).to_owned(),
                (Some(i), None) => {
                    options.remove(i);
                }
                (None, Some(v)) => options.push(((*key).to_owned(), (*v).to_owned())),
                (None, None) => {}
            }
        }
        let mut toml = "enabled_backends = [\"lvm-1\"]\n[backends.lvm-1]\n".to_owned();
        for (key, value) in options {
            toml.push_str(&format!("{key} = {value}\n"));
        }
        toml
    }

    /// (Re)writes the env's configuration file: [`LvmFixture::config`] of `overrides`.
    /// Commands run after it see the new configuration.
    pub fn write_config(&self, overrides: &[(&str, Option<&str>)]) {
        let path = self.env.dir.path().join("blockctl.toml");
        std::fs::write(&path, self.config(overrides)).expect("write blockctl.toml");
        assert_eq!(self.env.config.as_deref(), Some(path.as_path()));
    }

    /// Every LV of the volume group, hidden ones (thin pool parts, spare metadata) included.
    pub fn lvs(&self) -> Vec<Lv> {
        let stdout = self.lvm_ok(&[
            "lvs",
            "-a",
            "--reportformat",
            "json",
            "--units",
            "b",
            "--nosuffix",
            "-o",
            "lv_name,lv_size,lv_attr,segtype,origin,pool_lv",
            &self.vg,
        ]);
        report(&stdout, "lv")
            .iter()
            .map(|lv| Lv {
                name: field(lv, "lv_name"),
                size: number(lv, "lv_size"),
                attr: field(lv, "lv_attr"),
                segtype: field(lv, "segtype"),
                origin: field(lv, "origin"),
                pool_lv: field(lv, "pool_lv"),
            })
            .collect()
    }

    /// The names of [`LvmFixture::lvs`], sorted.
    pub fn lv_names(&self) -> Vec<String> {
        let mut names: Vec<String> = self.lvs().into_iter().map(|lv| lv.name).collect();
        names.sort();
        names
    }

    pub fn lv(&self, name: &str) -> Option<Lv> {
        self.lvs().into_iter().find(|lv| lv.name == name)
    }

    /// The fixture's volume group.
    pub fn vgs(&self) -> Vg {
        let stdout = self.lvm_ok(&[
            "vgs",
            "--reportformat",
            "json",
            "--units",
            "b",
            "--nosuffix",
            "-o",
            "vg_name,vg_size,vg_free,vg_extent_size,lv_count",
            &self.vg,
        ]);
        let vgs = report(&stdout, "vg");
        assert_eq!(vgs.len(), 1, "vgs {}: {stdout}", self.vg);
        let vg = &vgs[0];
        Vg {
            name: field(vg, "vg_name"),
            size: number(vg, "vg_size"),
            free: number(vg, "vg_free"),
            extent_size: number(vg, "vg_extent_size"),
            lv_count: number(vg, "lv_count"),
        }
    }

    /// `/dev/VG/LV`.
    pub fn lv_path(&self, name: &str) -> PathBuf {
        Path::new("/dev").join(&self.vg).join(name)
    }
}

/// The rows of an lvm2 JSON report (`--reportformat json`) of kind `kind` (`lv`, `vg`).
fn report(stdout: &str, kind: &str) -> Vec<Value> {
    let json: Value =
        serde_json::from_str(stdout).unwrap_or_else(|e| panic!("lvm2 JSON report ({e}): {stdout}"));
    json["report"]
        .as_array()
        .and_then(|r| r.first())
        .and_then(|r| r[kind].as_array())
        .cloned()
        .unwrap_or_else(|| panic!("no {kind} rows in: {stdout}"))
}

fn field(row: &Value, key: &str) -> String {
    row[key]
        .as_str()
        .unwrap_or_else(|| panic!("{key} in {row}"))
        .to_owned()
}

fn number(row: &Value, key: &str) -> u64 {
    let text = field(row, key);
    text.parse()
        .unwrap_or_else(|_| panic!("{key} = {text:?} is not a number of bytes"))
}

impl Drop for LvmFixture {
    fn drop(&mut self) {
        let _ = self.lvm(&["vgremove", "-f", &self.vg]);
        let _ = self.lvm(&["pvremove", "-y", "-ff", &self.device]);
        let _ = run("losetup", &["-d", &self.device]);
    }
}
