#!/usr/bin/env bash
# Benchmarks of `blockctl serve` for the closing figures (not a test): requests per second
# and p99 latency of GET /v3/{project}/volumes/detail with 100 volumes, with wrk on
# loopback; and the whole-process time of `blockctl --remote … volume list` and of
# OpenStack's own clients listing the same volumes against it.
#   scripts/bench-api.sh [VOLUMES] [SECONDS]   (default 100 volumes, 15 s)
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/prereqs.sh
for tool in wrk hyperfine; do
  command -v "$tool" >/dev/null || {
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$tool"
  }
done
cargo build --release --quiet
bin="$PWD/target/release/blockctl"
volumes="${1:-100}"
seconds="${2:-15}"
work="$(mktemp -d)"
server=
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
export BLOCKCTL_STATE_DIR="$work/state"

echo "creating $volumes volumes..." >&2
"$bin" quota set --volumes -1 --gigabytes -1 -o value >/dev/null
for i in $(seq 1 "$volumes"); do "$bin" -q volume create --size 1G "v$i" -o value -c id >/dev/null; done

"$bin" serve --listen 127.0.0.1:0 2>"$work/serve.log" &
server=$!
for _ in $(seq 1 50); do grep -q listening "$work/serve.log" && break; sleep 0.1; done
port=$(grep -o '127.0.0.1:[0-9]*' "$work/serve.log" | head -n 1 | cut -d: -f2)
url="http://127.0.0.1:$port/v3/admin/volumes/detail"
count=$(curl -s -H 'X-Auth-Token: bench:admin' "$url" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["volumes"]))')
echo "GET $url lists $count volumes" >&2

wrk -t 2 -c 16 -d "${seconds}s" --latency -H 'X-Auth-Token: bench:admin' "$url" | tee "$work/wrk.txt"
echo "requests/s: $(awk '/Requests\/sec/ {print $2}' "$work/wrk.txt"), p99: $(awk '$1 == "99%" {print $2}' "$work/wrk.txt")"

venv="${BLOCKCTL_BENCH_OPENSTACK_VENV:-$work/venv}"
if [ ! -x "$venv/bin/openstack" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check python-cinderclient python-openstackclient
fi
hyperfine -N --warmup 2 --runs 10 --export-json "$work/clients.json" \
  "$venv/bin/openstack --os-auth-type admin_token --os-token bench:admin --os-endpoint http://127.0.0.1:$port/v3/admin volume list" \
  "$venv/bin/cinder --os-auth-type noauth --os-user-id bench --os-project-id admin --os-endpoint http://127.0.0.1:$port/v3 list" \
  "$bin --remote http://127.0.0.1:$port/v3/admin --token bench:admin volume list -o json" \
  "$bin volume list -o json" >/dev/null
python3 - "$work/clients.json" <<'PYTHON'
import json, sys
for result in json.load(open(sys.argv[1]))["results"]:
    command = result["command"]
    label = "blockctl --remote" if "--remote" in command else command.split(" --")[0]
    print("%s: median %.1f ms" % (label, result["median"] * 1000))
PYTHON
