import { beforeAll, describe, expect, it } from "vitest";
import { acknowledgeReportAction, commentOnReportAction } from "@/lib/actions/reports";
import { getReport, getReportForEdit } from "@/lib/domain/reports/get-report";
import { getReportActivity } from "@/lib/domain/reports/get-report-activity";
import { getReportOverview } from "@/lib/domain/reports/get-report-overview";
import { listPortalReports } from "@/lib/domain/reports/list-portal-reports";
import { listReports } from "@/lib/domain/reports/list-reports";
import { recordQueries } from "@/lib/db/query-events";
import { createOrganization, createWorld, type World } from "@/lib/seed/factories";
import { addMonths } from "@/lib/reports/period";
import { ownerDb } from "@/tests/support/db";
import { actAs } from "@/tests/support/session";
import { actorOf, key, metric, readAs, report, sampleContent, state } from "./reports-support";

let w: World;
let other: World;
let published: { id: string };
let draft: { id: string };
let withdrawn: { id: string };
let otherOrg: { id: string };
beforeAll(async () => {
  [w, other] = await Promise.all([createWorld(ownerDb()), createWorld(ownerDb())]);
  const base = { tenantId: w.tenant.id, organizationId: w.orgX.id, authorId: w.manager.user.id };
  published = await report({ ...base, period: "2025-05", status: "PUBLISHED" });
  draft = await report({ ...base, period: "2025-06" });
  withdrawn = await report({ ...base, period: "2025-04", status: "WITHDRAWN" });
  otherOrg = await report({ ...base, organizationId: w.orgY.id, period: "2025-05", status: "PUBLISHED" });
});

describe("report.acknowledge", () => {
  it("records one acknowledgement per client user, audited once", async () => {
    actAs(w.clientX.user);
    const first = await acknowledgeReportAction({ id: published.id });
    const again = await acknowledgeReportAction({ id: published.id });
    expect(first).toMatchObject({ ok: true, data: { id: published.id, first: true } });
    expect(again).toMatchObject({ ok: true, data: { first: false } });
    if (first.ok && again.ok) expect(again.data.acknowledgedAt).toBe(first.data.acknowledgedAt);
    const s = await state(published.id);
    expect(s.acks).toHaveLength(1);
    expect(s.acks[0]).toMatchObject({ userId: w.clientX.user.id, tenantId: w.tenant.id });
    expect(s.actions.filter((a) => a === "report.acknowledge")).toHaveLength(1);
  });

  it("404: another organization's report, a draft, a withdrawn report, another tenant, staff — nothing written", async () => {
    actAs(w.clientY.user);
    expect(await acknowledgeReportAction({ id: published.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    actAs(w.clientX.user);
    expect(await acknowledgeReportAction({ id: draft.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await acknowledgeReportAction({ id: withdrawn.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await acknowledgeReportAction({ id: otherOrg.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    actAs(other.clientX.user);
    expect(await acknowledgeReportAction({ id: published.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    actAs(w.manager.user);
    expect(await acknowledgeReportAction({ id: published.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    for (const r of [draft, withdrawn, otherOrg]) expect((await state(r.id)).acks).toHaveLength(0);
    expect((await state(published.id)).acks.map((a) => a.userId)).toEqual([w.clientX.user.id]);
    expect(await acknowledgeReportAction({ id: published.id, extra: 1 })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
  });
});

describe("report.comment", () => {
  it("a client's comment reaches MSP staff, and the MSP's answer reaches the client", async () => {
    actAs(w.clientX.user);
    const question = await commentOnReportAction({
      reportId: published.id,
      body: "Why did two backup jobs fail?",
      idempotencyKey: key(),
    });
    expect(question).toMatchObject({ ok: true, data: { id: expect.any(String) } });
    actAs(w.manager.user);
    expect(
      (
        await commentOnReportAction({
          reportId: published.id,
          body: "A full disk; fixed on the 12th.",
          idempotencyKey: key(),
        })
      ).ok,
    ).toBe(true);

    const staff = await actorOf(w.manager.user);
    const staffView = await readAs(staff, (tx) => getReportActivity(tx, staff, published.id));
    expect(staffView.comments.map((c) => [c.body, c.fromMsp, c.authorName])).toEqual([
      ["Why did two backup jobs fail?", false, w.clientX.user.name],
      ["A full disk; fixed on the 12th.", true, w.manager.user.name],
    ]);
    expect(staffView.acknowledgements.map((a) => a.name)).toEqual([w.clientX.user.name]);

    const client = await actorOf(w.clientX.user);
    const clientView = await readAs(client, (tx) => getReportActivity(tx, client, published.id));
    expect(clientView.comments.map((c) => [c.fromMsp, c.mine, c.authorName])).toEqual([
      [false, true, w.clientX.user.name],
      [true, false, w.manager.user.name],
    ]);
    expect(clientView.mine).toBeInstanceOf(Date);
    expect((await state(published.id)).actions.filter((a) => a === "report.comment")).toHaveLength(2);
  });

  it("is idempotent on its key (a retried post is stored once)", async () => {
    actAs(w.clientX.user);
    const k = key();
    const a = await commentOnReportAction({ reportId: published.id, body: "Thanks!", idempotencyKey: k });
    const b = await commentOnReportAction({ reportId: published.id, body: "Thanks!", idempotencyKey: k });
    expect(a).toEqual(b);
    expect((await state(published.id)).comments.filter((c) => c.body === "Thanks!")).toHaveLength(1);
  });

  it("says what is wrong with the text; 404 for drafts, other organizations and other tenants", async () => {
    actAs(w.clientX.user);
    expect(await commentOnReportAction({ reportId: published.id, body: "   ", idempotencyKey: key() })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { body: "This field is required." },
    });
    expect(
      await commentOnReportAction({ reportId: published.id, body: "x".repeat(2001), idempotencyKey: key() }),
    ).toMatchObject({
      fieldErrors: { body: "Must be at most 2,000 characters." },
    });
    expect(await commentOnReportAction({ reportId: draft.id, body: "Peek", idempotencyKey: key() })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await commentOnReportAction({ reportId: otherOrg.id, body: "Peek", idempotencyKey: key() })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    actAs(w.manager.user);
    expect(await commentOnReportAction({ reportId: draft.id, body: "Internal", idempotencyKey: key() })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    actAs(other.owner.user);
    expect(await commentOnReportAction({ reportId: published.id, body: "Hi", idempotencyKey: key() })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    for (const r of [draft, otherOrg]) expect((await state(r.id)).comments).toHaveLength(0);
    expect((await state(published.id)).comments.some((c) => c.body === "Hi")).toBe(false);
  });
});

describe("what a client can read", () => {
  it("their organization's published reports only, newest month first", async () => {
    const client = await actorOf(w.clientX.user);
    const portal = await readAs(client, (tx) => listPortalReports(tx, client));
    expect(portal.reports.map((r) => r.id)).toEqual([published.id]);
    expect(portal.organizationName).toBe(w.orgX.name);
    expect(portal.mspName).toBe(w.tenant.name);
    expect(portal.reports[0]!.acknowledgedAt).toBeInstanceOf(Date);
    const y = await actorOf(w.clientY.user);
    expect((await readAs(y, (tx) => listPortalReports(tx, y))).reports.map((r) => r.id)).toEqual([otherOrg.id]);
  });

  it("a draft, a withdrawn report, another organization's or another tenant's report is NOT_FOUND", async () => {
    const client = await actorOf(w.clientX.user);
    for (const id of [draft.id, withdrawn.id, otherOrg.id]) {
      await expect(readAs(client, (tx) => getReport(tx, client, id))).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(readAs(client, (tx) => getReportActivity(tx, client, id))).resolves.toMatchObject({
        comments: [],
        acknowledgements: [],
      });
    }
    const foreign = await actorOf(other.clientX.user);
    await expect(readAs(foreign, (tx) => getReport(tx, foreign, published.id))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(readAs(client, (tx) => getReport(tx, client, published.id))).resolves.toMatchObject({
      withdrawnReason: null,
      mspName: w.tenant.name,
    });
  });

  it("row-level security is the second wall: an unscoped query as a client still sees only published reports of their organization", async () => {
    const client = await actorOf(w.clientX.user);
    const rows = await readAs(client, (tx) => tx.steeringReport.findMany({ select: { id: true } }));
    expect(rows.map((r) => r.id)).toEqual([published.id]);
  });

  it("the trend covers the last 12 published months up to the report, never drafts", async () => {
    const org = await createOrganization(ownerDb(), { tenantId: w.tenant.id });
    const base = { tenantId: w.tenant.id, organizationId: org.id, authorId: w.manager.user.id };
    for (let i = 0; i < 14; i++) {
      const period = addMonths("2023-01", i);
      const content = sampleContent(i);
      if (i === 5) content.metrics.incidentsOpened = metric(null);
      await report({ ...base, period, status: "PUBLISHED", content });
    }
    const draftNext = await report({ ...base, period: "2024-03", content: sampleContent(99) });
    const last = await ownerDb().steeringReport.findFirstOrThrow({
      where: { organizationId: org.id, period: "2024-02" },
    });
    const staff = await actorOf(w.manager.user);
    const doc = await readAs(staff, (tx) => getReport(tx, staff, last.id));
    expect(doc.trend.map((p) => p.period)).toEqual(Array.from({ length: 12 }, (_, i) => addMonths("2023-03", i)));
    expect(doc.trend.find((p) => p.period === "2023-06")!.incidentsOpened).toBeNull();
    expect(doc.trend.some((p) => p.incidentsOpened === 99)).toBe(false);
    // A staff preview of the draft shows it as the last point, after the 11 published months before it.
    const preview = await readAs(staff, (tx) => getReport(tx, staff, draftNext.id));
    expect(preview.trend.at(-1)).toMatchObject({ period: "2024-03", incidentsOpened: 99 });
    expect(preview.trend).toHaveLength(12);
  });
});

describe("what the report editor reads", () => {
  it("the report's own content as getReport reads it, in one statement; another tenant's report is NOT_FOUND", async () => {
    const staff = await actorOf(w.manager.user);
    const full = await readAs(staff, (tx) => getReport(tx, staff, draft.id));
    const { result, queries } = await recordQueries(() => readAs(staff, (tx) => getReportForEdit(tx, staff, draft.id)));
    expect(result).toEqual({
      id: full.id,
      period: full.period,
      status: "DRAFT",
      version: full.version,
      withdrawnReason: null,
      organization: full.organization,
      content: full.content,
    });
    expect(queries.filter((q) => /^\s*SELECT/i.test(q) && /SteeringReport/.test(q))).toHaveLength(1);
    expect(queries.some((q) => /PostureAssessment|"User"|"Membership"/.test(q))).toBe(false);
    const stored = await readAs(staff, (tx) => getReportForEdit(tx, staff, withdrawn.id));
    expect(stored.status).toBe("WITHDRAWN");
    const foreign = await actorOf(other.manager.user);
    await expect(readAs(foreign, (tx) => getReportForEdit(tx, foreign, draft.id))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("the MSP's month overview", () => {
  it("says which clients lack the month's report, which are drafts, published, acknowledged, withdrawn", async () => {
    const world = await createWorld(ownerDb());
    const db = ownerDb();
    const t = world.tenant.id;
    const [a, b, c, missing, former, breakFix] = await Promise.all([
      createOrganization(db, { tenantId: t, name: "A managed", currentModel: "MANAGED" }),
      createOrganization(db, { tenantId: t, name: "B hybrid", currentModel: "HYBRID" }),
      createOrganization(db, {
        tenantId: t,
        name: "C managed",
        currentModel: "MANAGED",
        accountManagerId: world.manager.user.id,
      }),
      createOrganization(db, { tenantId: t, name: "G managed, nothing yet", currentModel: "MANAGED" }),
      createOrganization(db, { tenantId: t, name: "D former", currentModel: "MANAGED", lifecycleStatus: "FORMER" }),
      createOrganization(db, { tenantId: t, name: "H break-fix with a report" }),
      createOrganization(db, { tenantId: t, name: "E prospect", currentModel: "MANAGED", lifecycleStatus: "PROSPECT" }),
      createOrganization(db, {
        tenantId: t,
        name: "F former, no report",
        currentModel: "MANAGED",
        lifecycleStatus: "FORMER",
      }),
    ]);
    const base = { tenantId: t, authorId: world.manager.user.id, period: "2025-08" };
    await report({ ...base, organizationId: a.id });
    const pub = await report({ ...base, organizationId: b.id, status: "PUBLISHED" });
    const acked = await report({ ...base, organizationId: c.id, status: "PUBLISHED" });
    await report({ ...base, organizationId: former.id, status: "WITHDRAWN" });
    await report({ ...base, organizationId: breakFix.id });
    await report({ ...base, organizationId: missing.id, period: "2025-07", status: "PUBLISHED" });
    await db.reportAcknowledgement.create({ data: { tenantId: t, reportId: acked.id, userId: world.clientX.user.id } });
    await db.reportComment.create({
      data: { tenantId: t, reportId: pub.id, authorId: world.clientY.user.id, body: "?" },
    });

    const staff = await actorOf(world.owner.user);
    const overview = await readAs(staff, (tx) => getReportOverview(tx, staff, "2025-08"));
    const byName = Object.fromEntries(overview.rows.map((r) => [r.organization.name, r]));
    expect(Object.keys(byName).sort()).toEqual([
      "A managed",
      "B hybrid",
      "C managed",
      "D former",
      "G managed, nothing yet",
      "H break-fix with a report",
    ]);
    expect(byName["A managed"]!.state).toBe("draft");
    expect(byName["B hybrid"]).toMatchObject({ state: "published", report: { comments: 1, acknowledgements: 0 } });
    expect(byName["C managed"]).toMatchObject({
      state: "acknowledged",
      organization: { managerName: world.manager.user.name },
    });
    expect(byName["D former"]!.state).toBe("withdrawn");
    expect(byName["G managed, nothing yet"]).toMatchObject({ state: "missing", report: null });
    expect(byName["H break-fix with a report"]!.state).toBe("draft");
    expect(overview.counts).toEqual({ missing: 1, draft: 2, published: 1, acknowledged: 1, withdrawn: 1 });
    // Active break-fix clients buy no monthly steering: listed apart, not counted as missing.
    expect(overview.optional.map((r) => r.organization.name).sort()).toEqual([world.orgX.name, world.orgY.name].sort());
  });

  it("costs the same number of queries for 3 or 30 organizations (no per-organization loop)", async () => {
    const count = async (orgs: number) => {
      const world = await createWorld(ownerDb());
      for (let i = 0; i < orgs; i++) {
        const org = await createOrganization(ownerDb(), {
          tenantId: world.tenant.id,
          currentModel: "MANAGED",
          accountManagerId: world.manager.user.id,
        });
        await report({
          tenantId: world.tenant.id,
          organizationId: org.id,
          authorId: world.manager.user.id,
          period: "2025-09",
          status: i % 2 ? "PUBLISHED" : "DRAFT",
        });
      }
      const staff = await actorOf(world.manager.user);
      const { result, queries } = await recordQueries(() =>
        readAs(staff, (tx) => getReportOverview(tx, staff, "2025-09")),
      );
      expect(result.rows.length).toBe(orgs);
      expect(result.optional.length).toBe(2);
      return queries.length;
    };
    const small = await count(1);
    const large = await count(30);
    expect(large).toBe(small);
    expect(small).toBeLessThanOrEqual(4);
  });

  it("the report list is scoped to the tenant, filtered and paginated", async () => {
    const staff = await actorOf(w.manager.user);
    const all = await readAs(staff, (tx) => listReports(tx, staff, { page: 1 }));
    const ids = new Set(
      (await ownerDb().steeringReport.findMany({ where: { tenantId: w.tenant.id }, select: { id: true } })).map(
        (r) => r.id,
      ),
    );
    expect(all.total).toBe(ids.size);
    expect(all.items.every((r) => ids.has(r.id))).toBe(true);
    const drafts = await readAs(staff, (tx) =>
      listReports(tx, staff, { status: "DRAFT", organizationId: w.orgX.id, page: 1 }),
    );
    expect(drafts.items.map((r) => r.id)).toEqual([draft.id]);
    const foreign = await actorOf(other.manager.user);
    expect(
      (await readAs(foreign, (tx) => listReports(tx, foreign, { page: 1 }))).items.some((r) => ids.has(r.id)),
    ).toBe(false);
  });
});
