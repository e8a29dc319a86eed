#!/usr/bin/env bash
# A throwaway user-space iSCSI target daemon (Linux tgt) on 127.0.0.1 for the attach tests.
#
#   scripts/tgtd.sh start DIR   start it (installing tgt, tgt-rbd and libiscsi-bin when
#                               missing); the last line of stdout is "CONTROL_PORT PORTAL_PORT"
#   scripts/tgtd.sh stop DIR    stop exactly the tgtd started in DIR
#
# It gets its own control port (tgtadm -C N talks to it through /var/run/tgtd/socket.N)
# and its own portal port, so it never meets a tgtd the machine already runs. tgt-rbd
# gives it the rbd backing store, so RBD volumes can be exported over iSCSI; libiscsi-bin
# gives the tests real user-space initiator tools (iscsi-inq, iscsi-readcapacity16).
set -euo pipefail

log() { echo "tgtd [${SECONDS}s]: $*" >&2; }
die() {
  log "error: $*"
  exit 1
}
if (($# != 2)) || [ -z "$2" ]; then
  echo "usage: $0 start|stop DIR" >&2
  exit 2
fi
cmd=$1
mkdir -p "$2"
DIR=$(cd "$2" && pwd -P)

install_missing() {
  local missing=()
  command -v tgtd >/dev/null 2>&1 || missing+=(tgt)
  [ -e /usr/lib/tgt/backing-store/bs_rbd.so ] || missing+=(tgt-rbd)
  command -v iscsi-readcapacity16 >/dev/null 2>&1 || missing+=(libiscsi-bin)
  if ((${#missing[@]})); then
    log "installing: ${missing[*]}"
    if [ "$(id -u)" -ne 0 ]; then sudo=sudo; else sudo=; fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
  fi
}

free_tcp_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

start() {
  install_missing
  [ ! -e "$DIR/tgtd.pid" ] || die "$DIR already has a tgtd; stop it first"
  local control portal
  # A control port no other tgtd uses: its socket file does not exist.
  for _ in $(seq 50); do
    control=$((1000 + RANDOM % 30000))
    [ -e "/var/run/tgtd/socket.$control" ] || break
  done
  portal=$(free_tcp_port)
  setsid tgtd -f -C "$control" --iscsi "portal=127.0.0.1:$portal" \
    </dev/null >"$DIR/tgtd.log" 2>&1 &
  echo $! >"$DIR/tgtd.pid"
  echo "$control" >"$DIR/control-port"
  for _ in $(seq 100); do
    if tgtadm -C "$control" --lld iscsi --op show --mode target >/dev/null 2>&1; then
      log "ready: control port $control, portal 127.0.0.1:$portal"
      echo "$control $portal"
      return
    fi
    kill -0 "$(cat "$DIR/tgtd.pid")" 2>/dev/null || die "tgtd exited: $(tail -n 5 "$DIR/tgtd.log")"
    sleep 0.1
  done
  die "tgtd did not answer on control port $control"
}

stop() {
  [ -e "$DIR/tgtd.pid" ] || return 0
  local pid control
  pid=$(cat "$DIR/tgtd.pid")
  control=$(cat "$DIR/control-port" 2>/dev/null || echo none)
  if kill -0 "$pid" 2>/dev/null; then
    # Targets with connected initiators make a plain shutdown refuse: force it.
    tgtadm -C "$control" --op delete --mode system --force >/dev/null 2>&1 ||
      kill "$pid" 2>/dev/null || true
    for _ in $(seq 50); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$DIR/tgtd.pid" "$DIR/control-port" "/var/run/tgtd/socket.$control" "/var/run/tgtd/socket.$control.lock"
}

case $cmd in
start) start ;;
stop) stop ;;
*)
  echo "usage: $0 start|stop DIR" >&2
  exit 2
  ;;
esac
