import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DATASETS, MODEL_COLUMNS, NOT_EXPORTED } from "@/lib/domain/export/datasets";

/** Models of prisma/schema.prisma that have a tenantId column (read from the schema itself, not from the code). */
function tenantOwnedModels(): string[] {
  const schema = readFileSync("prisma/schema.prisma", "utf8");
  return [...schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)]
    .filter(([, , body]) => /^\s+tenantId\s+String/m.test(body!))
    .map(([, name]) => name!)
    .filter((name) => name !== "Tenant");
}

describe("the tenant export's coverage", () => {
  it("exports or deliberately leaves out every tenant-owned table", () => {
    const exported = new Set(DATASETS.map((d) => d.model as string));
    const models = tenantOwnedModels();
    expect(models.length).toBeGreaterThan(15);
    const unaccounted = models.filter((m) => !exported.has(m) && !(m in NOT_EXPORTED));
    expect(unaccounted, "add the table to DATASETS or to NOT_EXPORTED with its reason").toEqual([]);
    const both = models.filter((m) => exported.has(m) && m in NOT_EXPORTED);
    expect(both).toEqual([]);
    for (const name of Object.keys(NOT_EXPORTED)) expect(models, `${name} is not a tenant table`).toContain(name);
  });

  it("takes its columns from the schema, without the tenant id or any secret", () => {
    expect(MODEL_COLUMNS.Intervention).toEqual(expect.arrayContaining(["id", "organizationId", "hours", "amount"]));
    expect(MODEL_COLUMNS.WebhookEndpoint).toContain("secretHint");
    expect(MODEL_COLUMNS.WebhookEndpoint).not.toContain("secretEncrypted");
    for (const columns of Object.values(MODEL_COLUMNS)) expect(columns).not.toContain("tenantId");
    expect(new Set(DATASETS.map((d) => d.name)).size).toBe(DATASETS.length);
  });

  it("describes every dataset on the export page, in every language", () => {
    for (const locale of ["en", "fr"]) {
      const catalog = JSON.parse(readFileSync(`messages/${locale}/export.json`, "utf8")) as {
        datasets: Record<string, string>;
      };
      const missing = DATASETS.map((d) => d.name).filter((name) => !catalog.datasets[name]);
      expect(missing, `messages/${locale}/export.json datasets`).toEqual([]);
    }
  });
});
