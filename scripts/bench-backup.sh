#!/usr/bin/env bash
# Backup benchmarks for the closing figures (not a test). Release build, page cache dropped
# before every timed step (run as root), on a 2 GiB volume whose first half is random data
# and whose second half was never written:
# - full backup: blockctl vs `qemu-img convert -O raw` + `zstd -T0` of the same volume, and
#   vs the disk's sequential read bandwidth (dd of the image file);
# - incremental after changing 1 % of the chunks, as a fraction of the full backup;
# - restore into a new volume.
# The file backend always; RBD too with --rbd (a throwaway memstore cluster: its "disk" is RAM).
# BACKUP_REPO=DIR puts the posix repository there (e.g. /dev/shm, to take the disk's write
# speed out of the figures); by default it is on the same disk as the volume.
#   [BACKUP_REPO=DIR] scripts/bench-backup.sh [--rbd]
set -euo pipefail
cd "$(dirname "$0")/.."

with_rbd=false
[ "${1:-}" = --rbd ] && with_rbd=true
work=$(mktemp -d "${TMPDIR:-/var/tmp}/blockctl-bench-backup.XXXXXX")
cleanup() {
  if $with_rbd; then scripts/ceph-cluster.sh stop "$work/ceph" >/dev/null 2>&1 || true; fi
  rm -rf "$work" "${repo:-$work}"
}
trap cleanup EXIT
command -v zstd >/dev/null || { apt-get install -y -qq zstd >/dev/null; }
if $with_rbd; then
  cargo build --release --quiet --features rbd
else
  cargo build --release --quiet
fi
bin="$PWD/target/release/blockctl"
gib=$((1 << 30))

drop_caches() { sync; echo 3 > /proc/sys/vm/drop_caches; }
# Seconds a command takes, with a cold page cache.
timed() {
  drop_caches
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN {printf "%.3f", b - a}'
}
rate() { awk -v bytes="$1" -v s="$2" 'BEGIN {printf "%.0f MiB/s", bytes / 1048576 / s}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }

head -c "$gib" /dev/urandom > "$work/random.bin"

echo "== file backend (qcow2 on $(df --output=source "$work" | tail -n 1))"
export BLOCKCTL_STATE_DIR="$work/state"
repo="${BACKUP_REPO:-$work/state/backups}/blockctl-bench-$$"
printf 'backup_posix_path = "%s"\n' "$repo" > "$work/file.toml"
export BLOCKCTL_CONFIG="$work/file.toml"
echo "  repository: $repo ($(df --output=source "$(dirname "$repo")" 2>/dev/null | tail -n 1 || echo new))"
"$bin" -q volume create bench --size 2 >/dev/null
image="$BLOCKCTL_STATE_DIR/volumes/$("$bin" volume show bench -o value -c provider_location)"
qemu-img create -q -f raw "$work/staging.raw" 2G
dd if="$work/random.bin" of="$work/staging.raw" bs=4M conv=notrunc status=none
qemu-img convert -f raw -O qcow2 "$work/staging.raw" "$image"
rm "$work/staging.raw"

disk=$(timed dd if="$image" of=/dev/null bs=4M)
full=$(timed "$bin" -q volume backup bench --name full)
baseline=$(timed bash -c "qemu-img convert -f qcow2 -O raw '$image' '$work/out.raw' && zstd -q -T0 -3 '$work/out.raw' -o '$work/out.raw.zst'")
rm -f "$work/out.raw" "$work/out.raw.zst"
# 1 % of the 512 chunks (4 MiB) of the volume: 4 KiB into every 100th one.
for offset in $(seq 0 100 511); do
  qemu-io -f qcow2 -c "write -P 0x5c $((offset * 4 * 1048576)) 4k" "$image" >/dev/null
done
incremental=$(timed "$bin" -q volume backup bench --name inc --incremental)
restore=$(timed "$bin" -q backup restore full --name restored)
echo "  disk sequential read of the image (dd, 1 GiB allocated): ${disk} s = $(rate "$gib" "$disk")"
echo "  full backup, blockctl:                 ${full} s = $(rate "$gib" "$full") of data, $(ratio "$disk" "$full")x the disk's bandwidth"
echo "  qemu-img convert -O raw + zstd -T0:    ${baseline} s ($(ratio "$baseline" "$full")x blockctl's time)"
echo "  incremental after 1 % changed:         ${incremental} s = $(awk -v a="$incremental" -v b="$full" 'BEGIN {printf "%.1f", 100 * a / b}') % of the full"
echo "  restore into a new volume:             ${restore} s = $(rate $((2 * gib)) "$restore") of volume ($(rate "$gib" "$restore") of data)"
du -sh "$repo" | awk '{print "  repository size: " $1}'
rm -rf "$repo"

if $with_rbd; then
  echo "== RBD (memstore cluster on 127.0.0.1)"
  conf=$(CEPH_MEMSTORE_BYTES=$((12 << 30)) scripts/ceph-cluster.sh start "$work/ceph" | tail -n 1)
  cat > "$work/rbd.toml" <<TOML
enabled_backends = ["ceph"]
backup_posix_path = "$work/rbd-backups"
[backends.ceph]
volume_driver = "rbd"
rbd_pool = "volumes"
rbd_ceph_conf = "$conf"
TOML
  export BLOCKCTL_CONFIG="$work/rbd.toml" BLOCKCTL_STATE_DIR="$work/rbd-state"
  "$bin" -q volume create bench --size 2 >/dev/null
  name=$("$bin" volume show bench -o value -c provider_location)
  rbd -c "$conf" import --no-progress "$work/random.bin" "volumes/$name-src" >/dev/null
  rbd -c "$conf" rm --no-progress "volumes/$name" >/dev/null
  rbd -c "$conf" rename "volumes/$name-src" "volumes/$name"
  rbd -c "$conf" resize --no-progress --size 2G "volumes/$name"
  full=$(timed "$bin" -q volume backup bench --name full)
  /usr/bin/python3 - "$conf" "$name" <<'PY'
import os, sys, rados, rbd
cluster = rados.Rados(conffile=sys.argv[1]); cluster.connect()
io = cluster.open_ioctx("volumes")
with rbd.Image(io, sys.argv[2]) as image:
    for chunk in range(0, 512, 100):
        image.write(os.urandom(4096), chunk * 4 * 1048576)
io.close(); cluster.shutdown()
PY
  incremental=$(timed "$bin" -q volume backup bench --name inc --incremental)
  restore=$(timed "$bin" -q backup restore full --name restored)
  echo "  full backup:                    ${full} s = $(rate "$gib" "$full") of data"
  echo "  incremental after 1 % changed:  ${incremental} s = $(awk -v a="$incremental" -v b="$full" 'BEGIN {printf "%.1f", 100 * a / b}') % of the full"
  echo "  restore into a new volume:      ${restore} s = $(rate $((2 * gib)) "$restore") of volume ($(rate "$gib" "$restore") of data)"
  # The incremental's fixed costs (process start, cluster connection, snapshot create and
  # remove: ~0.15 s) weigh less on a bigger volume: 8 GiB, half of it random data.
  "$bin" -q backup delete inc full --yes >/dev/null
  "$bin" -q volume delete bench restored --yes >/dev/null
  "$bin" -q volume create big --size 8 >/dev/null
  name=$("$bin" volume show big -o value -c provider_location)
  /usr/bin/python3 - "$conf" "$name" "$work/random.bin" <<'PY'
import sys, rados, rbd
cluster = rados.Rados(conffile=sys.argv[1]); cluster.connect()
io = cluster.open_ioctx("volumes")
data = open(sys.argv[3], "rb").read()
with rbd.Image(io, sys.argv[2]) as image:
    for gib in range(4):
        image.write(data, gib << 30)
io.close(); cluster.shutdown()
PY
  full=$(timed "$bin" -q volume backup big --name full)
  /usr/bin/python3 - "$conf" "$name" <<'PY'
import os, sys, rados, rbd
cluster = rados.Rados(conffile=sys.argv[1]); cluster.connect()
io = cluster.open_ioctx("volumes")
with rbd.Image(io, sys.argv[2]) as image:
    for chunk in range(0, 2048, 100):
        image.write(os.urandom(4096), chunk * 4 * 1048576)
io.close(); cluster.shutdown()
PY
  incremental=$(timed "$bin" -q volume backup big --name inc --incremental)
  echo "  8 GiB volume, 4 GiB data: full ${full} s = $(rate $((4 * gib)) "$full"), incremental after 1 % changed ${incremental} s = $(awk -v a="$incremental" -v b="$full" 'BEGIN {printf "%.1f", 100 * a / b}') % of the full"
fi
