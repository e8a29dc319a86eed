#!/usr/bin/env bash
# Nightly backups for cron: an incremental every night, a full backup on Sundays (or when a
# volume has none yet), keeping the newest KEEP full backups with their incrementals.
#
#   cron-backup-rotation.sh [--keep N] VOLUME...
#
# crontab (02:30 every night, a log line per backup, mail from cron on failure):
#   30 2 * * * /usr/local/bin/cron-backup-rotation.sh --keep 4 db1 db2 >> /var/log/blockctl-backup.log 2>&1
#
# blockctl runs with --strict: a warning (say, an interrupted flow in the journal) makes
# the run fail, so cron reports it. BACKUP_DAY overrides the day of the week (1-7,
# 7 = Sunday) for tests.
set -euo pipefail

keep=4
if [ "${1:-}" = --keep ]; then
  keep=$2
  shift 2
fi
if (($# == 0)) || ! [[ $keep =~ ^[1-9][0-9]*$ ]]; then
  echo "usage: $0 [--keep N] VOLUME..." >&2
  exit 2
fi
day=${BACKUP_DAY:-$(date +%u)}

for volume in "$@"; do
  backups=$(blockctl --strict backup list --volume "$volume" -o json)
  kind=--incremental
  if [ "$day" = 7 ] || [ "$(jq '[.[] | select(.status == "available")] | length' <<<"$backups")" = 0 ]; then
    kind=
  fi
  name="$volume-$(date -u +%Y%m%dT%H%M%S%N)"
  made=$(blockctl --strict volume backup "$volume" --name "$name" $kind -o json)
  echo "$(date -u +%FT%TZ) $volume: $(jq -r '"backup \(.name) (\(if .is_incremental then "incremental" else "full" end), \(.object_count) chunk(s) stored)"' <<<"$made")"

  # Rotation: the backups older than the KEEP-th newest full backup go, newest first, so
  # an incremental always goes before the backup it depends on.
  backups=$(blockctl --strict backup list --volume "$volume" -o json)
  cutoff=$(jq -r --argjson keep "$keep" '
    [.[] | select(.is_incremental | not)] | sort_by(.created_at) | reverse
    | if length > $keep then .[$keep - 1].created_at else "" end' <<<"$backups")
  [ -n "$cutoff" ] || continue
  old=$(jq -r --arg cutoff "$cutoff" '
    [.[] | select(.created_at < $cutoff)] | sort_by(.created_at) | reverse | .[].id' <<<"$backups")
  for id in $old; do
    blockctl --strict backup delete "$id" --yes -o json >/dev/null
    echo "$(date -u +%FT%TZ) $volume: deleted old backup $id"
  done
done
