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

# The roles share one server, so one role's fuzzing must not change what the next runs as: the
# administrator's PATCH /users/{id} once demoted fuzz-operator to a worker and locked fuzz-client
# out (role, active, password), and every later run then answered only 401 or 403, a "0" that
# tested nothing. A hook points such a request at an id that exists nowhere (404) when it names
# one of the fuzz users; every other user stays open to it. (Changing users is tested in
# Tests/OrderCycleServerTests.) In the deep run a second hook gives each schema-valid request its
# own Idempotency-Key (see below).
PROTECTED=$(curl -fs "$BASE/api/v1/users?limit=200" -H "Authorization: Bearer $ADMIN" |
  python3 -c 'import json,sys; print(",".join(u["id"].lower() for u in json.load(sys.stdin)["items"] if u["email"].startswith("fuzz-")))')
[ -n "$PROTECTED" ] || { echo "could not list the fuzz users" >&2; exit 1; }
export FUZZ_PROTECTED_USERS="$PROTECTED" FUZZ_DEEP="$DEEP"
cat >"$WORK/fuzz_hooks.py" <<'PY'
import itertools
import os
import uuid
import schemathesis
from schemathesis.generation.modes import GenerationMode

_keys = itertools.count(1)
_protected = set(filter(None, os.environ.get("FUZZ_PROTECTED_USERS", "").split(",")))


@schemathesis.hook
def before_call(context, case, kwargs):
    if case.operation.path == "/api/v1/users/{id}" and case.method.upper() != "GET":
        current = str((case.path_parameters or {}).get("id", "")).lower()
        if current in _protected:
            case.path_parameters["id"] = str(uuid.uuid4())


@schemathesis.hook
def map_case(context, case):
    meta = case.meta
    if os.environ.get("FUZZ_DEEP") == "1" and case.headers and "Idempotency-Key" in case.headers \
            and meta is not None and meta.generation.mode == GenerationMode.POSITIVE:
        case.headers["Idempotency-Key"] = f"fuzz-{next(_keys)}"
    return case
PY
export PYTHONPATH="$WORK${PYTHONPATH:+:$PYTHONPATH}"
printf 'hooks = "fuzz_hooks"\n' >"$WORK/normal.toml"

CHECKS=not_a_server_error,response_schema_conformance,ignored_auth,use_after_free,ensure_resource_availability
CONFIG=(--config-file "$WORK/normal.toml")
if [ "$DEEP" = 1 ]; then
  CHECKS=not_a_server_error,status_code_conformance,response_schema_conformance,positive_data_acceptance,negative_data_rejection,unsupported_method,ignored_auth,use_after_free
  # What the contract checks expect beyond schemathesis's defaults, and why. The document states
  # every rule a request's shape can carry (lengths, patterns, enums, ranges, required fields);
  # what it cannot state is allowed here per operation, never for the whole API:
  # - 412 is the answer to an If-Match that reads but is not the current version: it depends on
  #   the resource's state, like 409, so a schema-valid request may get it (and a schema-violating
  #   one is refused by it all the same).
  # - A cursor is a token the server issues for one list; a random string cannot be one, so the
  #   list operations that take `cursor` may answer 400 to schema-valid data.
  # - A body or a parameter that names another record (client_id, product_id or sku, segment_id,
  #   manager_id, deputy_id, answered_by, a quality `key`) is answered 422 when that record does
  #   not exist or is not active, as most APIs do for a reference in the request; so are rules
  #   no schema can hold: a telephone number read by the region's numbering plan, a stage time
  #   within the last five years, a plan's or a standard's rules across fields, cost curves that
  #   overlap, a quality period that exists. Those operations may answer 422 to schema-valid data.
  # - Idempotency-Key: the same key with another body is a 422 by design; a hook gives each
  #   schema-valid request its own key, so that only a real mismatch can show.
  # - NUL (\u0000) is refused anywhere in a body with 400, even in a key the API does not read,
  #   before the body is decoded (no field holds it, and PostgreSQL text cannot). The document states it for every field it names (the text patterns); for the
  #   keys it leaves open it could only with a pattern on every key and value of every object,
  #   so the generator writes no NUL (allow-x00 = false) instead. The hostile-input tests send it.
  # - JSON null is refused (422 naming the field) wherever the API reads the field, since no
  #   field of the document allows null; under a key the API does not read it is ignored, as the
  #   document's open objects allow, so schemathesis's extra keys stay accepted.
  POSITIVE='"2xx", "3xx", "401", "403", "404", "409", "412", "429", "5xx"'
  CURSOR='"GET /api/v1/users", "GET /api/v1/integration-tokens", "GET /api/v1/audit-events", "GET /api/v1/clients", "GET /api/v1/absences",
  "GET /api/v1/clients/{id}/calls", "GET /api/v1/products", "GET /api/v1/orders", "GET /api/v1/claims", "GET /api/v1/quality/stock"'
  REFERENCE='"POST /api/v1/orders", "POST /api/v1/clients", "PATCH /api/v1/clients/{id}", "POST /api/v1/users", "PATCH /api/v1/telephony/calls/{id}",
  "POST /api/v1/absences", "POST /api/v1/clients/{id}/reassign", "POST /api/v1/managers/{id}/reassign-clients", "PUT /api/v1/managers/{id}/segments",
  "POST /api/v1/quality/standards", "PUT /api/v1/quality/standards/{id}", "POST /api/v1/quality/cost-of-service", "PUT /api/v1/orders/{id}/plan",
  "POST /api/v1/orders/{id}/stages/{stage}", "POST /api/v1/cabinet/contacts", "PATCH /api/v1/cabinet/contacts/{id}",
  "GET /api/v1/quality/dashboard", "GET /api/v1/quality/cost-of-service/losses"'
  BOTH='"GET /api/v1/quality/orders", "GET /api/v1/quality/requests", "GET /api/v1/quality/products"'
  cat >"$WORK/deep.toml" <<TOML
hooks = "fuzz_hooks"

[generation]
allow-x00 = false

[checks.positive_data_acceptance]
expected-statuses = [$POSITIVE]

[checks.negative_data_rejection]
expected-statuses = ["400", "401", "403", "404", "405", "406", "409", "412", "413", "415", "422", "428", "429", "5xx"]

[[operations]]
include-name = [$CURSOR]
checks.positive_data_acceptance.expected-statuses = [$POSITIVE, "400"]

[[operations]]
include-name = [$REFERENCE]
checks.positive_data_acceptance.expected-statuses = [$POSITIVE, "422"]

[[operations]]
include-name = [$BOTH]
checks.positive_data_acceptance.expected-statuses = [$POSITIVE, "400", "422"]
TOML
  CONFIG=(--config-file "$WORK/deep.toml")
fi
# Logging out would revoke the token the run uses. One worker: the run stays within its budget
# on a small machine and never races a SQLite write (see docs/operations.md).
COMMON=(--url "$BASE" --checks "$CHECKS" --max-examples "$MAX_EXAMPLES" --max-time "$MAX_TIME" --workers 1
        --exclude-path /api/v1/auth/logout --suppress-health-check all --no-color --seed 42
        --generation-database none --request-timeout 20)
failed=()
for role in $ROLES; do
  echo
  echo "== schemathesis as $role"
  if ! st "${CONFIG[@]}" run "$BASE/api/v1/openapi.yaml" "${COMMON[@]}" -H "Authorization: Bearer ${TOKENS[$role]}" >"$OUT/st-$role.txt" 2>&1; then
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
echo "== $ENGINE: failures per role and check (from schemathesis's Failures block)"
# Each report ends with "Failures:" and one "❌ STnnn Title: N" line per check that failed;
# a role that passes has no such block, so its row is all 0s.
python3 - "$OUT" $ROLES peers <<'PY'
import re, sys, pathlib
out, roles = pathlib.Path(sys.argv[1]), sys.argv[2:]
counts, titles = {}, {}
for role in roles:
    path = out / f"st-{role}.txt"
    text = path.read_text(errors="replace") if path.exists() else ""
    row = counts.setdefault(role, {})
    block = text.split("\nFailures:", 1)[1] if "\nFailures:" in text else ""
    for code, title, n in re.findall(r"❌ (ST\d+) ([^:\n]+): (\d+)", block):
        row[code] = int(n); titles[code] = title.strip()
    total = re.findall(r"(\d+) failures?[, ]", text)
    row["total"] = int(total[-1]) if total else sum(row.values())
codes = sorted(titles)
print(f"{'role':<12}" + "".join(f"{c:>7}" for c in codes) + f"{'total':>7}")
for role in roles:
    print(f"{role:<12}" + "".join(f"{counts[role].get(c, 0):>7}" for c in codes) + f"{counts[role]['total']:>7}")
for c in codes:
    print(f"  {c}: {titles[c]}")
PY
if [ ${#failed[@]} -gt 0 ]; then echo "FUZZ FAILED on $ENGINE: ${failed[*]}"; exit 1; fi
echo "FUZZ PASSED on $ENGINE: roles $ROLES and client peers, $MAX_EXAMPLES examples per operation"
