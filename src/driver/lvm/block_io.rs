//! The LVM driver's data path: copying, zeroing, reading and writing logical volumes
//! through their device nodes, which exist only while the volumes are active (so only
//! where the kernel has device-mapper).

use std::fs::{File, OpenOptions};
use std::io::{Seek, SeekFrom};
use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};

use anyhow::Context;

use crate::driver::Progress;
use crate::driver::io::{Extent, VolumeReader, VolumeWriter};
use crate::error::{Error, Result};
use crate::process::Cancel;

/// Bytes moved per read or write.
const BLOCK: usize = 4 << 20;

/// Opens an active logical volume's device, or says why it cannot be.
pub fn open_device(path: &Path, write: bool) -> Result<File> {
    if !path.exists() {
        return Err(Error::backend(format!(
            "{} does not exist: the logical volume is not active (activating it needs the \
             device-mapper kernel driver, which this machine lacks)",
            path.display()
        ))
        .into());
    }
    OpenOptions::new()
        .read(true)
        .write(write)
        .open(path)
        .with_context(|| format!("cannot open {}", path.display()))
}

fn device_size(file: &File, path: &Path) -> Result<u64> {
    let mut file = file;
    file.seek(SeekFrom::End(0))
        .with_context(|| format!("cannot find the size of {}", path.display()))
}

/// Copies the first `len` bytes of `source` (at most its size) to `target`, with progress.
/// Interrupted, the target holds a partial copy for the caller to remove.
pub fn copy_device(
    source: &Path,
    target: &Path,
    len: u64,
    progress: &dyn Progress,
    cancel: &Cancel,
) -> Result<()> {
    let input = open_device(source, false)?;
    let output = open_device(target, true)?;
    let len = len.min(device_size(&input, source)?);
    progress.start_bytes("copying", len);
    let mut buf = vec![0u8; BLOCK];
    let mut offset = 0;
    while offset < len {
        cancel.check()?;
        let n = (len - offset).min(BLOCK as u64) as usize;
        input
            .read_exact_at(&mut buf[..n], offset)
            .with_context(|| format!("cannot read {}", source.display()))?;
        output
            .write_all_at(&buf[..n], offset)
            .with_context(|| format!("cannot write {}", target.display()))?;
        offset += n as u64;
        progress.set_position(offset);
    }
    output.sync_data()?;
    progress.finish();
    Ok(())
}

/// Overwrites the first `len` bytes of a device (at most its size) with zeros.
pub fn zero_device(path: &Path, len: Option<u64>, cancel: &Cancel) -> Result<()> {
    let output = open_device(path, true)?;
    let size = device_size(&output, path)?;
    let len = len.map_or(size, |l| l.min(size));
    write_zeroes(&output, path, 0, len, cancel)?;
    output.sync_data()?;
    Ok(())
}

fn write_zeroes(file: &File, path: &Path, offset: u64, len: u64, cancel: &Cancel) -> Result<()> {
    let zeros = vec![0u8; BLOCK];
    let mut done = 0;
    while done < len {
        cancel.check()?;
        let n = (len - done).min(BLOCK as u64) as usize;
        file.write_all_at(&zeros[..n], offset + done)
            .with_context(|| format!("cannot zero {}", path.display()))?;
        done += n as u64;
    }
    Ok(())
}

/// Reads a logical volume for a backup. A thick volume has no map of what was written,
/// so all of it is read (the backup skips the chunks that read as zeros).
pub struct DeviceReader {
    file: File,
    path: PathBuf,
    whole: [Extent; 1],
}

impl DeviceReader {
    pub fn open(path: &Path) -> Result<DeviceReader> {
        let file = open_device(path, false)?;
        let size = device_size(&file, path)?;
        Ok(DeviceReader {
            file,
            path: path.to_owned(),
            whole: [Extent {
                offset: 0,
                len: size,
            }],
        })
    }
}

impl VolumeReader for DeviceReader {
    fn size(&self) -> u64 {
        self.whole[0].len
    }
    fn allocated(&self) -> &[Extent] {
        &self.whole
    }
    fn read_at(&self, buf: &mut [u8], offset: u64) -> Result<()> {
        self.file
            .read_exact_at(buf, offset)
            .with_context(|| format!("cannot read {}", self.path.display()))
    }
}

/// Writes a logical volume in place for a restore.
pub struct DeviceWriter {
    file: File,
    path: PathBuf,
    cancel: Cancel,
}

impl DeviceWriter {
    pub fn open(path: &Path, cancel: &Cancel) -> Result<DeviceWriter> {
        Ok(DeviceWriter {
            file: open_device(path, true)?,
            path: path.to_owned(),
            cancel: cancel.clone(),
        })
    }
}

impl VolumeWriter for DeviceWriter {
    fn write_at(&self, buf: &[u8], offset: u64) -> Result<()> {
        self.file
            .write_all_at(buf, offset)
            .with_context(|| format!("cannot write {}", self.path.display()))
    }
    /// A device keeps whatever it held: zeros must be written.
    fn write_zeroes(&self, offset: u64, len: u64) -> Result<()> {
        write_zeroes(&self.file, &self.path, offset, len, &self.cancel)
    }
    fn finish(self: Box<Self>, progress: &dyn Progress) -> Result<()> {
        self.file.sync_data()?;
        progress.finish();
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::driver::NoProgress;

    /// The copy and zero loops on regular files (a device node is a file to them).
    #[test]
    fn copy_and_zero_move_exactly_the_bytes_asked_for() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (dir.path().join("a"), dir.path().join("b"));
        let data: Vec<u8> = (0..(BLOCK + 12345)).map(|i| (i % 251) as u8).collect();
        std::fs::write(&a, &data).unwrap();
        std::fs::write(&b, vec![7u8; data.len() + 10]).unwrap();
        copy_device(&a, &b, u64::MAX, &NoProgress, &Cancel::default()).unwrap();
        let copied = std::fs::read(&b).unwrap();
        assert_eq!(&copied[..data.len()], &data[..]);
        assert_eq!(&copied[data.len()..], &[7u8; 10]);
        zero_device(&b, Some(100), &Cancel::default()).unwrap();
        let zeroed = std::fs::read(&b).unwrap();
        assert!(zeroed[..100].iter().all(|&x| x == 0));
        assert_eq!(zeroed[100], data[100]);
    }

    #[test]
    fn a_missing_device_node_names_device_mapper() {
        let err = open_device(Path::new("/dev/no-such-vg/volume-x"), false).unwrap_err();
        assert!(format!("{err:#}").contains("device-mapper"));
    }
}
