//! The data ranges of a sparse file (`SEEK_DATA`/`SEEK_HOLE`).

use std::fs::File;
use std::os::fd::AsRawFd;

use super::io::Extent;
use crate::error::Result;

/// The ranges of `file` (of `size` bytes) that hold data; holes are left out.
pub fn data_extents(file: &File, size: u64) -> Result<Vec<Extent>> {
    let fd = file.as_raw_fd();
    let mut extents = Vec::new();
    let mut position: libc::off_t = 0;
    let end = libc::off_t::try_from(size)?;
    while position < end {
        // SAFETY: lseek on an open descriptor with valid whence values.
        let data = unsafe { libc::lseek(fd, position, libc::SEEK_DATA) };
        if data < 0 {
            break; // ENXIO: no data after `position`
        }
        // SAFETY: as above.
        let hole = unsafe { libc::lseek(fd, data, libc::SEEK_HOLE) };
        let hole = if hole < 0 { end } else { hole.min(end) };
        extents.push(Extent {
            offset: u64::try_from(data)?,
            len: u64::try_from(hole - data)?,
        });
        position = hole;
    }
    Ok(extents)
}
