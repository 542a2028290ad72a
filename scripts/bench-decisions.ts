// npm run bench:decisions [-- --tenant atlas] [-- --runs 5]
// The portfolio's decision panels (lib/domain/dashboard/query-decisions.ts) on the large data set
// (npm run db:seed:large, docs/performance.md): gives the tenant's client users a year of decisions
// first if it has none (every item of every published review of the last 12 months, a new decision
// superseding the previous one each month: more than any real client signs), then prints the
// statement's EXPLAIN (ANALYZE, BUFFERS) as the tenant's owner under row-level security, for the
// whole portfolio and for one account manager. The decisions it adds are synthetic (their item
// hashes are not the items'): a measuring aid only, never on a real database.
import { parseArgs } from "node:util";
import { withDbContext, type Tx } from "@/lib/db/context";
import { unsafeOwnerDb } from "@/lib/db/owner";
import { queryDecisionPanels } from "@/lib/domain/dashboard/query-decisions";
import { organizationFilter } from "@/lib/domain/dashboard/scope";
import { Prisma } from "@/lib/generated/prisma/client";

// The app's database client validates the whole environment; this script signs nobody in.
process.env.AUTH_SECRET ??= "bench-decisions-only-not-a-secret-0123456789";
const { values } = parseArgs({
  options: { tenant: { type: "string", default: "atlas" }, runs: { type: "string", default: "5" } },
});
const owner = unsafeOwnerDb();
const tenant = await owner.tenant.findUniqueOrThrow({ where: { slug: values.tenant! }, select: { id: true } });

if ((await owner.clientDecision.count({ where: { tenantId: tenant.id } })) === 0) {
  const started = Date.now();
  const added = await owner.$executeRaw`
    WITH client AS (
      SELECT DISTINCT ON (m."organizationId") m."organizationId", m."userId", u.name
      FROM "Membership" m JOIN "User" u ON u.id = m."userId"
      WHERE m."tenantId" = ${tenant.id} AND m.role = 'CLIENT' AND m."removedAt" IS NULL
      ORDER BY m."organizationId", m."createdAt"
    ),
    item AS (
      SELECT r."organizationId", r.id AS "reportId", r."publishedAt", c."userId", c.name, k.kind, e.item->>'id' AS "itemId",
             'bd' || md5(r.id || k.kind || (e.item->>'id')) AS id
      FROM "SteeringReport" r
      JOIN client c ON c."organizationId" = r."organizationId"
      CROSS JOIN LATERAL (VALUES ('recommendation', r.recommendations), ('roadmap', r.roadmap)) k(kind, list)
      CROSS JOIN LATERAL jsonb_array_elements(k.list) e(item)
      WHERE r."tenantId" = ${tenant.id} AND r.status = 'PUBLISHED' AND r."publishedAt" > now() - interval '12 months'
        AND e.item ? 'id'
    )
    INSERT INTO "ClientDecision" (id, "tenantId", "organizationId", "reportId", "itemKind", "itemId", decision, "deferredTo",
                                  signature, "decidedById", "decidedAt", "itemHash", "supersedesId", "createdAt", "updatedAt")
    SELECT i.id, ${tenant.id}, i."organizationId", i."reportId", i.kind::"DecisionItemKind", i."itemId", o.decision::"DecisionOutcome",
           CASE WHEN o.decision = 'DEFERRED' THEN to_char(i."publishedAt" + interval '3 months', 'YYYY-MM') END,
           i.name, i."userId", i."publishedAt" + interval '2 days', md5(i.id) || md5(i."reportId"),
           lag(i.id) OVER (PARTITION BY i."organizationId", i.kind, i."itemId" ORDER BY i."publishedAt"),
           i."publishedAt" + interval '2 days', i."publishedAt" + interval '2 days'
    FROM item i
    CROSS JOIN LATERAL (SELECT CASE abs(hashtext(i.id)) % 10 WHEN 0 THEN 'DEFERRED' WHEN 1 THEN 'DECLINED' WHEN 2 THEN 'DECLINED'
                                    ELSE 'APPROVED' END AS decision) o`;
  await owner.$executeRawUnsafe(`ANALYZE "ClientDecision"`);
  console.log(`Added ${added.toLocaleString("en-US")} synthetic decisions in ${Date.now() - started} ms.`);
}

const staff = await owner.membership.findFirstOrThrow({
  where: { tenantId: tenant.id, role: "OWNER" },
  select: { userId: true },
});
const manager = await owner.clientOrganization.groupBy({
  by: ["accountManagerId"],
  where: { tenantId: tenant.id, accountManagerId: { not: null } },
  _count: true,
  orderBy: { _count: { accountManagerId: "desc" } },
  take: 1,
});
const counts = await owner.$queryRaw<{ decisions: number; organizations: number }[]>`
  SELECT COUNT(*)::int AS decisions, COUNT(DISTINCT "organizationId")::int AS organizations
  FROM "ClientDecision" WHERE "tenantId" = ${tenant.id}`;
console.log(`${values.tenant}: ${counts[0]!.decisions} decisions on ${counts[0]!.organizations} organizations.`);

/** Runs the panels' statement as the owner would, capturing it to EXPLAIN it. */
async function explain(label: string, managerId: string | null) {
  const filter = organizationFilter({ manager: managerId, status: null });
  let captured: Prisma.Sql | null = null;
  const capture = {
    $executeRaw: () => Promise.resolve(0),
    $queryRaw: (strings: TemplateStringsArray, ...params: unknown[]) => {
      captured = Prisma.sql(strings, ...params);
      return Promise.resolve([]);
    },
  } as unknown as Tx;
  await queryDecisionPanels(capture, { tenantId: tenant.id, filter });
  const sql = captured as Prisma.Sql | null;
  if (!sql) throw new Error("no statement captured");
  const times: number[] = [];
  let plan = "";
  for (let run = 0; run < Number(values.runs); run++) {
    const rows = await withDbContext({ tenantId: tenant.id, userId: staff.userId, role: "OWNER" }, async (tx) => {
      await tx.$executeRaw`SELECT set_config('jit', 'off', true)`; // as queryDecisionPanels does
      return tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN (ANALYZE, BUFFERS) ${sql.text}`, ...sql.values);
    });
    plan = rows.map((r) => r["QUERY PLAN"]).join("\n");
    times.push(Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1]));
  }
  const panels = await withDbContext({ tenantId: tenant.id, userId: staff.userId, role: "OWNER" }, (tx) =>
    queryDecisionPanels(tx, { tenantId: tenant.id, filter }),
  );
  times.sort((a, b) => a - b);
  console.log(
    `\n${label}: approved ${panels.approved.total}, declined ${panels.declined.total}; execution ms over ${times.length} runs: ` +
      `min ${times[0]}, median ${times[Math.floor(times.length / 2)]}, max ${times.at(-1)}\n`,
  );
  console.log(plan);
}

try {
  await explain("whole portfolio", null);
  await explain("one account manager", manager[0]?.accountManagerId ?? null);
} finally {
  await owner.$disconnect();
}
