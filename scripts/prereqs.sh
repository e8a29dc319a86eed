#!/usr/bin/env bash
# Installs the Debian packages blockctl and its tests need, only when missing:
# qemu-utils (qemu-img, qemu-io) for the file backend, jq for the README's examples and
# the cron example, tmux for the tests of interactive prompts, lvm2 for the LVM backend,
# openssl for the TLS tests' certificates.
set -euo pipefail

missing=()
command -v qemu-img >/dev/null 2>&1 && command -v qemu-io >/dev/null 2>&1 || missing+=(qemu-utils)
command -v jq >/dev/null 2>&1 || missing+=(jq)
command -v tmux >/dev/null 2>&1 || missing+=(tmux)
command -v openssl >/dev/null 2>&1 || missing+=(openssl)
command -v lvm >/dev/null 2>&1 || [ -x /usr/sbin/lvm ] || missing+=(lvm2)
if ((${#missing[@]})); then
  echo "installing: ${missing[*]}" >&2
  if [ "$(id -u)" -ne 0 ]; then sudo=sudo; else sudo=; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
