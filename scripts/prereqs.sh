#!/usr/bin/env bash
# Installs the Debian packages blockctl and its tests need, only when missing:
# qemu-utils (qemu-img, qemu-io) for the file backend.
set -euo pipefail

missing=()
for tool in qemu-img qemu-io; do
  command -v "$tool" >/dev/null 2>&1 || missing+=(qemu-utils)
done
if ((${#missing[@]})); then
  echo "installing: qemu-utils" >&2
  if [ "$(id -u)" -ne 0 ]; then sudo=sudo; else sudo=; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends qemu-utils
fi
