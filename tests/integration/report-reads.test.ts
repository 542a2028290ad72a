import { beforeAll, describe, expect, it } from "vitest";
import { commentOnReportAction } from "@/lib/actions/reports";
import { listNewClientComments } from "@/lib/domain/reports/list-new-client-comments";
import { listPortalReports } from "@/lib/domain/reports/list-portal-reports";
import { markReportRead } from "@/lib/domain/reports/mark-report-read";
import { withDbContext } from "@/lib/db/context";
import { createMember, createWorld, type World } from "@/lib/seed/factories";
import { ownerDb } from "@/tests/support/db";
import { actAs } from "@/tests/support/session";
import { actorOf, key, readAs, report } from "./reports-support";

/**
 * Unread means unread (issue 16, item 11): a client's "New" clears when THAT user has opened the
 * review (per user, not per organization); staff see the client comments posted since they last
 * opened each report, with a count, and opening the report clears them — for that staff member only.
 */
let w: World;
let other: World;
let may: { id: string };
let june: { id: string };
let draft: { id: string };
let colleague: Awaited<ReturnType<typeof createMember>>;
beforeAll(async () => {
  [w, other] = await Promise.all([createWorld(ownerDb()), createWorld(ownerDb())]);
  const base = { tenantId: w.tenant.id, organizationId: w.orgX.id, authorId: w.manager.user.id };
  may = await report({ ...base, period: "2025-05", status: "PUBLISHED" });
  june = await report({ ...base, period: "2025-06", status: "PUBLISHED" });
  draft = await report({ ...base, period: "2025-07" });
  colleague = await createMember(ownerDb(), { tenantId: w.tenant.id, role: "CLIENT", organizationId: w.orgX.id });
});

const portalState = async (user: { id: string }) => {
  const actor = await actorOf(user);
  const { reports } = await readAs(actor, (tx) => listPortalReports(tx, actor));
  return Object.fromEntries(reports.map((r) => [r.period, r.readAt !== null]));
};
const open = async (user: { id: string }, reportId: string, now?: Date) => {
  const actor = await actorOf(user);
  return readAs(actor, (tx) => markReportRead(tx, actor, reportId, { now }));
};
const newComments = async (user: { id: string }) => {
  const actor = await actorOf(user);
  return readAs(actor, (tx) => listNewClientComments(tx, actor));
};

describe("the client's New badge", () => {
  it("is there until that user opens the review, and only for that user", async () => {
    expect(await portalState(w.clientX.user)).toEqual({ "2025-06": false, "2025-05": false });
    await open(w.clientX.user, june.id);
    expect(await portalState(w.clientX.user)).toEqual({ "2025-06": true, "2025-05": false });
    // A colleague of the same organization has not opened it: still new for them.
    expect(await portalState(colleague.user)).toEqual({ "2025-06": false, "2025-05": false });
    // Opening again moves the time forward, one row per user and report.
    const later = new Date(Date.now() + 1000);
    await open(w.clientX.user, june.id, later);
    const rows = await ownerDb().reportRead.findMany({ where: { reportId: june.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ userId: w.clientX.user.id, tenantId: w.tenant.id, readAt: later });
  });

  it("cannot be written for a report the user may not read: a draft, another organization's, another tenant's", async () => {
    await expect(open(w.clientX.user, draft.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(open(w.clientY.user, june.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(open(other.clientX.user, june.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(open(other.owner.user, june.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const rows = await ownerDb().reportRead.findMany({ where: { reportId: { in: [draft.id, june.id] } } });
    expect(rows.map((r) => r.userId)).toEqual([w.clientX.user.id]);
  });

  it("RLS: a user reads and writes only their own read state, even with a forged user id", async () => {
    const ctx = {
      tenantId: w.tenant.id,
      userId: w.clientY.user.id,
      role: "CLIENT" as const,
      organizationId: w.orgY.id,
    };
    const seen = await withDbContext(ctx, (tx) => tx.reportRead.findMany({ where: { reportId: june.id } }));
    expect(seen).toEqual([]);
    await expect(
      withDbContext(ctx, (tx) =>
        tx.reportRead.create({ data: { tenantId: w.tenant.id, reportId: june.id, userId: w.clientX.user.id } }),
      ),
    ).rejects.toThrow();
    const staff = { tenantId: w.tenant.id, userId: w.manager.user.id, role: "ACCOUNT_MANAGER" as const };
    expect(await withDbContext(staff, (tx) => tx.reportRead.findMany({ where: { reportId: june.id } }))).toEqual([]);
  });
});

describe("staff's new client comments", () => {
  it("counts client comments since the staff member last opened the report; opening clears them for them only", async () => {
    expect(await newComments(w.manager.user)).toEqual({ total: 0, reports: [] });
    actAs(w.clientX.user);
    for (const body of ["Why did two backup jobs fail?", "And is the firewall renewal in the budget?"])
      expect(await commentOnReportAction({ reportId: may.id, body, idempotencyKey: key() })).toMatchObject({
        ok: true,
      });
    actAs(colleague.user);
    expect(
      await commentOnReportAction({ reportId: june.id, body: "Thanks, all clear.", idempotencyKey: key() }),
    ).toMatchObject({ ok: true });
    // The MSP's own answer is not "new from a client".
    actAs(w.manager.user);
    expect(
      await commentOnReportAction({ reportId: may.id, body: "A full disk; fixed.", idempotencyKey: key() }),
    ).toMatchObject({ ok: true });

    const seen = await newComments(w.manager.user);
    expect(seen.total).toBe(3);
    expect(seen.reports.map((r) => [r.period, r.count, r.organizationName])).toEqual([
      ["2025-06", 1, w.orgX.name],
      ["2025-05", 2, w.orgX.name],
    ]);
    expect(await newComments(w.owner.user)).toMatchObject({ total: 3 });

    // The manager opens May's report: May's comments are seen by the manager, not by the owner.
    await open(w.manager.user, may.id);
    expect(await newComments(w.manager.user)).toMatchObject({ total: 1, reports: [{ reportId: june.id, count: 1 }] });
    expect(await newComments(w.owner.user)).toMatchObject({ total: 3 });

    // A new question on May after that visit is new again.
    actAs(w.clientX.user);
    await new Promise((r) => setTimeout(r, 5));
    await commentOnReportAction({ reportId: may.id, body: "One more thing.", idempotencyKey: key() });
    expect(await newComments(w.manager.user)).toMatchObject({ total: 2 });

    // Another tenant's staff see none of it.
    expect(await newComments(other.owner.user)).toEqual({ total: 0, reports: [] });
  });

  it("is staff-only: a client gets NOT_FOUND", async () => {
    await expect(newComments(w.clientX.user)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
