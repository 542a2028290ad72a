import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { DEMO_TENANTS } from "@/lib/seed/demo";
import { ownerDb } from "@/tests/support/db";

/**
 * Issue 19, "what shows it": the demo seed gives each tenant one French-speaking client with
 * French reviews (and a contact who reads Mainstay in French), and posture assessments with
 * history that the published reviews carry. Checked on the seeded demo tenants (lib/seed/seed.ts).
 */
type Content = {
  narrative?: { highlights?: string };
  recommendations?: { title: string }[];
  metrics?: { incidentsOpened?: { source?: string } };
  budget?: { note?: string | null }[];
};

describe("the demo's French-speaking client and posture history", () => {
  for (const spec of DEMO_TENANTS) {
    it(`${spec.name}: ${spec.frenchClient.name} reads its reviews in French, the others in English`, async () => {
      const db = ownerDb();
      const tenant = await db.tenant.findUniqueOrThrow({ where: { slug: spec.slug } });
      const french = await db.clientOrganization.findMany({
        where: { tenantId: tenant.id, reportLocale: "fr" },
        select: { id: true, name: true },
      });
      expect(french.map((o) => o.name)).toEqual([spec.frenchClient.name]);
      const orgId = french[0]!.id;

      const reports = await db.steeringReport.findMany({
        where: { tenantId: tenant.id, status: "PUBLISHED" },
        select: { organizationId: true, metrics: true, narrative: true, recommendations: true, budget: true },
      });
      const ofFrench = reports.filter((r) => r.organizationId === orgId).map((r) => r as unknown as Content);
      const ofOthers = reports.filter((r) => r.organizationId !== orgId).map((r) => r as unknown as Content);
      expect(ofFrench.length).toBeGreaterThan(0);
      expect(ofOthers.length).toBeGreaterThan(0);
      for (const content of ofFrench) {
        // The highlights vary by month (the believable demo); the recommendations do not.
        expect(content.recommendations?.[0]?.title).toMatch(/^Activer l’authentification multifacteur/);
        expect(content.narrative?.highlights).toMatch(/[éèàù’]/);
        expect(content.metrics?.incidentsOpened?.source).toBe("Outil de tickets (PSA)");
        expect(content.budget?.map((l) => l.note)).toContain("Inclus dans le contrat");
      }
      for (const content of ofOthers)
        expect(content.recommendations?.[0]?.title).toMatch(/^Enable multi-factor authentication/);

      // Its contact reads Mainstay in French from the first sign-in.
      const contacts = await db.membership.findMany({
        where: { tenantId: tenant.id, organizationId: orgId, role: "CLIENT" },
        select: { user: { select: { name: true, locale: true } } },
      });
      expect(contacts.map((m) => m.user)).toEqual([{ name: spec.frenchClient.contact, locale: "fr" }]);
    });

    it(`${spec.name}: clients have posture assessments with history, carried by their published reviews`, async () => {
      const db = ownerDb();
      const tenant = await db.tenant.findUniqueOrThrow({ where: { slug: spec.slug } });
      const finals = await db.postureAssessment.groupBy({
        by: ["organizationId"],
        where: { tenantId: tenant.id, status: "FINAL" },
        _count: { _all: true },
      });
      // Several clients assessed, some more than once (a before/after to compare).
      expect(finals.length).toBeGreaterThan(3);
      expect(finals.filter((f) => f._count._all >= 2).length).toBeGreaterThan(1);
      expect(await db.postureAssessment.count({ where: { tenantId: tenant.id, status: "DRAFT" } })).toBe(1);
      // Published reviews carry the trend known at publication: some with two points or more.
      const withTrend = await db.steeringReport.findMany({
        where: { tenantId: tenant.id, status: "PUBLISHED", posture: { not: Prisma.DbNull } },
        select: { posture: true },
      });
      const points = withTrend.map((r) => ((r.posture as { points?: unknown[] } | null)?.points ?? []).length);
      expect(points.some((n) => n >= 2)).toBe(true);
      expect(points.every((n) => n >= 1)).toBe(true);
    });
  }
});
