//! The calls that move volumes and read the backends over the API: `os-retype`,
//! `os-migrate_volume` (admin), `scheduler-stats/get_pools` (admin), and the backup
//! records (`export_record`, `import_record`, admin).

use serde_json::{Value, json};

use super::{Remote, encode};
use crate::driver::BackendStats;
use crate::error::{Error, Result};
use crate::model::{Backup, Volume};
use crate::service::{BackendPool, BackupRecordExport, Change, MigrationPolicy, Service};

fn number(value: &Value) -> f64 {
    value.as_f64().unwrap_or(0.0)
}

/// A pool of `get_pools?detail=true` as `backend list` shows it. What Cinder does not
/// report (the zone, the count of volumes) is what blockctl serve adds to the
/// capabilities, else empty.
fn pool(p: &Value) -> BackendPool {
    let c = &p["capabilities"];
    let text = |key: &str| c[key].as_str().unwrap_or_default().to_owned();
    let name = p["name"].as_str().unwrap_or_default().to_owned();
    let backend = text("volume_backend_name");
    BackendPool {
        backend: backend.clone(),
        availability_zone: text("availability_zone"),
        reachable: true,
        error: None,
        volume_count: c["volume_count"].as_u64().unwrap_or(0),
        allocated_capacity_gb: number(&c["allocated_capacity_gb"]) as u64,
        storage_protocol: c["storage_protocol"].as_str().map(str::to_owned),
        stats: Some(BackendStats {
            volume_backend_name: backend,
            pool_name: text("pool_name"),
            driver: c["volume_driver"]
                .as_str()
                .map_or_else(|| text("vendor_name"), str::to_owned),
            total_capacity_gb: number(&c["total_capacity_gb"]),
            free_capacity_gb: number(&c["free_capacity_gb"]),
            provisioned_capacity_gb: c["provisioned_capacity_gb"].as_f64(),
            thin_provisioning_support: c["thin_provisioning_support"] == true,
            thick_provisioning_support: c["thick_provisioning_support"] == true,
            max_over_subscription_ratio: number(&c["max_over_subscription_ratio"]),
            reserved_percentage: c["reserved_percentage"].as_u64().unwrap_or(0) as u32,
            location: text("location_info"),
        }),
        name,
    }
}

impl Remote {
    pub(super) fn pools(&self) -> Result<Vec<BackendPool>> {
        let body = self
            .http
            .ok(self.http.get("/scheduler-stats/get_pools?detail=true")?)?;
        Ok(body["pools"]
            .as_array()
            .map(|l| l.iter().map(pool).collect())
            .unwrap_or_default())
    }

    /// Runs a volume action that may move it, and waits until it settles; changed when
    /// `moved` says the volume after differs from before.
    fn move_volume(
        &self,
        reference: &str,
        action: Value,
        what: &str,
        moved: impl Fn(&Volume, &Volume) -> bool,
    ) -> Result<Change<Volume>> {
        let before = self.show_volume(reference)?;
        self.action(&before.id, action)?;
        let after = self.settle_volume(&before.id, &format!("{what} volume {}", before.name))?;
        Ok(Change::new(moved(&before, &after), after))
    }

    pub(super) fn migrate(&self, reference: &str, backend: &str) -> Result<Change<Volume>> {
        let action = json!({"os-migrate_volume": {"host": backend}});
        self.move_volume(reference, action, "migrating", |a, b| a.host != b.host)
    }

    pub(super) fn retype(
        &self,
        reference: &str,
        volume_type: &str,
        policy: MigrationPolicy,
    ) -> Result<Change<Volume>> {
        let policy = match policy {
            MigrationPolicy::Never => "never",
            MigrationPolicy::OnDemand => "on-demand",
        };
        let action = json!({"os-retype": {"new_type": volume_type, "migration_policy": policy}});
        self.move_volume(reference, action, "retyping", |a, b| {
            a.volume_type != b.volume_type || a.host != b.host
        })
    }

    pub(super) fn export_record(&self, reference: &str) -> Result<BackupRecordExport> {
        let backup = self.show_backup(reference)?;
        let path = format!("/backups/{}/export_record", encode(&backup.id));
        let body = self.http.ok(self.http.get(&path)?)?;
        let record = &body["backup-record"];
        let url = record["backup_url"].as_str().unwrap_or_default();
        let backup_url = serde_json::from_str(url).map_err(|e| {
            Error::backend(format!(
                "the server's backup_url is not a blockctl record (only blockctl reads it \
                 back): {e}"
            ))
        })?;
        Ok(BackupRecordExport {
            backup_service: record["backup_service"]
                .as_str()
                .unwrap_or_default()
                .to_owned(),
            backup_url,
        })
    }

    pub(super) fn import_record(&self, record: BackupRecordExport) -> Result<Change<Backup>> {
        let body = json!({"backup-record": {
            "backup_service": record.backup_service,
            "backup_url": serde_json::to_string(&record.backup_url)?,
        }});
        let answer = self
            .http
            .send("POST", "/backups/import_record", Some(&body))?;
        let created = self.http.ok(answer)?;
        let id = created["backup"]["id"].as_str().unwrap_or_default();
        Ok(Change::new(true, self.show_backup(id)?))
    }
}
