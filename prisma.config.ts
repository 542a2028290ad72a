import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";

// Prisma 7's CLI downloads a native schema engine on every command, which fails
// offline. `prisma generate` does not need it, so when the real engine is absent
// we point Prisma at a stub that only answers `--version`. Online machines that
// have the engine are unaffected. Migrations are applied by scripts/db-migrate.ts.
function hasNativeSchemaEngine(): boolean {
  const dir = path.join(process.cwd(), "node_modules", "@prisma", "engines");
  try {
    return readdirSync(dir).some((f) => f.startsWith("schema-engine"));
  } catch {
    return false;
  }
}

if (!process.env.PRISMA_SCHEMA_ENGINE_BINARY && !hasNativeSchemaEngine()) {
  const stub = path.join(process.cwd(), "tools", "schema-engine-stub.sh");
  if (existsSync(stub)) process.env.PRISMA_SCHEMA_ENGINE_BINARY = stub;
}

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  // Prisma's env() helper throws when the variable is unset; generate needs no URL.
  datasource: { url: process.env.MIGRATE_DATABASE_URL ?? process.env.DATABASE_URL ?? "" },
});
