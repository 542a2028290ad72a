import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { backupDatabase, restoreDatabase } from "@/lib/db/backup";
import { migrate } from "@/lib/db/migrate";
import { seedDemo } from "@/lib/seed/seed";
import { onEmbedded } from "@/tests/support/db";

/**
 * A backup restored into a fresh database holds the same rows (counts and
 * checksums per table) and the same row-level security (flags, policies,
 * grants). Real PostgreSQL only: pg_dump cannot read the embedded PGlite.
 */
describe.skipIf(onEmbedded())("backup and restore (pg_dump / pg_restore)", () => {
  const ownerUrl = inject("migrateDatabaseUrl");
  const suffix = randomUUID().slice(0, 8);
  const names = { src: `mainstay_bk_src_${suffix}`, dst: `mainstay_bk_dst_${suffix}` };
  const urlFor = (db: string) => {
    const u = new URL(ownerUrl);
    u.pathname = `/${db}`;
    return u.toString();
  };
  const dir = mkdtempSync(path.join(tmpdir(), "mainstay-backup-"));
  const file = path.join(dir, "backup.dump");

  async function sql<T extends pg.QueryResultRow>(db: string, text: string, values: unknown[] = []): Promise<T[]> {
    const client = new pg.Client({ connectionString: urlFor(db) });
    await client.connect();
    try {
      return (await client.query<T>(text, values)).rows;
    } finally {
      await client.end();
    }
  }
  const admin = (text: string) => sql(new URL(ownerUrl).pathname.slice(1), text);

  async function tableFingerprints(db: string) {
    const tables = await sql<{ tablename: string }>(
      db,
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
    );
    const out: Record<string, { rows: number; checksum: string }> = {};
    for (const { tablename } of tables) {
      const [row] = await sql<{ rows: number; checksum: string }>(
        db,
        `SELECT count(*)::int AS rows, coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS checksum FROM "${tablename}" t`,
      );
      out[tablename] = row!;
    }
    return out;
  }
  async function securityOf(db: string) {
    return {
      rls: await sql(
        db,
        `SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY 1`,
      ),
      policies: await sql(
        db,
        `SELECT tablename, policyname, cmd, qual, with_check FROM pg_policies WHERE schemaname = 'public' ORDER BY 1, 2`,
      ),
      grants: await sql(
        db,
        `SELECT table_name, privilege_type FROM information_schema.role_table_grants WHERE grantee = 'mainstay_app' ORDER BY 1, 2`,
      ),
    };
  }

  beforeAll(async () => {
    await admin(`CREATE DATABASE ${names.src}`);
    await admin(`CREATE DATABASE ${names.dst}`);
    await migrate(urlFor(names.src));
    await seedDemo(() => {}, urlFor(names.src));
  }, 180_000);

  afterAll(async () => {
    await admin(`DROP DATABASE IF EXISTS ${names.src} WITH (FORCE)`);
    await admin(`DROP DATABASE IF EXISTS ${names.dst} WITH (FORCE)`);
    rmSync(dir, { recursive: true, force: true });
  });

  it("restores every row of every table, and the row-level security with them", async () => {
    await backupDatabase(urlFor(names.src), file);
    expect(statSync(file).size).toBeGreaterThan(10_000);
    await restoreDatabase(file, urlFor(names.dst));

    const [before, after] = await Promise.all([tableFingerprints(names.src), tableFingerprints(names.dst)]);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    expect(before.ClientOrganization!.rows).toBeGreaterThan(30);
    expect(after).toEqual(before);

    const [secBefore, secAfter] = await Promise.all([securityOf(names.src), securityOf(names.dst)]);
    expect(secAfter).toEqual(secBefore);
    expect(secAfter.policies.length).toBeGreaterThan(20);
    expect(
      secAfter.rls.every(
        (r) =>
          r.relname === "_prisma_migrations" ||
          r.relname === "LoginThrottle" ||
          (r.relrowsecurity && r.relforcerowsecurity),
      ),
    ).toBe(true);
  }, 180_000);

  it("still hides every row from the runtime role without a context after the restore", async () => {
    const client = new pg.Client({ connectionString: urlFor(names.dst) });
    await client.connect();
    try {
      await client.query("BEGIN");
      await client.query("SET LOCAL ROLE mainstay_app");
      const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "ClientOrganization"`);
      expect(rows[0]?.n).toBe(0);
    } finally {
      await client.query("ROLLBACK");
      await client.end();
    }
  });
});
