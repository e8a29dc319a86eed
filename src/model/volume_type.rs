//! Volume types and their extra specs, as Cinder keeps them.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// A volume type: a name operators pick at create time, and extra specs the scheduler
/// matches against the backends' capabilities.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct VolumeType {
    pub id: String,
    pub name: String,
    pub description: Option<String>,
    pub is_public: bool,
    pub extra_specs: BTreeMap<String, String>,
    /// Whether it is the configured `default_volume_type`.
    pub is_default: bool,
    pub created_at: String,
}
