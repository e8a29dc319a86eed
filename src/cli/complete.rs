//! Dynamic completion of resource references (`COMPLETE=bash blockctl`): names and ids
//! from the catalogue of `$BLOCKCTL_STATE_DIR` (or the default state directory), each with
//! a short description.

use clap_complete::engine::{ArgValueCandidates, CompletionCandidate};

use crate::service::{CandidateKind, reference_candidates};

fn state_dir() -> std::path::PathBuf {
    std::env::var_os("BLOCKCTL_STATE_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(crate::config::default_state_dir)
}

fn candidates(kind: CandidateKind) -> Vec<CompletionCandidate> {
    reference_candidates(&state_dir(), kind)
        .into_iter()
        .map(|(value, help)| CompletionCandidate::new(value).help(Some(help.into())))
        .collect()
}

pub fn volumes() -> ArgValueCandidates {
    ArgValueCandidates::new(|| candidates(CandidateKind::Volume))
}

pub fn snapshots() -> ArgValueCandidates {
    ArgValueCandidates::new(|| candidates(CandidateKind::Snapshot))
}

pub fn backups() -> ArgValueCandidates {
    ArgValueCandidates::new(|| candidates(CandidateKind::Backup))
}

pub fn attachments() -> ArgValueCandidates {
    ArgValueCandidates::new(|| candidates(CandidateKind::Attachment))
}

pub fn flows() -> ArgValueCandidates {
    ArgValueCandidates::new(|| candidates(CandidateKind::Flow))
}

/// The resource a verb was given, or (on a terminal) the one the operator picks.
pub fn given_or_picked(
    ctx: &super::Ctx,
    given: Option<String>,
    kind: CandidateKind,
    what: &str,
) -> crate::error::Result<String> {
    if let Some(reference) = given {
        return Ok(reference);
    }
    let candidates = reference_candidates(&ctx.state_dir, kind);
    // Named resources are offered by name; the others (attachments, flows) by id.
    let named = candidates
        .iter()
        .any(|(value, _)| uuid::Uuid::parse_str(value).is_err());
    let choices: Vec<(String, String)> = candidates
        .into_iter()
        .filter(|(value, _)| !named || uuid::Uuid::parse_str(value).is_err())
        .map(|(value, help)| (value.clone(), format!("{value}  ({help})")))
        .collect();
    crate::output::select(what, &choices)
}
