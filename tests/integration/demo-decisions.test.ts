import { describe, expect, it } from "vitest";
import { findStoredItem, ITEM_COLUMN } from "@/lib/decisions/find-item";
import { itemHash } from "@/lib/decisions/item-hash";
import { DEFER_MAX_MONTHS } from "@/lib/domain/decisions/schemas";
import { addMonths, currentPeriod } from "@/lib/reports/period";
import { contentSha256 } from "@/lib/signatures/content-hash";
import { signatureMatches } from "@/lib/signatures/signature-name";
import { ownerDb } from "@/tests/support/db";

/**
 * The demo's client decisions and proposals (lib/seed/demo-decisions.ts) are what the app itself
 * would have recorded: on published reviews of the decider's organization, by an approver of it,
 * signed with their account's name, the hash of the item as published, deferrals within the
 * allowed months, each item's history a line (each decision superseding the one before), never in
 * the future; proposals signed on their snapshot's hash. And the story is there: approvals,
 * a deferral, declines, one superseded decision, a shared and a decided proposal.
 */
const tenantOf = (slug: string) => ownerDb().tenant.findUniqueOrThrow({ where: { slug } });

describe("the demo's decision ledger", () => {
  it("every seeded decision is valid as the app writes one", async () => {
    const northwind = await tenantOf("northwind");
    const decisions = await ownerDb().clientDecision.findMany({
      where: { tenantId: { in: [northwind.id, (await tenantOf("bluepeak")).id] } },
      orderBy: [{ decidedAt: "asc" }, { createdAt: "asc" }],
      include: {
        report: true,
        decidedBy: { include: { user: { select: { name: true } } } },
      },
    });
    expect(decisions.length).toBeGreaterThanOrEqual(8);
    const previousOf = new Map<string, string>();
    for (const d of decisions) {
      expect(d.report.status, d.id).toBe("PUBLISHED");
      expect(d.report.organizationId).toBe(d.organizationId);
      expect(d.decidedAt.getTime()).toBeGreaterThanOrEqual(d.report.publishedAt!.getTime());
      expect(d.decidedAt.getTime()).toBeLessThanOrEqual(Date.now());
      expect(d.decidedBy).toMatchObject({ role: "CLIENT", organizationId: d.organizationId, clientAccess: "APPROVER" });
      expect(signatureMatches(d.signature, d.decidedBy.user.name)).toBe(true);
      const item = findStoredItem(d.report[ITEM_COLUMN[d.itemKind]], d.itemId);
      expect(item, `${d.itemKind} ${d.itemId}`).not.toBeNull();
      expect(d.itemHash).toBe(itemHash(item));
      if (d.decision === "DEFERRED") {
        expect(d.deferredTo! > currentPeriod(d.decidedAt)).toBe(true);
        expect(d.deferredTo! <= addMonths(currentPeriod(d.decidedAt), DEFER_MAX_MONTHS)).toBe(true);
      } else expect(d.deferredTo).toBeNull();
      const key = `${d.organizationId}:${d.itemKind}:${d.itemId}`;
      expect(d.supersedesId).toBe(previousOf.get(key) ?? null);
      previousOf.set(key, d.id);
    }
  });

  it("tells the story: approvals, a deferral, declines, one decision superseded; a shared and a decided proposal", async () => {
    const tenant = await tenantOf("northwind");
    const decisions = await ownerDb().clientDecision.findMany({ where: { tenantId: tenant.id } });
    const outcomes = new Set(decisions.map((d) => d.decision));
    expect(outcomes).toEqual(new Set(["APPROVED", "DEFERRED", "DECLINED"]));
    expect(decisions.filter((d) => d.supersedesId !== null).length).toBeGreaterThanOrEqual(1);
    // The Playwright journeys decide on Cedar Logistics' reviews and share Acme Dental's assessment: nothing there.
    const untouched = await ownerDb().clientOrganization.findMany({
      where: { tenantId: tenant.id, name: { in: ["Cedar Logistics", "Acme Dental"] } },
      select: { id: true },
    });
    expect(untouched).toHaveLength(2);
    expect(decisions.filter((d) => untouched.some((o) => o.id === d.organizationId))).toEqual([]);
    expect(await ownerDb().proposal.count({ where: { organizationId: { in: untouched.map((o) => o.id) } } })).toBe(0);

    const proposals = await ownerDb().proposal.findMany({
      where: { tenantId: { in: [tenant.id, (await tenantOf("bluepeak")).id] } },
      include: { decisions: { include: { decidedBy: { include: { user: { select: { name: true } } } } } } },
    });
    expect(proposals.map((p) => p.status).sort()).toEqual(["DECLINED", "SHARED"]);
    for (const p of proposals) {
      expect(p.snapshotSha256).toBe(contentSha256(p.snapshot));
      for (const d of p.decisions) {
        expect(d.snapshotSha256).toBe(p.snapshotSha256);
        expect(signatureMatches(d.signatureName, d.decidedBy.user.name)).toBe(true);
        expect(d.decidedAt.getTime()).toBeGreaterThan(p.sharedAt.getTime());
      }
    }
  });

  it("one approved roadmap item was delivered: done in its organization's latest published review, gone from later drafts", async () => {
    const tenant = await tenantOf("northwind");
    const org = await ownerDb().clientOrganization.findFirstOrThrow({
      where: { tenantId: tenant.id, name: "Fjord Retail" },
    });
    const approved = await ownerDb().clientDecision.findFirstOrThrow({
      where: { organizationId: org.id, itemKind: "roadmap", decision: "APPROVED" },
    });
    const reports = await ownerDb().steeringReport.findMany({
      where: { organizationId: org.id },
      orderBy: { period: "asc" },
    });
    const latest = reports.filter((r) => r.status === "PUBLISHED").at(-1)!;
    expect(findStoredItem(latest.roadmap, approved.itemId)).toMatchObject({ status: "done" });
    for (const r of reports.filter((r) => r.period > latest.period))
      expect(findStoredItem(r.roadmap, approved.itemId)).toBeNull();
  });
});
