#!/usr/bin/env bash
# The test command (README): installs what the tests need, checks formatting and lints,
# starts a throwaway Ceph cluster for the RBD backend, then runs the whole suite against
# real qemu-img and real Ceph. The cluster is stopped whatever happens.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/prereqs.sh

ceph_dir=$(mktemp -d "${TMPDIR:-/tmp}/blockctl-ceph.XXXXXX")
stop_cluster() { scripts/ceph-cluster.sh stop "$ceph_dir" >/dev/null 2>&1 || true; rm -rf "$ceph_dir"; }
trap stop_cluster EXIT
# Starting it also installs the Ceph packages, librados-dev and librbd-dev when missing,
# which the rbd feature links against. 8 GiB of RAM-backed OSD for parallel tests.
BLOCKCTL_TEST_CEPH_CONF=$(CEPH_MEMSTORE_BYTES=$((8 << 30)) scripts/ceph-cluster.sh start "$ceph_dir" | tail -n 1)
export BLOCKCTL_TEST_CEPH_CONF

cargo fmt --all -- --check
cargo clippy --all-targets --all-features --quiet -- -D warnings
cargo test --features fault-injection,rbd
