import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { decideItemAction } from "@/lib/actions/decisions";
import { deriveTrails, isApprovedNotDelivered, isDeclined } from "@/lib/decisions/trail";
import type { DashboardData } from "@/lib/domain/dashboard/types";
import { addMonths, currentPeriod } from "@/lib/reports/period";
import { createMember, createReport, createWorld, type World } from "@/lib/seed/factories";
import { getDashboard } from "@/tests/integration/dashboard-support";
import { ownerDb } from "@/tests/support/db";
import { actAs } from "@/tests/support/session";

/**
 * The portfolio's decision panels (lib/domain/dashboard/query-decisions.ts) through
 * GET /api/dashboard, as staff of the tenant under row-level security: "approved, not yet
 * delivered" and "declined risks" by the trail's definitions (lib/decisions/trail.ts) — a
 * superseded decision counts only as its latest, a delivered item drops out, an approved item
 * taken out of the latest published report drops out, a decision on a report withdrawn since
 * does not count; the dashboard's filters apply; another tenant sees nothing; a client user 404.
 * Expectations are written by hand, then cross-checked against deriveTrails on the raw rows.
 */
let w: World;
let other: World;
let approverX: Awaited<ReturnType<typeof createMember>>;
let approverY: Awaited<ReturnType<typeof createMember>>;
let otherApprover: Awaited<ReturnType<typeof createMember>>;

const rec = (id: string, title: string, priority: "high" | "medium" | "low") => ({
  id,
  title,
  detail: null,
  priority,
});
const road = (id: string, title: string, status: string) => ({ id, title, status, targetQuarter: "2026-Q4" });

// Organization X: August and September published, October a draft.
const MFA = rec("itm_dpmfa00000001", "Enable MFA", "high");
const ERP = rec("itm_dperp00000001", "Document the ERP recovery", "medium");
const LOW = rec("itm_dplow00000001", "Archive old projects", "low");
const SHAREPOINT = road("itm_dpsharepoint1", "Migrate to SharePoint", "in_progress");
const NETWORK = road("itm_dpnetwork0001", "Network redesign", "planned");
// Organization Y: a roadmap item declined then delivered anyway; a recommendation approved then removed.
const FIREWALL = road("itm_dpfirewall001", "Firewall update", "in_progress");
const BACKUP = rec("itm_dpbackup00001", "Extend backup storage", "high");
const WITHDRAWN_ITEM = rec("itm_dpwithdrawn01", "Item of a withdrawn report", "high");

const ids = {} as Record<"xAug" | "xSep" | "yAug" | "ySep" | "yJul" | "otherAug", string>;

async function decide(
  user: { id: string; name: string },
  input: { reportId: string; itemKind: "recommendation" | "roadmap"; itemId: string; decision: string } & Record<
    string,
    string
  >,
) {
  actAs(user);
  const current = await ownerDb().clientDecision.findFirst({
    where: { itemId: input.itemId, decidedById: user.id },
    orderBy: [{ decidedAt: "desc" }, { createdAt: "desc" }],
    select: { id: true },
  });
  const result = await decideItemAction({
    deferredTo: "",
    note: "",
    signature: user.name,
    supersedes: current?.id ?? "",
    idempotencyKey: randomUUID(),
    ...input,
  });
  expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
}

const report = async (
  world: World,
  organizationId: string,
  period: string,
  content: { recommendations: object[]; roadmap: object[]; status?: "PUBLISHED" | "DRAFT" },
) =>
  (
    await createReport(ownerDb(), {
      tenantId: world.tenant.id,
      organizationId,
      authorId: world.manager.user.id,
      period,
      status: content.status ?? "PUBLISHED",
      content: { recommendations: content.recommendations, roadmap: content.roadmap } as never,
    })
  ).id;

beforeAll(async () => {
  [w, other] = await Promise.all([createWorld(ownerDb()), createWorld(ownerDb())]);
  const approver = (world: World, organizationId: string, name: string) =>
    createMember(ownerDb(), {
      tenantId: world.tenant.id,
      role: "CLIENT",
      organizationId,
      clientAccess: "APPROVER",
      name,
    });
  [approverX, approverY, otherApprover] = await Promise.all([
    approver(w, w.orgX.id, "Xavier Approver"),
    approver(w, w.orgY.id, "Yvonne Approver"),
    approver(other, other.orgX.id, "Olga Elsewhere"),
  ]);
  // Organization Y belongs to the owner; X to the account manager (the manager filter splits them).
  await ownerDb().clientOrganization.update({
    where: { tenantId_id: { tenantId: w.orgY.tenantId, id: w.orgY.id } },
    data: { accountManagerId: w.owner.user.id },
  });

  ids.xAug = await report(w, w.orgX.id, "2026-08", {
    recommendations: [MFA, ERP, LOW],
    roadmap: [SHAREPOINT, NETWORK],
  });
  ids.yAug = await report(w, w.orgY.id, "2026-08", { recommendations: [BACKUP], roadmap: [FIREWALL] });
  ids.yJul = await report(w, w.orgY.id, "2026-07", { recommendations: [WITHDRAWN_ITEM], roadmap: [] });
  ids.otherAug = await report(other, other.orgX.id, "2026-08", { recommendations: [MFA], roadmap: [NETWORK] });

  const later = addMonths(currentPeriod(), 2);
  await decide(approverX.user, {
    reportId: ids.xAug,
    itemKind: "roadmap",
    itemId: SHAREPOINT.id,
    decision: "APPROVED",
  });
  await decide(approverX.user, { reportId: ids.xAug, itemKind: "roadmap", itemId: NETWORK.id, decision: "APPROVED" });
  await decide(approverX.user, {
    reportId: ids.xAug,
    itemKind: "recommendation",
    itemId: MFA.id,
    decision: "APPROVED",
  });
  await decide(approverX.user, {
    reportId: ids.xAug,
    itemKind: "recommendation",
    itemId: ERP.id,
    decision: "DEFERRED",
    deferredTo: later,
  });
  await decide(approverX.user, {
    reportId: ids.xAug,
    itemKind: "recommendation",
    itemId: LOW.id,
    decision: "DECLINED",
    note: "Not worth it.",
  });
  await decide(approverY.user, {
    reportId: ids.yAug,
    itemKind: "roadmap",
    itemId: FIREWALL.id,
    decision: "DECLINED",
  });
  await decide(approverY.user, {
    reportId: ids.yAug,
    itemKind: "recommendation",
    itemId: BACKUP.id,
    decision: "APPROVED",
  });
  await decide(approverY.user, {
    reportId: ids.yJul,
    itemKind: "recommendation",
    itemId: WITHDRAWN_ITEM.id,
    decision: "DECLINED",
  });
  await decide(otherApprover.user, {
    reportId: ids.otherAug,
    itemKind: "recommendation",
    itemId: MFA.id,
    decision: "DECLINED",
  });
  await decide(otherApprover.user, {
    reportId: ids.otherAug,
    itemKind: "roadmap",
    itemId: NETWORK.id,
    decision: "APPROVED",
  });

  // September, published after the decisions: MFA is then declined on it (superseding the
  // approval), SharePoint is done (delivered), the firewall was delivered anyway, the backup
  // recommendation is taken out. July's report is withdrawn (its decision no longer counts).
  ids.xSep = await report(w, w.orgX.id, "2026-09", {
    recommendations: [MFA, ERP, { ...LOW, title: "Archive the old projects" }],
    roadmap: [{ ...SHAREPOINT, status: "done" }, NETWORK],
  });
  ids.ySep = await report(w, w.orgY.id, "2026-09", { recommendations: [], roadmap: [{ ...FIREWALL, status: "done" }] });
  await report(w, w.orgX.id, "2026-10", { recommendations: [MFA], roadmap: [NETWORK], status: "DRAFT" });
  await decide(approverX.user, {
    reportId: ids.xSep,
    itemKind: "recommendation",
    itemId: MFA.id,
    decision: "DECLINED",
    note: "Changed our mind.",
  });
  await ownerDb().steeringReport.update({ where: { id: ids.yJul }, data: { status: "WITHDRAWN" } });
});

async function panels(world: World, query = ""): Promise<DashboardData["decisions"]> {
  actAs(world.owner.user);
  const { status, body } = await getDashboard(query);
  expect(status).toBe(200);
  return body.decisions;
}

describe("the portfolio's decision panels", () => {
  it("approved, not yet delivered: the item still in the latest published report, not done; superseded and delivered ones drop out", async () => {
    const { approved } = await panels(w);
    expect(approved.total).toBe(1);
    expect(approved.items).toEqual([
      expect.objectContaining({
        organizationId: w.orgX.id,
        organizationName: w.orgX.name,
        itemKind: "roadmap",
        itemId: NETWORK.id,
        title: "Network redesign",
        stage: "approved",
        status: "planned",
        targetQuarter: "2026-Q4",
        priority: null,
        signature: "Xavier Approver",
        decidedOn: { reportId: ids.xAug, period: "2026-08" },
        source: { reportId: ids.xSep, period: "2026-09" },
      }),
    ]);
    expect(new Date(approved.items[0]!.decidedAt).getTime()).toBeLessThanOrEqual(Date.now());
  });

  it("declined risks: the decision in force, highest priority first, with who, when, the note and the source; delivered-anyway and withdrawn ones drop out", async () => {
    const { declined } = await panels(w);
    expect(declined.total).toBe(2);
    expect(declined.items.map((d) => [d.itemId, d.priority])).toEqual([
      [MFA.id, "high"],
      [LOW.id, "low"],
    ]);
    expect(declined.items[0]).toMatchObject({
      organizationId: w.orgX.id,
      itemKind: "recommendation",
      title: "Enable MFA",
      signature: "Xavier Approver",
      note: "Changed our mind.",
      decidedOn: { reportId: ids.xSep, period: "2026-09" },
      source: { reportId: ids.xSep, period: "2026-09" },
    });
    // Worded as in the latest published report that lists it.
    expect(declined.items[1]).toMatchObject({ title: "Archive the old projects", note: "Not worth it." });
  });

  it("agrees with the trail's own derivation on the raw rows (lib/decisions/trail.ts)", async () => {
    const expected = { approved: new Set<string>(), declined: new Set<string>() };
    for (const organizationId of [w.orgX.id, w.orgY.id]) {
      const reports = await ownerDb().steeringReport.findMany({ where: { organizationId, status: "PUBLISHED" } });
      const published = new Set(reports.map((r) => r.id));
      const decisions = (await ownerDb().clientDecision.findMany({ where: { organizationId } })).filter((d) =>
        published.has(d.reportId),
      );
      for (const item of deriveTrails({ reports, decisions }).items) {
        if (isApprovedNotDelivered(item)) expected.approved.add(item.itemId);
        if (isDeclined(item)) expected.declined.add(item.itemId);
      }
    }
    const got = await panels(w);
    expect(new Set(got.approved.items.map((i) => i.itemId))).toEqual(expected.approved);
    expect(new Set(got.declined.items.map((i) => i.itemId))).toEqual(expected.declined);
  });

  it("follows the account-manager and lifecycle filters; former clients are left out", async () => {
    const manager = await panels(w, `manager=${w.owner.user.id}`);
    expect(manager.approved.total + manager.declined.total).toBe(0);
    const mine = await panels(w, `manager=${w.manager.user.id}`);
    expect(mine.declined.total).toBe(2);
    expect((await panels(w, "status=PROSPECT")).declined.total).toBe(0);
    await ownerDb().clientOrganization.update({
      where: { tenantId_id: { tenantId: w.orgX.tenantId, id: w.orgX.id } },
      data: { lifecycleStatus: "FORMER" },
    });
    try {
      const former = await panels(w);
      expect(former.approved.total + former.declined.total).toBe(0);
    } finally {
      await ownerDb().clientOrganization.update({
        where: { tenantId_id: { tenantId: w.orgX.tenantId, id: w.orgX.id } },
        data: { lifecycleStatus: "ACTIVE" },
      });
    }
    expect((await panels(w)).declined.total).toBe(2);
  });

  it("is the tenant's own: another tenant sees only its decisions, a client user gets 404", async () => {
    const elsewhere = await panels(other);
    expect(elsewhere.approved.items.map((i) => i.organizationId)).toEqual([other.orgX.id]);
    expect(elsewhere.declined.items.map((i) => i.organizationId)).toEqual([other.orgX.id]);
    const mine = await panels(w);
    for (const item of [...mine.approved.items, ...mine.declined.items])
      expect([w.orgX.id, w.orgY.id]).toContain(item.organizationId);

    actAs(approverX.user);
    expect((await getDashboard()).status).toBe(404);
  });

  it("a new decision shows on the next request (the cached dashboard is invalidated by it)", async () => {
    const before = await panels(w);
    await decide(approverX.user, {
      reportId: ids.xSep,
      itemKind: "recommendation",
      itemId: ERP.id,
      decision: "APPROVED",
    });
    const after = await panels(w);
    expect(after.approved.total).toBe(before.approved.total + 1);
    // Recommendations have no status: one the client approved waits while it is in the latest review.
    expect(after.approved.items.find((i) => i.itemId === ERP.id)).toMatchObject({
      stage: "approved",
      status: null,
      priority: "medium",
      source: { reportId: ids.xSep, period: "2026-09" },
    });
  });
});
