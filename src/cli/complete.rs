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
