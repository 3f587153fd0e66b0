#!/usr/bin/env bash
# Installs what is missing, builds the page and serves it at http://127.0.0.1:${PORT:-8080}/
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build-web.sh
exec node scripts/serve.mjs "${PORT:-8080}"
