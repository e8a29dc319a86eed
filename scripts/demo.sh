#!/usr/bin/env bash
# The main job on the zero-config default (README): installs prerequisites and blockctl,
# then runs a volume's whole lifecycle on the file backend under the default state
# directory ($XDG_DATA_HOME/blockctl), cleaning up after itself.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/prereqs.sh
cargo install --quiet --locked --path .
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

db="demo-db1-$$"
copy="demo-copy-$$"
set -x
blockctl volume create --size 1G "$db"
blockctl volume snapshot "$db" --name nightly
blockctl volume clone --snapshot nightly --name "$copy"
blockctl volume flatten "$copy"
blockctl volume extend "$db" --size 2G
blockctl volume revert "$db" --snapshot nightly --yes
blockctl volume attach "$db" --local --mountpoint /dev/vdb -o json \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["connection_info"]["data"]["uri"])'
blockctl volume detach "$db"
blockctl volume backup "$db" --name "$db-full"
blockctl volume backup "$db" --name "$db-inc" --incremental
blockctl backup verify "$db-inc"
blockctl backup restore "$db-inc" --name "$db-restored"
blockctl backup delete "$db-inc" "$db-full" --yes
blockctl volume delete "$db-restored" --yes
blockctl volume list -o json | python3 -c 'import json,sys; print([(v["name"], v["size"], v["status"]) for v in json.load(sys.stdin)])'
blockctl volume delete "$db" --cascade --yes
blockctl volume delete "$copy" --yes
blockctl flow list --unfinished
