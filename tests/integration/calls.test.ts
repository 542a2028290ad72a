import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createCallAction, updateCallAction } from "@/lib/actions/calls";
import { completeFollowUpAction, reopenFollowUpAction } from "@/lib/actions/calls";
import { contextFor } from "@/lib/access/actor";
import { withDbContext } from "@/lib/db/context";
import { recordQueries } from "@/lib/db/query-events";
import { listFollowUps } from "@/lib/domain/calls/list-follow-ups";
import { createMember, createOrganization, createScopingCall, createWorld, type World } from "@/lib/seed/factories";
import { ownerDb } from "@/tests/support/db";
import { actAs, anonymous } from "@/tests/support/session";
import { actorFor } from "@/tests/support/actors";

const key = () => randomUUID();
const DAY = 86_400_000;
let w: World;
let other: World;

const actorOf = actorFor;

const callInput = (organizationId: string) => ({
  organizationId,
  idempotencyKey: key(),
  occurredAt: "2025-03-04T10:30",
  attendees: "Director, office manager",
  summary: "Forty people, everything in Microsoft 365.",
  needs: "Monitored backups.",
  nextSteps: "Run an assessment.",
  followUpDate: "2025-03-11",
});

beforeAll(async () => {
  [w, other] = await Promise.all([createWorld(ownerDb()), createWorld(ownerDb())]);
});

describe("call.create", () => {
  it("logs a call with the caller as author, audited", async () => {
    actAs(w.manager.user);
    const result = await createCallAction(callInput(w.orgX.id));
    if (!result.ok) throw new Error(result.message);
    const row = await ownerDb().scopingCall.findUniqueOrThrow({
      where: { tenantId_id: { tenantId: w.tenant.id, id: result.data.id } },
    });
    expect(row).toMatchObject({
      tenantId: w.tenant.id,
      organizationId: w.orgX.id,
      authorId: w.manager.user.id,
      attendees: "Director, office manager",
      followUpDone: false,
      version: 1,
    });
    expect(row.occurredAt.toISOString()).toBe("2025-03-04T10:30:00.000Z");
    expect(row.followUpDate?.toISOString().slice(0, 10)).toBe("2025-03-11");
    expect((await ownerDb().auditEvent.findMany({ where: { targetId: row.id } })).map((e) => e.action)).toEqual([
      "call.create",
    ]);
  });

  it("names each field that is wrong and writes nothing", async () => {
    actAs(w.manager.user);
    const before = await ownerDb().scopingCall.count({ where: { tenantId: w.tenant.id } });
    expect(
      await createCallAction({
        ...callInput(w.orgX.id),
        occurredAt: "yesterday",
        summary: "   ",
        followUpDate: "2025-02-30",
      }),
    ).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: {
        occurredAt: "Enter a valid date.",
        summary: "This field is required.",
        followUpDate: "Enter a valid date.",
      },
    });
    expect(await createCallAction({ ...callInput(w.orgX.id), followUpDate: "2025-03-01" })).toMatchObject({
      ok: false,
      fieldErrors: { followUpDate: "The follow-up cannot be before the call." },
    });
    const future = new Date(Date.now() + 3 * DAY).toISOString().slice(0, 16);
    expect(await createCallAction({ ...callInput(w.orgX.id), occurredAt: future, followUpDate: "" })).toMatchObject({
      ok: false,
      fieldErrors: { occurredAt: expect.stringContaining("earlier date") },
    });
    expect(await ownerDb().scopingCall.count({ where: { tenantId: w.tenant.id } })).toBe(before);
  });

  it("answers NOT_FOUND for another tenant's organization and writes nothing", async () => {
    actAs(w.manager.user);
    const before = await ownerDb().scopingCall.count({ where: { organizationId: other.orgX.id } });
    expect(await createCallAction(callInput(other.orgX.id))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await ownerDb().scopingCall.count({ where: { organizationId: other.orgX.id } })).toBe(before);
    actAs(w.clientX.user);
    expect(await createCallAction(callInput(w.orgX.id))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    anonymous();
    expect(await createCallAction(callInput(w.orgX.id))).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });

  it("is idempotent: a double submit logs one call", async () => {
    actAs(w.manager.user);
    const input = { ...callInput(w.orgY.id), summary: `Twice ${key()}` };
    const [a, b] = await Promise.all([createCallAction(input), createCallAction(input)]);
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expect(b.data.id).toBe(a.data.id);
    expect(await ownerDb().scopingCall.count({ where: { summary: input.summary } })).toBe(1);
  });
});

describe("call.update", () => {
  it("edits a call with optimistic locking; a stale save is a conflict and changes nothing", async () => {
    const call = await createScopingCall(ownerDb(), {
      tenantId: w.tenant.id,
      organizationId: w.orgX.id,
      authorId: w.manager.user.id,
      occurredAt: new Date("2025-04-01T09:00:00Z"),
    });
    actAs(w.owner.user);
    const input = {
      id: call.id,
      expectedVersion: 1,
      occurredAt: "2025-04-01T09:00",
      attendees: "Director",
      summary: "Edited summary",
      needs: "Edited needs",
      nextSteps: "Edited steps",
      followUpDate: "",
      followUpDone: "on",
    };
    expect(await updateCallAction(input)).toMatchObject({ ok: true, data: { id: call.id, version: 2 } });
    expect(
      await ownerDb().scopingCall.findUniqueOrThrow({
        where: { tenantId_id: { tenantId: call.tenantId, id: call.id } },
      }),
    ).toMatchObject({
      summary: "Edited summary",
      followUpDate: null,
      followUpDone: true,
      version: 2,
      authorId: w.manager.user.id,
    });
    expect(await updateCallAction({ ...input, summary: "Lost" })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(
      (
        await ownerDb().scopingCall.findUniqueOrThrow({
          where: { tenantId_id: { tenantId: call.tenantId, id: call.id } },
        })
      ).summary,
    ).toBe("Edited summary");
  });

  it("answers NOT_FOUND for another tenant's call and leaves it unchanged", async () => {
    const call = await createScopingCall(ownerDb(), {
      tenantId: other.tenant.id,
      organizationId: other.orgX.id,
      authorId: other.manager.user.id,
    });
    actAs(w.manager.user);
    const before = await ownerDb().scopingCall.findUniqueOrThrow({
      where: { tenantId_id: { tenantId: call.tenantId, id: call.id } },
    });
    expect(
      await updateCallAction({
        id: call.id,
        expectedVersion: 1,
        occurredAt: "2025-04-01T09:00",
        attendees: "x",
        summary: "x",
        needs: "x",
        nextSteps: "x",
        followUpDate: "",
        followUpDone: false,
      }),
    ).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(
      await ownerDb().scopingCall.findUniqueOrThrow({
        where: { tenantId_id: { tenantId: call.tenantId, id: call.id } },
      }),
    ).toEqual(before);
  });
});

describe("follow-ups", () => {
  let t: World;
  let colleague: Awaited<ReturnType<typeof createMember>>;
  const now = new Date();
  const day = (offset: number) =>
    new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) + offset * DAY);
  beforeAll(async () => {
    t = await createWorld(ownerDb());
    colleague = await createMember(ownerDb(), { tenantId: t.tenant.id, role: "ACCOUNT_MANAGER" });
  });

  it("lists the signed-in manager's due follow-ups (theirs, or for organizations they manage), oldest first, then the coming ones", async () => {
    const db = ownerDb();
    const colleaguesOrg = await createOrganization(db, {
      tenantId: t.tenant.id,
      accountManagerId: colleague.user.id,
      name: "Colleague's",
    });
    const base = { tenantId: t.tenant.id };
    const mine = await createScopingCall(db, {
      ...base,
      organizationId: colleaguesOrg.id,
      authorId: t.manager.user.id,
      followUpDate: day(-3),
      summary: "mine, authored",
    });
    const forMyOrg = await createScopingCall(db, {
      ...base,
      organizationId: t.orgX.id,
      authorId: colleague.user.id,
      followUpDate: day(0),
      summary: "for my org",
    });
    const upcoming = await createScopingCall(db, {
      ...base,
      organizationId: t.orgY.id,
      authorId: t.manager.user.id,
      followUpDate: day(5),
      summary: "upcoming",
    });
    await createScopingCall(db, {
      ...base,
      organizationId: t.orgX.id,
      authorId: t.manager.user.id,
      followUpDate: day(-1),
      followUpDone: true,
      summary: "done",
    });
    await createScopingCall(db, {
      ...base,
      organizationId: t.orgX.id,
      authorId: t.manager.user.id,
      followUpDate: day(30),
      summary: "far",
    });
    await createScopingCall(db, {
      ...base,
      organizationId: colleaguesOrg.id,
      authorId: colleague.user.id,
      followUpDate: day(-2),
      summary: "colleague's own",
    });
    await createScopingCall(db, {
      tenantId: other.tenant.id,
      organizationId: other.orgX.id,
      authorId: other.manager.user.id,
      followUpDate: day(-2),
    });

    const actor = actorOf(t, t.manager.user);
    const { result, queries } = await recordQueries(() =>
      withDbContext(contextFor(actor), (tx) => listFollowUps(tx, actor, now)),
    );
    expect(result.due.map((i) => i.id)).toEqual([mine.id, forMyOrg.id]);
    expect(result.due[0]).toMatchObject({ organizationName: "Colleague's", overdueDays: 3 });
    expect(result.upcoming.map((i) => i.id)).toEqual([upcoming.id]);
    expect(queries.length).toBeLessThanOrEqual(2); // the calls, and their organizations' names

    const theirs = actorOf(t, colleague.user);
    const colleagueView = await withDbContext(contextFor(theirs), (tx) => listFollowUps(tx, theirs, now));
    // The colleague sees theirs, and mine with the organization they manage.
    expect(colleagueView.due.map((i) => i.summary).sort()).toEqual(["colleague's own", "for my org", "mine, authored"]);
  });

  it("undoes a follow-up marked done: open again, with its date, audited; stale or foreign is refused", async () => {
    const db = ownerDb();
    const call = await createScopingCall(db, {
      tenantId: t.tenant.id,
      organizationId: t.orgX.id,
      authorId: t.manager.user.id,
      followUpDate: day(-2),
    });
    actAs(t.manager.user);
    expect(await completeFollowUpAction({ id: call.id, expectedVersion: 1 })).toMatchObject({ ok: true });
    const manager = actorOf(t, t.manager.user);
    const dueIds = async () =>
      (await withDbContext(contextFor(manager), (tx) => listFollowUps(tx, manager))).due.map((i) => i.id);
    expect(await dueIds()).not.toContain(call.id);
    // A tab still holding the version before "mark done" cannot undo blindly.
    expect(await reopenFollowUpAction({ id: call.id, expectedVersion: 1 })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    expect(await reopenFollowUpAction({ id: call.id, expectedVersion: 2 })).toMatchObject({
      ok: true,
      data: { version: 3 },
    });
    expect(
      await db.scopingCall.findUniqueOrThrow({ where: { tenantId_id: { tenantId: call.tenantId, id: call.id } } }),
    ).toMatchObject({
      followUpDone: false,
      followUpDate: day(-2),
    });
    expect(await dueIds()).toContain(call.id);
    expect(
      (await db.auditEvent.findMany({ where: { targetId: call.id }, orderBy: { createdAt: "asc" } })).map(
        (e) => e.action,
      ),
    ).toEqual(["call.followUpDone", "call.followUpReopen"]);
    actAs(other.manager.user);
    expect(await reopenFollowUpAction({ id: call.id, expectedVersion: 3 })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
  });

  it("marks a follow-up done with optimistic locking; another tenant's call is NOT_FOUND", async () => {
    const db = ownerDb();
    const call = await createScopingCall(db, {
      tenantId: t.tenant.id,
      organizationId: t.orgX.id,
      authorId: t.manager.user.id,
      followUpDate: day(-1),
    });
    actAs(t.manager.user);
    expect(await completeFollowUpAction({ id: call.id, expectedVersion: 2 })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    expect(await completeFollowUpAction({ id: call.id, expectedVersion: 1 })).toMatchObject({
      ok: true,
      data: { version: 2 },
    });
    expect(
      await db.scopingCall.findUniqueOrThrow({ where: { tenantId_id: { tenantId: call.tenantId, id: call.id } } }),
    ).toMatchObject({
      followUpDone: true,
      version: 2,
    });
    expect((await db.auditEvent.findMany({ where: { targetId: call.id } })).map((e) => e.action)).toEqual([
      "call.followUpDone",
    ]);

    const foreign = await createScopingCall(db, {
      tenantId: other.tenant.id,
      organizationId: other.orgX.id,
      authorId: other.manager.user.id,
      followUpDate: day(-1),
    });
    expect(await completeFollowUpAction({ id: foreign.id, expectedVersion: 1 })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(
      await db.scopingCall.findUniqueOrThrow({
        where: { tenantId_id: { tenantId: foreign.tenantId, id: foreign.id } },
      }),
    ).toMatchObject({
      followUpDone: false,
      version: 1,
    });
    expect(await completeFollowUpAction({ id: call.id, expectedVersion: 1, extra: true })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { extra: expect.any(String) },
    });
  });
});
