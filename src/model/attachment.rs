//! Attachments (Cinder's 3.27+ attachment model), connectors and connection info.

use serde::{Deserialize, Serialize};

use crate::error::Error;

status_enum!(
    /// An attachment's (and a volume's) `attach_status`, as Cinder spells it.
    AttachStatus {
        Attached => "attached",
        Attaching => "attaching",
        Detached => "detached",
        Reserved => "reserved",
        Detaching => "detaching",
        ErrorAttaching => "error_attaching",
        ErrorDetaching => "error_detaching",
    }
);

status_enum!(
    /// How the host may use the volume.
    AttachMode {
        ReadWrite => "rw",
        ReadOnly => "ro",
    }
);

/// One attachment of a volume to a host (and maybe an instance).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Attachment {
    pub id: String,
    pub volume_id: String,
    pub project_id: String,
    pub attach_status: AttachStatus,
    pub attached_host: Option<String>,
    pub instance_uuid: Option<String>,
    pub mountpoint: Option<String>,
    pub attach_mode: AttachMode,
    /// The host's connector, as os-brick builds it.
    pub connector: Option<Connector>,
    /// What the host needs to connect (`{"driver_volume_type": …, "data": {…}}`).
    pub connection_info: Option<ConnectionInfo>,
    pub attach_time: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

/// An attachment as a volume lists it (Cinder's `volume.attachments` entries).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct VolumeAttachmentRef {
    pub id: String,
    pub attachment_id: String,
    pub volume_id: String,
    pub server_id: Option<String>,
    pub host_name: Option<String>,
    pub device: Option<String>,
    pub attached_at: Option<String>,
}

/// What a host tells the storage side about itself (os-brick's connector properties).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Default)]
pub struct Connector {
    pub host: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip: Option<String>,
    /// The host's iSCSI initiator name (IQN); an iSCSI export needs it for its ACL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub initiator: Option<String>,
    #[serde(default)]
    pub multipath: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub os_type: Option<String>,
    /// Anything else the host sent, kept as given.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl Connector {
    /// Parses a connector given as JSON (`--connector`), refusing what cannot work.
    pub fn from_json(text: &str) -> Result<Connector, Error> {
        let connector: Connector = serde_json::from_str(text)
            .map_err(|e| Error::usage(format!("invalid --connector JSON: {e}")))?;
        connector.validate()?;
        Ok(connector)
    }

    /// Checks the fields every target helper relies on.
    pub fn validate(&self) -> Result<(), Error> {
        validate_host(&self.host)?;
        if let Some(initiator) = &self.initiator {
            validate_initiator(initiator)?;
        }
        if let Some(ip) = &self.ip {
            ip.parse::<std::net::IpAddr>().map_err(|_| {
                Error::usage(format!(
                    "invalid connector ip '{}': expected an IPv4 or IPv6 address",
                    ip.escape_debug()
                ))
            })?;
        }
        Ok(())
    }
}

/// A host name as a connector carries it: a DNS-style label sequence, no spaces or slashes.
pub fn validate_host(host: &str) -> Result<(), Error> {
    let ok = !host.is_empty()
        && host.len() <= 255
        && !host.starts_with('-')
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_'));
    if ok {
        Ok(())
    } else {
        Err(Error::usage(format!(
            "invalid host '{}': expected a host name (letters, digits, '-', '.', '_')",
            host.escape_debug()
        )))
    }
}

/// An iSCSI qualified name (`iqn.YYYY-MM.reversed.domain[:id]`) or an EUI-64 name.
pub fn validate_initiator(initiator: &str) -> Result<(), Error> {
    let allowed = |c: char| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | ':');
    let lower = initiator.to_ascii_lowercase();
    let shaped = lower
        .strip_prefix("iqn.")
        .is_some_and(|rest| rest.len() > 8 && rest.as_bytes()[4] == b'-')
        || lower
            .strip_prefix("eui.")
            .is_some_and(|rest| rest.len() == 16 && rest.chars().all(|c| c.is_ascii_hexdigit()));
    if shaped && initiator.len() <= 223 && initiator.chars().all(allowed) {
        Ok(())
    } else {
        Err(Error::usage(format!(
            "invalid initiator '{}': expected an iSCSI name such as \
             iqn.1993-08.org.debian:01:abcdef",
            initiator.escape_debug()
        )))
    }
}

/// Cinder's `connection_info`: the protocol and what a host needs to connect with it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ConnectionInfo {
    pub driver_volume_type: String,
    pub data: serde_json::Map<String, serde_json::Value>,
}

/// The keys of `connection_info.data` whose values are secrets.
pub const SECRET_KEYS: &[&str] = &["auth_password", "discovery_auth_password", "keyring"];

impl ConnectionInfo {
    /// A copy with every secret replaced by `***` (for table output).
    pub fn masked(&self) -> ConnectionInfo {
        let mut masked = self.clone();
        for key in SECRET_KEYS {
            if let Some(value) = masked.data.get_mut(*key)
                && !value.is_null()
            {
                *value = serde_json::Value::String("***".to_owned());
            }
        }
        masked
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initiator_names_are_checked() {
        assert!(validate_initiator("iqn.1993-08.org.debian:01:abcdef").is_ok());
        assert!(validate_initiator("eui.02004567A425678D").is_ok());
        for bad in [
            "",
            "iqn",
            "iqn.x",
            "foo.1993-08.org",
            "iqn.1993-08.org debian",
            "iqn.1993-08.o/g",
        ] {
            assert!(validate_initiator(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn secrets_are_masked() {
        let mut data = serde_json::Map::new();
        data.insert("auth_password".into(), "s3cret".into());
        data.insert("auth_username".into(), "user".into());
        let info = ConnectionInfo {
            driver_volume_type: "iscsi".into(),
            data,
        };
        let masked = info.masked();
        assert_eq!(masked.data["auth_password"], "***");
        assert_eq!(masked.data["auth_username"], "user");
    }

    #[test]
    fn connector_json_is_validated() {
        assert!(
            Connector::from_json(r#"{"host": "node1", "initiator": "iqn.2004-10.com.x:y"}"#)
                .is_ok()
        );
        assert!(Connector::from_json(r#"{"host": "no de"}"#).is_err());
        assert!(Connector::from_json(r#"{"initiator": "iqn.2004-10.com.x:y"}"#).is_err());
        assert!(Connector::from_json(r#"{"host": "h", "ip": "nope"}"#).is_err());
    }
}
