import { describe, expect, it } from "vitest";
import type { CatalogKey, CatalogSnapshot, CatalogTable } from "@/lib/db/citus/catalog";
import { checkCitusReadiness, fixMigration, type Layout } from "@/lib/db/citus/check";

const layout: Layout = {
  tables: {
    "public.Tenant": { placement: "reference", why: "small" },
    "public.Throttle": { placement: "local", why: "hot" },
  },
  schemas: { queue: { placement: "local", why: "jobs" } },
};

const table = (name: string, columns: string[], nullable: string[] = [], schema = "public"): CatalogTable => ({
  schema,
  name,
  columns: columns.map((c) => ({ name: c, notNull: !nullable.includes(c) })),
});
const pk = (t: string, columns: string[]): CatalogKey => ({
  schema: "public",
  table: t,
  name: `${t}_pkey`,
  kind: "primary key",
  columns,
  definition: `PRIMARY KEY (${columns.join(", ")})`,
});
const uniqueIndex = (t: string, name: string, columns: string[], where = ""): CatalogKey => ({
  schema: "public",
  table: t,
  name,
  kind: "unique",
  columns,
  indexOnly: true,
  expressionOrPartial: where !== "",
  definition: `CREATE UNIQUE INDEX "${name}" ON public."${t}" USING btree (${columns.map((c) => `"${c}"`).join(", ")})${where}`,
});
const fk = (
  t: string,
  name: string,
  columns: string[],
  ref: { table: string; columns: string[]; onDelete?: string },
): CatalogKey => ({
  schema: "public",
  table: t,
  name,
  kind: "foreign key",
  columns,
  definition: "",
  references: {
    schema: "public",
    table: ref.table,
    columns: ref.columns,
    onDelete: ref.onDelete ?? "CASCADE",
    onUpdate: "CASCADE",
  },
});

function snapshot(): CatalogSnapshot {
  return {
    tables: [
      table("Tenant", ["id", "slug"]),
      table("Throttle", ["key"]),
      table("Org", ["id", "tenantId", "name"]),
      table("Note", ["id", "tenantId", "orgId", "token"]),
      table("Log", ["id", "tenantId"], ["tenantId"]),
      table("job", ["id", "name"], [], "queue"),
    ],
    keys: [
      pk("Tenant", ["id"]),
      uniqueIndex("Tenant", "Tenant_slug_key", ["slug"]),
      pk("Throttle", ["key"]),
      pk("Org", ["id"]),
      uniqueIndex("Org", "Org_tenantId_id_key", ["tenantId", "id"]),
      fk("Org", "Org_tenantId_fkey", ["tenantId"], { table: "Tenant", columns: ["id"] }),
      pk("Note", ["tenantId", "id"]),
      fk("Note", "Note_orgId_fkey", ["orgId"], { table: "Org", columns: ["id"], onDelete: "SET NULL" }),
      fk("Note", "Note_tenantId_orgId_fkey", ["tenantId", "orgId"], { table: "Org", columns: ["tenantId", "id"] }),
      uniqueIndex("Note", "Note_token_key", ["token"], ` WHERE ("token" IS NOT NULL)`),
      pk("Log", ["id"]),
      { ...pk("job", ["name", "id"]), schema: "queue" },
    ],
  };
}

describe("checkCitusReadiness", () => {
  it("places tables: tenantId means distributed, the rest as declared", () => {
    const report = checkCitusReadiness(snapshot(), layout);
    const where = Object.fromEntries(report.placements.map((p) => [p.table, p.placement]));
    expect(where).toEqual({
      Tenant: "reference",
      Throttle: "local",
      Org: "distributed",
      Note: "distributed",
      Log: "distributed",
      "queue.job": "local",
    });
    expect(report.stale).toEqual([]);
  });

  it("finds each key without tenantId on a distributed table, and nothing else", () => {
    const report = checkCitusReadiness(snapshot(), layout);
    expect(report.findings.map((f) => `${f.kind}:${f.name}`).sort()).toEqual([
      "distribution column:Log.tenantId",
      "foreign key:Note_orgId_fkey",
      "primary key:Log_pkey",
      "primary key:Org_pkey",
      "unique:Note_token_key",
    ]);
    expect(report.allowed.map((a) => a.name).sort()).toEqual([
      "Tenant_pkey",
      "Tenant_slug_key",
      "Throttle_pkey",
      "job_pkey",
    ]);
  });

  it("promotes an existing (tenantId, id) unique index to the primary key", () => {
    const findings = checkCitusReadiness(snapshot(), layout).findings;
    const org = findings.find((f) => f.name === "Org_pkey")!;
    expect(org.drop).toEqual([`ALTER TABLE "Org" DROP CONSTRAINT "Org_pkey"`]);
    expect(org.add).toEqual([
      `ALTER TABLE "Org" ADD CONSTRAINT "Org_pkey" PRIMARY KEY USING INDEX "Org_tenantId_id_key"`,
    ]);
    const log = findings.find((f) => f.name === "Log_pkey")!;
    expect(log.add).toEqual([`ALTER TABLE "Log" ADD CONSTRAINT "Log_pkey" PRIMARY KEY ("tenantId", "id")`]);
  });

  it("rebuilds a partial unique index with tenantId first, keeping its WHERE clause", () => {
    const token = checkCitusReadiness(snapshot(), layout).findings.find((f) => f.name === "Note_token_key")!;
    expect(token.drop).toEqual([`DROP INDEX "Note_token_key"`]);
    expect(token.add).toEqual([
      `CREATE UNIQUE INDEX "Note_tenantId_token_key" ON public."Note" USING btree ("tenantId", "token") WHERE ("token" IS NOT NULL)`,
    ]);
  });

  it("makes a foreign key between distributed tables composite; SET NULL clears only its own column", () => {
    const f = checkCitusReadiness(snapshot(), layout).findings.find((x) => x.name === "Note_orgId_fkey")!;
    expect(f.add).toEqual([
      `ALTER TABLE "Note" ADD CONSTRAINT "Note_orgId_fkey" FOREIGN KEY ("tenantId", "orgId") REFERENCES "Org" ("tenantId", "id") ON DELETE SET NULL ("orgId") ON UPDATE CASCADE`,
    ]);
  });

  it("refuses keys from a reference or local table into a distributed one, and unplaced tables", () => {
    const s = snapshot();
    s.tables.push(table("Orphan", ["id"]));
    s.keys.push(fk("Tenant", "Tenant_firstOrg_fkey", ["firstOrgId"], { table: "Org", columns: ["id"] }));
    s.keys.push(fk("Throttle", "Throttle_org_fkey", ["orgId"], { table: "Org", columns: ["id"] }));
    const report = checkCitusReadiness(s, {
      ...layout,
      tables: { ...layout.tables, "public.Gone": layout.tables["public.Tenant"]! },
    });
    const names = report.findings.map((f) => `${f.kind}:${f.name}`);
    expect(names).toContain("foreign key:Tenant_firstOrg_fkey");
    expect(names).toContain("foreign key:Throttle_org_fkey");
    expect(names).toContain("placement:Orphan");
    expect(report.stale).toEqual(["public.Gone"]);
  });

  it("orders the migration: foreign keys dropped first and added last", () => {
    const sql = fixMigration(checkCitusReadiness(snapshot(), layout).findings);
    const at = (needle: string) => sql.findIndex((s) => s.includes(needle));
    expect(at(`DROP CONSTRAINT "Note_orgId_fkey"`)).toBeLessThan(at(`DROP CONSTRAINT "Org_pkey"`));
    expect(at(`SET NOT NULL`)).toBeLessThan(at(`"Log_pkey" PRIMARY KEY`));
    expect(at(`"Org_pkey" PRIMARY KEY`)).toBeLessThan(at(`ADD CONSTRAINT "Note_orgId_fkey"`));
    expect(sql).toHaveLength(9);
  });
});
