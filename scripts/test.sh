#!/usr/bin/env bash
# The test command (README): installs what the tests need, checks formatting and lints,
# starts a throwaway Ceph cluster for the RBD backend and a user-space iSCSI target (tgtd)
# for attach, ansible-core (PyPI) for the Ansible example and OpenStack's clients (PyPI) for
# blockctl serve, then runs the whole suite against real qemu-img, qemu-nbd, Ceph, tgtd,
# libiscsi's initiator tools, Ansible, cinderclient, openstackclient and openstacksdk.
# The services are stopped whatever happens.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/prereqs.sh

ceph_dir=$(mktemp -d "${TMPDIR:-/tmp}/blockctl-ceph.XXXXXX")
tgtd_dir=$(mktemp -d "${TMPDIR:-/tmp}/blockctl-tgtd.XXXXXX")
ansible_dir=$(mktemp -d "${TMPDIR:-/tmp}/blockctl-ansible.XXXXXX")
openstack_dir=$(mktemp -d "${TMPDIR:-/tmp}/blockctl-openstack.XXXXXX")
keystone_dir=$(mktemp -d "${TMPDIR:-/tmp}/blockctl-keystone.XXXXXX")
stop_services() {
  scripts/tgtd.sh stop "$tgtd_dir" >/dev/null 2>&1 || true
  scripts/ceph-cluster.sh stop "$ceph_dir" >/dev/null 2>&1 || true
  rm -rf "$ceph_dir" "$tgtd_dir" "$ansible_dir" "$openstack_dir" "$keystone_dir"
}
trap stop_services EXIT
# Starting it also installs the Ceph packages, librados-dev and librbd-dev when missing,
# which the rbd feature links against. 8 GiB of RAM-backed OSD for parallel tests.
BLOCKCTL_TEST_CEPH_CONF=$(CEPH_MEMSTORE_BYTES=$((8 << 30)) scripts/ceph-cluster.sh start "$ceph_dir" | tail -n 1)
export BLOCKCTL_TEST_CEPH_CONF
# Started after the cluster's packages are in, so tgtd loads its rbd backing store.
read -r BLOCKCTL_TEST_TGT_CONTROL_PORT BLOCKCTL_TEST_TGT_PORTAL_PORT < <(scripts/tgtd.sh start "$tgtd_dir" | tail -n 1)
export BLOCKCTL_TEST_TGT_CONTROL_PORT BLOCKCTL_TEST_TGT_PORTAL_PORT
# ansible-core from PyPI in a private venv, for the examples/ansible playbook's test.
python3 -m venv "$ansible_dir/venv"
"$ansible_dir/venv/bin/pip" install --quiet --disable-pip-version-check ansible-core
export BLOCKCTL_TEST_ANSIBLE_PLAYBOOK="$ansible_dir/venv/bin/ansible-playbook"
# OpenStack's own clients from PyPI in another venv, driven against blockctl serve by the
# API tests: python-cinderclient (cinder), python-openstackclient (openstack), openstacksdk.
python3 -m venv "$openstack_dir/venv"
"$openstack_dir/venv/bin/pip" install --quiet --disable-pip-version-check \
  python-cinderclient python-openstackclient openstacksdk
export BLOCKCTL_TEST_OPENSTACK_VENV="$openstack_dir/venv"
# A real Keystone from PyPI, in a venv of its own (tests/cli/keystone.rs starts it with
# scripts/keystone-server.py): blockctl serve --auth keystone and --os-cloud against it.
python3 -m venv "$keystone_dir/venv"
"$keystone_dir/venv/bin/pip" install --quiet --disable-pip-version-check keystone==30.0.0
export BLOCKCTL_TEST_KEYSTONE_VENV="$keystone_dir/venv"

cargo fmt --all -- --check
cargo clippy --all-targets --all-features --quiet -- -D warnings
cargo test --features fault-injection,rbd
