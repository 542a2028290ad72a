import pg from "pg";
import { hashPassword } from "@/lib/auth/password";
import { prng } from "@/lib/seed/demo";
import { buildResultCatalog, DEFAULT_TENANT_PRICING, type ResultCatalog } from "@/lib/seed/large/engine-results";
import { personName } from "@/lib/seed/large/content";
import { createIdFactory } from "@/lib/seed/large/ids";
import { addOrganization, type TenantContext } from "@/lib/seed/large/organization-rows";
import {
  BENCH_PASSWORD,
  benchWriterEmail,
  clientEmail,
  largeSeedPlan,
  managerEmail,
  ownerEmail,
  type PlanOptions,
  type TenantPlan,
} from "@/lib/seed/large/plan";
import { resetLargeSeed } from "@/lib/seed/large/reset";
import { BatchWriter, TABLES } from "@/lib/seed/large/writer";

/**
 * The large data set (issue 9): batch inserts through `pg` on the OWNER
 * connection (BYPASSRLS), one transaction per tenant — a tenant is there
 * whole or not at all, so a run that stopped half way is resumed by running
 * again (existing tenants are skipped). The large tenant is written last: when
 * it exists, the data set is complete and the command says so and stops.
 */
export type LargeSeedOptions = PlanOptions & {
  /** Owner connection (MIGRATE_DATABASE_URL): bypasses row-level security. */
  connectionString: string;
  /** Delete the large seed's tenants first. */
  reset?: boolean;
  /** The embedded PGlite is refused unless this is set (the integration test on a machine without PostgreSQL). */
  allowEmbedded?: boolean;
  now?: Date;
  log?: (line: string) => void;
};

export type LargeSeedResult = {
  status: "seeded" | "exists";
  tenants: { slug: string; name: string; organizations: number; skipped: boolean }[];
  /** Rows inserted by this run, per table. */
  rows: Record<string, number>;
  elapsedMs: number;
  signIns: { role: string; email: string }[];
  password: string;
};

const CHUNK = 250;
const fmt = (n: number) => n.toLocaleString("en-US");

export class EmbeddedDatabaseRefused extends Error {}

export async function assertRealPostgres(client: pg.ClientBase): Promise<string> {
  const { rows } = await client.query<{ version: string }>("SELECT version()");
  const version = rows[0]?.version ?? "";
  if (/pglite|emscripten|wasm/i.test(version)) {
    throw new EmbeddedDatabaseRefused(
      "db:seed:large needs a real PostgreSQL server: this is the embedded PGlite (one WebAssembly session, not representative of production). " +
        "Set MIGRATE_DATABASE_URL (owner role) and DATABASE_URL (mainstay_app) to a PostgreSQL 15+ database.",
    );
  }
  return version;
}

export function signInsOf(plan: TenantPlan): { role: string; email: string }[] {
  return [
    { role: "OWNER", email: ownerEmail(plan.slug) },
    { role: "ACCOUNT_MANAGER", email: managerEmail(plan.slug, 0) },
    ...(plan.benchWriter ? [{ role: "ACCOUNT_MANAGER (benchmark writes)", email: benchWriterEmail(plan.slug) }] : []),
    { role: "CLIENT", email: clientEmail(plan.slug, 0) },
  ];
}

export async function seedLarge(options: LargeSeedOptions): Promise<LargeSeedResult> {
  const log = options.log ?? (() => {});
  const started = Date.now();
  const now = options.now ?? new Date();
  const plans = largeSeedPlan(options);
  const large = plans[plans.length - 1]!;
  const client = new pg.Client({ connectionString: options.connectionString });
  await client.connect();
  const rows: Record<string, number> = Object.fromEntries(TABLES.map((t) => [t.table, 0]));
  const result = (status: LargeSeedResult["status"], tenants: LargeSeedResult["tenants"]): LargeSeedResult => ({
    status,
    tenants,
    rows,
    elapsedMs: Date.now() - started,
    signIns: signInsOf(large),
    password: BENCH_PASSWORD,
  });
  try {
    if (!options.allowEmbedded) await assertRealPostgres(client);
    const slugs = plans.map((p) => p.slug);
    if (options.reset) await resetLargeSeed(client, slugs, log);
    const existing = new Set(
      (
        await client.query<{ slug: string }>(`SELECT slug FROM "Tenant" WHERE slug = ANY($1::text[])`, [slugs])
      ).rows.map((r) => r.slug),
    );
    if (existing.has(large.slug)) {
      log(
        `The large data set is already there (tenant "${large.slug}" exists). Nothing to do; run with --reset to rebuild it.`,
      );
      return result(
        "exists",
        plans.map((p) => ({ slug: p.slug, name: p.name, organizations: p.organizations, skipped: true })),
      );
    }
    const passwordHash = await hashPassword(BENCH_PASSWORD); // one argon2id hash, shared by every generated account
    const catalog = buildResultCatalog(DEFAULT_TENANT_PRICING);
    const tenants: LargeSeedResult["tenants"] = [];
    let written = 0;
    for (const [k, plan] of plans.entries()) {
      const label = `[tenant ${k + 1}/${plans.length}] ${plan.slug} (${plan.name})`;
      if (existing.has(plan.slug)) {
        log(`${label}: exists, skipped`);
        tenants.push({ slug: plan.slug, name: plan.name, organizations: plan.organizations, skipped: true });
        continue;
      }
      const tenantStarted = Date.now();
      const writer = new BatchWriter(client, TABLES);
      await client.query("BEGIN");
      try {
        // Room for the unnest() of a batch in memory; nothing waits on this transaction's commit.
        await client.query("SET LOCAL work_mem = '64MB'; SET LOCAL synchronous_commit = off");
        await seedTenant(writer, plan, { now, passwordHash, catalog }, (done) => {
          if (plan.organizations >= 1_000) {
            const total = written + sum(writer.counts);
            log(
              `${label}: ${fmt(done)}/${fmt(plan.organizations)} organizations, ${fmt(total)} rows so far, ${fmt(Math.round(total / ((Date.now() - started) / 1000)))} rows/s`,
            );
          }
        });
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        throw error;
      }
      const tenantRows = sum(writer.counts);
      written += tenantRows;
      for (const [table, n] of Object.entries(writer.counts)) rows[table] = (rows[table] ?? 0) + n;
      const seconds = (Date.now() - tenantStarted) / 1000;
      log(
        `${label}: ${fmt(plan.organizations)} organizations, ${fmt(tenantRows)} rows in ${seconds.toFixed(1)} s (${fmt(Math.round(tenantRows / seconds))} rows/s)`,
      );
      tenants.push({ slug: plan.slug, name: plan.name, organizations: plan.organizations, skipped: false });
    }
    const analyzeStarted = Date.now();
    await client.query(`ANALYZE ${[...new Set(TABLES.map((t) => `"${t.table}"`))].join(", ")}`);
    log(`ANALYZE in ${((Date.now() - analyzeStarted) / 1000).toFixed(1)} s`);
    return result("seeded", tenants);
  } finally {
    await client.end();
  }
}

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

type Shared = { now: Date; passwordHash: string; catalog: ResultCatalog };

async function seedTenant(
  writer: BatchWriter,
  plan: TenantPlan,
  shared: Shared,
  progress: (organizations: number) => void,
) {
  const ids = createIdFactory();
  const rng = prng(plan.seed);
  const { now, passwordHash } = shared;
  const since = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - plan.months - 2, 1)).toISOString();
  const tenantId = ids();
  writer.add("Tenant", {
    id: tenantId,
    name: plan.name,
    slug: plan.slug,
    currency: "EUR",
    createdAt: since,
    updatedAt: since,
  });
  const staff = (email: string, name: string, role: "OWNER" | "ACCOUNT_MANAGER") => {
    const userId = ids();
    writer.add("User", {
      id: userId,
      email,
      name,
      passwordHash,
      lastLoginAt: null,
      createdAt: since,
      updatedAt: since,
    });
    writer.add("Membership", {
      id: ids(),
      tenantId,
      userId,
      role,
      organizationId: null,
      createdAt: since,
      updatedAt: since,
    });
    return userId;
  };
  const ownerId = staff(ownerEmail(plan.slug), personName(plan.seed % 300), "OWNER");
  const managerIds = Array.from({ length: plan.managers }, (_, i) =>
    staff(managerEmail(plan.slug, i), personName(i * 7 + 3), "ACCOUNT_MANAGER"),
  );
  if (plan.benchWriter) staff(benchWriterEmail(plan.slug), "Bench Writer", "ACCOUNT_MANAGER");

  const ctx: TenantContext = {
    tenantId,
    slug: plan.slug,
    now,
    ids,
    rng,
    catalog: shared.catalog,
    ownerId,
    managerIds,
    months: plan.months,
    clientUserShare: plan.clientUserShare,
    passwordHash,
    clientEmail: (i) => clientEmail(plan.slug, i),
    clientName: (orgName) => `${orgName} contact`,
    clientUsers: 0,
  };
  for (let i = 0; i < plan.organizations; i++) {
    addOrganization(writer, ctx, i);
    if ((i + 1) % CHUNK === 0 || i + 1 === plan.organizations) {
      await writer.flush();
      progress(i + 1);
    }
  }
  await writer.flush();
}
