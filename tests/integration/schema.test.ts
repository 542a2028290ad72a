import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { ownerDb } from "@/tests/support/db";

/**
 * The committed migrations must create exactly the schema the generated Prisma
 * client expects: every scalar field of every model is a column (selecting it
 * fails otherwise), and no table has columns the client does not know.
 */
const models = Object.values(Prisma.ModelName);

function scalarFields(model: string): string[] {
  const enumName = `${model}ScalarFieldEnum` as keyof typeof Prisma;
  return Object.values(Prisma[enumName] as Record<string, string>);
}

describe("migrations ↔ Prisma client", () => {
  it.each(models)("%s: every field is a column and every column a field", async (model) => {
    const db = ownerDb();
    const fields = scalarFields(model);
    const delegate = (db as unknown as Record<string, { findFirst: (a: unknown) => Promise<unknown> }>)[
      model.charAt(0).toLowerCase() + model.slice(1)
    ];
    // Throws "column does not exist" if a migration forgot a column.
    await delegate!.findFirst({ select: Object.fromEntries(fields.map((f) => [f, true])) });
    const columns = await db.$queryRaw<{ column_name: string }[]>`
      SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = ${model}`;
    expect(columns.map((c) => c.column_name).sort()).toEqual([...fields].sort());
  });

  it("records every migration as applied, as Prisma Migrate would", async () => {
    const rows = await ownerDb().$queryRaw<{ migration_name: string; finished_at: Date | null; checksum: string }[]>`
      SELECT migration_name, finished_at, checksum FROM "_prisma_migrations" ORDER BY migration_name`;
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) {
      expect(row.finished_at).not.toBeNull();
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
    }
  });
});
