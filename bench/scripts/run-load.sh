#!/usr/bin/env bash
# The load benchmark of issues 3 and 4 in one command: kmip-server with each TLS provider (and each
# key-protector/store backend) and PyKMIP's own server, each under Get-heavy (get:90,create:10),
# Create-only and lifecycle load at 1, 4 and 16 connections, on this machine (client and server share
# it). Prints a Markdown table and writes it, with per-operation details, to a results file; the raw
# JSON lines go next to it.
#
#   bench/scripts/run-load.sh [--duration S] [--warmup S] [--connections "1 4 16"]
#                             [--providers "bcjsse jdk openssl"] [--servers "kmip-server pykmip"]
#                             [--backends "software-sqlite pkcs11-sqlite software-postgresql pkcs11-postgresql"]
#                             [--scenarios "get-heavy create lifecycle"] [--kmip-version 1.2]
#                             [--out FILE]
#
#   --duration S     measured seconds per run (default 20)
#   --warmup S       unmeasured seconds before each run (default 5)
#   --server-warmup S  unmeasured mixed load once after each kmip-server start (default 30): the
#                    JIT keeps compiling for about 30 s after a start (seen: the C2 compiler thread
#                    took half a core through the first runs), which would otherwise tax the first
#                    scenarios of each server only
#   --backends LIST  kmip-server's key protector and store, each run per TLS provider (default
#                    software-sqlite): software = root keys in files, pkcs11 = a SoftHSM2 token this
#                    script initialises (installs softhsm2 with apt-get when missing and run as root);
#                    sqlite = the data directory's file, postgresql = a PostgreSQL 18 this script
#                    starts and stops (kmip-bench.jar postgres: embedded, 127.0.0.1, one fresh
#                    database per server run)
#   --out FILE       results file (default bench/target/load-results-<UTC time>.md)
#
# Builds the jars when they are missing. Every server listens on 127.0.0.1 only, on free ports, with
# a fresh data directory per server; everything started here is stopped on exit (trap). Both servers
# use one development PKI (kmip-server's `certs init`), so one client certificate works for all.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
duration=20
warmup=5
server_warmup=30
connections="1 4 16"
providers="bcjsse jdk openssl"
servers="kmip-server pykmip"
scenarios="get-heavy create lifecycle"
backends="software-sqlite"
kmip_version=1.2
out=""
command_line=""
for arg in "$@"; do
  if [[ "$arg" =~ [[:space:]] ]]; then command_line+="\"$arg\" "; else command_line+="$arg "; fi
done
command_line=${command_line% }

while [[ $# -gt 0 ]]; do
  case "$1" in
    --duration) duration=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --server-warmup) server_warmup=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --providers) providers=$2; shift 2 ;;
    --servers) servers=$2; shift 2 ;;
    --scenarios) scenarios=$2; shift 2 ;;
    --backends) backends=$2; shift 2 ;;
    --kmip-version) kmip_version=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    -h|--help) awk 'NR > 1 && !/^#/ { exit } NR > 1' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run-load.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done

for backend in $backends; do
  case "$backend" in
    software-sqlite|pkcs11-sqlite|software-postgresql|pkcs11-postgresql) ;;
    *) echo "run-load.sh: unknown backend '$backend' (software-sqlite, pkcs11-sqlite, software-postgresql, pkcs11-postgresql)" >&2
       exit 2 ;;
  esac
done

python=/usr/bin/python3
bench_jar="$repo/bench/target/kmip-bench.jar"
server_jar="$repo/server/target/kmip-server.jar"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
out=${out:-$repo/bench/target/load-results-$stamp.md}
mkdir -p "$(dirname "$out")"
jsonl="${out%.md}.jsonl"
: > "$jsonl"

work=$(mktemp -d "${TMPDIR:-/tmp}/kmip-load.XXXXXX")
pids=()

cleanup() {
  local pid
  for pid in "${pids[@]}"; do
    stop_process "$pid"
  done
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 143' TERM
trap 'exit 130' INT

stop_process() {
  local pid=$1
  kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 300); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

log() { echo "run-load.sh: $*" >&2; }

free_port() {
  "$python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# True once something listens on 127.0.0.1:$1 (checked without connecting).
listening() {
  ss -Hltn "sport = :$1" 2>/dev/null | grep -Eq "(127\.0\.0\.1|\[::ffff:127\.0\.0\.1\]):$1"
}

wait_listening() { # pid port seconds
  local pid=$1 port=$2 limit=$(( $3 * 10 ))
  for _ in $(seq 1 "$limit"); do
    kill -0 "$pid" 2>/dev/null || return 1
    listening "$port" && return 0
    sleep 0.1
  done
  return 1
}

# ---- build when needed (the server jar only when kmip-server is measured)
wants_kmip_server=false
[[ " $servers " == *" kmip-server "* ]] && wants_kmip_server=true
if [[ ! -f "$bench_jar" ]] || { [[ "$wants_kmip_server" == true ]] && [[ ! -f "$server_jar" ]]; }; then
  log "building the jars (mvn -DskipTests package)"
  (cd "$repo" && mvn -B -ntp -q -DskipTests -pl bench -am package)
fi

# ---- one PKI for every server: kmip-server's own dev PKI, else the openssl one of pykmip-server.sh
pki="$work/pki"
if [[ ! -f "$server_jar" ]]; then
  "$repo/bench/scripts/pykmip-server.sh" --make-pki "$pki"
elif ! java -jar "$server_jar" certs init --dir "$pki" > "$work/certs-init.log" 2>&1; then
  log "kmip-server certs init failed (output below); making the PKI with openssl instead"
  cat "$work/certs-init.log" >&2
  rm -rf "$pki"
  "$repo/bench/scripts/pykmip-server.sh" --make-pki "$pki"
fi

# ---- one load run; appends its JSON line (tagged with server, provider and backend) to $jsonl
run_load() { # server provider backend port scenario connections
  local server=$1 provider=$2 backend=$3 port=$4 scenario=$5 conns=$6
  local args=(--scenario mix)
  case "$scenario" in
    get-heavy) args=(--scenario mix --mix get:90,create:10) ;;
    create) args=(--scenario mix --mix create:1) ;;
    lifecycle) args=(--scenario lifecycle) ;;
    *) log "unknown scenario $scenario"; return 1 ;;
  esac
  local label="$server/$provider/$backend/$scenario/$conns"
  log "$label: ${duration}s after ${warmup}s warm-up"
  local output status=0
  output=$(java -jar "$bench_jar" load --host 127.0.0.1 --port "$port" \
    --ca "$pki/ca.pem" --cert "$pki/client.pem" --key "$pki/client-key.pem" \
    --connections "$conns" --duration "$duration" --warmup "$warmup" --kmip-version "$kmip_version" \
    "${args[@]}" --label "$label" --json 2>&1) || status=$?
  printf '%s\n' "$output" | grep -v '^{' >&2 || true
  local line
  line=$(printf '%s\n' "$output" | grep '^{' | tail -n 1 || true)
  if [[ -z "$line" ]]; then
    line=$("$python" -c 'import json,sys; print(json.dumps({"label":sys.argv[1],"failure":"exit status "+sys.argv[2]+", no report"}))' "$label" "$status")
  fi
  "$python" -c 'import json,sys; r=json.loads(sys.argv[1]); r.update(server=sys.argv[2], provider=sys.argv[3], backend=sys.argv[4], scenario=sys.argv[5], conns=int(sys.argv[6])); print(json.dumps(r))' \
    "$line" "$server" "$provider" "$backend" "$scenario" "$conns" >> "$jsonl"
}

run_all() { # server provider backend port
  local scenario conns
  for scenario in $scenarios; do
    for conns in $connections; do
      run_load "$1" "$2" "$3" "$4" "$scenario" "$conns"
    done
  done
}

skip_all() { # server provider backend reason
  local scenario conns
  for scenario in $scenarios; do
    for conns in $connections; do
      "$python" -c 'import json,sys; print(json.dumps({"server":sys.argv[1],"provider":sys.argv[2],"backend":sys.argv[3],"scenario":sys.argv[4],"conns":int(sys.argv[5]),"failure":sys.argv[6]}))' \
        "$1" "$2" "$3" "$scenario" "$conns" "$4" >> "$jsonl"
    done
  done
}

# ---- the PKCS#11 backend: a SoftHSM2 token of our own, in $work (SOFTHSM2_CONF for the server only)
softhsm_library=/usr/lib/softhsm/libsofthsm2.so
softhsm_conf="$work/softhsm/softhsm2.conf"
softhsm_label=kmip-bench
softhsm_pin_file="$work/softhsm/user.pin"
softhsm_failure=""

softhsm_setup() {
  if ! command -v softhsm2-util > /dev/null || [[ ! -f "$softhsm_library" ]]; then
    if [[ $(id -u) -eq 0 ]] && command -v apt-get > /dev/null; then
      log "installing softhsm2 (apt-get)"
      if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -q softhsm2 > "$work/apt.log" 2>&1; then
        apt-get update -q >> "$work/apt.log" 2>&1 || true
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q softhsm2 >> "$work/apt.log" 2>&1 || true
      fi
    fi
    if ! command -v softhsm2-util > /dev/null || [[ ! -f "$softhsm_library" ]]; then
      softhsm_failure="SoftHSM2 missing (apt-get install softhsm2)"
      return 1
    fi
  fi
  mkdir -p "$work/softhsm/tokens"
  printf 'directories.tokendir = %s\nobjectstore.backend = file\nlog.level = ERROR\nslots.removable = false\n' \
    "$work/softhsm/tokens" > "$softhsm_conf"
  local so_pin user_pin
  so_pin=$(od -An -tx1 -N12 /dev/urandom | tr -d ' \n')
  user_pin=$(od -An -tx1 -N12 /dev/urandom | tr -d ' \n')
  (umask 077 && printf '%s' "$user_pin" > "$softhsm_pin_file")
  if ! SOFTHSM2_CONF="$softhsm_conf" softhsm2-util --init-token --free --label "$softhsm_label" \
      --so-pin "$so_pin" --pin "$user_pin" > "$work/softhsm/init.log" 2>&1; then
    softhsm_failure="softhsm2-util --init-token failed: $(tail -n 1 "$work/softhsm/init.log")"
    return 1
  fi
  log "SoftHSM2 token '$softhsm_label' initialised in $work/softhsm"
}

# ---- the PostgreSQL backend: one embedded PostgreSQL for the whole run, a fresh database per server
postgres_out="$work/postgres.out"
postgres_pid=""
postgres_failure=""

postgres_database() { # provider backend -> database name
  printf 'kmip_%s_%s' "$1" "${2//-/_}"
}

postgres_setup() { # database names...
  local args=() name
  for name in "$@"; do args+=(--database "$name"); done
  log "starting PostgreSQL (kmip-bench.jar postgres) with databases: $*"
  java -jar "$bench_jar" postgres "${args[@]}" > "$postgres_out" 2> "$work/postgres.log" &
  postgres_pid=$!
  pids+=("$postgres_pid")
  for _ in $(seq 1 1200); do
    grep -q '^READY$' "$postgres_out" 2>/dev/null && break
    kill -0 "$postgres_pid" 2>/dev/null || break
    sleep 0.1
  done
  if ! grep -q '^READY$' "$postgres_out" 2>/dev/null; then
    postgres_failure="PostgreSQL did not start"
    log "PostgreSQL did not start; its log:"
    tail -n 20 "$postgres_out" "$work/postgres.log" >&2 || true
    return 1
  fi
  # Trusted on 127.0.0.1: the server still wants a password file, whose content is not checked.
  (umask 077 && printf 'postgres\n' > "$work/db.password")
}

postgres_url() { # database name
  awk -v name="$1" '$1 == "DATABASE" && $2 == name { print $3 }' "$postgres_out"
}

# ---- kmip-server, once per TLS provider and backend, each with a fresh data directory
if [[ "$wants_kmip_server" == true ]]; then
  if [[ " $backends " == *" pkcs11-"* ]]; then
    softhsm_setup || log "the PKCS#11 backends are skipped: $softhsm_failure"
  fi
  if [[ " $backends " == *"-postgresql "* ]]; then
    databases=()
    for provider in $providers; do
      for backend in $backends; do
        if [[ "$backend" == *-postgresql ]]; then
          databases+=("$(postgres_database "$provider" "$backend")")
        fi
      done
    done
    postgres_setup "${databases[@]}" || true
  fi
  for provider in $providers; do
    for backend in $backends; do
      extra=()
      server_env=()
      case "$backend" in
        pkcs11-*)
          if [[ -n "$softhsm_failure" ]]; then skip_all kmip-server "$provider" "$backend" "$softhsm_failure"; continue; fi
          extra+=(--key-protector pkcs11 --pkcs11-library "$softhsm_library" --pkcs11-token-label "$softhsm_label"
            --pkcs11-pin-file "$softhsm_pin_file")
          server_env+=("SOFTHSM2_CONF=$softhsm_conf") ;;
      esac
      case "$backend" in
        *-postgresql)
          if [[ -n "$postgres_failure" ]]; then skip_all kmip-server "$provider" "$backend" "$postgres_failure"; continue; fi
          extra+=(--store postgresql --jdbc-url "$(postgres_url "$(postgres_database "$provider" "$backend")")"
            --db-user postgres --db-password-file "$work/db.password") ;;
      esac
      name="kmip-server-$provider-$backend"
      data="$work/$name"
      mkdir -p "$data"
      cp -r "$pki" "$data/pki"
      port=$(free_port)
      admin_port=$(free_port)
      log "starting kmip-server (--tls-provider $provider, $backend) on 127.0.0.1:$port"
      env "${server_env[@]}" java -jar "$server_jar" serve --data-dir "$data" --bind 127.0.0.1 --kmip-port "$port" \
        --admin-port "$admin_port" --tls-provider "$provider" "${extra[@]}" > "$work/$name.log" 2>&1 &
      pid=$!
      pids+=("$pid")
      if wait_listening "$pid" "$port" 120; then
        # Where the root key went says which protector runs (a PKCS#11 token or the data directory).
        grep -E "Created root key|Created adapter" "$work/$name.log" | sed 's/^/  kmip-server: /' >&2 || true
        if (( server_warmup > 0 )); then
          log "kmip-server/$provider/$backend: ${server_warmup}s JIT warm-up (get:90,create:10 then lifecycle, 4 connections, not measured)"
          java -jar "$bench_jar" load --host 127.0.0.1 --port "$port" --ca "$pki/ca.pem" --cert "$pki/client.pem" \
            --key "$pki/client-key.pem" --connections 4 --duration "$server_warmup" --warmup 0 \
            --kmip-version "$kmip_version" --scenario mix --mix get:90,create:10 > /dev/null 2>&1 || true
          java -jar "$bench_jar" load --host 127.0.0.1 --port "$port" --ca "$pki/ca.pem" --cert "$pki/client.pem" \
            --key "$pki/client-key.pem" --connections 4 --duration 5 --warmup 0 \
            --kmip-version "$kmip_version" --scenario lifecycle > /dev/null 2>&1 || true
        fi
        run_all kmip-server "$provider" "$backend" "$port"
      else
        log "kmip-server --tls-provider $provider ($backend) did not start; its log:"
        tail -n 20 "$work/$name.log" >&2 || true
        skip_all kmip-server "$provider" "$backend" "server did not start"
      fi
      stop_process "$pid"
    done
  done
  if [[ -n "$postgres_pid" ]]; then
    stop_process "$postgres_pid"
  fi
fi

# ---- PyKMIP's own server, same PKI
if [[ " $servers " == *" pykmip "* ]]; then
  port=$(free_port)
  log "starting pykmip-server on 127.0.0.1:$port"
  "$repo/bench/scripts/pykmip-server.sh" --port "$port" --pki "$pki" > "$work/pykmip.ready" 2> "$work/pykmip.log" &
  pid=$!
  pids+=("$pid")
  ready=false
  for _ in $(seq 1 600); do
    if grep -q '^READY' "$work/pykmip.ready" 2>/dev/null; then ready=true; break; fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if [[ "$ready" == true ]]; then
    run_all pykmip python-ssl "own sqlite" "$port"
  else
    log "pykmip-server did not start:"; cat "$work/pykmip.log" >&2 || true
    skip_all pykmip python-ssl "own sqlite" "server did not start"
  fi
  stop_process "$pid"
fi

# ---- the Markdown report
cpus=$(nproc)
model=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
jdk=$(java -version 2>&1 | head -n 1)
"$python" - "$jsonl" "$cpus" "$model" "$jdk" "$duration" "$warmup" "$kmip_version" "$stamp" "$command_line" \
  > "$out" <<'EOF'
import json, sys

path, cpus, model, jdk, duration, warmup, version, stamp, command = sys.argv[1:10]
runs = [json.loads(l) for l in open(path) if l.strip()]

def ms(us):
    v = us / 1000.0
    return f"{v:.3f}" if v < 1 else f"{v:.2f}" if v < 100 else f"{v:.0f}"

names = {"get-heavy": "Get-heavy (get:90, create:10)", "create": "Create-only", "lifecycle": "Lifecycle (5 ops)"}

def backend(r):
    return r.get("backend") or "software-sqlite"
print(f"## KMIP load benchmark ({stamp})")
print()
print(f"Machine: {cpus} CPUs ({model}), {jdk}; client and server on the same machine, over 127.0.0.1.")
print(f"Each run: {duration} s measured after {warmup} s warm-up (and each kmip-server start is followed by an unmeasured JIT warm-up), closed loop (one request in flight per "
      f"connection), KMIP {version}, mutual TLS; the client is kmip-bench's load generator (JDK TLS).")
print("Command: `bench/scripts/run-load.sh" + (" " + command if command else "") + "`")
print()
print("Backends: key protector and store of kmip-server (software = root keys in files, pkcs11 = a SoftHSM2 token; "
      "sqlite = the data directory's file, postgresql = PostgreSQL 18 on 127.0.0.1, stock settings); "
      "PyKMIP keeps everything in its own SQLite file.")
print()
print("| server | TLS provider | backend | scenario | connections | ops/s | p50 ms | p99 ms | p99.9 ms | errors | TLS |")
print("|---|---|---|---|---:|---:|---:|---:|---:|---:|---|")
for r in runs:
    t = r.get("total")
    scen = names.get(r.get("scenario"), r.get("scenario"))
    if not t or (r.get("failure") and not t.get("count")):
        print(f"| {r['server']} | {r['provider']} | {backend(r)} | {scen} | {r['conns']} | – | – | – | – | – | failed: {r.get('failure')} |")
        continue
    errors = str(t["errors"]) + (" (run failed)" if r.get("failure") else "")
    print(f"| {r['server']} | {r['provider']} | {backend(r)} | {scen} | {r['conns']} | {t['ops_per_s']:.0f} | {ms(t['p50_us'])} "
          f"| {ms(t['p99_us'])} | {ms(t['p999_us'])} | {errors} | {r.get('tls') or ''} |")
print()
print("<details><summary>Per operation</summary>")
print()
print("| server | TLS provider | backend | scenario | connections | operation | count | ops/s | p50 ms | p99 ms | p99.9 ms | errors |")
print("|---|---|---|---|---:|---|---:|---:|---:|---:|---:|---:|")
for r in runs:
    for o in r.get("operations") or []:
        print(f"| {r['server']} | {r['provider']} | {backend(r)} | {names.get(r['scenario'], r['scenario'])} | {r['conns']} "
              f"| {o['operation']} | {o['count']} | {o['ops_per_s']:.1f} | {ms(o['p50_us'])} | {ms(o['p99_us'])} "
              f"| {ms(o['p999_us'])} | {o['errors']} |")
print()
print("</details>")
failures = [r for r in runs if r.get("errors")]
if failures:
    print()
    print("First failures:")
    for r in failures:
        for e in r["errors"]:
            print(f"- {r['server']}/{r['provider']}/{backend(r)}/{r['scenario']}/{r['conns']}: {e}")
EOF
cat "$out"
log "results: $out (raw: $jsonl)"
