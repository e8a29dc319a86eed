//! Tokens for `blockctl serve --auth token`: made, listed and revoked here, checked by the
//! server on each request.

use super::{Local, new_id};
use crate::catalogue::{self, tokens};
use crate::error::{Error, Result};
use crate::model::{ApiToken, NewApiToken, validate_name};
use crate::service::Change;

impl Local {
    pub(super) fn new_token(
        &self,
        project: &str,
        role: &str,
        description: Option<String>,
    ) -> Result<NewApiToken> {
        validate_name("project", project)?;
        if !["admin", "member"].contains(&role) {
            return Err(
                Error::usage(format!("unknown role '{role}' (known: admin, member)")).into(),
            );
        }
        let token = ApiToken {
            id: new_id(),
            project_id: project.to_owned(),
            role: role.to_owned(),
            description,
            created_at: catalogue::now(),
            revoked_at: None,
        };
        let secret = format!("blk_{}", crate::target::random_secret(40)?);
        self.env
            .catalogue
            .write(|tx| tokens::insert(tx, &token, &secret))?;
        Ok(NewApiToken { token, secret })
    }

    pub(super) fn all_tokens(&self) -> Result<Vec<ApiToken>> {
        self.env.catalogue.read(tokens::list)
    }

    pub(super) fn revoke(&self, reference: &str) -> Result<Change<ApiToken>> {
        let before = self.env.catalogue.read(tokens::list)?;
        let revoked = self
            .env
            .catalogue
            .write(|tx| tokens::revoke(tx, reference))?;
        let was_live = before
            .iter()
            .any(|t| t.id == revoked.id && t.revoked_at.is_none());
        Ok(Change::new(was_live, revoked))
    }

    pub(super) fn token_for(&self, secret: &str) -> Result<Option<ApiToken>> {
        self.env.catalogue.read(|tx| tokens::by_secret(tx, secret))
    }
}
