#!/usr/bin/env bash
# Installs this folder's own dependencies (Prisma 6.19 CLI, PGlite adapter) on first use.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [ ! -f "$here/node_modules/prisma/build/index.js" ]; then
  echo "Installing the offline migration tool (tools/prisma-diff, first use only)..." >&2
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error >&2)
fi
