#!/usr/bin/env bash
# The receiver's whole test suite (test/node/server-*.test.ts) against both stores: SQLite, and PostgreSQL in a
# throwaway cluster that this script starts and deletes. Run it as root (or as a user that may run initdb).
set -euo pipefail
cd "$(dirname "$0")/.."
eval "$(scripts/postgres-cluster.sh start)"
trap 'scripts/postgres-cluster.sh stop' EXIT
echo "PostgreSQL test cluster: $FEEDBACK_TEST_DATABASE_URL"
npx tsc -b tsconfig.shared.json tsconfig.browser.json tsconfig.node.json
node --import tsx --test --test-concurrency=1 test/node/server-*.test.ts
