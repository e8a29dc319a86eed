//! Copying a volume between backends through their readers and writers (migration), and
//! checking the copy against its source before anything is switched to it.

use super::Progress;
use super::io::{VolumeReader, VolumeWriter, overlaps_any};
use crate::backup::pipeline::{is_zero, parallel_with_progress};
use crate::error::{Error, Result};
use crate::process::Cancel;

const CHUNK: u64 = 4 << 20;

fn chunks(size: u64) -> (Vec<usize>, impl Fn(usize) -> u64 + Sync) {
    let count = size.div_ceil(CHUNK) as usize;
    let len = move |index: usize| (size - index as u64 * CHUNK).min(CHUNK);
    ((0..count).collect(), len)
}

/// Writes every byte `reader` reads to `writer` (zeros as zeros, so a destination that
/// holds old data, such as a thick LV, ends up equal), then finishes the writer.
pub fn copy_volume(
    reader: &dyn VolumeReader,
    writer: Box<dyn VolumeWriter>,
    progress: &dyn Progress,
    cancel: &Cancel,
) -> Result<()> {
    let (todo, len) = chunks(reader.size());
    parallel_with_progress(&todo, ("copying", &len), progress, cancel, |index| {
        let (offset, len) = (index as u64 * CHUNK, len(index));
        if !overlaps_any(reader.allocated(), offset, len) {
            return writer.write_zeroes(offset, len);
        }
        let mut buf = vec![0u8; len as usize];
        reader.read_at(&mut buf, offset)?;
        if is_zero(&buf) {
            writer.write_zeroes(offset, len)
        } else {
            writer.write_at(&buf, offset)
        }
    })?;
    writer.finish(progress)
}

/// Fails, naming the first differing chunk, unless `copy` reads exactly as `source`.
pub fn verify_copy(
    source: &dyn VolumeReader,
    copy: &dyn VolumeReader,
    progress: &dyn Progress,
    cancel: &Cancel,
) -> Result<()> {
    if copy.size() < source.size() {
        return Err(Error::backend(format!(
            "the copy has {} bytes, the source {}",
            copy.size(),
            source.size()
        ))
        .into());
    }
    let (todo, len) = chunks(source.size());
    parallel_with_progress(&todo, ("verifying", &len), progress, cancel, |index| {
        let (offset, len) = (index as u64 * CHUNK, len(index));
        let read = |reader: &dyn VolumeReader| -> Result<Vec<u8>> {
            let mut buf = vec![0u8; len as usize];
            if overlaps_any(reader.allocated(), offset, len) {
                reader.read_at(&mut buf, offset)?;
            }
            Ok(buf)
        };
        if read(source)? != read(copy)? {
            return Err(Error::backend(format!(
                "the copy differs from the source in bytes {offset}..{}",
                offset + len
            ))
            .into());
        }
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use std::sync::{Arc, Mutex};

    use super::*;
    use crate::driver::{Extent, NoProgress};

    struct Memory {
        data: Mutex<Vec<u8>>,
        allocated: Vec<Extent>,
    }

    impl VolumeReader for Memory {
        fn size(&self) -> u64 {
            self.data.lock().unwrap().len() as u64
        }
        fn allocated(&self) -> &[Extent] {
            &self.allocated
        }
        fn read_at(&self, buf: &mut [u8], offset: u64) -> Result<()> {
            let data = self.data.lock().unwrap();
            buf.copy_from_slice(&data[offset as usize..offset as usize + buf.len()]);
            Ok(())
        }
    }

    struct Sink(Arc<Memory>);

    impl VolumeWriter for Sink {
        fn write_at(&self, buf: &[u8], offset: u64) -> Result<()> {
            let mut data = self.0.data.lock().unwrap();
            data[offset as usize..offset as usize + buf.len()].copy_from_slice(buf);
            Ok(())
        }
        fn write_zeroes(&self, offset: u64, len: u64) -> Result<()> {
            let mut data = self.0.data.lock().unwrap();
            data[offset as usize..(offset + len) as usize].fill(0);
            Ok(())
        }
        fn finish(self: Box<Self>, _progress: &dyn Progress) -> Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_copy_over_old_data_equals_its_source_and_a_difference_is_found() {
        let size = 3 * CHUNK as usize + 1000;
        let mut source = vec![0u8; size];
        source[5..9].copy_from_slice(b"data");
        source[size - 3..].copy_from_slice(b"end");
        let whole = vec![Extent {
            offset: 0,
            len: size as u64,
        }];
        let source = Memory {
            data: Mutex::new(source),
            allocated: whole.clone(),
        };
        // The destination starts full of garbage, as a fresh thick LV may.
        let target = Memory {
            data: Mutex::new(vec![0xAB; size]),
            allocated: whole,
        };
        let target = Arc::new(target);
        let sink = Box::new(Sink(Arc::clone(&target)));
        copy_volume(&source, sink, &NoProgress, &Cancel::default()).unwrap();
        assert_eq!(*source.data.lock().unwrap(), *target.data.lock().unwrap());
        verify_copy(&source, &*target, &NoProgress, &Cancel::default()).unwrap();
        target.data.lock().unwrap()[2 * CHUNK as usize + 7] = 1;
        let error = verify_copy(&source, &*target, &NoProgress, &Cancel::default()).unwrap_err();
        assert!(format!("{error:#}").contains(&format!("bytes {}", 2 * CHUNK)));
    }
}
