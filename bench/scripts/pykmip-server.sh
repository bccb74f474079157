#!/usr/bin/env bash
# Starts PyKMIP's own KMIP server (Debian package python3-pykmip, /usr/bin/pykmip-server) on
# 127.0.0.1 with mutual TLS, as the reference point of the load benchmarks. Runs in the foreground:
# prints one line "READY 127.0.0.1:PORT PKI_DIR" once the port accepts connections, then waits.
# SIGTERM / SIGINT / exit stop the server and delete the temporary directory.
#
#   bench/scripts/pykmip-server.sh [--port P] [--pki DIR] [--log-level LEVEL] [--keep]
#
#   --port P         TCP port on 127.0.0.1 (default 15696)
#   --pki DIR        use DIR/ca.pem, DIR/server.pem, DIR/server-key.pem (e.g. a kmip-server dev
#                    PKI, so one client certificate works against both servers); without it a fresh
#                    EC P-256 PKI is made with openssl in the temporary directory: ca.pem,
#                    server.pem (SAN IP:127.0.0.1, DNS:localhost), client.pem, client-key.pem
#   --log-level L    PyKMIP's logging_level (DEBUG, INFO, WARNING, ERROR); default INFO, as shipped
#   --keep           keep the temporary directory (config, log, database) after exit
#   --make-pki DIR   only write that openssl PKI (with ca-key.pem) to DIR, then exit
#
# Why these settings: PyKMIP 0.10 wraps its socket with ssl.PROTOCOL_TLSv1_2 for auth_suite
# TLS1.2 (the "Basic" suite is TLS 1.0, which OpenSSL 3 refuses), so clients must offer TLS 1.2
# and one of its suites (with an EC key it picks ECDHE-ECDSA-AES128-SHA256); it refuses a client
# certificate without the clientAuth extended key usage when enable_tls_client_auth is True.
set -euo pipefail

port=15696
pki=""
log_level=INFO
keep=false
make_pki_only=""
server_bin=${PYKMIP_SERVER:-/usr/bin/pykmip-server}

while [[ $# -gt 0 ]]; do
  case "$1" in
    --port) port=$2; shift 2 ;;
    --pki) pki=$2; shift 2 ;;
    --log-level) log_level=$2; shift 2 ;;
    --keep) keep=true; shift ;;
    --make-pki) make_pki_only=$2; shift 2 ;;
    -h|--help) sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "pykmip-server.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done

# A throw-away EC P-256 PKI: CA, server (serverAuth, SANs), client (clientAuth, which PyKMIP checks).
make_pki() {
  local dir=$1
  mkdir -p "$dir"
  (
    cd "$dir"
    umask 077
    openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out ca-key.pem 2>/dev/null
    openssl req -x509 -new -key ca-key.pem -sha256 -days 2 -subj "/CN=pykmip-bench CA" \
      -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
      -out ca.pem 2>/dev/null
    for role in server client; do
      openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$role-key.pem" 2>/dev/null
      openssl req -new -key "$role-key.pem" -subj "/CN=pykmip-bench $role" -out "$role.csr" 2>/dev/null
    done
    printf '%s\n' "basicConstraints=critical,CA:FALSE" "keyUsage=critical,digitalSignature" \
      "extendedKeyUsage=serverAuth" "subjectAltName=IP:127.0.0.1,DNS:localhost" > server.ext
    printf '%s\n' "basicConstraints=critical,CA:FALSE" "keyUsage=critical,digitalSignature" \
      "extendedKeyUsage=clientAuth" > client.ext
    for role in server client; do
      openssl x509 -req -in "$role.csr" -CA ca.pem -CAkey ca-key.pem -CAcreateserial -sha256 -days 2 \
        -extfile "$role.ext" -out "$role.pem" 2>/dev/null
    done
    rm -f ./*.csr ./*.ext ./*.srl
  )
}

if [[ -n "$make_pki_only" ]]; then
  make_pki "$make_pki_only"
  exit 0
fi
if [[ ! -x "$server_bin" ]]; then
  echo "pykmip-server.sh: $server_bin not found; install it with: apt-get install -y python3-pykmip" >&2
  exit 3
fi
if ! [[ "$port" =~ ^[0-9]+$ ]] || (( port < 1 || port > 65535 )); then
  echo "pykmip-server.sh: --port must be 1..65535, not '$port'" >&2
  exit 2
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/pykmip-bench.XXXXXX")
server_pid=""

cleanup() {
  # The server runs in its own process group (setsid below): PyKMIP forks a policy monitor and
  # more, which outlive the main process when only it is signalled.
  if [[ -n "$server_pid" ]]; then
    kill -TERM -- "-$server_pid" 2>/dev/null || true
    for _ in $(seq 1 30); do
      kill -0 -- "-$server_pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -KILL -- "-$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  if [[ "$keep" == true ]]; then
    echo "pykmip-server.sh: kept $work" >&2
  else
    rm -rf "$work"
  fi
}
trap cleanup EXIT
trap 'exit 143' TERM
trap 'exit 130' INT

if [[ -z "$pki" ]]; then
  pki="$work/pki"
  make_pki "$pki"
fi
for f in ca.pem server.pem server-key.pem; do
  if [[ ! -r "$pki/$f" ]]; then
    echo "pykmip-server.sh: $pki/$f is missing or unreadable" >&2
    exit 2
  fi
done
pki=$(cd "$pki" && pwd)

mkdir -p "$work/policies"
cat > "$work/server.conf" <<EOF
[server]
hostname=127.0.0.1
port=$port
certificate_path=$pki/server.pem
key_path=$pki/server-key.pem
ca_path=$pki/ca.pem
auth_suite=TLS1.2
policy_path=$work/policies
enable_tls_client_auth=True
logging_level=$log_level
database_path=$work/pykmip.sqlite
EOF

# Its own output (deprecation warnings) goes to a file: stdout carries only the READY line.
setsid "$server_bin" -f "$work/server.conf" -l "$work/server.log" > "$work/server.out" 2>&1 &
server_pid=$!

# Ready when something listens on 127.0.0.1:port (ss looks without opening a connection).
for _ in $(seq 1 300); do
  if ! kill -0 "$server_pid" 2>/dev/null; then
    echo "pykmip-server.sh: pykmip-server exited during start; its log:" >&2
    tail -n 30 "$work/server.out" "$work/server.log" >&2 2>/dev/null || true
    exit 1
  fi
  if ss -Hltn "sport = :$port" 2>/dev/null | grep -q "127.0.0.1:$port"; then
    echo "READY 127.0.0.1:$port $pki"
    wait "$server_pid"
    exit $?
  fi
  sleep 0.1
done
echo "pykmip-server.sh: pykmip-server did not listen on 127.0.0.1:$port within 30 s" >&2
exit 1
