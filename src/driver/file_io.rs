//! The file driver's volume reader and writer.
//!
//! Reading: `qemu-img map --output=json` tells, for every range of the volume, which image
//! of the backing chain holds it and at which offset of that file (or that it is a hole or
//! zeros). Uncompressed qcow2 clusters are stored as they are, so the reader `pread`s them
//! straight from the image files: no qemu process in the data path, holes never read.
//! Ranges qemu-img gives no file offset for (compressed clusters) make the reader fall
//! back to a raw copy made by `qemu-img convert`.
//!
//! Writing: a restore writes into a sparse raw staging file beside the images, then
//! `qemu-img convert -n` copies it into the volume's image (zeros become zero clusters).

use std::fs::File;
use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};

use anyhow::Context;
use serde::Deserialize;

use super::io::{Extent, VolumeReader, VolumeWriter};
use super::{Progress, qemu_img};
use crate::error::Result;
use crate::process::Cancel;

/// One entry of `qemu-img map --output=json`.
#[derive(Debug, Deserialize)]
pub struct MapEntry {
    pub start: u64,
    pub length: u64,
    pub depth: usize,
    pub data: bool,
    pub offset: Option<u64>,
}

/// A range of the volume and where its bytes are.
#[derive(Debug, Clone, Copy)]
struct Mapped {
    extent: Extent,
    /// Index into the chain's files and the offset there.
    file: usize,
    file_offset: u64,
}

pub struct FileReader {
    size: u64,
    files: Vec<File>,
    mapped: Vec<Mapped>,
    allocated: Vec<Extent>,
    /// A raw copy made for images qemu-img cannot map to file offsets; removed on drop.
    staging: Option<PathBuf>,
}

impl Drop for FileReader {
    fn drop(&mut self) {
        if let Some(path) = &self.staging {
            let _ = std::fs::remove_file(path);
        }
    }
}

/// Tells the kernel the file is read front to back (a larger readahead window), though
/// several threads read its chunks.
fn read_ahead(file: &File) {
    use std::os::fd::AsRawFd;
    // SAFETY: posix_fadvise on an open descriptor; advice only, failures are harmless.
    unsafe { libc::posix_fadvise(file.as_raw_fd(), 0, 0, libc::POSIX_FADV_SEQUENTIAL) };
}

impl FileReader {
    /// Opens the volume whose active image is `path`.
    pub fn open(path: &Path, staging_dir: &Path, cancel: &Cancel) -> Result<FileReader> {
        let size = qemu_img::info(path)?.virtual_size;
        let chain = qemu_img::backing_chain(path)?;
        let map = qemu_img::map(path)?;
        if map.iter().any(|e| e.data && e.offset.is_none()) {
            return Self::via_raw_copy(path, size, staging_dir, cancel);
        }
        let files = chain
            .iter()
            .map(|p| {
                let file = File::open(p).with_context(|| format!("cannot open {}", p.display()))?;
                read_ahead(&file);
                Ok(file)
            })
            .collect::<Result<Vec<_>>>()?;
        let mapped: Vec<Mapped> = map
            .iter()
            .filter(|e| e.data)
            .map(|e| Mapped {
                extent: Extent {
                    offset: e.start,
                    len: e.length,
                },
                file: e.depth,
                file_offset: e.offset.unwrap_or_default(),
            })
            .collect();
        if mapped.iter().any(|m| m.file >= files.len()) {
            anyhow::bail!(
                "qemu-img map names a backing image beyond the chain of {}",
                path.display()
            );
        }
        let allocated = super::merged(mapped.iter().map(|m| m.extent).collect());
        Ok(FileReader {
            size,
            files,
            mapped,
            allocated,
            staging: None,
        })
    }

    /// Converts the chain to one sparse raw file and reads that (compressed images).
    fn via_raw_copy(
        path: &Path,
        size: u64,
        staging_dir: &Path,
        cancel: &Cancel,
    ) -> Result<FileReader> {
        let staging = staging_dir.join(format!(".backup-{}.raw", uuid::Uuid::new_v4()));
        qemu_img::convert_to_raw(path, &staging, cancel)?;
        let file = File::open(&staging)?;
        let allocated = super::sparse::data_extents(&file, size)?;
        let mapped = allocated
            .iter()
            .map(|e| Mapped {
                extent: *e,
                file: 0,
                file_offset: e.offset,
            })
            .collect();
        Ok(FileReader {
            size,
            files: vec![file],
            mapped,
            allocated,
            staging: Some(staging),
        })
    }
}

impl VolumeReader for FileReader {
    fn size(&self) -> u64 {
        self.size
    }

    fn allocated(&self) -> &[Extent] {
        &self.allocated
    }

    fn read_at(&self, buf: &mut [u8], offset: u64) -> Result<()> {
        buf.fill(0);
        let len = buf.len() as u64;
        let first = self.mapped.partition_point(|m| m.extent.end() <= offset);
        for m in self.mapped[first..]
            .iter()
            .take_while(|m| m.extent.offset < offset + len)
        {
            let start = m.extent.offset.max(offset);
            let end = m.extent.end().min(offset + len);
            let target = &mut buf[(start - offset) as usize..(end - offset) as usize];
            self.files[m.file]
                .read_exact_at(target, m.file_offset + (start - m.extent.offset))
                .context("cannot read a volume image")?;
        }
        Ok(())
    }
}

/// The staging file a restore into `image` writes: one per image (its volume's lock keeps
/// writers apart), so a flow that died writing it can find and remove it.
pub fn staging_path(image: &Path) -> Result<PathBuf> {
    let dir = image.parent().context("an image has a directory")?;
    let name = image.file_name().context("an image has a name")?;
    Ok(dir.join(format!(".restore-{}.raw", name.to_string_lossy())))
}

/// Restores into a sparse raw staging file, then into the volume's image.
pub struct StagingWriter {
    staging: PathBuf,
    file: File,
    image: PathBuf,
    cancel: Cancel,
}

impl StagingWriter {
    pub fn create(image: &Path, size: u64, cancel: &Cancel) -> Result<StagingWriter> {
        let staging = staging_path(image)?;
        let file = File::create(&staging)
            .with_context(|| format!("cannot create {}", staging.display()))?;
        file.set_len(size)?;
        Ok(StagingWriter {
            staging,
            file,
            image: image.to_owned(),
            cancel: cancel.clone(),
        })
    }
}

impl Drop for StagingWriter {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.staging);
    }
}

impl VolumeWriter for StagingWriter {
    fn write_at(&self, buf: &[u8], offset: u64) -> Result<()> {
        self.file
            .write_all_at(buf, offset)
            .with_context(|| format!("cannot write {}", self.staging.display()))
    }

    /// The staging file starts as one hole: nothing to do.
    fn write_zeroes(&self, _offset: u64, _len: u64) -> Result<()> {
        Ok(())
    }

    fn finish(self: Box<Self>, progress: &dyn Progress) -> Result<()> {
        self.file.sync_data()?;
        qemu_img::convert_into(&self.staging, &self.image, progress, &self.cancel)
    }
}
