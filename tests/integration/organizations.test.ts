import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createOrganizationAction, updateOrganizationAction } from "@/lib/actions/organizations";
import type { Actor } from "@/lib/access/actor";
import { contextFor } from "@/lib/access/actor";
import { withDbContext } from "@/lib/db/context";
import { recordQueries } from "@/lib/db/query-events";
import { getOrganizationOverview } from "@/lib/domain/organizations/get-organization-overview";
import { listOrganizations } from "@/lib/domain/organizations/list-organizations";
import { listStaff } from "@/lib/domain/organizations/list-staff";
import { parseOrgListQuery } from "@/lib/domain/organizations/schemas";
import {
  createFinalAssessment,
  createMember,
  createOrganization,
  createReport,
  createScopingCall,
  createWorld,
  recordModelChange,
  type World,
} from "@/lib/seed/factories";
import { ownerDb } from "@/tests/support/db";
import { actAs, anonymous } from "@/tests/support/session";
import { staffActor } from "@/tests/support/actors";
import { EXAMPLE_2 } from "@/lib/engine/test-fixtures";

const key = () => randomUUID();
let w: World;
let other: World;

const actorOf = staffActor;
const asActor = <T>(actor: Actor, fn: Parameters<typeof withDbContext<T>>[1]) => withDbContext(contextFor(actor), fn);
const auditActions = async (targetId: string) =>
  (await ownerDb().auditEvent.findMany({ where: { targetId }, orderBy: { createdAt: "asc" } })).map((e) => e.action);

const valid = (name: string) => ({
  name,
  industry: "Logistics",
  headcount: "40",
  sites: "2",
  endpoints: "45",
  currentModel: "BREAK_FIX",
  lifecycleStatus: "PROSPECT",
  targetModel: "",
  accountManagerId: "",
  notes: "",
  clientSince: "",
});

beforeAll(async () => {
  [w, other] = await Promise.all([createWorld(ownerDb()), createWorld(ownerDb())]);
});

describe("org.create", () => {
  it("creates a prospect in the caller's tenant, audited", async () => {
    actAs(w.manager.user);
    const result = await createOrganizationAction({
      ...valid(`Prospect ${key()}`),
      accountManagerId: w.manager.user.id,
      idempotencyKey: key(),
    });
    if (!result.ok) throw new Error(result.message);
    const row = await ownerDb().clientOrganization.findUniqueOrThrow({
      where: { tenantId_id: { tenantId: w.tenant.id, id: result.data.id } },
    });
    expect(row).toMatchObject({
      tenantId: w.tenant.id,
      headcount: 40,
      sites: 2,
      endpoints: 45,
      currentModel: "BREAK_FIX",
      lifecycleStatus: "PROSPECT",
      accountManagerId: w.manager.user.id,
      industry: "Logistics",
      notes: null,
      targetModel: null,
      version: 1,
    });
    expect(await ownerDb().serviceModelChange.count({ where: { organizationId: row.id } })).toBe(0);
    expect(await auditActions(row.id)).toEqual(["org.create"]);
  });

  it("starts an existing client's journey with its first model", async () => {
    actAs(w.owner.user);
    const result = await createOrganizationAction({
      ...valid(`Client ${key()}`),
      lifecycleStatus: "ACTIVE",
      currentModel: "HYBRID",
      clientSince: "2024-03-01",
      idempotencyKey: key(),
    });
    if (!result.ok) throw new Error(result.message);
    const changes = await ownerDb().serviceModelChange.findMany({ where: { organizationId: result.data.id } });
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      tenantId: w.tenant.id,
      fromModel: null,
      toModel: "HYBRID",
      recordedById: w.owner.user.id,
      assessmentId: null,
    });
    expect(changes[0]!.effectiveDate.toISOString().slice(0, 10)).toBe("2024-03-01");
  });

  it("says what is wrong next to each field and writes nothing", async () => {
    actAs(w.manager.user);
    const before = await ownerDb().clientOrganization.count({ where: { tenantId: w.tenant.id } });
    const bad = await createOrganizationAction({
      ...valid(""),
      headcount: "-5",
      sites: "two",
      currentModel: "CHEAP",
      endpoints: "1.5",
      idempotencyKey: key(),
    });
    expect(bad).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: {
        name: "This field is required.",
        headcount: "Must be at least 1.",
        sites: "This value is not valid.",
        endpoints: "This value is not valid.",
        currentModel: "Choose one of the options.",
      },
    });
    const unknownField = await createOrganizationAction({
      ...valid(`X ${key()}`),
      tenantId: other.tenant.id,
      idempotencyKey: key(),
    });
    expect(unknownField).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { tenantId: expect.any(String) },
    });
    const prospectSince = await createOrganizationAction({
      ...valid(`X ${key()}`),
      clientSince: "2024-01-01",
      idempotencyKey: key(),
    });
    expect(prospectSince).toMatchObject({
      ok: false,
      fieldErrors: { clientSince: expect.stringContaining("prospect") },
    });
    expect(await ownerDb().clientOrganization.count({ where: { tenantId: w.tenant.id } })).toBe(before);
  });

  it("refuses a duplicate name and an account manager from another tenant, on their fields", async () => {
    actAs(w.manager.user);
    const taken = await createOrganizationAction({ ...valid(w.orgX.name.toUpperCase()), idempotencyKey: key() });
    expect(taken).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { name: "Another organization already has this name." },
    });
    const foreignManager = await createOrganizationAction({
      ...valid(`X ${key()}`),
      accountManagerId: other.manager.user.id,
      idempotencyKey: key(),
    });
    expect(foreignManager).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { accountManagerId: "Choose one of the options." },
    });
    const clientAsManager = await createOrganizationAction({
      ...valid(`X ${key()}`),
      accountManagerId: w.clientX.user.id,
      idempotencyKey: key(),
    });
    expect(clientAsManager).toMatchObject({ ok: false, fieldErrors: { accountManagerId: expect.any(String) } });
  });

  it("is idempotent: a double submit creates one organization", async () => {
    actAs(w.manager.user);
    const k = key();
    const name = `Twice ${key()}`;
    const [a, b] = await Promise.all([
      createOrganizationAction({ ...valid(name), idempotencyKey: k }),
      createOrganizationAction({ ...valid(name), idempotencyKey: k }),
    ]);
    const c = await createOrganizationAction({ ...valid(name), idempotencyKey: k });
    expect(a.ok && b.ok && c.ok).toBe(true);
    if (!a.ok || !b.ok || !c.ok) return;
    expect(b.data.id).toBe(a.data.id);
    expect(c.data.id).toBe(a.data.id);
    expect(await ownerDb().clientOrganization.count({ where: { tenantId: w.tenant.id, name } })).toBe(1);
  });

  it("is refused to clients and the signed-out", async () => {
    actAs(w.clientX.user);
    expect(await createOrganizationAction({ ...valid(`C ${key()}`), idempotencyKey: key() })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    anonymous();
    expect(await createOrganizationAction({ ...valid(`A ${key()}`), idempotencyKey: key() })).toMatchObject({
      ok: false,
      code: "UNAUTHENTICATED",
    });
  });
});

describe("org.update", () => {
  it("edits the facts with optimistic locking; a stale version is a conflict and changes nothing", async () => {
    const org = await createOrganization(ownerDb(), { tenantId: w.tenant.id, accountManagerId: w.manager.user.id });
    actAs(w.manager.user);
    const input = {
      id: org.id,
      expectedVersion: 1,
      name: `Renamed ${key()}`,
      industry: "",
      headcount: "33",
      sites: "1",
      endpoints: "",
      targetModel: "MANAGED",
      accountManagerId: w.owner.user.id,
      notes: "Met the director.",
    };
    const ok = await updateOrganizationAction(input);
    expect(ok).toMatchObject({ ok: true, data: { id: org.id, version: 2 } });
    const row = await ownerDb().clientOrganization.findUniqueOrThrow({
      where: { tenantId_id: { tenantId: org.tenantId, id: org.id } },
    });
    expect(row).toMatchObject({
      name: input.name,
      industry: null,
      headcount: 33,
      endpoints: null,
      targetModel: "MANAGED",
      accountManagerId: w.owner.user.id,
      notes: "Met the director.",
      version: 2,
      currentModel: org.currentModel,
    });

    const stale = await updateOrganizationAction({ ...input, name: "Lost update", expectedVersion: 1 });
    expect(stale).toMatchObject({
      ok: false,
      code: "CONFLICT",
      message: expect.stringContaining("Your changes are still in the form"),
    });
    expect(
      (
        await ownerDb().clientOrganization.findUniqueOrThrow({
          where: { tenantId_id: { tenantId: org.tenantId, id: org.id } },
        })
      ).name,
    ).toBe(input.name);
    expect(await auditActions(org.id)).toEqual(["org.update"]);
  });

  it("does not take the model or the lifecycle (they move through recorded transitions)", async () => {
    actAs(w.manager.user);
    const result = await updateOrganizationAction({
      id: w.orgY.id,
      expectedVersion: 1,
      name: w.orgY.name,
      headcount: "20",
      sites: "1",
      currentModel: "MANAGED",
      lifecycleStatus: "FORMER",
    });
    expect(result).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { currentModel: expect.any(String), lifecycleStatus: expect.any(String) },
    });
  });

  it("answers NOT_FOUND for another tenant's organization and leaves it unchanged", async () => {
    actAs(w.manager.user);
    const before = await ownerDb().clientOrganization.findUniqueOrThrow({
      where: { tenantId_id: { tenantId: other.orgX.tenantId, id: other.orgX.id } },
    });
    const result = await updateOrganizationAction({
      id: other.orgX.id,
      expectedVersion: before.version,
      name: "Hijacked",
      headcount: "1",
      sites: "1",
    });
    expect(result).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(
      await ownerDb().clientOrganization.findUniqueOrThrow({
        where: { tenantId_id: { tenantId: other.orgX.tenantId, id: other.orgX.id } },
      }),
    ).toEqual(before);
    const denied = await ownerDb().auditEvent.findFirst({
      where: {
        tenantId: w.tenant.id,
        actorUserId: w.manager.user.id,
        action: "access.denied",
        targetType: "org.update",
      },
    });
    expect(denied?.outcome).toBe("DENIED");
  });
});

describe("organization list", () => {
  let t: World;
  beforeAll(async () => {
    t = await createWorld(ownerDb());
    const db = ownerDb();
    const bruno = await createMember(db, { tenantId: t.tenant.id, role: "ACCOUNT_MANAGER", name: "Bruno" });
    const specs = [
      {
        name: "Alder Clinic",
        headcount: 12,
        currentModel: "MANAGED",
        lifecycleStatus: "ACTIVE",
        accountManagerId: bruno.user.id,
      },
      {
        name: "Beacon Insurance",
        headcount: 80,
        currentModel: "HYBRID",
        lifecycleStatus: "ACTIVE",
        accountManagerId: t.manager.user.id,
      },
      {
        name: "Copper Foods",
        headcount: 5,
        currentModel: "BREAK_FIX",
        lifecycleStatus: "PROSPECT",
        accountManagerId: null,
      },
      {
        name: "copper mine",
        headcount: 30,
        currentModel: "BREAK_FIX",
        lifecycleStatus: "FORMER",
        accountManagerId: t.manager.user.id,
      },
    ] as const;
    for (const s of specs) await createOrganization(db, { tenantId: t.tenant.id, ...s });
    for (let i = 0; i < 21; i++)
      await createOrganization(db, {
        tenantId: t.tenant.id,
        name: `Zeta ${String(i).padStart(2, "0")}`,
        headcount: 10 + i,
      });
  });
  const list = (raw: Record<string, string | string[]>) =>
    asActor(actorOf(t), (tx) => listOrganizations(tx, actorOf(t), parseOrgListQuery(raw)));

  it("searches by name (case-insensitive), filters by model, status and manager", async () => {
    expect((await list({ q: "COPPER" })).rows.map((r) => r.name)).toEqual(["Copper Foods", "copper mine"]);
    expect((await list({ model: "HYBRID" })).rows.map((r) => r.name)).toEqual(["Beacon Insurance"]);
    expect((await list({ status: "PROSPECT" })).rows.map((r) => r.name)).toEqual(["Copper Foods"]);
    expect((await list({ manager: t.manager.user.id })).rows.map((r) => r.name)).toEqual(
      ["Beacon Insurance", "copper mine", t.orgX.name, t.orgY.name].sort((a, b) => (a < b ? -1 : 1)),
    );
    expect((await list({ manager: "none", q: "o" })).rows.map((r) => r.name)).toContain("Copper Foods");
    expect((await list({ q: "copper", status: "FORMER", model: "BREAK_FIX" })).rows.map((r) => r.name)).toEqual([
      "copper mine",
    ]);
    // Another tenant's organizations never appear.
    expect((await list({ q: other.orgX.name })).total).toBe(0);
  });

  it("sorts on the server and paginates by 20, clamping a page past the end", async () => {
    const byHeadcount = await list({ sort: "headcount", dir: "desc" });
    expect(byHeadcount.rows[0]!.name).toBe("Beacon Insurance");
    expect(byHeadcount.total).toBe(27);
    expect(byHeadcount.pages).toBe(2);
    const page2 = await list({ page: "2" });
    expect(page2.rows).toHaveLength(7);
    expect(page2.page).toBe(2);
    const past = await list({ page: "99" });
    expect(past.page).toBe(2);
    expect(past.rows.map((r) => r.id)).toEqual(page2.rows.map((r) => r.id));
  });

  it("falls back safely on bad parameters", async () => {
    expect(
      parseOrgListQuery({
        q: ["cedar", "x"],
        model: "CHEAP",
        status: "",
        manager: "'; drop table",
        sort: "password",
        dir: "sideways",
        page: "-3",
      }),
    ).toEqual({
      q: "cedar",
      model: null,
      status: null,
      manager: null,
      sort: "name",
      dir: "asc",
      page: 1,
    });
    expect(parseOrgListQuery({ page: "1e9", sort: "updated" })).toMatchObject({
      page: 1,
      sort: "updated",
      dir: "desc",
    });
    expect(parseOrgListQuery(null)).toMatchObject({ q: "", page: 1 });
  });

  it("shows the latest final recommendation of each organization", async () => {
    const db = ownerDb();
    const org = await createOrganization(db, { tenantId: t.tenant.id, name: "Alpha Latest" });
    const input = EXAMPLE_2;
    await createFinalAssessment(db, {
      tenantId: t.tenant.id,
      organizationId: org.id,
      authorId: t.manager.user.id,
      currentModel: "BREAK_FIX",
      input: {
        ...input,
        headcount: 3,
        endpoints: 3,
        remoteUsers: 0,
        cloudServices: [],
        backups: "none",
        businessAppDependency: "none",
        continuityRequirement: "none",
        interruptionTolerance: "high",
        digitalDependence: "low",
        centralFileSharing: false,
      },
      finalizedAt: new Date("2025-01-01T00:00:00Z"),
    });
    const latest = await createFinalAssessment(db, {
      tenantId: t.tenant.id,
      organizationId: org.id,
      authorId: t.manager.user.id,
      currentModel: "BREAK_FIX",
      input,
      finalizedAt: new Date("2025-06-01T00:00:00Z"),
    });
    const row = (await list({ q: "Alpha Latest" })).rows[0]!;
    expect(row.latest).toMatchObject({ assessmentId: latest.id, recommendation: "MANAGED" });
  });

  it("issues a constant number of queries per page, whatever the number of rows", async () => {
    const count = async (raw: Record<string, string>) => {
      const actor = actorOf(t);
      const { result, queries } = await recordQueries(() =>
        asActor(actor, async (tx) => ({
          list: await listOrganizations(tx, actor, parseOrgListQuery(raw)),
          staff: await listStaff(tx, actor),
        })),
      );
      return { rows: result.list.rows.length, queries: queries.length };
    };
    const full = await count({});
    const one = await count({ q: "Beacon" });
    const none = await count({ q: "nothing matches this" });
    expect(full.rows).toBe(20);
    expect(one.rows).toBe(1);
    expect(full.queries).toBe(one.queries);
    // count + page + latest recommendations (one DISTINCT ON query) + staff (membership, user)
    expect(full.queries).toBeLessThanOrEqual(5);
    expect(none.queries).toBeLessThanOrEqual(full.queries);
    console.info(
      `[query count] organization list: ${full.queries} queries for ${full.rows} rows, ${one.queries} for ${one.rows}`,
    );
  });
});

describe("organization page", () => {
  it("orders same-day events newest first: a move recorded after that day's assessment is above it", async () => {
    const db = ownerDb();
    const org = await createOrganization(db, {
      tenantId: w.tenant.id,
      name: `Same day ${key()}`,
      accountManagerId: w.manager.user.id,
      currentModel: "BREAK_FIX",
    });
    const a = { tenantId: w.tenant.id, organizationId: org.id };
    const at = (hhmm: string) => new Date(`2025-02-01T${hhmm}:00Z`);
    const morning = await createScopingCall(db, { ...a, authorId: w.manager.user.id, occurredAt: at("09:00") });
    const assessment = await createFinalAssessment(db, {
      ...a,
      authorId: w.manager.user.id,
      currentModel: "BREAK_FIX",
      input: EXAMPLE_2,
      finalizedAt: at("14:00"),
    });
    // The move that followed the assessment, effective that day (a day, not a moment), typed at 14:05.
    const move = await recordModelChange(db, {
      ...a,
      recordedById: w.manager.user.id,
      fromModel: "BREAK_FIX",
      toModel: "MANAGED",
      effectiveDate: new Date("2025-02-01T00:00:00Z"),
      assessmentId: assessment.id,
    });
    await db.serviceModelChange.update({
      where: { tenantId_id: { tenantId: move.tenantId, id: move.id } },
      data: { createdAt: at("14:05") },
    });
    // Two calls logged for the same moment: the one logged last comes first.
    const first = await createScopingCall(db, { ...a, authorId: w.manager.user.id, occurredAt: at("17:00") });
    const second = await createScopingCall(db, { ...a, authorId: w.manager.user.id, occurredAt: at("17:00") });
    await db.scopingCall.update({
      where: { tenantId_id: { tenantId: first.tenantId, id: first.id } },
      data: { createdAt: at("17:10") },
    });
    await db.scopingCall.update({
      where: { tenantId_id: { tenantId: second.tenantId, id: second.id } },
      data: { createdAt: at("17:20") },
    });

    const actor = actorOf(w);
    const overview = await asActor(actor, (tx) =>
      getOrganizationOverview(tx, actor, org.id, new Date("2025-06-01T00:00:00Z")),
    );
    expect(overview.timeline.map((e) => e.id)).toEqual([second.id, first.id, move.id, assessment.id, morning.id]);
  });

  it("merges calls, assessments, moves and reports into one timeline, with the journey", async () => {
    const db = ownerDb();
    const org = await createOrganization(db, {
      tenantId: w.tenant.id,
      name: `Timeline ${key()}`,
      accountManagerId: w.manager.user.id,
      currentModel: "MANAGED",
    });
    const a = { tenantId: w.tenant.id, organizationId: org.id };
    await createScopingCall(db, { ...a, authorId: w.manager.user.id, occurredAt: new Date("2025-01-10T10:00:00Z") });
    const input = EXAMPLE_2;
    const assessment = await createFinalAssessment(db, {
      ...a,
      authorId: w.manager.user.id,
      currentModel: "BREAK_FIX",
      input,
      finalizedAt: new Date("2025-02-01T00:00:00Z"),
    });
    await recordModelChange(db, {
      ...a,
      recordedById: w.manager.user.id,
      fromModel: null,
      toModel: "BREAK_FIX",
      effectiveDate: new Date("2025-01-01T00:00:00Z"),
    });
    await recordModelChange(db, {
      ...a,
      recordedById: w.manager.user.id,
      fromModel: "BREAK_FIX",
      toModel: "MANAGED",
      effectiveDate: new Date("2025-03-01T00:00:00Z"),
      assessmentId: assessment.id,
    });
    const report = await createReport(db, {
      ...a,
      authorId: w.manager.user.id,
      period: "2025-04",
      status: "PUBLISHED",
      publishedAt: new Date("2025-05-03T00:00:00Z"),
    });
    // Another organization's and another tenant's events never appear.
    await createScopingCall(db, { tenantId: w.tenant.id, organizationId: w.orgY.id, authorId: w.manager.user.id });

    const actor = actorOf(w);
    const overview = await asActor(actor, (tx) =>
      getOrganizationOverview(tx, actor, org.id, new Date("2025-06-01T00:00:00Z")),
    );
    expect(overview.timeline.map((e) => [e.kind, e.date.toISOString().slice(0, 10)])).toEqual([
      ["report", "2025-05-03"],
      ["modelChange", "2025-03-01"],
      ["assessment", "2025-02-01"],
      ["call", "2025-01-10"],
      ["modelChange", "2025-01-01"],
    ]);
    expect(overview.timeline[0]).toMatchObject({
      kind: "report",
      id: report.id,
      period: "2025-04",
      status: "PUBLISHED",
    });
    expect(overview.timeline[2]).toMatchObject({
      kind: "assessment",
      recommendation: "MANAGED",
      authorName: w.manager.user.name,
    });
    expect(overview.managerName).toBe(w.manager.user.name);
    expect(overview.latestFinal).toMatchObject({ id: assessment.id, recommendation: "MANAGED" });
    expect(overview.journey.segments.map((s) => [s.model, s.assessmentId, s.ongoing])).toEqual([
      ["BREAK_FIX", null, false],
      ["MANAGED", assessment.id, true],
    ]);
  });

  it("answers NOT_FOUND for another tenant's organization", async () => {
    const actor = actorOf(w);
    await expect(asActor(actor, (tx) => getOrganizationOverview(tx, actor, other.orgX.id))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("issues a constant number of queries, however long the history", async () => {
    const db = ownerDb();
    const small = await createOrganization(db, {
      tenantId: w.tenant.id,
      name: `Small ${key()}`,
      accountManagerId: w.manager.user.id,
    });
    const big = await createOrganization(db, {
      tenantId: w.tenant.id,
      name: `Big ${key()}`,
      accountManagerId: w.manager.user.id,
    });
    const b = { tenantId: w.tenant.id, organizationId: big.id };
    const authors = [w.manager.user.id, w.owner.user.id];
    for (let i = 0; i < 12; i++) {
      await createScopingCall(db, { ...b, authorId: authors[i % 2]!, occurredAt: new Date(Date.UTC(2025, i, 5)) });
      await createReport(db, {
        ...b,
        authorId: authors[i % 2]!,
        period: `2024-${String(i + 1).padStart(2, "0")}`,
        status: "PUBLISHED",
      });
      await recordModelChange(db, {
        ...b,
        recordedById: authors[i % 2]!,
        fromModel: i === 0 ? null : "HYBRID",
        toModel: "HYBRID",
        effectiveDate: new Date(Date.UTC(2024, i, 1)),
      });
    }
    const actor = actorOf(w);
    const measure = async (id: string) => {
      const { result, queries } = await recordQueries(() =>
        asActor(actor, (tx) => getOrganizationOverview(tx, actor, id)),
      );
      return { events: result.timeline.length, queries: queries.length };
    };
    const s = await measure(small.id);
    const l = await measure(big.id);
    expect(l.events).toBe(36);
    expect(s.events).toBe(0);
    // organization, calls, assessments, changes, reports, author names
    expect(l.queries).toBeLessThanOrEqual(6);
    expect(l.queries).toBe(s.queries);
    console.info(
      `[query count] organization page: ${l.queries} queries for ${l.events} events, ${s.queries} for ${s.events}`,
    );
  });
});
