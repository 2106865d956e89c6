#!/usr/bin/env bash
# Upgrade proof: a database created and seeded by an earlier commit, then started by this checkout.
# Passes when both starts succeed and log the demo in, and no drift remains between this checkout's
# entities and the upgraded database. Prints the migrations applied before and after.
#   tools/db/upgrade-check.sh <git-ref>        (needs PostgreSQL at 127.0.0.1:5432, trust auth)
set -euo pipefail
REF=${1:?usage: tools/db/upgrade-check.sh <git-ref of the earlier version>}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OLD=$(mktemp -d /tmp/upgrade-old-XXXX)
DB_NAME=upgrade_check_$$
DB=postgres://postgres@127.0.0.1:5432/$DB_NAME
PORT=${PORT:-3301}
export PORT JWT_SECRET=upgrade-check-secret-upgrade-check-secret APP_DB_PASSWORD=upgrade DATA_DIR=$OLD/data
PII_KEY=$(node -e "console.log(require('crypto').randomBytes(32).toString('base64'))")
export PII_KEY
cleanup() {
  git -C "$ROOT" worktree remove --force "$OLD" 2>/dev/null || rm -rf "$OLD"
  psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $DB_NAME WITH (FORCE)" || true
}
trap cleanup EXIT

serve() { # serve <dir> <log>: start the built server there, wait until it listens, stop it by its pid
  (cd "$1" && DATABASE_URL=$DB node dist/apps/api/src/main.js >"$2" 2>&1) &
  local pid=$!
  for _ in $(seq 1 120); do
    curl -sf -o /dev/null -X POST "localhost:$PORT/graphql" -H 'content-type: application/json' \
      -d '{"query":"{__typename}"}' && break
    sleep 1
  done
  curl -s -X POST "localhost:$PORT/graphql" -H 'content-type: application/json' \
    -d '{"query":"mutation{login(input:{username:\"dazetou-admin\",password:\"Demo@2026\"}){accessToken}}"}' |
    grep -q accessToken || { echo "login failed; log: $2"; kill "$pid"; exit 1; }
  pkill -P "$pid" 2>/dev/null || true
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}
applied() { psql -h 127.0.0.1 -U postgres -d "$DB_NAME" -Atc 'SELECT count(*) FROM schema_migration'; }

git -C "$ROOT" worktree add --detach "$OLD" "$REF" >/dev/null
ln -s "$ROOT/node_modules" "$OLD/node_modules"
(cd "$OLD" && npm run build >/dev/null)
serve "$OLD" "$OLD/old.log"
before=$(applied)
(cd "$ROOT" && npm run build >/dev/null)
serve "$ROOT" "$OLD/new.log"
after=$(applied)
drift=$(cd "$ROOT" && node -e "require('./dist/tools/db/schema-diff.js').pendingSchemaChanges('$DB')
  .then((c) => console.log(c.up.length))")
echo "migrations applied by $REF: $before; after this checkout started: $after; drift statements: $drift"
[ "$drift" = 0 ] || exit 1
