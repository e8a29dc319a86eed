#!/usr/bin/env bash
# Benchmarks for the closing figures (not a test): start-up and catalogue read cost, and
# the latency of a one-shot create + delete and how much of it is qemu-img.
#   scripts/bench.sh [VOLUMES]   (default 1000)
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/prereqs.sh
command -v hyperfine >/dev/null || {
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hyperfine
}
cargo build --release --quiet
bin="$PWD/target/release/blockctl"
volumes="${1:-1000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export BLOCKCTL_STATE_DIR="$work/state"

"$bin" quota set --volumes -1 --gigabytes -1 -o value >/dev/null
echo "creating $volumes volumes..." >&2
for i in $(seq 1 "$volumes"); do "$bin" -q volume create --size 1G "v$i" -o value -c id >/dev/null; done

median() {
  python3 - "$1" <<'PYTHON'
import json, sys
for result in json.load(open(sys.argv[1]))["results"]:
    print("%s: median %.2f ms" % (result["command"], result["median"] * 1000))
PYTHON
}

hyperfine -N --warmup 5 --runs 50 --export-json "$work/list.json" \
  "$bin volume list -o json" "qemu-img --version" >/dev/null
median "$work/list.json"

img="$work/probe.qcow2"
hyperfine --warmup 3 --runs 30 --export-json "$work/create.json" \
  "$bin -q volume create --size 1G bench -o value -c id && $bin -q volume delete bench --yes -o value" \
  "qemu-img create -q -f qcow2 $img 1G && rm $img" >/dev/null
median "$work/create.json"
