#!/usr/bin/env bash
# Throwaway one-monitor, one-OSD Ceph cluster on 127.0.0.1 for the RBD backend's tests.
#
#   scripts/ceph-cluster.sh start DIR   start it (installing the Debian packages when
#                                       missing); the last line of stdout is DIR/ceph.conf
#   scripts/ceph-cluster.sh stop DIR    stop exactly the daemons started in DIR, remove its data
#
# Everything the cluster has lives under DIR: the conf, monitor/OSD/manager data, pid files,
# admin sockets and logs. Nothing reads or writes /etc/ceph, /var/lib/ceph or /var/log/ceph,
# so several clusters (one per DIR) can run side by side and none outlives its `stop`.
# The OSD uses memstore (objects in RAM), so there is no disk to prepare and I/O is fast.
#
# Environment:
#   CEPH_PORT            monitor port on 127.0.0.1 (default: a free one is picked)
#   CEPH_START_TIMEOUT   seconds start waits for the cluster to serve RBD (default 120)
#   CEPH_MEMSTORE_BYTES  RAM size of the OSD's memstore (default 4 GiB)
#   CEPH_OP_TIMEOUT      client-side mount/mon/OSD op timeouts in seconds (default 15)
set -euo pipefail

usage() {
  echo "usage: $0 start|stop DIR" >&2
  exit 2
}

# Progress on stderr, stamped with seconds since the script started.
log() { echo "ceph-cluster [${SECONDS}s]: $*" >&2; }
die() {
  log "error: $*"
  exit 1
}

if (($# != 2)) || [ -z "$2" ]; then usage; fi
cmd=$1
case $cmd in start | stop) ;; *) usage ;; esac
# Absolute paths: the daemons chdir to / when they daemonize, so relative paths in the
# conf would point somewhere else.
mkdir -p "$2"
DIR=$(cd "$2" && pwd -P)
CONF=$DIR/ceph.conf

START_TIMEOUT=${CEPH_START_TIMEOUT:-120}
MEMSTORE_BYTES=${CEPH_MEMSTORE_BYTES:-$((4 * 1024 * 1024 * 1024))}
OP_TIMEOUT=${CEPH_OP_TIMEOUT:-15}

# The daemons this script runs, by Ceph name; each writes DIR/$name.pid.
DAEMONS=(mon.a mgr.x osd.0)

# Clients always get the DIR's conf (never /etc/ceph) and a hard wall-clock bound on top of
# the conf's own client timeouts, so a wedged cluster cannot hang the script.
ceph_() { timeout 60 ceph -c "$CONF" "$@"; }
rbd_() { timeout 60 rbd -c "$CONF" "$@"; }

install_packages() {
  # librados-dev/librbd-dev are for building the backend; the daemons and CLIs for the tests.
  local pkgs=(ceph-mon ceph-osd ceph-mgr ceph-common librados-dev librbd-dev)
  local missing=() p
  for p in "${pkgs[@]}"; do
    # dpkg-query rather than `command -v`: the -dev packages have no command to look for.
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$' ||
      missing+=("$p")
  done
  ((${#missing[@]})) || return 0
  log "installing: ${missing[*]}"
  local sudo=
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  # The ceph packages enable systemd units; on these machines systemd does not run, so
  # nothing starts behind our back, and the script never uses those units anyway.
  $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >&2
}

# pid of daemon $1 ("mon.a") if its pid file names a live process of ours, else nothing.
daemon_pid() {
  local f=$DIR/$1.pid pid
  [ -s "$f" ] || return 0
  pid=$(tr -dc '0-9' <"$f")
  if [ -n "$pid" ] && is_ours "$pid"; then echo "$pid"; fi
}

# Whether pid $1 is a live daemon of this DIR: a ceph-* process with DIR/ceph.conf among
# its arguments. A stale pid file whose pid now belongs to something else must never get
# that process killed. Builtins only: this runs for every process on the machine.
is_ours() {
  local comm arg args=()
  read -r comm 2>/dev/null <"/proc/$1/comm" || return 1
  [[ $comm == ceph-* ]] || return 1
  mapfile -d '' args 2>/dev/null <"/proc/$1/cmdline" || return 1
  for arg in "${args[@]}"; do [ "$arg" != "$CONF" ] || return 0; done
  return 1
}

# Daemons of this DIR that have no (valid) pid file, as after a start that failed before
# a daemon wrote one.
stray_pids() {
  local p
  for p in /proc/[0-9]*; do
    if is_ours "${p#/proc/}"; then echo "${p#/proc/}"; fi
  done
}

# Those of the given pids that are still daemons of this DIR.
still_ours() {
  local pid
  for pid; do if is_ours "$pid"; then echo "$pid"; fi; done
}

# SIGTERM the given pids, wait up to 15 s for them to exit, then SIGKILL what is left.
terminate() {
  local deadline left killed=0
  kill -TERM "$@" 2>/dev/null || true
  deadline=$((SECONDS + 15))
  while left=$(still_ours "$@") && [ -n "$left" ]; do
    if ((SECONDS >= deadline)); then
      ((!killed)) || die "could not stop pid(s) $left"
      log "still running after 15 s, sending SIGKILL to ${left//$'\n'/ }"
      # shellcheck disable=SC2086 # one pid a word
      kill -KILL $left 2>/dev/null || true
      killed=1
      deadline=$((SECONDS + 5))
    fi
    sleep 0.1
  done
}

# Stops every daemon of this DIR: those its pid files name, and any started with
# -c DIR/ceph.conf that has no pid file (a start that failed before one was written).
stop_daemons() {
  local name pid rest=() all=() deadline
  # The OSD first, while the monitor is still up: on SIGTERM it tells the monitor it is
  # going down and waits for the answer (osd fast shutdown notify mon, up to 5 s), so
  # stopping both at once makes every stop 5 s slower.
  pid=$(daemon_pid osd.0)
  if [ -n "$pid" ]; then
    log "stopping osd.0 (pid $pid)"
    terminate "$pid"
    all+=("$pid")
  fi
  # Then the manager and the monitor together, with any stray.
  for name in mgr.x mon.a; do
    pid=$(daemon_pid "$name")
    [ -z "$pid" ] || rest+=("$pid")
  done
  while read -r pid; do
    [[ " ${rest[*]} " == *" $pid "* ]] || rest+=("$pid")
  done < <(stray_pids)
  if ((${#rest[@]})); then
    log "stopping mgr.x, mon.a and strays (pids ${rest[*]})"
    terminate "${rest[@]}"
    all+=("${rest[@]}")
  fi
  # An exited daemon stays a zombie until init reaps it (here ~2 s later); wait for that,
  # so that `pgrep ceph` right after stop comes back empty, but don't fail over it.
  deadline=$((SECONDS + 5))
  for pid in "${all[@]}"; do
    while [ -e "/proc/$pid" ] && ((SECONDS < deadline)); do sleep 0.1; done
  done
}

stop_cluster() {
  stop_daemons
  # Remove only what this script creates, never `rm -rf DIR` as such: DIR could be a
  # mistyped path to something precious.
  rm -rf "$DIR/ceph.conf" "$DIR/monmap" "$DIR/mon.a" "$DIR/mgr.x" "$DIR/osd.0" \
    "$DIR/run" "$DIR/log" "$DIR/crash" "$DIR"/*.pid
  rmdir "$DIR" 2>/dev/null || true
}

port_in_use() {
  # Something listening there accepts the connect; a free port refuses it at once.
  timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null
}

pick_port() {
  local port
  # Below Linux's ephemeral range (32768+), so no outgoing connection holds it, and away
  # from Ceph's own 6789 and 6800-7300 (where the OSD and manager bind).
  for _ in $(seq 1 100); do
    port=$((20000 + RANDOM % 12000))
    port_in_use "$port" || {
      echo "$port"
      return 0
    }
  done
  die "no free port found on 127.0.0.1"
}

write_conf() {
  local port=$1 fsid=$2
  cat >"$CONF" <<EOF
# Throwaway test cluster written by scripts/ceph-cluster.sh; removed by its stop.
[global]
fsid = $fsid
# msgr v1 only, on loopback: the monitor is at a v1 address in the monmap (see start),
# and every daemon and client speaks v1 to it.
mon host = v1:127.0.0.1:$port
mon initial members = a
ms bind msgr2 = false
ms bind ipv6 = false
public addr = 127.0.0.1
cluster addr = 127.0.0.1
# No cephx: no keyrings to make or pass around.
auth cluster required = none
auth service required = none
auth client required = none
# One OSD: pools of size 1, placed on the one host.
osd pool default size = 1
osd pool default min size = 1
mon allow pool size one = true
mon allow pool delete = true
osd crush chooseleaf type = 0
# Pools keep the PG count they are created with.
osd pool default pg autoscale mode = off
# Health warnings that are true by design here and would keep health off HEALTH_OK.
mon warn on pool no redundancy = false
mon warn on insecure global id reclaim = false
mon warn on insecure global id reclaim allowed = false
mon warn on msgr2 not enabled = false
mon warn on pool pg num not power of two = false
# A small test machine's disk may be fuller than production would allow.
mon data avail warn = 1
mon data avail crit = 0
# Quicker than production's batching and 5 s report cycles: monitor updates commit after
# 0.1 s instead of 1 s, and PG states and pool stats reach the manager within about a
# second. Start is faster, and so are tests that read capacity or usage after writing.
paxos propose interval = 0.1
osd mon report interval = 1
mgr stats period = 1
mgr tick period = 1
mon mgr digest period = 1
# Every path under DIR. \$name is e.g. mon.a, \$id is e.g. a.
run dir = $DIR/run
crash dir = $DIR/crash
mon cluster log file = $DIR/log/cluster.log

[mon]
# Daemons keep the user that starts them (root in CI), not the packages' ceph user, so
# they can write under DIR. Per daemon type: in [global] every client would print
# "set uid:gid".
setuser = $(id -un)
setgroup = $(id -gn)
mon data = $DIR/\$name
pid file = $DIR/\$name.pid
admin socket = $DIR/run/\$name.asok
log file = $DIR/log/\$name.log

[mgr]
setuser = $(id -un)
setgroup = $(id -gn)
mgr data = $DIR/\$name
pid file = $DIR/\$name.pid
admin socket = $DIR/run/\$name.asok
log file = $DIR/log/\$name.log

[osd]
setuser = $(id -un)
setgroup = $(id -gn)
osd data = $DIR/\$name
pid file = $DIR/\$name.pid
admin socket = $DIR/run/\$name.asok
log file = $DIR/log/\$name.log
# Objects live in RAM: no disk to prepare, fast I/O, nothing left after stop.
osd objectstore = memstore
memstore device bytes = $MEMSTORE_BYTES
# At boot an OSD by default sends "osd crush create-or-move" / "set-device-class" at once,
# which with auth none can race ahead of the monmap: the monitor sees fsid 0000... and
# refuses ("wrong fsid"), and the OSD exits. start places osd.0 in the CRUSH map itself.
osd crush update on start = false
osd class update on start = false

[client]
# Fail fast against a broken cluster instead of Ceph's default 300 s / no-timeout waits.
client mount timeout = $OP_TIMEOUT
rados mon op timeout = $OP_TIMEOUT
rados osd op timeout = $OP_TIMEOUT
# Clients log nowhere but stderr (the default), so none writes under /var/log/ceph.
EOF
}

# Runs a daemon; it forks into the background itself (writing its pid file) once ready to
# serve. Its early output goes to DIR/log/NAME.out, which is shown when it fails.
run_daemon() {
  local name=$1
  shift
  "$@" -c "$CONF" </dev/null >>"$DIR/log/$name.out" 2>&1 || die "$name failed to start"
}

# Dies if a daemon that wrote its pid file has exited since, so that a monitor that could
# not bind its port, say, fails start at once instead of at the timeout.
check_alive() {
  local name
  for name in "${DAEMONS[@]}"; do
    if [ -s "$DIR/$name.pid" ] && [ -z "$(daemon_pid "$name")" ]; then
      die "$name exited"
    fi
  done
}

# On a failed start: show the end of each daemon's log, and stop the daemons (a test
# harness that never gets a config path back may well never call stop). The logs stay in
# DIR/log until `stop DIR`.
abort_start() {
  local f
  for f in "$DIR"/log/*.out "$DIR"/log/*.log; do
    [ -s "$f" ] || continue
    echo "---- last lines of $f" >&2
    tail -n 15 "$f" | cut -c1-300 >&2
  done
  stop_daemons
  log "start failed; daemons stopped, logs kept in $DIR/log (\`$0 stop $DIR\` removes them)"
}

# Runs "$@", an idempotent Ceph command, up to 5 times; prints its stdout. Retried because
# with auth none (Ceph 16) a client can send its first monitor command before it has the
# monmap, so with fsid 0000...: the monitor refuses it ("wrong fsid"; the ceph CLI says
# "Error EPERM: problem getting command descriptions from mon"). That hits 1-4% of fresh
# connections, enough to fail about one start in four without a retry. On the last
# failure shows its stderr and gives up.
retry() {
  local i out err=$DIR/log/retry.err
  for i in 1 2 3 4 5; do
    if out=$("$@" 2>"$err"); then
      [ -z "$out" ] || printf '%s\n' "$out"
      return 0
    fi
    ((i == 5)) || {
      log "retrying ($(tail -n 1 "$err")): $*"
      sleep 0.5
    }
  done
  cat "$err" >&2
  die "failed 5 times: $*"
}

# Waits until "$@" succeeds, up to the start deadline.
wait_for() {
  local what=$1
  shift
  until "$@" >/dev/null 2>&1; do
    check_alive
    if ((SECONDS >= DEADLINE)); then
      die "timed out after ${START_TIMEOUT}s waiting for $what (logs in $DIR/log)"
    fi
    sleep 0.5
  done
}

osd_up_in() {
  # `ceph osd stat` says e.g. "1 osds: 1 up (since 2s), 1 in (since 5s); epoch: e9".
  ceph_ osd stat | grep -Eq '1 osds: 1 up.*1 in'
}

pgs_active_clean() {
  local out
  out=$(ceph_ pg stat)
  # e.g. "33 pgs: 33 active+clean; ..." -- every PG active+clean, none in another state.
  [[ $out =~ ^([0-9]+)\ pgs:\ ([0-9]+)\ active\+clean\; ]] &&
    [ "${BASH_REMATCH[1]}" = "${BASH_REMATCH[2]}" ] && [ "${BASH_REMATCH[1]}" -gt 0 ]
}

rbd_probe() {
  # A probe image left by an earlier attempt whose rm failed would make create fail
  # ("already exists") until the deadline: remove it first.
  if rbd_ -p volumes info ceph-cluster-probe >/dev/null 2>&1; then
    rbd_ -p volumes rm --no-progress ceph-cluster-probe || return 1
  fi
  rbd_ -p volumes create --size 1G ceph-cluster-probe &&
    rbd_ -p volumes rm --no-progress ceph-cluster-probe
}

mgr_reports() {
  # The manager is what reports capacity; until it has, `ceph df` shows 0 B total.
  ceph_ df -f json | grep -Eq '"total_bytes":[1-9]'
}

start_cluster() {
  local name running=0 port fsid
  for name in "${DAEMONS[@]}"; do
    [ -z "$(daemon_pid "$name")" ] || running=$((running + 1))
  done
  if ((running == ${#DAEMONS[@]})) && [ -f "$CONF" ] && ceph_ health >/dev/null 2>&1; then
    log "already running in $DIR"
    echo "$CONF"
    return 0
  fi
  # Anything left over (a start that failed halfway, daemons killed by hand) is cleared:
  # memstore data does not survive its OSD anyway, so a fresh cluster loses nothing.
  if ((running)) || [ -e "$CONF" ]; then
    log "clearing leftovers of a previous cluster in $DIR"
    stop_cluster
  fi

  install_packages

  # shellcheck disable=SC2154 # rc is assigned in the trap itself
  trap 'rc=$?; if ((rc)); then abort_start; fi; exit $rc' EXIT
  DEADLINE=$((SECONDS + START_TIMEOUT))
  mkdir -p "$DIR/run" "$DIR/log" "$DIR/crash"
  if [ -n "${CEPH_PORT:-}" ]; then
    # The monitor would retry the bind for 10 s and then fail less clearly.
    ! port_in_use "$CEPH_PORT" || die "CEPH_PORT $CEPH_PORT is in use on 127.0.0.1"
    port=$CEPH_PORT
  else
    port=$(pick_port)
  fi
  fsid=$(cat /proc/sys/kernel/random/uuid)
  write_conf "$port" "$fsid"
  log "starting in $DIR (mon on 127.0.0.1:$port)"

  # --addv with an explicit v1 address: plain `--add a IP:PORT` records a msgr2 address
  # for any port but 6789, and a v1-only client then hangs trying to reach the monitor.
  monmaptool --create --clobber --addv a "[v1:127.0.0.1:$port]" --fsid "$fsid" \
    "$DIR/monmap" >/dev/null
  run_daemon mon.a ceph-mon --mkfs -i a --monmap "$DIR/monmap"
  run_daemon mon.a ceph-mon -i a
  wait_for "the monitor" ceph_ mon stat
  log "monitor up"

  # The manager is what computes capacity figures (`ceph df`, pool stats); without it they
  # stay 0 and health says "no active mgr".
  mkdir -p "$DIR/mgr.x"
  run_daemon mgr.x ceph-mgr -i x

  # Register id 0 with the uuid the OSD's store is then made with, as `ceph osd new` would,
  # so the monitor recognises the OSD that boots from it.
  local id osd_uuid
  osd_uuid=$(cat /proc/sys/kernel/random/uuid)
  id=$(retry ceph_ osd create "$osd_uuid")
  [ "$id" = 0 ] || die "expected osd id 0, got '$id'"
  mkdir -p "$DIR/osd.0"
  run_daemon osd.0 ceph-osd -i 0 --mkfs --osd-uuid "$osd_uuid"
  run_daemon osd.0 ceph-osd -i 0
  retry ceph_ osd crush add osd.0 1 root=default host=localhost >/dev/null
  wait_for "osd.0 to be up and in" osd_up_in
  log "osd.0 up and in"

  # Both pools first, then one wait for their PGs: `rbd pool init` blocks until its pool's
  # PGs are active (~3 s after creation), so doing each pool in turn doubles that wait.
  for pool in volumes backups; do
    retry ceph_ osd pool create "$pool" 16 16 >/dev/null
  done
  wait_for "all PGs active+clean" pgs_active_clean
  log "pools volumes and backups created, all PGs active+clean"
  for pool in volumes backups; do
    retry rbd_ pool init "$pool"
  done
  wait_for "an RBD image create/remove in pool volumes" rbd_probe
  wait_for "the manager to report capacity" mgr_reports
  log "RBD works, manager reports capacity"
  # HEALTH_OK is what we aim for, but a transient warning (e.g. a manager module still
  # loading) must not fail a cluster that already serves RBD: report it and go on.
  local health
  health=$(ceph_ health 2>&1 || true)
  [ "$health" = HEALTH_OK ] || log "note: health is '$health'"
  trap - EXIT
  log "ready"
  echo "$CONF"
}

case $cmd in
  start) start_cluster ;;
  stop) stop_cluster ;;
esac
