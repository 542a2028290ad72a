import { describe, expect, it } from "vitest";
import { ownerDb } from "@/tests/support/db";

/**
 * A believable demo (issue 16, item 13), checked on the seeded demo tenants: industries that
 * match the names, call notes and follow-ups that vary, two MSPs whose histories (and so move
 * statistics) differ, and a report's monthly fee that is the figure the portfolio dashboard
 * counts (per user, and per endpoint for a hybrid's backups). Expected values are written here by hand.
 */
const SLUGS = ["northwind", "bluepeak"] as const;
const tenantOf = (slug: string) => ownerDb().tenant.findUniqueOrThrow({ where: { slug } });

/** Spot checks: a name and the industry it says, written by hand. */
const INDUSTRY_OF: Record<string, string> = {
  "Acme Dental": "Dental practice",
  "Birch & Co Accountants": "Accounting",
  "Cedar Logistics": "Logistics",
  "Delta Architects": "Architecture",
  "Maple Veterinary": "Veterinary clinic",
  "Oak Valley School": "Education",
  "Beacon Insurance": "Insurance",
  "Garnet Pharmacy": "Pharmacy",
  "Heron Hotels": "Hospitality",
  "North Coast Dental": "Dental practice",
  "Pebble Accounting": "Accounting",
};

describe("the seeded demo is believable", () => {
  it("each client's industry matches its name, and industries vary", async () => {
    for (const slug of SLUGS) {
      const tenant = await tenantOf(slug);
      const orgs = await ownerDb().clientOrganization.findMany({
        where: { tenantId: tenant.id },
        select: { name: true, industry: true },
      });
      for (const org of orgs) if (INDUSTRY_OF[org.name]) expect(org.industry, org.name).toBe(INDUSTRY_OF[org.name]);
      expect(orgs.every((o) => o.industry)).toBe(true);
      expect(new Set(orgs.map((o) => o.industry)).size, slug).toBeGreaterThanOrEqual(orgs.length - 2);
      // Dental, accounting… never the trade of another name.
      for (const org of orgs) {
        if (/dental/i.test(org.name)) expect(org.industry).toMatch(/dental/i);
        if (/account/i.test(org.name)) expect(org.industry).toMatch(/accounting/i);
      }
    }
  });

  it("call notes and follow-ups vary from client to client", async () => {
    for (const slug of SLUGS) {
      const tenant = await tenantOf(slug);
      const open = await ownerDb().scopingCall.findMany({
        where: { tenantId: tenant.id, followUpDone: false },
        select: { summary: true, needs: true, nextSteps: true, attendees: true },
      });
      expect(open.length, slug).toBeGreaterThanOrEqual(10);
      for (const field of ["summary", "needs", "nextSteps", "attendees"] as const)
        expect(new Set(open.map((c) => c[field])).size, `${slug} ${field}`).toBeGreaterThanOrEqual(4);
      const reports = await ownerDb().steeringReport.findMany({
        where: { tenantId: tenant.id, status: "PUBLISHED" },
        select: { narrative: true },
      });
      const highlights = new Set(reports.map((r) => (r.narrative as { highlights?: string }).highlights));
      expect(highlights.size, slug).toBeGreaterThanOrEqual(3);
    }
  });

  it("the two MSPs have different histories: their moves between models differ", async () => {
    const moves = async (slug: string) => {
      const tenant = await tenantOf(slug);
      const rows = await ownerDb().serviceModelChange.findMany({
        where: { tenantId: tenant.id, fromModel: { not: null } },
        select: { fromModel: true, toModel: true },
      });
      const counts: Record<string, number> = {};
      for (const r of rows)
        counts[`${r.fromModel}→${r.toModel ?? "left"}`] = (counts[`${r.fromModel}→${r.toModel ?? "left"}`] ?? 0) + 1;
      return counts;
    };
    const [north, blue] = await Promise.all([moves("northwind"), moves("bluepeak")]);
    expect(north).not.toEqual(blue);
    // Northwind: a managed client stepped back to hybrid; Bluepeak: none did, and a managed client left.
    expect(north["MANAGED→HYBRID"]).toBe(1);
    expect(blue["MANAGED→HYBRID"] ?? 0).toBe(0);
    expect(blue["MANAGED→left"]).toBe(1);
  });

  it("a report's monthly fee is the dashboard's figure: per user, and per endpoint for a hybrid's backups", async () => {
    for (const slug of SLUGS) {
      const tenant = await tenantOf(slug);
      const reports = await ownerDb().steeringReport.findMany({
        where: { tenantId: tenant.id, status: "PUBLISHED" },
        select: {
          budget: true,
          organization: { select: { name: true, headcount: true, endpoints: true, currentModel: true } },
        },
      });
      expect(reports.length).toBeGreaterThan(5);
      for (const r of reports) {
        const { headcount, endpoints, currentModel } = r.organization;
        // Written by hand, as the dashboard's revenue reads the price list (lib/stats/revenue.ts).
        const fee =
          currentModel === "MANAGED"
            ? headcount * tenant.managedPerUser!
            : headcount * tenant.suitePerUser! + (endpoints ?? headcount) * tenant.backupPerEndpoint!;
        const run = (r.budget as { kind: string; amount: number }[]).find((l) => l.kind === "run");
        expect(run?.amount, r.organization.name).toBeCloseTo(fee, 2);
      }
    }
  });
});
