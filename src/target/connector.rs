//! The connector of this host (os-brick's `get_connector_properties`).

use std::net::{IpAddr, Ipv4Addr, UdpSocket};
use std::path::Path;

use crate::model::Connector;

/// Where open-iscsi keeps this host's initiator name.
const INITIATOR_FILE: &str = "/etc/iscsi/initiatorname.iscsi";

/// This host's connector: its name, the address it routes from, and its iSCSI initiator
/// name when open-iscsi has one.
pub fn local_connector(host: &str) -> Connector {
    Connector {
        host: host.to_owned(),
        ip: Some(local_ip().to_string()),
        initiator: read_initiator(Path::new(INITIATOR_FILE)),
        multipath: false,
        platform: Some(std::env::consts::ARCH.to_owned()),
        os_type: Some(std::env::consts::OS.to_owned()),
        extra: serde_json::Map::new(),
    }
}

/// The source address of the default route (no packet is sent), else loopback.
fn local_ip() -> IpAddr {
    UdpSocket::bind((Ipv4Addr::UNSPECIFIED, 0))
        .and_then(|socket| {
            socket.connect((Ipv4Addr::new(192, 0, 2, 1), 9))?;
            socket.local_addr()
        })
        .map(|addr| addr.ip())
        .unwrap_or(IpAddr::V4(Ipv4Addr::LOCALHOST))
}

/// `InitiatorName=iqn…` from open-iscsi's file (comments and blank lines skipped).
fn read_initiator(path: &Path) -> Option<String> {
    let text = std::fs::read_to_string(path).ok()?;
    text.lines()
        .map(str::trim)
        .filter(|line| !line.starts_with('#'))
        .find_map(|line| line.strip_prefix("InitiatorName="))
        .map(|name| name.trim().to_owned())
        .filter(|name| crate::model::validate_initiator(name).is_ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initiator_file_is_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("initiatorname.iscsi");
        std::fs::write(
            &path,
            "## DO NOT EDIT\n#InitiatorName=iqn.old:x\nInitiatorName=iqn.1993-08.org.debian:01:5e1f\n",
        )
        .unwrap();
        assert_eq!(
            read_initiator(&path).as_deref(),
            Some("iqn.1993-08.org.debian:01:5e1f")
        );
        assert_eq!(read_initiator(&dir.path().join("missing")), None);
    }

    #[test]
    fn local_connector_names_the_host() {
        let connector = local_connector("node1");
        assert_eq!(connector.host, "node1");
        let ip: IpAddr = connector.ip.as_deref().unwrap().parse().unwrap();
        assert!(!ip.is_unspecified(), "{ip}");
        assert_eq!(connector.platform.as_deref(), Some(std::env::consts::ARCH));
        assert!(connector.validate().is_ok());
    }
}
