#!/usr/bin/env bash
# The test command (README): installs what the tests need, checks formatting and lints,
# then runs the whole suite against real qemu-img.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/prereqs.sh
cargo fmt --all -- --check
cargo clippy --all-targets --all-features --quiet -- -D warnings
cargo test --features fault-injection
