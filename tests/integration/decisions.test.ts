import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { contextFor, type Actor } from "@/lib/access/actor";
import { decideItemAction } from "@/lib/actions/decisions";
import { withDbContext } from "@/lib/db/context";
import { itemHash } from "@/lib/decisions/item-hash";
import { decideItem } from "@/lib/domain/decisions/decide-item";
import { decideItemSchema } from "@/lib/domain/decisions/schemas";
import { AppError } from "@/lib/errors";
import { addMonths, currentPeriod } from "@/lib/reports/period";
import { carryOverStructure } from "@/lib/reports/structure";
import { readContent } from "@/lib/reports/read-content";
import { createMember, createReport, createWorld, type World } from "@/lib/seed/factories";
import { ownerDb } from "@/tests/support/db";
import { actAs } from "@/tests/support/session";
import { actorOf } from "./reports-support";

/**
 * The decision ledger (issue 18, item 1): who may decide (an APPROVER client user of the report's
 * organization, on a published report), what is recorded (typed-name signature, server time, the
 * SHA-256 of the item as published), and that the record is immutable at the database (a new
 * decision supersedes, the history stays).
 */
let w: World;
let other: World;
let approver: Awaited<ReturnType<typeof createMember>>;
let report: { id: string };
const MFA = {
  id: "itm_mfa000000001",
  title: "Enable MFA for remote users",
  detail: "Remote access first.",
  priority: "high",
};
const ERP = { id: "itm_erp000000001", title: "Document the ERP recovery", detail: null, priority: "medium" };
const SHAREPOINT = {
  id: "itm_sharepoint001",
  title: "Migrate file shares to SharePoint",
  status: "in_progress",
  targetQuarter: "2026-Q4",
};

beforeEach(async () => {
  [w, other] = await Promise.all([createWorld(ownerDb()), createWorld(ownerDb())]);
  approver = await createMember(ownerDb(), {
    tenantId: w.tenant.id,
    role: "CLIENT",
    organizationId: w.orgX.id,
    clientAccess: "APPROVER",
    name: "Camille Lefèvre",
  });
  report = await createReport(ownerDb(), {
    tenantId: w.tenant.id,
    organizationId: w.orgX.id,
    authorId: w.manager.user.id,
    period: "2026-09",
    status: "PUBLISHED",
    content: {
      recommendations: [MFA, ERP] as never,
      roadmap: [SHAREPOINT] as never,
    },
  });
});

const input = (over: Record<string, unknown> = {}) => ({
  reportId: report.id,
  itemKind: "recommendation",
  itemId: MFA.id,
  decision: "APPROVED",
  deferredTo: "",
  note: "",
  signature: "Camille Lefèvre",
  supersedes: "",
  idempotencyKey: randomUUID(),
  ...over,
});
const decide = (user: { id: string }, over: Record<string, unknown> = {}) => {
  actAs(user);
  return decideItemAction(input(over));
};
const ledger = () =>
  ownerDb().clientDecision.findMany({ where: { tenantId: w.tenant.id }, orderBy: { decidedAt: "asc" } });

describe("who may decide", () => {
  it("an approver of the organization approves an item: signed, timed by the server, hashed as published, audited, emitted", async () => {
    const before = Date.now();
    const result = await decide(approver.user, { signature: "  camille   LEFEVRE ", note: "Go ahead in October." });
    expect(result.ok).toBe(true);
    const [row] = await ledger();
    expect(row).toMatchObject({
      organizationId: w.orgX.id,
      reportId: report.id,
      itemKind: "recommendation",
      itemId: MFA.id,
      decision: "APPROVED",
      deferredTo: null,
      note: "Go ahead in October.",
      signature: "camille LEFEVRE",
      decidedById: approver.user.id,
      supersedesId: null,
    });
    expect(row!.decidedAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(row!.decidedAt.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
    // The hash is of the item exactly as the published report stores it.
    const stored = await ownerDb().steeringReport.findUniqueOrThrow({ where: { id: report.id } });
    const published = (stored.recommendations as { id: string }[]).find((r) => r.id === MFA.id);
    expect(row!.itemHash).toBe(itemHash(published));
    expect(row!.itemHash).toMatch(/^[0-9a-f]{64}$/);

    const audit = await ownerDb().auditEvent.findFirstOrThrow({
      where: { tenantId: w.tenant.id, action: "decision.record", targetId: row!.id },
    });
    expect(audit).toMatchObject({ actorUserId: approver.user.id, outcome: "SUCCESS" });
    const event = await ownerDb().domainEvent.findFirstOrThrow({
      where: { tenantId: w.tenant.id, type: "decision.recorded" },
    });
    expect(event.data).toEqual({
      decisionId: row!.id,
      reportId: report.id,
      organizationId: w.orgX.id,
      period: "2026-09",
      itemKind: "recommendation",
      itemId: MFA.id,
      decision: "APPROVED",
      deferredTo: null,
      supersedesId: null,
    });
  });

  it("a reader of the organization is refused plainly, and nothing is recorded", async () => {
    const result = await decide(w.clientX.user, { signature: w.clientX.user.name });
    expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(!result.ok && result.message).toMatch(/read-only: only an approver of your organization can decide/);
    expect(await ledger()).toEqual([]);
  });

  it("staff never decide for the client; another organization's or tenant's approver gets 404", async () => {
    await ownerDb().membership.updateMany({
      where: { id: { in: [w.clientY.membership.id, other.clientX.membership.id] } },
      data: { clientAccess: "APPROVER" },
    });
    for (const user of [w.owner.user, w.manager.user, w.clientY.user, other.clientX.user, other.owner.user]) {
      const result = await decide(user, { signature: (user as { name: string }).name });
      expect(result).toMatchObject({ ok: false, code: "NOT_FOUND" });
    }
    expect(await ledger()).toEqual([]);
  });

  it("only on a published report, and only an item that is in it", async () => {
    const draft = await createReport(ownerDb(), {
      tenantId: w.tenant.id,
      organizationId: w.orgX.id,
      authorId: w.manager.user.id,
      period: "2026-10",
      status: "DRAFT",
      content: { recommendations: [MFA] as never },
    });
    expect(await decide(approver.user, { reportId: draft.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await ownerDb().steeringReport.update({ where: { id: report.id }, data: { status: "WITHDRAWN" } });
    expect(await decide(approver.user)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await ownerDb().steeringReport.update({ where: { id: report.id }, data: { status: "PUBLISHED" } });
    expect(await decide(approver.user, { itemId: "itm_notinthereport" })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    // A roadmap item's id asked for as a recommendation is not in that list.
    expect(await decide(approver.user, { itemId: SHAREPOINT.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await ledger()).toEqual([]);
  });
});

describe("what a decision needs", () => {
  it("the signature is the approver's own full name; errors sit next to their fields", async () => {
    const wrong = await decide(approver.user, { signature: "Nora Whitfield" });
    expect(wrong).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(!wrong.ok && wrong.fieldErrors?.signature).toBe(
      "Type your full name as it is on your account (Camille Lefèvre) to sign.",
    );
    const empty = await decide(approver.user, { signature: "   " });
    expect(!empty.ok && empty.fieldErrors?.signature).toBeTruthy();
    const long = await decide(approver.user, { signature: "x".repeat(121) });
    expect(!long.ok && long.fieldErrors?.signature).toBeTruthy();
    expect(await ledger()).toEqual([]);
  });

  it("deferring needs a month after this one, within two years; the month is ignored for other decisions", async () => {
    const thisMonth = currentPeriod();
    const none = await decide(approver.user, { decision: "DEFERRED" });
    expect(!none.ok && none.fieldErrors?.deferredTo).toBe("Choose the month to bring it back.");
    for (const month of [thisMonth, addMonths(thisMonth, -1), addMonths(thisMonth, 25)]) {
      const result = await decide(approver.user, { decision: "DEFERRED", deferredTo: month });
      expect(!result.ok && result.fieldErrors?.deferredTo).toMatch(/after this one, at most 24 months ahead/);
    }
    expect(await ledger()).toEqual([]);
    const next = addMonths(thisMonth, 3);
    expect((await decide(approver.user, { decision: "DEFERRED", deferredTo: next })).ok).toBe(true);
    const declined = await decide(approver.user, {
      itemId: ERP.id,
      decision: "DECLINED",
      deferredTo: next,
    });
    expect(declined.ok).toBe(true);
    expect((await ledger()).map((d) => [d.itemId, d.decision, d.deferredTo])).toEqual([
      [MFA.id, "DEFERRED", next],
      [ERP.id, "DECLINED", null],
    ]);
  });

  it("refuses what the schema does not know (strict), and an item id of another shape", () => {
    expect(decideItemSchema.safeParse({ ...input(), tenantId: "x" }).success).toBe(false);
    expect(decideItemSchema.safeParse({ ...input(), itemId: "<script>" }).success).toBe(false);
    expect(decideItemSchema.safeParse({ ...input(), itemKind: "budget" }).success).toBe(false);
  });
});

describe("the ledger is append-only", () => {
  it("a new decision supersedes the current one and keeps the history; a stale view is a conflict", async () => {
    expect((await decide(approver.user)).ok).toBe(true);
    const [first] = await ledger();
    // Deciding as if nothing had been decided (a stale page) is refused.
    const stale = await decide(approver.user, { decision: "DECLINED" });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(!stale.ok && stale.message).toMatch(/Someone else decided on this item/);
    expect((await decide(approver.user, { decision: "DECLINED", supersedes: first!.id })).ok).toBe(true);
    const rows = await ledger();
    expect(rows.map((d) => [d.decision, d.supersedesId])).toEqual([
      ["APPROVED", null],
      ["DECLINED", first!.id],
    ]);
    expect(rows[0]).toEqual(first);
    // Superseding the same decision twice (a fork) is impossible at the database.
    await expect(
      ownerDb().clientDecision.create({
        data: {
          tenantId: w.tenant.id,
          organizationId: w.orgX.id,
          reportId: report.id,
          itemKind: "recommendation",
          itemId: MFA.id,
          decision: "APPROVED",
          signature: "Camille Lefèvre",
          decidedById: approver.user.id,
          itemHash: first!.itemHash,
          supersedesId: first!.id,
        },
      }),
    ).rejects.toThrow();
  });

  it("UPDATE and DELETE are refused at the database, for the application role and even for the owner role", async () => {
    expect((await decide(approver.user)).ok).toBe(true);
    const [row] = await ledger();
    const staff = await actorOf(w.owner.user);
    const client = await actorOf(approver.user);
    for (const actor of [staff, client]) {
      await expect(
        withDbContext(
          contextFor(actor),
          (tx) => tx.$executeRaw`UPDATE "ClientDecision" SET decision = 'DECLINED' WHERE id = ${row!.id}`,
        ),
      ).rejects.toThrow();
      await expect(
        withDbContext(contextFor(actor), (tx) => tx.$executeRaw`DELETE FROM "ClientDecision" WHERE id = ${row!.id}`),
      ).rejects.toThrow();
    }
    // The table owner (migrations, seed) is refused an UPDATE by the trigger.
    await expect(
      ownerDb().$executeRaw`UPDATE "ClientDecision" SET signature = 'Someone else' WHERE id = ${row!.id}`,
    ).rejects.toThrow(/immutable/);
    expect((await ledger())[0]).toEqual(row);
  });

  it("the hash stays that of what was published, whatever the report or next month's draft become", async () => {
    expect((await decide(approver.user, { itemKind: "roadmap", itemId: SHAREPOINT.id })).ok).toBe(true);
    const [decision] = await ledger();
    expect(decision!.itemHash).toBe(itemHash(SHAREPOINT));

    // Next month's draft starts from this structure: the same item (same id), then edited.
    const stored = await ownerDb().steeringReport.findUniqueOrThrow({ where: { id: report.id } });
    const next = carryOverStructure(readContent(stored).content);
    expect(next.roadmap[0]!.id).toBe(SHAREPOINT.id);
    await createReport(ownerDb(), {
      tenantId: w.tenant.id,
      organizationId: w.orgX.id,
      authorId: w.manager.user.id,
      period: "2026-10",
      status: "DRAFT",
      content: { ...next, roadmap: [{ ...next.roadmap[0]!, status: "done" }] },
    });
    // The published report itself is withdrawn, corrected and published again.
    await ownerDb().steeringReport.update({
      where: { id: report.id },
      data: { status: "WITHDRAWN", roadmap: [{ ...SHAREPOINT, targetQuarter: "2027-Q1" }] },
    });
    await ownerDb().steeringReport.update({ where: { id: report.id }, data: { status: "PUBLISHED" } });
    const [still] = await ledger();
    expect(still!.itemHash).toBe(itemHash(SHAREPOINT));

    // Deciding again hashes the item as it is published now.
    expect(
      (await decide(approver.user, { itemKind: "roadmap", itemId: SHAREPOINT.id, supersedes: decision!.id })).ok,
    ).toBe(true);
    const [, again] = await ledger();
    expect(again!.itemHash).toBe(itemHash({ ...SHAREPOINT, targetQuarter: "2027-Q1" }));
    expect(again!.itemHash).not.toBe(decision!.itemHash);
  });

  it("two approvers deciding the same item at the same moment: one is recorded, the other told to reload", async () => {
    const second = await createMember(ownerDb(), {
      tenantId: w.tenant.id,
      role: "CLIENT",
      organizationId: w.orgX.id,
      clientAccess: "APPROVER",
      name: "Sam Porter",
    });
    const run = async (actor: Actor, signature: string) =>
      withDbContext(contextFor(actor), (tx) =>
        decideItem(tx, actor, decideItemSchema.parse(input({ signature })), { requestId: "test" }),
      ).then(
        () => "OK",
        (error: unknown) => (error instanceof AppError ? error.code : String(error)),
      );
    const [a, b] = await Promise.all([
      actorOf(approver.user).then((actor) => run(actor, "Camille Lefèvre")),
      actorOf(second.user).then((actor) => run(actor, "Sam Porter")),
    ]);
    expect([a, b].sort()).toEqual(["CONFLICT", "OK"]);
    expect(await ledger()).toHaveLength(1);
  });
});

describe("who reads the ledger (row-level security)", () => {
  it("the organization's client users and the tenant's staff read it; another organization's client and another tenant read nothing", async () => {
    expect((await decide(approver.user)).ok).toBe(true);
    const count = async (user: { id: string }) => {
      const actor = await actorOf(user);
      return withDbContext(contextFor(actor), (tx) => tx.clientDecision.count());
    };
    expect(await count(w.clientX.user)).toBe(1);
    expect(await count(w.manager.user)).toBe(1);
    expect(await count(w.clientY.user)).toBe(0);
    expect(await count(other.owner.user)).toBe(0);
    // A client cannot write a decision in someone else's name, even bypassing the domain.
    const reader = await actorOf(w.clientX.user);
    await expect(
      withDbContext(contextFor(reader), (tx) =>
        tx.clientDecision.createMany({
          data: [
            {
              tenantId: w.tenant.id,
              organizationId: w.orgX.id,
              reportId: report.id,
              itemKind: "recommendation",
              itemId: ERP.id,
              decision: "APPROVED",
              signature: "Camille Lefèvre",
              decidedById: approver.user.id,
              itemHash: itemHash(ERP),
            },
          ],
        }),
      ),
    ).rejects.toThrow();
  });
});
