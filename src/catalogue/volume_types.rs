//! The `volume_types` and `volume_type_extra_specs` tables. Types are global, as Cinder's
//! public types are.

use std::collections::BTreeMap;

use rusqlite::{OptionalExtension, Transaction, params};

use crate::error::{Error, Result};
use crate::model::VolumeType;

fn specs_of(tx: &Transaction<'_>, id: &str) -> Result<BTreeMap<String, String>> {
    let mut statement = tx.prepare_cached(
        "SELECT key, value FROM volume_type_extra_specs WHERE volume_type_id = ?1 ORDER BY key",
    )?;
    let rows = statement.query_map([id], |row| Ok((row.get(0)?, row.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Every type, by name; `default_name` is the configured default type.
pub fn list(tx: &Transaction<'_>, default_name: &str) -> Result<Vec<VolumeType>> {
    let mut statement = tx.prepare_cached(
        "SELECT id, name, description, is_public, created_at FROM volume_types ORDER BY name",
    )?;
    let rows = statement.query_map([], |row| {
        Ok(VolumeType {
            id: row.get(0)?,
            name: row.get(1)?,
            description: row.get(2)?,
            is_public: row.get(3)?,
            extra_specs: BTreeMap::new(),
            is_default: false,
            created_at: row.get(4)?,
        })
    })?;
    let mut types: Vec<VolumeType> = rows.collect::<rusqlite::Result<_>>()?;
    for t in &mut types {
        t.extra_specs = specs_of(tx, &t.id)?;
        t.is_default = t.name == default_name;
    }
    Ok(types)
}

/// The type with this id or name.
pub fn find(tx: &Transaction<'_>, reference: &str, default_name: &str) -> Result<VolumeType> {
    list(tx, default_name)?
        .into_iter()
        .find(|t| t.id == reference || t.name == reference)
        .ok_or_else(|| Error::not_found(format!("no volume type '{reference}'")).into())
}

pub fn insert(tx: &Transaction<'_>, t: &VolumeType) -> Result<()> {
    let taken: Option<String> = tx
        .query_row(
            "SELECT id FROM volume_types WHERE name = ?1",
            [&t.name],
            |row| row.get(0),
        )
        .optional()?;
    if let Some(id) = taken {
        return Err(Error::invalid_state(format!(
            "a volume type named '{}' already exists ({id})",
            t.name
        ))
        .into());
    }
    tx.execute(
        "INSERT INTO volume_types (id, name, description, is_public, created_at) \
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![t.id, t.name, t.description, t.is_public, t.created_at],
    )?;
    set_specs(tx, &t.id, &t.extra_specs)
}

/// Sets (adds or replaces) extra specs.
pub fn set_specs(tx: &Transaction<'_>, id: &str, specs: &BTreeMap<String, String>) -> Result<()> {
    for (key, value) in specs {
        tx.execute(
            "INSERT INTO volume_type_extra_specs (volume_type_id, key, value) VALUES (?1, ?2, ?3) \
             ON CONFLICT (volume_type_id, key) DO UPDATE SET value = excluded.value",
            params![id, key, value],
        )?;
    }
    Ok(())
}

/// Removes extra specs; returns how many were there.
pub fn unset_specs(tx: &Transaction<'_>, id: &str, keys: &[String]) -> Result<usize> {
    let mut removed = 0;
    for key in keys {
        removed += tx.execute(
            "DELETE FROM volume_type_extra_specs WHERE volume_type_id = ?1 AND key = ?2",
            params![id, key],
        )?;
    }
    Ok(removed)
}

pub fn set_description(tx: &Transaction<'_>, id: &str, description: &str) -> Result<()> {
    tx.execute(
        "UPDATE volume_types SET description = ?2 WHERE id = ?1",
        params![id, description],
    )?;
    Ok(())
}

/// The names of the live volumes of any project that have this type.
pub fn volumes_using(tx: &Transaction<'_>, id: &str) -> Result<Vec<String>> {
    let mut statement = tx.prepare_cached(
        "SELECT name FROM volumes WHERE volume_type_id = ?1 AND deleted_at IS NULL ORDER BY name",
    )?;
    let rows = statement.query_map([id], |row| row.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Deletes a type no live volume uses (soft-deleted rows keep pointing at it, so those
/// are purged of their type first: Cinder's deleted volumes keep theirs, ours are gone).
pub fn delete(tx: &Transaction<'_>, t: &VolumeType) -> Result<()> {
    let users = volumes_using(tx, &t.id)?;
    if !users.is_empty() {
        return Err(Error::invalid_state(format!(
            "volume type {} is in use by {} volume(s) ({}): retype or delete them first",
            t.name,
            users.len(),
            users.join(", ")
        ))
        .into());
    }
    let deleted_rows: i64 = tx.query_row(
        "SELECT COUNT(*) FROM volumes WHERE volume_type_id = ?1",
        [&t.id],
        |row| row.get(0),
    )?;
    if deleted_rows > 0 {
        return Err(Error::invalid_state(format!(
            "volume type {} is still referenced by {deleted_rows} deleted volume(s) awaiting \
             purge (their clones still need them)",
            t.name
        ))
        .into());
    }
    tx.execute("DELETE FROM volume_types WHERE id = ?1", [&t.id])?;
    Ok(())
}
