#!/usr/bin/env bash
# npm run db:drift — fails when prisma/schema.prisma and prisma/migrations disagree.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
bash "$here/ensure-installed.sh"
tmp="$(mktemp)"
trap 'rm -f "$tmp"' EXIT
node "$here/diff.mjs" "$root" "$tmp" >/dev/null
if grep -qv '^\s*\(--.*\)\?$' "$tmp"; then
  echo "DRIFT: prisma/schema.prisma differs from prisma/migrations. Missing SQL:" >&2
  cat "$tmp" >&2
  echo "Run: npm run db:migration:new -- <name>" >&2
  exit 1
fi
echo "No drift: the migrations produce exactly prisma/schema.prisma."
