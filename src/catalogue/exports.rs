//! The `volume_exports` table: one export per attached volume, shared by its attachments.

use rusqlite::{OptionalExtension, Transaction, params};

use crate::error::Result;
use crate::target::Export;

pub fn get(tx: &Transaction<'_>, volume_id: &str) -> Result<Option<Export>> {
    let data: Option<String> = tx
        .query_row(
            "SELECT data FROM volume_exports WHERE volume_id = ?1",
            [volume_id],
            |row| row.get(0),
        )
        .optional()?;
    Ok(data.map(|d| serde_json::from_str(&d)).transpose()?)
}

/// Records a new export (or replaces the record of one re-created by `flow recover`).
pub fn put(tx: &Transaction<'_>, volume_id: &str, export: &Export) -> Result<()> {
    tx.execute(
        "INSERT OR REPLACE INTO volume_exports \
         (volume_id, target_helper, provider_location, provider_auth, data, created_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            volume_id,
            export.helper(),
            export.provider_location(),
            export.provider_auth(),
            serde_json::to_string(export)?,
            super::now()
        ],
    )?;
    Ok(())
}

pub fn delete(tx: &Transaction<'_>, volume_id: &str) -> Result<()> {
    tx.execute(
        "DELETE FROM volume_exports WHERE volume_id = ?1",
        [volume_id],
    )?;
    Ok(())
}

/// Every recorded export: (volume id, export).
pub fn list(tx: &Transaction<'_>) -> Result<Vec<(String, Export)>> {
    let mut statement = tx.prepare_cached("SELECT volume_id, data FROM volume_exports")?;
    let rows = statement.query_map([], |row| {
        Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?))
    })?;
    rows.map(|row| {
        let (volume_id, data) = row?;
        Ok((volume_id, serde_json::from_str(&data)?))
    })
    .collect()
}
