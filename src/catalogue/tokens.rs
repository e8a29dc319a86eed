//! The `api_tokens` table: who may call `blockctl serve --auth token`. A token's secret is
//! shown once, at creation; the table keeps its BLAKE3 hash (the secrets are random, so a
//! fast hash is as safe as a slow one).

use rusqlite::{OptionalExtension, Row, Transaction, params};

use crate::error::{Error, Result};
use crate::model::ApiToken;

const COLUMNS: &str = "id, project_id, role, description, created_at, revoked_at";

fn from_row(row: &Row<'_>) -> rusqlite::Result<ApiToken> {
    Ok(ApiToken {
        id: row.get(0)?,
        project_id: row.get(1)?,
        role: row.get(2)?,
        description: row.get(3)?,
        created_at: row.get(4)?,
        revoked_at: row.get(5)?,
    })
}

/// The hash a secret is kept and looked up by.
pub fn hash(secret: &str) -> String {
    blake3::hash(secret.as_bytes()).to_hex().to_string()
}

pub fn insert(tx: &Transaction<'_>, token: &ApiToken, secret: &str) -> Result<()> {
    tx.execute(
        "INSERT INTO api_tokens (id, token_hash, project_id, role, description, created_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            token.id,
            hash(secret),
            token.project_id,
            token.role,
            token.description,
            token.created_at
        ],
    )?;
    Ok(())
}

/// The live (not revoked) token whose secret this is.
pub fn by_secret(tx: &Transaction<'_>, secret: &str) -> Result<Option<ApiToken>> {
    Ok(tx
        .query_row(
            &format!(
                "SELECT {COLUMNS} FROM api_tokens WHERE token_hash = ?1 AND revoked_at IS NULL"
            ),
            [hash(secret)],
            from_row,
        )
        .optional()?)
}

pub fn list(tx: &Transaction<'_>) -> Result<Vec<ApiToken>> {
    let mut statement = tx.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM api_tokens ORDER BY created_at"
    ))?;
    let rows = statement.query_map([], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Revokes the token with this id or unique id prefix; returns it.
pub fn revoke(tx: &Transaction<'_>, reference: &str) -> Result<ApiToken> {
    let matches: Vec<ApiToken> = list(tx)?
        .into_iter()
        .filter(|t| t.id.starts_with(reference))
        .collect();
    let token = match matches.as_slice() {
        [] => return Err(Error::not_found(format!("no token '{reference}'")).into()),
        [one] => one.clone(),
        _ => {
            return Err(Error::new(
                crate::error::ErrorKind::Ambiguous,
                format!(
                    "'{reference}' matches {} tokens: give more of the id",
                    matches.len()
                ),
            )
            .into());
        }
    };
    tx.execute(
        "UPDATE api_tokens SET revoked_at = ?1 WHERE id = ?2 AND revoked_at IS NULL",
        params![super::now(), token.id],
    )?;
    Ok(ApiToken {
        revoked_at: Some(super::now()),
        ..token
    })
}
