//! Backend stats as the scheduler and `backend list` read them: live from each driver,
//! kept in the catalogue for a few seconds so a burst of creates does not ask every
//! backend every time. An unreachable backend is a reading too, never fatal.

use std::collections::BTreeMap;

use super::Candidate;
use crate::catalogue::backend_stats::{self, Reading};
use crate::error::Result;
use crate::flow::Env;

/// How long the scheduler reuses a reading.
pub const FRESH_FOR: chrono::TimeDelta = chrono::TimeDelta::seconds(10);

/// The backends named (all enabled ones for `None`) as scheduling candidates, with
/// readings at most `max_age` old (zero: read now).
pub fn candidates(
    env: &Env,
    only: Option<&[String]>,
    max_age: chrono::TimeDelta,
) -> Result<Vec<Candidate>> {
    let mut out = Vec::new();
    for name in env.backends.names() {
        if only.is_some_and(|only| !only.contains(name)) {
            continue;
        }
        out.push(candidate(env, name, max_age)?);
    }
    Ok(out)
}

fn candidate(env: &Env, name: &str, max_age: chrono::TimeDelta) -> Result<Candidate> {
    let config = env.backends.config();
    let backend = env.backends.get(name);
    let (host, availability_zone, extra) = match &backend {
        Ok(b) => (
            b.host.clone(),
            b.availability_zone.clone(),
            extra_capabilities(&b.driver_name, b.target.name()),
        ),
        Err(_) => (
            format!("{}@{name}", config.host),
            config
                .backend(name)
                .ok()
                .and_then(|c| c.storage_availability_zone)
                .unwrap_or_else(|| crate::config::DEFAULT_AVAILABILITY_ZONE.to_owned()),
            BTreeMap::new(),
        ),
    };
    let cached = env.catalogue.read(|tx| backend_stats::get(tx, name))?;
    let now = chrono::Utc::now();
    let reading = match cached {
        Some(reading) if now - reading.fetched_at < max_age => reading,
        _ => {
            // A backend whose tool is missing or whose storage is gone is no candidate.
            let stats = backend
                .and_then(|b| b.driver.check_ready().and_then(|()| b.driver.stats()))
                .map_err(|e| crate::error::message_of(&e));
            let reading = Reading {
                stats,
                fetched_at: now,
            };
            env.catalogue
                .write(|tx| backend_stats::put(tx, name, &reading))?;
            reading
        }
    };
    let (allocated_gb, volume_count) = env
        .catalogue
        .read(|tx| backend_stats::allocated(tx, name))?;
    Ok(Candidate {
        name: name.to_owned(),
        host,
        availability_zone,
        stats: reading.stats,
        allocated_gb,
        volume_count,
        extra_capabilities: extra,
    })
}

/// Capabilities every backend of a kind has, beyond its stats.
fn extra_capabilities(driver: &str, helper: &str) -> BTreeMap<String, serde_json::Value> {
    let protocol = match helper {
        "tgtadm" => "iSCSI",
        "nbd" => "NBD",
        _ => "ceph",
    };
    BTreeMap::from([
        ("multiattach".to_owned(), true.into()),
        ("storage_protocol".to_owned(), protocol.into()),
        ("vendor_name".to_owned(), "blockctl".into()),
        ("volume_driver".to_owned(), driver.into()),
    ])
}

/// Drops a backend's reading once a volume was placed on it or left it.
pub fn forget(env: &Env, name: &str) -> Result<()> {
    env.catalogue.write(|tx| backend_stats::forget(tx, name))
}
