#!/usr/bin/env bash
# RBD benchmarks for the closing figures (not a test), on a throwaway cluster, same run:
# - flatten of a 1 GiB clone with 512 MiB of parent data: blockctl vs `rbd flatten`;
# - one-shot create / snapshot / clone / delete: blockctl vs the bare `rbd` command.
#   scripts/bench-rbd.sh [ROUNDS]   (default 10)
set -euo pipefail
cd "$(dirname "$0")/.."

rounds="${1:-10}"
work=$(mktemp -d "${TMPDIR:-/tmp}/blockctl-bench-rbd.XXXXXX")
cleanup() { scripts/ceph-cluster.sh stop "$work/ceph" >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT
conf=$(CEPH_MEMSTORE_BYTES=$((8 << 30)) scripts/ceph-cluster.sh start "$work/ceph" | tail -n 1)
cargo build --release --quiet --features rbd
bin="$PWD/target/release/blockctl"
cat > "$work/blockctl.toml" <<TOML
enabled_backends = ["ceph"]
[backends.ceph]
volume_driver = "rbd"
rbd_pool = "volumes"
rbd_ceph_conf = "$conf"
TOML
export BLOCKCTL_CONFIG="$work/blockctl.toml" BLOCKCTL_STATE_DIR="$work/state"
"$bin" -q quota set --volumes -1 --snapshots -1 --gigabytes -1 >/dev/null
rbd_() { rbd -c "$conf" "$@"; }
now() { date +%s.%N; }
elapsed() { python3 -c "print(f'{($2 - $1) * 1000:.1f}')" -- "$1" "$2" 2>/dev/null || echo "$1 $2" | awk '{printf "%.1f", ($2-$1)*1000}'; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# --- flatten: parents with 512 MiB written, one clone each, flattened alternately.
echo "flatten of a 1 GiB clone with 512 MiB of parent data ($rounds rounds each):"
: > "$work/flatten-blockctl"; : > "$work/flatten-rbd"
for i in $(seq 1 "$rounds"); do
  for tool in blockctl rbd; do
    "$bin" -q volume create "p-$tool-$i" --size 1 >/dev/null
    parent=$("$bin" volume show "p-$tool-$i" -o value -c provider_location)
    rbd_ bench --io-type write --io-size 4M --io-total 512M --io-pattern seq "volumes/$parent" >/dev/null
    "$bin" -q volume snapshot "p-$tool-$i" --name s >/dev/null
    "$bin" -q volume clone --snapshot "$("$bin" snapshot list --volume "p-$tool-$i" -o value -c id)" --name "c-$tool-$i" >/dev/null
    child=$("$bin" volume show "c-$tool-$i" -o value -c provider_location)
    start=$(now)
    if [ "$tool" = blockctl ]; then "$bin" -q volume flatten "c-$tool-$i" >/dev/null; else rbd_ flatten --no-progress "volumes/$child"; fi
    end=$(now)
    awk -v a="$start" -v b="$end" 'BEGIN {printf "%.3f\n", b - a}' >> "$work/flatten-$tool"
    # Free the RAM-backed store for the next round.
    "$bin" -q volume delete "c-$tool-$i" --yes >/dev/null
    "$bin" -q volume delete "p-$tool-$i" --cascade --yes >/dev/null
  done
done
for tool in blockctl rbd; do
  m=$(median < "$work/flatten-$tool")
  awk -v t="$tool" -v m="$m" 'BEGIN {printf "  %-9s median %.3f s = %.0f MiB/s of parent data\n", t, m, 512 / m}'
done

# --- one-shot latencies (each command a new process, as an operator runs them).
echo "one-shot latency, median of $rounds (ms):"
time_ms() { local s e; s=$(now); "$@" >/dev/null; e=$(now); awk -v a="$s" -v b="$e" 'BEGIN {printf "%.1f\n", (b - a) * 1000}'; }
for op in create snapshot clone delete; do : > "$work/$op-blockctl"; : > "$work/$op-rbd"; done
for i in $(seq 1 "$rounds"); do
  time_ms "$bin" -q volume create "l-$i" --size 1 >> "$work/create-blockctl"
  time_ms rbd_ create --size 1G "volumes/r-$i" >> "$work/create-rbd"
  time_ms "$bin" -q volume snapshot "l-$i" --name s >> "$work/snapshot-blockctl"
  # Cinder's snapshot is create + protect: the bare equivalent is both commands.
  time_ms bash -c "rbd -c '$conf' snap create volumes/r-$i@s && rbd -c '$conf' snap protect volumes/r-$i@s" >> "$work/snapshot-rbd"
  sid=$("$bin" snapshot list --volume "l-$i" -o value -c id)
  time_ms "$bin" -q volume clone --snapshot "$sid" --name "lc-$i" >> "$work/clone-blockctl"
  time_ms rbd_ clone "volumes/r-$i@s" "volumes/rc-$i" >> "$work/clone-rbd"
  time_ms "$bin" -q volume delete "lc-$i" --yes >> "$work/delete-blockctl"
  time_ms rbd_ rm --no-progress "volumes/rc-$i" >> "$work/delete-rbd"
  "$bin" -q volume delete "l-$i" --cascade --yes >/dev/null
  rbd_ snap unprotect "volumes/r-$i@s" && rbd_ snap rm --no-progress "volumes/r-$i@s" >/dev/null 2>&1
  rbd_ rm --no-progress "volumes/r-$i"
done
for op in create snapshot clone delete; do
  b=$(median < "$work/$op-blockctl"); r=$(median < "$work/$op-rbd")
  awk -v o="$op" -v b="$b" -v r="$r" 'BEGIN {printf "  %-9s blockctl %7.1f   rbd %7.1f   ratio %.2f\n", o, b, r, b / r}'
done
