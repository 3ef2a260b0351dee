#!/usr/bin/env bash
# Start what the store and web tests need, idempotently, and print the env line to use.
# For .ci/run (as root):   eval "$(bash scripts/store-test-services.sh)"
#   - PostgreSQL 15 (Debian's cluster "15 main"), role and database newsevents / newsevents_test
#   - Debian's Chromium for the Playwright browser tests (never `playwright install`)
set -euo pipefail
if ! command -v chromium >/dev/null 2>&1; then
  (apt-get update -qq && apt-get install -y -qq chromium) >&2
fi
if command -v pg_ctlcluster >/dev/null 2>&1; then
  pg_ctlcluster 15 main start >&2 2>/dev/null || true
  for _ in $(seq 1 30); do
    su postgres -c "pg_isready -q" && break
    sleep 1
  done
  su postgres -c "psql -tAc \"SELECT 1 FROM pg_roles WHERE rolname='newsevents'\"" | grep -q 1 \
    || su postgres -c "psql -q -c \"CREATE ROLE newsevents LOGIN PASSWORD 'newsevents' SUPERUSER\"" >&2
  su postgres -c "psql -tAc \"SELECT 1 FROM pg_database WHERE datname='newsevents_test'\"" | grep -q 1 \
    || su postgres -c "createdb -O newsevents newsevents_test" >&2
  echo "export NEWSEVENTS_TEST_PG=postgresql+psycopg://newsevents:newsevents@127.0.0.1/newsevents_test"
fi
