#!/usr/bin/env sh
# Stand-in for Prisma's native schema engine, which cannot be downloaded in this
# offline environment. `prisma generate` only asks it for its version; every
# migrate command must go through the project's own runner instead.
if [ "$1" = "--version" ] || [ "$1" = "-V" ]; then
  echo "schema-engine-cli stub (mainstay offline)"
  exit 0
fi
echo "The Prisma schema engine is not available offline: use 'npm run db:migrate' (apply) or 'npm run db:migration:new -- <name>' (author)." >&2
exit 1
