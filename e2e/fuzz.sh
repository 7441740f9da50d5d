#!/usr/bin/env bash
# API fuzzing with schemathesis against the served OpenAPI document: a real server on a scratch
# SQLite file with demo data, fuzzed as every role in turn, then two clients as peers for the
# object-level authorisation check. Checks: no 5xx, every response as the document says,
# authentication never ignored, deleted or missing objects not served, one client never sees
# another client's objects. Bounded: MAX_EXAMPLES per operation and MAX_TIME seconds per role.
#
#   e2e/fuzz.sh                                   # debug binary, 5 examples, 45 s per role
#   MAX_EXAMPLES=20 MAX_TIME=120 e2e/fuzz.sh
#   ORDERCYCLE_BIN=.build-release/release/ordercycle e2e/fuzz.sh
#   FUZZ_POSTGRES_URL=postgres://postgres@127.0.0.1:5432/postgres e2e/fuzz.sh   # on a new PostgreSQL database
#   e2e/fuzz.sh --deep     # every contract check (data acceptance and rejection, status codes,
#                          # unsupported methods) with a larger budget; a table of failures per role
set -euo pipefail
DEEP=0
[ "${1:-}" = "--deep" ] && DEEP=1
cd "$(dirname "$0")/.."
ROOT=$(pwd)
BIN=${ORDERCYCLE_BIN:-$ROOT/.build/debug/ordercycle}
if [ "$DEEP" = 1 ]; then MAX_EXAMPLES=${MAX_EXAMPLES:-50}; MAX_TIME=${MAX_TIME:-300}; fi
MAX_EXAMPLES=${MAX_EXAMPLES:-5}
MAX_TIME=${MAX_TIME:-45}
ROLES=${ROLES:-"admin manager operator logistician worker analyst client"}
PASSWORD=fuzz-password-1
command -v st >/dev/null || python3 -m pip install -q "schemathesis>=4,<5"
[ -x "$BIN" ] || { echo "no server binary at $BIN (swift build first)" >&2; exit 2; }

WORK=$(mktemp -d /tmp/ordercycle-fuzz.XXXXXX)
PORT=$(python3 -c "import socket; s=socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])")
BASE="http://127.0.0.1:$PORT"
export ORDERCYCLE_BCRYPT_COST=4 LOG_LEVEL=error
PGDB=""
if [ -n "${FUZZ_POSTGRES_URL:-}" ]; then
  # A database of its own on the given server, dropped afterwards.
  PGDB="ordercycle_fuzz_$$"
  psql -q "$FUZZ_POSTGRES_URL" -c "CREATE DATABASE $PGDB" >/dev/null
  export DATABASE_URL="${FUZZ_POSTGRES_URL%/*}/$PGDB"
  ENGINE=postgresql
else
  export DATABASE_URL="sqlite:$WORK/fuzz.sqlite"
  ENGINE=sqlite
fi
SERVER=""
cleanup() {
  [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null; wait 2>/dev/null || true
  [ -n "$PGDB" ] && psql -q "$FUZZ_POSTGRES_URL" -c "DROP DATABASE IF EXISTS $PGDB WITH (FORCE)" >/dev/null 2>&1
  rm -rf "$WORK"
}
trap cleanup EXIT
cd "$WORK"

"$BIN" migrate --yes >/dev/null
"$BIN" demo --orders 200 --seed 7 | tail -1
"$BIN" serve --hostname 127.0.0.1 --port "$PORT" >"$WORK/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 150); do curl -fs "$BASE/readyz" >/dev/null && break; sleep 0.2; done
curl -fs "$BASE/readyz" >/dev/null || { cat "$WORK/server.log"; exit 1; }

login() {
  curl -fs -X POST "$BASE/api/v1/auth/login" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$1\",\"password\":\"$PASSWORD\"}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])'
}

for role in $ROLES; do
  [ "$role" = client ] && continue
  "$BIN" create-user --email "fuzz-$role@ordercycle.test" --password "$PASSWORD" --role "$role" >/dev/null
done
# Two users of two different clients: the peers of the object-level authorisation check.
ADMIN=$(login fuzz-admin@ordercycle.test)
CLIENTS=$(curl -fs "$BASE/api/v1/clients?limit=2" -H "Authorization: Bearer $ADMIN" | python3 -c 'import json,sys; print(" ".join(c["id"] for c in json.load(sys.stdin)["items"]))')
set -- $CLIENTS
"$BIN" create-user --email fuzz-client@ordercycle.test --password "$PASSWORD" --role client --client-id "$1" >/dev/null
"$BIN" create-user --email fuzz-client-b@ordercycle.test --password "$PASSWORD" --role client --client-id "$2" >/dev/null

# Every token before any fuzzing: fuzzed logins slow down further logins from this address.
declare -A TOKENS
for role in $ROLES; do TOKENS[$role]=$(login "fuzz-$role@ordercycle.test"); done
CLIENT_A=$(login fuzz-client@ordercycle.test)
CLIENT_B=$(login fuzz-client-b@ordercycle.test)
OUT=${FUZZ_OUT:-$ROOT/e2e/out/fuzz-$ENGINE}
mkdir -p "$OUT"

CHECKS=not_a_server_error,response_schema_conformance,ignored_auth,use_after_free,ensure_resource_availability
if [ "$DEEP" = 1 ]; then
  CHECKS=not_a_server_error,status_code_conformance,response_schema_conformance,positive_data_acceptance,negative_data_rejection,unsupported_method,ignored_auth,use_after_free
fi
# Logging out would revoke the token the run uses. One worker: the run stays within its budget
# on a small machine and never races a SQLite write (see README, Proof).
COMMON=(--url "$BASE" --checks "$CHECKS" --max-examples "$MAX_EXAMPLES" --max-time "$MAX_TIME" --workers 1
        --exclude-path /api/v1/auth/logout --suppress-health-check all --no-color --seed 42
        --generation-database none --request-timeout 20)
failed=()
for role in $ROLES; do
  echo
  echo "== schemathesis as $role"
  if ! st run "$BASE/api/v1/openapi.yaml" "${COMMON[@]}" -H "Authorization: Bearer ${TOKENS[$role]}" >"$OUT/st-$role.txt" 2>&1; then
    sed -n "/FAILURES/,\$p" "$OUT/st-$role.txt" | head -150 || true
    failed+=("$role")
  fi
  tail -22 "$OUT/st-$role.txt"
done

echo
echo "== schemathesis: object-level authorisation between two clients"
cat >"$WORK/auth.json" <<JSON
{"auth": [
  {"name": "client-a", "fixedHeaders": [{"name": "Authorization", "value": "Bearer $CLIENT_A"}]},
  {"name": "client-b", "fixedHeaders": [{"name": "Authorization", "value": "Bearer $CLIENT_B"}]}
]}
JSON
cat >"$WORK/schemathesis.toml" <<TOML
[auth.wfc]
path = "$WORK/auth.json"
user = "client-a"
peers = ["client-a", "client-b"]
TOML
if ! st --config-file "$WORK/schemathesis.toml" run "$BASE/api/v1/openapi.yaml" --url "$BASE" \
     --checks not_a_server_error,object_level_authorization --max-examples "$MAX_EXAMPLES" --max-time "$MAX_TIME" --workers 1 \
     --exclude-path /api/v1/auth/logout --suppress-health-check all --no-color --seed 42 --generation-database none \
     >"$OUT/st-peers.txt" 2>&1; then
  sed -n '/FAILURES/,$p' "$OUT/st-peers.txt" | head -150 || true
  failed+=("peers")
fi
tail -22 "$OUT/st-peers.txt"

cp "$WORK/server.log" "$OUT/server.log"
if grep -q "request failed" "$WORK/server.log"; then
  echo "== the server logged failures:"; grep -A2 "request failed" "$WORK/server.log" | head -40; failed+=("server-log")
fi
echo
echo "== $ENGINE: failures per role and check (schemathesis's summary lines)"
printf '%-12s %s\n' role "failures"
for f in "$OUT"/st-*.txt; do
  role=$(basename "$f" .txt); role=${role#st-}
  line=$(grep -E "^[0-9]+ (passed|failed)|[0-9]+ (passed|failed|errors?)" "$f" | tail -1)
  printf '%-12s %s\n' "$role" "${line:-no summary}"
  grep -oE "^\s*- [A-Za-z ]+$|^[A-Z][a-z]+( [a-z]+)*: [0-9]+" "$f" 2>/dev/null | sort | uniq -c | sed 's/^/             /' | head -12 || true
done
if [ ${#failed[@]} -gt 0 ]; then echo "FUZZ FAILED on $ENGINE: ${failed[*]}"; exit 1; fi
echo "FUZZ PASSED on $ENGINE: roles $ROLES and client peers, $MAX_EXAMPLES examples per operation"
