import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { DEMO_TENANTS, seedDemoTenant } from "@/lib/seed/demo";
import { seedDemoDecisions } from "@/lib/seed/demo-decisions";
import type { OwnerDb } from "@/lib/seed/factories";
import { ownerDb } from "@/tests/support/db";
import { datedInTheFuture } from "@/tests/support/demo-dates";

/**
 * Issue 16, item 6: the demo publishes nothing in the future and dates no figure after its
 * report. Checked on the seeded demo tenants, and on a copy of each seeded (then rolled back)
 * with the clock on the days where it used to go wrong: the first days of a month (last month's
 * review was "published" on the 4th) and before the 28th (figures were "as of" the 28th).
 */
class Rollback extends Error {}

describe("the seeded demo tells nothing from the future", () => {
  for (const spec of DEMO_TENANTS) {
    it(`${spec.name}: nothing published or dated after today, no figure after its report`, async () => {
      const tenant = await ownerDb().tenant.findUniqueOrThrow({ where: { slug: spec.slug } });
      expect(
        await ownerDb().steeringReport.count({ where: { tenantId: tenant.id, status: "PUBLISHED" } }),
      ).toBeGreaterThan(5);
      expect(await datedInTheFuture(ownerDb(), tenant.id, new Date())).toEqual([]);
    });
  }

  for (const clock of [
    "2026-03-01T00:30:00Z",
    "2026-03-03T23:00:00Z",
    "2024-02-29T12:00:00Z",
    "2026-07-15T08:00:00Z",
  ]) {
    it(`seeded on ${clock}`, async () => {
      const now = new Date(clock);
      const spec = DEMO_TENANTS[0]!;
      const tag = randomUUID().slice(0, 8);
      let problems: string[] = ["not run"];
      let decided = 0;
      await ownerDb()
        .$transaction(
          async (tx) => {
            const { tenant } = await seedDemoTenant(
              tx as unknown as OwnerDb,
              {
                ...spec,
                slug: `clock-${tag}`,
                owner: { ...spec.owner, email: `owner.${tag}@clock.test` },
                managers: spec.managers.map((m, i) => ({ ...m, email: `m${i}.${tag}@clock.test` })),
              },
              now,
            );
            // The ledger's story too (decisions, proposals), on the same clock.
            decided = await seedDemoDecisions(
              tx as unknown as OwnerDb,
              { slug: `clock-${tag}`, story: spec.slug },
              now,
            );
            problems = await datedInTheFuture(tx as unknown as OwnerDb, tenant.id, now);
            throw new Rollback();
          },
          { timeout: 120_000 },
        )
        .catch((error) => {
          if (!(error instanceof Rollback)) throw error;
        });
      expect(problems).toEqual([]);
      expect(decided).toBeGreaterThanOrEqual(6);
    });
  }
});
