//! The resources blockctl manages, with Cinder's field names and status spellings.

use serde::{Deserialize, Serialize};

use crate::error::Error;

macro_rules! status_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
        pub enum $name { $(#[serde(rename = $text)] $variant),+ }

        impl $name {
            /// Cinder's spelling, as stored in the catalogue and shown to operators.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }
            pub fn parse(text: &str) -> Option<Self> {
                match text { $($text => Some($name::$variant),)+ _ => None }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

mod attachment;
mod backup;
pub mod message;
mod token;
mod volume_type;

pub use attachment::{
    AttachMode, AttachStatus, Attachment, ConnectionInfo, Connector, SECRET_KEYS,
    VolumeAttachmentRef, validate_host, validate_initiator,
};
pub use backup::{Backup, BackupStatus};
pub use message::UserMessage;
pub use token::{ApiToken, NewApiToken};
pub use volume_type::VolumeType;

status_enum!(
    /// A volume's `status`, as Cinder spells it.
    VolumeStatus {
        Creating => "creating",
        Available => "available",
        Reserved => "reserved",
        Attaching => "attaching",
        Detaching => "detaching",
        InUse => "in-use",
        Maintenance => "maintenance",
        Deleting => "deleting",
        AwaitingTransfer => "awaiting-transfer",
        Error => "error",
        ErrorDeleting => "error_deleting",
        BackingUp => "backing-up",
        RestoringBackup => "restoring-backup",
        ErrorRestoring => "error_restoring",
        ErrorExtending => "error_extending",
        Extending => "extending",
        Retyping => "retyping",
        Downloading => "downloading",
        Uploading => "uploading",
        Reverting => "reverting",
    }
);

status_enum!(
    /// A snapshot's `status`, as Cinder spells it.
    SnapshotStatus {
        Creating => "creating",
        Available => "available",
        Deleting => "deleting",
        Error => "error",
        ErrorDeleting => "error_deleting",
        Restoring => "restoring",
        BackingUp => "backing-up",
    }
);

/// A volume as the catalogue holds it and as JSON output shows it (docs/json.md).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Volume {
    pub id: String,
    pub name: String,
    /// Size in GiB, as Cinder.
    pub size: u64,
    pub status: VolumeStatus,
    pub attach_status: String,
    /// `host@backend#pool` (Cinder's `os-vol-host-attr:host`).
    pub host: String,
    pub availability_zone: String,
    pub volume_type_id: String,
    pub volume_type: String,
    pub project_id: String,
    pub bootable: bool,
    /// Whether several hosts may attach it at once.
    pub multiattach: bool,
    /// Its current attachments.
    pub attachments: Vec<VolumeAttachmentRef>,
    /// The snapshot this volume was created from (kept after a flatten, as Cinder).
    pub snapshot_id: Option<String>,
    /// The volume this volume was cloned from.
    pub source_volid: Option<String>,
    /// The snapshot whose data this volume still shares (copy-on-write); `None` once flattened.
    pub parent_snapshot_id: Option<String>,
    /// How many clone links lead to a volume sharing no data (0: not a clone). Derived.
    #[serde(default)]
    pub clone_depth: u32,
    pub provider_location: Option<String>,
    pub description: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

/// A snapshot as the catalogue holds it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Snapshot {
    pub id: String,
    pub name: String,
    pub volume_id: String,
    /// Size of the volume when the snapshot was taken, in GiB.
    pub volume_size: u64,
    pub status: SnapshotStatus,
    pub project_id: String,
    pub provider_location: Option<String>,
    pub description: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

/// A status and its timestamp before a transition, journaled so a revert restores both.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Previous<S> {
    pub status: S,
    pub updated_at: String,
}

/// One quota line: limit, usage and what is reserved by flows still running.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct QuotaUsage {
    pub resource: String,
    /// `-1` means unlimited.
    pub limit: i64,
    pub in_use: i64,
    pub reserved: i64,
}

/// The resources counted by quotas, with Cinder's names and default limits.
pub const QUOTA_RESOURCES: &[(&str, i64)] = &[
    ("volumes", 10),
    ("snapshots", 10),
    ("gigabytes", 1000),
    ("backups", 10),
    ("backup_gigabytes", 1000),
];

/// The largest volume blockctl accepts, in GiB (1 PiB): beyond any real qcow2 or RBD use.
pub const MAX_SIZE_GIB: u64 = 1 << 20;

/// Parses a size given in GiB: `10`, `10G`, `10GiB`, `2T`, `2TiB`. Volumes have whole-GiB
/// sizes, as in Cinder.
pub fn parse_size_gib(text: &str) -> Result<u64, Error> {
    let bad = || {
        Error::usage(format!(
            "invalid size '{text}': expected a whole number of GiB such as 10, 10G or 2T"
        ))
    };
    let trimmed = text.trim();
    let split = trimmed
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(trimmed.len());
    let (digits, unit) = trimmed.split_at(split);
    if digits.is_empty() {
        return Err(bad());
    }
    let multiplier: u64 = match unit.to_ascii_lowercase().as_str() {
        "" | "g" | "gb" | "gib" => 1,
        "t" | "tb" | "tib" => 1024,
        _ => return Err(bad()),
    };
    let value: u64 = digits.parse().map_err(|_| bad())?;
    let gib = value.checked_mul(multiplier).ok_or_else(bad)?;
    if gib == 0 {
        return Err(Error::usage(format!(
            "invalid size '{text}': a volume must be at least 1 GiB"
        )));
    }
    if gib > MAX_SIZE_GIB {
        return Err(Error::usage(format!(
            "invalid size '{text}': the largest volume is {MAX_SIZE_GIB} GiB (1 PiB)"
        )));
    }
    Ok(gib)
}

/// Checks a resource name an operator gives. Names are labels only (files are named by
/// uuid), but a name must not be mistaken for an id, an option or a path.
pub fn validate_name(kind: &str, name: &str) -> Result<(), Error> {
    let reason = if name.is_empty() {
        Some("it is empty")
    } else if name.len() > 255 {
        Some("it is longer than 255 bytes")
    } else if uuid::Uuid::parse_str(name).is_ok() {
        Some("it looks like an id")
    } else if name.contains('/') || name.contains('\\') {
        Some("it contains a path separator")
    } else if name.starts_with('-') {
        Some("it starts with '-'")
    } else if name == "." || name == ".." {
        Some("it is a path component")
    } else if name.chars().any(char::is_control) {
        Some("it contains a control character")
    } else {
        None
    };
    match reason {
        Some(reason) => Err(Error::usage(format!(
            "invalid {kind} name '{}': {reason}",
            name.escape_debug()
        ))),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_parse_in_gib() {
        assert_eq!(parse_size_gib("1").unwrap(), 1);
        assert_eq!(parse_size_gib("1G").unwrap(), 1);
        assert_eq!(parse_size_gib("3GiB").unwrap(), 3);
        assert_eq!(parse_size_gib("2T").unwrap(), 2048);
    }

    #[test]
    fn bad_sizes_are_usage_errors() {
        for bad in [
            "0",
            "-1",
            "10Q",
            "1e30",
            "",
            "G",
            "1.5G",
            "512M",
            "99999999999999999999",
        ] {
            let err = parse_size_gib(bad).unwrap_err();
            assert_eq!(err.kind, crate::error::ErrorKind::Usage, "{bad}");
        }
    }

    #[test]
    fn names_that_look_like_ids_or_paths_are_refused() {
        for bad in [
            "",
            "a/b",
            "../x",
            "-rf",
            "..",
            "0c6e1a9e-4b5c-4a9b-9d7e-1f2a3b4c5d6e",
        ] {
            assert!(validate_name("volume", bad).is_err(), "{bad}");
        }
        assert!(validate_name("volume", "db1").is_ok());
    }

    #[test]
    fn statuses_round_trip_cinder_spelling() {
        assert_eq!(VolumeStatus::InUse.as_str(), "in-use");
        assert_eq!(
            VolumeStatus::parse("error_deleting"),
            Some(VolumeStatus::ErrorDeleting)
        );
    }
}
