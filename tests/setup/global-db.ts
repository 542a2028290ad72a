import type { TestProject } from "vitest/node";
import { migrate } from "@/lib/db/migrate";
import { freePort } from "@/lib/db/resolve";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "@/lib/db/embedded";

/**
 * Integration tests run against DATABASE_URL when it is set (CI: a real
 * PostgreSQL 15, MIGRATE_DATABASE_URL for the owner role), otherwise against an
 * in-memory embedded PGlite started here. Migrations and the demo seed are
 * applied the same way as `npm run dev` does.
 */
declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    migrateDatabaseUrl: string;
    embedded: boolean;
  }
}

let embedded: EmbeddedPostgres | null = null;

export async function setup(project: TestProject) {
  let url = process.env.DATABASE_URL;
  if (!url) {
    embedded = await startEmbeddedPostgres({ dataDir: null, port: await freePort(55400) });
    url = embedded.url;
  }
  const migrateUrl = process.env.MIGRATE_DATABASE_URL ?? url;
  await migrate(migrateUrl);
  process.env.DATABASE_URL = url;
  process.env.MIGRATE_DATABASE_URL = migrateUrl;
  const { seedDemo } = await import("@/lib/seed/seed");
  await seedDemo();
  project.provide("databaseUrl", url);
  project.provide("migrateDatabaseUrl", migrateUrl);
  project.provide("embedded", embedded !== null);
}

export async function teardown() {
  await embedded?.stop();
}
