//! The posix repository as a [`BackupRepository`].

use super::manifest::{self, Manifest, Record};
use super::pipeline::{self, BackupPlan, Compression};
use super::{BackupRepository, PosixRepository, Stored};
use crate::driver::{Progress, VolumeReader, VolumeWriter};
use crate::error::Result;
use crate::process::Cancel;

pub struct PosixBackups {
    pub repo: PosixRepository,
    pub chunk_size: u64,
    pub compression: Compression,
}

impl BackupRepository for PosixBackups {
    fn service(&self) -> &'static str {
        "posix"
    }

    fn container(&self) -> String {
        self.repo.root.display().to_string()
    }

    fn backup(
        &self,
        reader: &dyn VolumeReader,
        record: &Record,
        progress: &dyn Progress,
        cancel: &Cancel,
    ) -> Result<Stored> {
        let parent = match &record.parent_id {
            Some(id) => Some(self.repo.get_manifest(id)?),
            None => None,
        };
        self.repo.prepare(&record.id)?;
        let plan = BackupPlan {
            repo: &self.repo,
            backup_id: &record.id,
            chunk_size: self.chunk_size,
            compression: self.compression,
            parent: parent.as_ref(),
            changed: reader.changed().map(<[_]>::to_vec),
        };
        let chunks = pipeline::backup(reader, &plan, progress, cancel)?;
        let manifest = Manifest {
            format: manifest::FORMAT,
            record: record.clone(),
            chunk_size: self.chunk_size,
            volume_bytes: reader.size(),
            compression: self.compression.name().to_owned(),
            hash: "blake3".to_owned(),
            chunks,
        };
        self.repo.put_manifest(&manifest)?;
        Ok(stored_of(&manifest))
    }

    fn stored(&self, backup_id: &str) -> Result<Stored> {
        Ok(stored_of(&self.repo.get_manifest(backup_id)?))
    }

    fn record(&self, backup_id: &str) -> Result<Record> {
        Ok(self.repo.get_manifest(backup_id)?.record)
    }

    fn volume_bytes(&self, backup_id: &str) -> Result<u64> {
        Ok(self.repo.get_manifest(backup_id)?.volume_bytes)
    }

    fn restore(
        &self,
        backup_id: &str,
        writer: &dyn VolumeWriter,
        progress: &dyn Progress,
        cancel: &Cancel,
    ) -> Result<()> {
        let manifest = self.repo.get_manifest(backup_id)?;
        pipeline::restore(&self.repo, &manifest, writer, progress, cancel)
    }

    fn verify(
        &self,
        backup_id: &str,
        progress: &dyn Progress,
        cancel: &Cancel,
    ) -> Result<(u64, u64)> {
        let manifest = self.repo.get_manifest(backup_id)?;
        pipeline::verify(&self.repo, &manifest, progress, cancel)
    }

    fn remove(&self, backup_id: &str) -> Result<()> {
        self.repo.remove(backup_id)
    }
}

fn stored_of(manifest: &Manifest) -> Stored {
    let (object_count, stored_bytes) = manifest.own_objects();
    Stored {
        object_count,
        stored_bytes,
    }
}
