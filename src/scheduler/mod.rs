//! The filter scheduler, in process: Cinder's AvailabilityZone, Capacity and Capabilities
//! filters, then the Capacity weigher, over the enabled backends' live (briefly cached)
//! stats. A request no backend passes fails with every backend and the filter that
//! removed it.

pub mod specs;
pub mod stats;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::driver::BackendStats;
use crate::error::{Error, ErrorKind};

/// What the scheduler is asked to place (Cinder's `request_spec`).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct RequestSpec {
    pub size: u64,
    pub availability_zone: Option<String>,
    /// The volume type's extra specs.
    pub extra_specs: BTreeMap<String, String>,
    /// Backend names that may be chosen (`None`: every enabled one).
    pub only: Option<Vec<String>>,
}

/// A backend as the filters see it.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub name: String,
    pub host: String,
    pub availability_zone: String,
    /// `None`: the backend could not be reached (the error says why).
    pub stats: std::result::Result<BackendStats, String>,
    /// GiB of the catalogue's volumes on it, for drivers that do not report provisioning.
    pub allocated_gb: u64,
    /// How many of the catalogue's volumes are on it.
    pub volume_count: u64,
    /// Extra capabilities beyond the stats (`multiattach`, `storage_protocol`).
    pub extra_capabilities: BTreeMap<String, serde_json::Value>,
}

/// Why a filter removed a backend.
#[derive(Debug, Clone, PartialEq)]
pub struct Rejection {
    pub backend: String,
    pub filter: &'static str,
    pub reason: String,
}

impl Candidate {
    fn capabilities(&self, stats: &BackendStats) -> serde_json::Map<String, serde_json::Value> {
        let mut map = match serde_json::to_value(stats) {
            Ok(serde_json::Value::Object(map)) => map,
            _ => serde_json::Map::new(),
        };
        for (key, value) in &self.extra_capabilities {
            map.insert(key.clone(), value.clone());
        }
        map.insert(
            "availability_zone".into(),
            self.availability_zone.clone().into(),
        );
        map
    }

    fn provisioned_gb(&self, stats: &BackendStats) -> f64 {
        stats
            .provisioned_capacity_gb
            .unwrap_or(self.allocated_gb as f64)
    }

    /// Cinder's "virtual free" space the Capacity weigher ranks by.
    fn virtual_free_gb(&self, stats: &BackendStats) -> f64 {
        let reserved = stats.total_capacity_gb * f64::from(stats.reserved_percentage) / 100.0;
        if stats.thin_provisioning_support && stats.max_over_subscription_ratio >= 1.0 {
            stats.total_capacity_gb * stats.max_over_subscription_ratio
                - self.provisioned_gb(stats)
                - reserved
        } else {
            stats.free_capacity_gb - reserved
        }
    }
}

/// `AvailabilityZoneFilter`
fn availability_zone(candidate: &Candidate, spec: &RequestSpec) -> Option<String> {
    let wanted = spec.availability_zone.as_deref()?;
    (candidate.availability_zone != wanted).then(|| {
        format!(
            "it is in zone '{}', not '{wanted}'",
            candidate.availability_zone
        )
    })
}

/// `CapacityFilter`, as Cinder's: thin backends by over-subscription, thick by free space,
/// both less `reserved_percentage`.
fn capacity(candidate: &Candidate, stats: &BackendStats, spec: &RequestSpec) -> Option<String> {
    let size = spec.size as f64;
    let total = stats.total_capacity_gb;
    if total <= 0.0 {
        return Some("it reports no capacity".to_owned());
    }
    let free =
        stats.free_capacity_gb - (total * f64::from(stats.reserved_percentage) / 100.0).floor();
    let thin_wanted = spec
        .extra_specs
        .get("provisioning:type")
        .map(String::as_str)
        != Some("thick");
    if thin_wanted && stats.thin_provisioning_support && stats.max_over_subscription_ratio >= 1.0 {
        let ratio = (candidate.provisioned_gb(stats) + size) / total;
        if ratio > stats.max_over_subscription_ratio {
            return Some(format!(
                "{size} GiB more would make it {ratio:.2} times over-subscribed (max {})",
                stats.max_over_subscription_ratio
            ));
        }
        if free * stats.max_over_subscription_ratio < size {
            return Some(format!(
                "{free:.2} GiB free (thin) is too little for {size} GiB"
            ));
        }
        return None;
    }
    (free < size).then(|| {
        format!(
            "{} has {} GiB free, {size} GiB wanted",
            stats.location,
            floor2(free)
        )
    })
}

/// GiB with two decimals, rounded down: free space never reads as more than it is.
fn floor2(gib: f64) -> String {
    format!("{:.2}", (gib * 100.0).floor() / 100.0)
}

/// `CapabilitiesFilter`: every extra spec that is unscoped or scoped `capabilities:` must
/// match the backend's capability of that name; other scopes are for other consumers.
fn capabilities(candidate: &Candidate, stats: &BackendStats, spec: &RequestSpec) -> Option<String> {
    let capabilities = candidate.capabilities(stats);
    for (key, requirement) in &spec.extra_specs {
        let name = match key.split_once(':') {
            None => key.as_str(),
            Some(("capabilities", name)) => name,
            Some(_) => continue,
        };
        let Some(value) = capabilities.get(name) else {
            return Some(format!(
                "it has no capability '{name}' ({key}='{requirement}')"
            ));
        };
        let text = match value {
            serde_json::Value::String(s) => s.clone(),
            serde_json::Value::Bool(b) => if *b { "True" } else { "False" }.to_owned(),
            other => other.to_string(),
        };
        if !specs::matches(&text, requirement) {
            return Some(format!("{name} is '{text}', not '{requirement}'"));
        }
    }
    None
}

/// Filters and weighs; returns the chosen backend and the rejections.
pub fn choose<'a>(
    candidates: &'a [Candidate],
    spec: &RequestSpec,
    weight_multiplier: f64,
) -> (Option<&'a Candidate>, Vec<Rejection>) {
    let mut rejections = Vec::new();
    let mut passed: Vec<(&Candidate, f64)> = Vec::new();
    for candidate in candidates {
        if let Some(only) = &spec.only
            && !only.contains(&candidate.name)
        {
            continue;
        }
        let reject = |filter: &'static str, reason: String| Rejection {
            backend: candidate.name.clone(),
            filter,
            reason,
        };
        let stats = match &candidate.stats {
            Ok(stats) => stats,
            Err(error) => {
                rejections.push(reject("BackendState", format!("unreachable: {error}")));
                continue;
            }
        };
        let verdict = availability_zone(candidate, spec)
            .map(|r| ("AvailabilityZoneFilter", r))
            .or_else(|| capacity(candidate, stats, spec).map(|r| ("CapacityFilter", r)))
            .or_else(|| capabilities(candidate, stats, spec).map(|r| ("CapabilitiesFilter", r)));
        match verdict {
            Some((filter, reason)) => rejections.push(reject(filter, reason)),
            None => passed.push((
                candidate,
                candidate.virtual_free_gb(stats) * weight_multiplier,
            )),
        }
    }
    // The highest weight wins; among equals, the first in enabled_backends order.
    let chosen = passed
        .iter()
        .fold(None::<(&Candidate, f64)>, |best, &(c, w)| match best {
            Some((_, bw)) if bw >= w => best,
            _ => Some((c, w)),
        })
        .map(|(c, _)| c);
    (chosen, rejections)
}

/// The "no valid backend" error: exit 6 when every backend lacked room, 7 when one was
/// unreachable, else 2 (the request asks for what no backend offers).
pub fn no_valid_backend(spec: &RequestSpec, rejections: &[Rejection]) -> anyhow::Error {
    let kind = if rejections.iter().any(|r| r.filter == "BackendState") {
        ErrorKind::Backend
    } else if !rejections.is_empty() && rejections.iter().all(|r| r.filter == "CapacityFilter") {
        ErrorKind::QuotaExceeded
    } else {
        ErrorKind::Usage
    };
    let detail = if rejections.is_empty() {
        "no enabled backend was a candidate".to_owned()
    } else {
        rejections
            .iter()
            .map(|r| format!("{} removed {} ({})", r.filter, r.backend, r.reason))
            .collect::<Vec<_>>()
            .join("; ")
    };
    Error::new(
        kind,
        format!(
            "no valid backend was found for a {} GiB volume: {detail}",
            spec.size
        ),
    )
    .into()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stats(total: f64, free: f64, thin: bool, provisioned: Option<f64>) -> BackendStats {
        BackendStats {
            volume_backend_name: "b".into(),
            pool_name: "p".into(),
            driver: "lvm".into(),
            total_capacity_gb: total,
            free_capacity_gb: free,
            provisioned_capacity_gb: provisioned,
            thin_provisioning_support: thin,
            thick_provisioning_support: !thin,
            max_over_subscription_ratio: 2.0,
            reserved_percentage: 0,
            location: String::new(),
        }
    }

    fn candidate(name: &str, stats: BackendStats) -> Candidate {
        Candidate {
            name: name.into(),
            host: format!("h@{name}#{name}"),
            availability_zone: "nova".into(),
            stats: Ok(BackendStats {
                volume_backend_name: name.into(),
                ..stats
            }),
            allocated_gb: 0,
            volume_count: 0,
            extra_capabilities: BTreeMap::new(),
        }
    }

    fn spec(size: u64, specs: &[(&str, &str)]) -> RequestSpec {
        RequestSpec {
            size,
            extra_specs: specs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            ..RequestSpec::default()
        }
    }

    #[test]
    fn capacity_weigher_prefers_the_most_free_space() {
        let all = [
            candidate("small", stats(10.0, 3.0, false, None)),
            candidate("big", stats(10.0, 8.0, false, None)),
        ];
        let (chosen, rejected) = choose(&all, &spec(1, &[]), 1.0);
        assert_eq!(chosen.unwrap().name, "big");
        assert!(rejected.is_empty());
        // A negative multiplier spreads: the fullest backend that fits.
        let (chosen, _) = choose(&all, &spec(1, &[]), -1.0);
        assert_eq!(chosen.unwrap().name, "small");
    }

    #[test]
    fn thick_and_thin_capacity_follow_cinder() {
        let thick = candidate("thick", stats(10.0, 3.0, false, None));
        assert!(capacity(&thick, thick.stats.as_ref().unwrap(), &spec(4, &[])).is_some());
        assert!(capacity(&thick, thick.stats.as_ref().unwrap(), &spec(3, &[])).is_none());
        // Thin, ratio 2: 10 GiB total may hold 20 GiB provisioned.
        let thin = candidate("thin", stats(10.0, 9.0, true, Some(15.0)));
        let s = thin.stats.as_ref().unwrap();
        assert!(capacity(&thin, s, &spec(5, &[])).is_none());
        assert!(
            capacity(&thin, s, &spec(6, &[]))
                .unwrap()
                .contains("over-subscribed")
        );
        // A type asking for thick provisioning is judged by real free space.
        assert!(capacity(&thin, s, &spec(10, &[("provisioning:type", "thick")])).is_some());
    }

    #[test]
    fn capabilities_and_zones_remove_backends_and_say_why() {
        let mut all = vec![
            candidate("file-1", stats(100.0, 50.0, true, None)),
            candidate("ceph", stats(100.0, 50.0, true, None)),
        ];
        all[1].availability_zone = "az2".into();
        let (chosen, rejected) = choose(&all, &spec(1, &[("volume_backend_name", "ceph")]), 1.0);
        assert_eq!(chosen.unwrap().name, "ceph");
        assert_eq!(rejected[0].filter, "CapabilitiesFilter");
        let mut in_zone = spec(1, &[("volume_backend_name", "ceph")]);
        in_zone.availability_zone = Some("nova".into());
        let (chosen, rejected) = choose(&all, &in_zone, 1.0);
        assert!(chosen.is_none());
        let error = format!("{:#}", no_valid_backend(&in_zone, &rejected));
        assert!(
            error.contains("CapabilitiesFilter removed file-1"),
            "{error}"
        );
        assert!(
            error.contains("AvailabilityZoneFilter removed ceph"),
            "{error}"
        );
        assert_eq!(
            crate::error::kind_of(&no_valid_backend(&in_zone, &rejected)),
            ErrorKind::Usage
        );
        let other_scope = spec(
            1,
            &[
                ("qos:iops", "100"),
                ("capabilities:thin_provisioning_support", "<is> True"),
            ],
        );
        assert!(choose(&all, &other_scope, 1.0).0.is_some());
        let unknown = spec(1, &[("capabilities:dedup", "<is> True")]);
        assert!(choose(&all, &unknown, 1.0).0.is_none());
    }

    #[test]
    fn an_unreachable_backend_is_reported_not_fatal() {
        let mut down = candidate("down", stats(1.0, 1.0, false, None));
        down.stats = Err("connection refused".into());
        let all = [down, candidate("up", stats(10.0, 5.0, false, None))];
        let (chosen, rejected) = choose(&all, &spec(1, &[]), 1.0);
        assert_eq!(chosen.unwrap().name, "up");
        assert_eq!(rejected[0].filter, "BackendState");
    }
}
