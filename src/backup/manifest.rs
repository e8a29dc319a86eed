//! A backup's manifest: what it holds, chunk by chunk, and the record to rebuild its
//! catalogue row. Written last and atomically: a backup without its manifest is not one.

use serde::{Deserialize, Serialize};

/// The manifest format this blockctl writes and reads.
pub const FORMAT: u32 = 1;

/// One fixed-size chunk of the volume.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Chunk {
    /// Never written or all zeros: nothing stored.
    Zero,
    /// Data, stored in the repository by backup `stored_in` (this one or an ancestor).
    Data {
        /// BLAKE3 of the uncompressed chunk, hex.
        hash: String,
        /// The backup whose directory holds the chunk object.
        stored_in: String,
        /// Bytes of the stored object (compressed or not).
        stored_size: u64,
        /// Whether the object is zstd-compressed (`.zst`) or stored as is (`.raw`): an
        /// incremental may inherit chunks stored with another setting.
        compressed: bool,
    },
}

/// The catalogue row a manifest carries, for `import-record` after a lost catalogue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Record {
    pub id: String,
    pub name: String,
    pub description: Option<String>,
    pub volume_id: String,
    pub volume_name: String,
    pub project_id: String,
    /// Volume size in GiB.
    pub size: u64,
    pub parent_id: Option<String>,
    pub created_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    pub format: u32,
    pub record: Record,
    /// Bytes per chunk (the last chunk may be shorter).
    pub chunk_size: u64,
    /// Bytes of volume data covered.
    pub volume_bytes: u64,
    /// `zstd` or `none`.
    pub compression: String,
    /// `blake3`.
    pub hash: String,
    pub chunks: Vec<Chunk>,
}

impl Manifest {
    /// The backups whose directories this one reads chunks from (itself included).
    pub fn stores(&self) -> std::collections::BTreeSet<&str> {
        self.chunks
            .iter()
            .filter_map(|c| match c {
                Chunk::Data { stored_in, .. } => Some(stored_in.as_str()),
                Chunk::Zero => None,
            })
            .collect()
    }

    /// How many chunks this backup stored itself, and their bytes.
    pub fn own_objects(&self) -> (u64, u64) {
        self.chunks
            .iter()
            .filter_map(|c| match c {
                Chunk::Data {
                    stored_in,
                    stored_size,
                    ..
                } if *stored_in == self.record.id => Some(*stored_size),
                _ => None,
            })
            .fold((0, 0), |(n, bytes), size| (n + 1, bytes + size))
    }

    /// The length of chunk `index`.
    pub fn chunk_len(&self, index: usize) -> u64 {
        let start = index as u64 * self.chunk_size;
        self.chunk_size.min(self.volume_bytes.saturating_sub(start))
    }
}
