#!/usr/bin/env bash
# npm run db:migration:new -- <name>
# Authors the next migration from prisma/schema.prisma, offline.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
name="${1:-}"
if ! [[ "$name" =~ ^[a-z0-9_]+$ ]]; then
  echo "usage: npm run db:migration:new -- <name>   (lowercase letters, digits and _)" >&2
  exit 64
fi
bash "$here/ensure-installed.sh"
tmp="$(mktemp)"
trap 'rm -f "$tmp"' EXIT
node "$here/diff.mjs" "$root" "$tmp" >/dev/null
if ! grep -qv '^\s*\(--.*\)\?$' "$tmp"; then
  echo "No changes: prisma/schema.prisma matches prisma/migrations." >&2
  exit 0
fi
dir="$root/prisma/migrations/$(date -u +%Y%m%d%H%M%S)_$name"
mkdir -p "$dir"
cp "$tmp" "$dir/migration.sql"
echo "Wrote ${dir#"$root/"}/migration.sql — review it, then run npm run db:migrate." >&2
