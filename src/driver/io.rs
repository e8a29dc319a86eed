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

/// Whether `[offset, offset + len)` overlaps any of `extents`, which are sorted by offset
/// and do not overlap one another (a binary search: volumes have many extents).
pub fn overlaps_any(extents: &[Extent], offset: u64, len: u64) -> bool {
    let first = extents.partition_point(|e| e.end() <= offset);
    extents.get(first).is_some_and(|e| e.overlaps(offset, len))
}

/// Sorts extents and merges those that overlap or touch.
pub fn merged(mut extents: Vec<Extent>) -> Vec<Extent> {
    extents.sort_by_key(|e| e.offset);
    let mut out: Vec<Extent> = Vec::with_capacity(extents.len());
    for extent in extents {
        match out.last_mut() {
            Some(last) if last.end() >= extent.offset => {
                last.len = last.end().max(extent.end()) - last.offset;
            }
            _ => out.push(extent),
        }
    }
    out
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

#[cfg(test)]
mod tests {
    use super::*;

    fn e(offset: u64, len: u64) -> Extent {
        Extent { offset, len }
    }

    #[test]
    fn overlap_search_finds_only_real_overlaps() {
        let extents = merged(vec![e(100, 10), e(0, 10), e(105, 20), e(200, 1)]);
        assert_eq!(extents, vec![e(0, 10), e(100, 25), e(200, 1)]);
        assert!(overlaps_any(&extents, 5, 1));
        assert!(!overlaps_any(&extents, 10, 90));
        assert!(overlaps_any(&extents, 124, 100));
        assert!(!overlaps_any(&extents, 125, 75));
        assert!(overlaps_any(&extents, 0, 1000));
        assert!(!overlaps_any(&extents, 201, 10));
        assert!(!overlaps_any(&[], 0, 10));
    }
}
