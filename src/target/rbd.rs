//! The `rbd` target helper: nothing to export; hosts reach the image through librbd
//! (a libvirt network disk), so the connection info names the monitors, pool and image.

use serde::{Deserialize, Serialize};

use super::{Export, ExportSource, RbdImage, TargetHelper, unsupported};
use crate::error::Result;
use crate::model::Connector;

/// An RBD volume's "export": where hosts find it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RbdExport {
    pub image: RbdImage,
}

impl RbdExport {
    pub fn connection_data(&self) -> serde_json::Map<String, serde_json::Value> {
        let (hosts, ports): (Vec<String>, Vec<String>) = self
            .image
            .monitors
            .iter()
            .map(|monitor| match monitor.rsplit_once(':') {
                Some((host, port)) => (host.trim_matches(['[', ']']).to_owned(), port.to_owned()),
                None => (monitor.clone(), "6789".to_owned()),
            })
            .unzip();
        let value = serde_json::json!({
            "name": format!("{}/{}", self.image.pool, self.image.image),
            "hosts": hosts,
            "ports": ports,
            "cluster_name": "ceph",
            "auth_enabled": self.image.secret_uuid.is_some(),
            "auth_username": self.image.user,
            "secret_type": "ceph",
            "secret_uuid": self.image.secret_uuid,
            "discard": true,
        });
        match value {
            serde_json::Value::Object(map) => map,
            _ => unreachable!("a JSON object literal"),
        }
    }
}

pub struct RbdDirect;

impl TargetHelper for RbdDirect {
    fn name(&self) -> &'static str {
        "rbd"
    }

    fn validate_connector(&self, _connector: &Connector) -> Result<()> {
        Ok(())
    }

    fn create_export(&self, _volume_id: &str, source: &ExportSource) -> Result<Export> {
        match source {
            ExportSource::Rbd(image) => Ok(Export::Rbd(RbdExport {
                image: image.clone(),
            })),
            other => Err(unsupported("rbd", other)),
        }
    }

    fn is_alive(&self, _export: &Export) -> Result<bool> {
        Ok(true)
    }

    fn remove_export(
        &self,
        _volume_id: &str,
        _export: Option<&Export>,
        _force: bool,
    ) -> Result<()> {
        Ok(())
    }
}
