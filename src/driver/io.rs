//! Reading and writing a volume's raw bytes, for backups and restores.

use crate::error::Result;

/// A byte range of a volume.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Extent {
    pub offset: u64,
    pub len: u64,
}

impl Extent {
    pub fn end(&self) -> u64 {
        self.offset + self.len
    }
    pub fn overlaps(&self, offset: u64, len: u64) -> bool {
        self.offset < offset + len && offset < self.end()
    }
}

/// A volume's contents, read at any offset from any thread.
pub trait VolumeReader: Send + Sync {
    /// The volume's size in bytes.
    fn size(&self) -> u64;
    /// The ranges that may hold data, sorted; everything else reads as zeros.
    fn allocated(&self) -> &[Extent];
    /// Fills `buf` with the bytes at `offset` (zeros outside `allocated`).
    fn read_at(&self, buf: &mut [u8], offset: u64) -> Result<()>;
    /// The ranges changed since the parent backup (RBD: the diff between the two backups'
    /// snapshots), when the backend can tell; `None`: every allocated chunk must be read
    /// and compared by hash.
    fn changed(&self) -> Option<&[Extent]> {
        None
    }
}

/// Where a restore writes, at any offset from any thread.
pub trait VolumeWriter: Send + Sync {
    fn write_at(&self, buf: &[u8], offset: u64) -> Result<()>;
    /// Makes a range read as zeros.
    fn write_zeroes(&self, offset: u64, len: u64) -> Result<()>;
    /// Makes what was written the volume's data (e.g. converts a raw staging file into
    /// the volume's image).
    fn finish(self: Box<Self>, progress: &dyn super::Progress) -> Result<()>;
}
