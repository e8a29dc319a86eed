//! Attach and detach over the attachments API (3.27+, `os-complete` 3.44): `volume attach`
//! is create-with-connector then complete, as Nova does it; `volume detach` deletes the
//! attachment.

use serde_json::{Value, json};

use super::{Remote, convert, encode};
use crate::error::{Error, ErrorKind, Result};
use crate::model::{AttachStatus, Attachment, Connector, Volume};
use crate::service::{AttachVolume, Change, DetachVolume, ReserveAttachment, Service};

/// The connector as os-brick sends it, with the device the host will use.
fn connector_json(connector: &Connector, mountpoint: Option<&str>) -> Result<Value> {
    let mut value = serde_json::to_value(connector)?;
    if let Some(mountpoint) = mountpoint {
        value["mountpoint"] = mountpoint.into();
    }
    Ok(value)
}

impl Remote {
    /// An attachment by id, with the host and device its volume's view lists.
    pub(super) fn attachment(&self, id: &str) -> Result<Attachment> {
        let answer = self.http.get(&format!("/attachments/{}", encode(id)))?;
        let body = self.http.ok(answer)?;
        let volume_id = body["attachment"]["volume_id"].as_str().unwrap_or_default();
        let volume = self.show_volume(volume_id).ok();
        Ok(convert::attachment(
            &body["attachment"],
            &self.project,
            volume.as_ref(),
        ))
    }

    /// The attachments (of one volume), with the host and device their volumes list: the
    /// volumes are read once, in one listing.
    pub(super) fn attachments(&self, volume: Option<&str>) -> Result<Vec<Attachment>> {
        let volumes = match volume {
            Some(reference) => vec![self.show_volume(reference)?],
            None => self.list_volumes()?,
        };
        let path = match (volume, volumes.first()) {
            (Some(_), Some(v)) => format!("/attachments/detail?volume_id={}", encode(&v.id)),
            _ => "/attachments/detail".to_owned(),
        };
        let body = self.http.ok(self.http.get(&path)?)?;
        let listed = body["attachments"].as_array().cloned().unwrap_or_default();
        Ok(listed
            .iter()
            .map(|item| {
                let of = volumes.iter().find(|v| item["volume_id"] == v.id.as_str());
                convert::attachment(item, &self.project, of)
            })
            .collect())
    }

    pub(super) fn attach(&self, request: AttachVolume) -> Result<Change<Attachment>> {
        request.connector.validate()?;
        let volume = self.show_volume(&request.volume)?;
        if let Some(same) = volume.attachments.iter().find(|a| {
            a.host_name.as_deref() == Some(request.connector.host.as_str())
                && a.server_id == request.instance_uuid
        }) {
            let existing = self.attachment(&same.attachment_id)?;
            if existing.attach_status == AttachStatus::Attached {
                return Ok(Change::new(false, existing));
            }
        }
        let mut attachment = json!({
            "volume_uuid": volume.id,
            "instance_uuid": request.instance_uuid,
            "connector": connector_json(&request.connector, request.mountpoint.as_deref())?,
        });
        if request.mode != crate::model::AttachMode::ReadWrite {
            attachment["mode"] = request.mode.as_str().into();
        }
        let created = self.http.send(
            "POST",
            "/attachments",
            Some(&json!({ "attachment": attachment })),
        )?;
        let created = self.http.ok(created)?;
        let id = created["attachment"]["id"]
            .as_str()
            .unwrap_or_default()
            .to_owned();
        self.complete(&id)?;
        Ok(Change::new(true, self.attachment(&id)?))
    }

    fn complete(&self, id: &str) -> Result<()> {
        let answer = self.http.send(
            "POST",
            &format!("/attachments/{}/action", encode(id)),
            Some(&json!({"os-complete": null})),
        )?;
        self.http.ok(answer)?;
        Ok(())
    }

    pub(super) fn detach(&self, request: DetachVolume) -> Result<Change<Volume>> {
        if request.force {
            return Err(Error::usage(
                "volume detach --force has no call in the attachments API: run it where the \
                 catalogue is (without --remote)",
            )
            .into());
        }
        let volume = self.show_volume(&request.volume)?;
        let mut candidates: Vec<_> = volume.attachments.iter().collect();
        if let Some(reference) = &request.attachment {
            candidates.retain(|a| a.attachment_id == *reference);
        }
        if let Some(host) = &request.host {
            candidates.retain(|a| a.host_name.as_deref() == Some(host.as_str()));
        }
        match candidates.as_slice() {
            [] if request.attachment.is_none() && request.host.is_none() => {
                Ok(Change::new(false, volume))
            }
            [] => Err(
                Error::not_found(format!("volume {} has no such attachment", volume.name)).into(),
            ),
            [one] => self.delete(&one.attachment_id.clone()),
            many => Err(Error::new(
                ErrorKind::Ambiguous,
                format!(
                    "volume {} has {} attachments: name one with --attachment or --host",
                    volume.name,
                    many.len()
                ),
            )
            .into()),
        }
    }

    /// Deletes an attachment; returns its volume after.
    pub(super) fn delete(&self, id: &str) -> Result<Change<Volume>> {
        let found = self.attachment(id)?;
        let answer = self.http.send(
            "DELETE",
            &format!("/attachments/{}", encode(&found.id)),
            None,
        )?;
        self.http.ok(answer)?;
        Ok(Change::new(true, self.show_volume(&found.volume_id)?))
    }

    pub(super) fn reserve(&self, request: ReserveAttachment) -> Result<Attachment> {
        let volume = self.show_volume(&request.volume)?;
        let mut attachment = json!({
            "volume_uuid": volume.id,
            "instance_uuid": request.instance_uuid,
        });
        if request.mode != crate::model::AttachMode::ReadWrite {
            attachment["mode"] = request.mode.as_str().into();
        }
        let answer = self.http.send(
            "POST",
            "/attachments",
            Some(&json!({ "attachment": attachment })),
        )?;
        let body = self.http.ok(answer)?;
        Ok(convert::attachment(
            &body["attachment"],
            &self.project,
            None,
        ))
    }

    pub(super) fn connect(
        &self,
        reference: &str,
        connector: Connector,
        mountpoint: Option<String>,
    ) -> Result<Change<Attachment>> {
        let body = json!({"attachment": {
            "connector": connector_json(&connector, mountpoint.as_deref())?,
        }});
        let answer = self.http.send(
            "PUT",
            &format!("/attachments/{}", encode(reference)),
            Some(&body),
        )?;
        self.http.ok(answer)?;
        Ok(Change::new(true, self.attachment(reference)?))
    }

    pub(super) fn complete_step(&self, reference: &str) -> Result<Change<Attachment>> {
        let before = self.attachment(reference)?;
        if before.attach_status == AttachStatus::Attached {
            return Ok(Change::new(false, before));
        }
        self.complete(&before.id)?;
        Ok(Change::new(true, self.attachment(&before.id)?))
    }
}
