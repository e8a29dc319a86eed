//! `qemu-img` invocations: one function per use, argument vectors, JSON where it exists.

use std::ffi::OsString;
use std::path::Path;

use serde::Deserialize;

use crate::driver::Progress;
use crate::error::Result;
use crate::process::{self, Cancel, QEMU_IMG};

/// The fields of `qemu-img info --output=json` blockctl reads.
#[derive(Debug, Deserialize)]
pub struct ImageInfo {
    #[serde(rename = "virtual-size")]
    pub virtual_size: u64,
    #[serde(rename = "backing-filename")]
    pub backing_filename: Option<String>,
}

fn args<const N: usize>(items: [&dyn AsRef<std::ffi::OsStr>; N]) -> Vec<OsString> {
    items.iter().map(|item| item.as_ref().to_owned()).collect()
}

pub fn info(path: &Path) -> Result<ImageInfo> {
    // -U: read even while another qemu process (an NBD export) holds the image lock.
    let output = process::run(QEMU_IMG, &args([&"info", &"-U", &"--output=json", &path]))?;
    Ok(serde_json::from_str(&output)?)
}

pub fn create(path: &Path, size_gib: u64) -> Result<()> {
    let size = format!("{size_gib}G");
    process::run(
        QEMU_IMG,
        &args([&"create", &"-q", &"-f", &"qcow2", &path, &size]),
    )?;
    Ok(())
}

/// An overlay whose backing file is `backing`, a file name in the overlay's directory.
pub fn create_overlay(path: &Path, backing: &str, size_gib: u64) -> Result<()> {
    let size = format!("{size_gib}G");
    process::run(
        QEMU_IMG,
        &args([
            &"create", &"-q", &"-f", &"qcow2", &"-b", &backing, &"-F", &"qcow2", &path, &size,
        ]),
    )?;
    Ok(())
}

pub fn resize(path: &Path, size_gib: u64) -> Result<()> {
    let size = format!("{size_gib}G");
    process::run(
        QEMU_IMG,
        &args([&"resize", &"-q", &"-f", &"qcow2", &path, &size]),
    )?;
    Ok(())
}

/// Parses qemu-img's `-p` output, `    (12.34/100%)`, into hundredths of a percent.
pub fn parse_progress(piece: &str) -> Option<u64> {
    let inner = piece.trim().strip_prefix('(')?.split('/').next()?;
    let percent: f64 = inner.trim().parse().ok()?;
    Some((percent * 100.0).round().clamp(0.0, 10_000.0) as u64)
}

fn run_with_progress(
    argv: Vec<OsString>,
    label: &str,
    progress: &dyn Progress,
    cancel: &Cancel,
) -> Result<()> {
    progress.start(label, 10_000);
    let result = process::run_streaming(QEMU_IMG, &argv, cancel, |piece| {
        if let Some(position) = parse_progress(piece) {
            progress.set_position(position);
        }
    });
    progress.finish();
    result
}

/// Safe-mode rebase onto `new_backing` (`None`: no backing, i.e. flatten): copies whatever
/// differs into `path`, then rewrites the header last, so an interrupted rebase leaves the
/// image valid on its old backing file.
pub fn rebase(
    path: &Path,
    new_backing: Option<&str>,
    progress: &dyn Progress,
    cancel: &Cancel,
    label: &str,
) -> Result<()> {
    let argv = match new_backing {
        Some(backing) => args([
            &"rebase", &"-p", &"-f", &"qcow2", &"-b", &backing, &"-F", &"qcow2", &path,
        ]),
        None => args([&"rebase", &"-p", &"-f", &"qcow2", &"-b", &"", &path]),
    };
    run_with_progress(argv, label, progress, cancel)
}

/// Copies a whole chain into one standalone qcow2.
pub fn convert(
    source: &Path,
    target: &Path,
    progress: &dyn Progress,
    cancel: &Cancel,
) -> Result<()> {
    let argv = args([
        &"convert", &"-p", &"-f", &"qcow2", &"-O", &"qcow2", &source, &target,
    ]);
    run_with_progress(argv, "copying", progress, cancel)
}

/// The files of an image's backing chain, top (the image itself) first.
pub fn backing_chain(path: &Path) -> Result<Vec<std::path::PathBuf>> {
    #[derive(Deserialize)]
    struct Layer {
        filename: String,
    }
    let output = process::run(
        QEMU_IMG,
        &args([&"info", &"-U", &"--backing-chain", &"--output=json", &path]),
    )?;
    let layers: Vec<Layer> = serde_json::from_str(&output)?;
    Ok(layers.into_iter().map(|l| l.filename.into()).collect())
}

/// Where each range of an image's data is (`qemu-img map --output=json`).
pub fn map(path: &Path) -> Result<Vec<super::file_io::MapEntry>> {
    let output = process::run(QEMU_IMG, &args([&"map", &"-U", &"--output=json", &path]))?;
    Ok(serde_json::from_str(&output)?)
}

/// Copies an image chain into a sparse raw file.
pub fn convert_to_raw(source: &Path, target: &Path, cancel: &Cancel) -> Result<()> {
    let argv = args([
        &"convert", &"-U", &"-f", &"qcow2", &"-O", &"raw", &source, &target,
    ]);
    process::run_streaming(QEMU_IMG, &argv, cancel, |_| {})
}

/// Copies a raw file into an existing qcow2 image, zeros included (as zero clusters).
pub fn convert_into(
    raw: &Path,
    image: &Path,
    progress: &dyn Progress,
    cancel: &Cancel,
) -> Result<()> {
    let argv = args([
        &"convert", &"-p", &"-n", &"-f", &"raw", &"-O", &"qcow2", &raw, &image,
    ]);
    run_with_progress(argv, "writing the image", progress, cancel)
}

#[cfg(test)]
mod tests {
    #[test]
    fn progress_lines_parse() {
        assert_eq!(super::parse_progress("    (12.34/100%)"), Some(1234));
        assert_eq!(super::parse_progress("    (100.00/100%)"), Some(10_000));
        assert_eq!(super::parse_progress("garbage"), None);
    }
}
