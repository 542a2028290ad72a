#!/usr/bin/env node
// Usage: node diff.mjs <repo-root> <output.sql> [--exit-code]
// Writes the SQL that takes prisma/migrations to prisma/schema.prisma.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, existsSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const [root, output, ...flags] = process.argv.slice(2);
if (!root || !output) {
  console.error("usage: node diff.mjs <repo-root> <output.sql> [--exit-code]");
  process.exit(64);
}
const tmp = mkdtempSync(path.join(tmpdir(), "mainstay-diff-"));
try {
  // Prisma 6 wants a datasource url in the schema; Prisma 7 rejects it. Inject it into a copy.
  const schema = readFileSync(path.join(root, "prisma", "schema.prisma"), "utf8").replace(
    /datasource db \{([^}]*)\}/,
    (_m, body) => `datasource db {${body}  url = env("DATABASE_URL")\n}`,
  );
  const schemaPath = path.join(tmp, "schema.prisma");
  writeFileSync(schemaPath, schema);
  const migrations = path.join(root, "prisma", "migrations");
  if (!existsSync(migrations)) mkdirSync(migrations, { recursive: true });
  const args = [
    path.join(here, "node_modules", "prisma", "build", "index.js"),
    "migrate",
    "diff",
    "--config",
    path.join(here, "prisma.config.ts"),
    "--from-migrations",
    migrations,
    "--to-schema-datamodel",
    schemaPath,
    "--script",
    "--output",
    output,
    ...flags,
  ];
  const res = spawnSync(process.execPath, args, {
    cwd: here,
    stdio: ["ignore", "inherit", "inherit"],
    env: {
      ...process.env,
      DATABASE_URL: "postgresql://unused:unused@localhost:5432/unused",
      PRISMA_CLIENT_ENGINE_TYPE: "client",
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
      DIFF_SCHEMA: schemaPath,
      DIFF_MIGRATIONS: migrations,
    },
  });
  process.exitCode = res.status ?? 1;
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
