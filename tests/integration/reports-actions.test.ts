import { beforeAll, describe, expect, it } from "vitest";
import {
  createReportAction,
  publishReportAction,
  reportVersionAction,
  saveReportAction,
  withdrawReportAction,
} from "@/lib/actions/reports";
import { getReport } from "@/lib/domain/reports/get-report";
import { createOrganization, createWorld, type World } from "@/lib/seed/factories";
import { addMonths, currentPeriod } from "@/lib/reports/period";
import { ownerDb } from "@/tests/support/db";
import { actAs, anonymous } from "@/tests/support/session";
import { actorOf, editorPost, key, readAs, report, sampleContent, state } from "./reports-support";

let w: World;
let other: World;
beforeAll(async () => {
  [w, other] = await Promise.all([createWorld(ownerDb()), createWorld(ownerDb())]);
});

describe("report.create", () => {
  it("starts a draft for an organization and month, audited", async () => {
    actAs(w.manager.user);
    const result = await createReportAction({ organizationId: w.orgX.id, period: "2025-01", idempotencyKey: key() });
    expect(result).toMatchObject({ ok: true, data: { created: true } });
    if (!result.ok) return;
    const s = await state(result.data.id);
    expect(s.row).toMatchObject({
      tenantId: w.tenant.id,
      organizationId: w.orgX.id,
      period: "2025-01",
      status: "DRAFT",
      version: 1,
      authorId: w.manager.user.id,
    });
    expect(s.actions).toEqual(["report.create"]);
  });

  it("is idempotent: the same key replays, another key for the same month opens the existing report", async () => {
    actAs(w.manager.user);
    const k = key();
    const first = await createReportAction({ organizationId: w.orgX.id, period: "2025-02", idempotencyKey: k });
    const replay = await createReportAction({ organizationId: w.orgX.id, period: "2025-02", idempotencyKey: k });
    actAs(w.owner.user);
    const colleague = await createReportAction({ organizationId: w.orgX.id, period: "2025-02", idempotencyKey: key() });
    expect(first.ok && replay.ok && colleague.ok).toBe(true);
    if (!first.ok || !replay.ok || !colleague.ok) return;
    expect(replay.data).toEqual(first.data);
    expect(colleague.data).toEqual({ id: first.data.id, created: false });
    expect(
      await ownerDb().steeringReport.count({
        where: { tenantId: w.tenant.id, organizationId: w.orgX.id, period: "2025-02" },
      }),
    ).toBe(1);
    expect((await state(first.data.id)).actions).toEqual(["report.create"]);
  });

  it("starts from the previous report's structure, not its figures", async () => {
    const previous = await report({
      tenantId: w.tenant.id,
      organizationId: w.orgY.id,
      authorId: w.manager.user.id,
      period: "2025-03",
      status: "PUBLISHED",
    });
    actAs(w.manager.user);
    const result = await createReportAction({ organizationId: w.orgY.id, period: "2025-04", idempotencyKey: key() });
    if (!result.ok) throw new Error(result.message);
    const row = (await state(result.data.id)).row!;
    expect(row.metrics).toMatchObject({
      incidentsOpened: { value: null, source: "PSA ticketing", asOf: null },
      availabilityPct: { value: null, source: "Monitoring", asOf: null },
      ticketsByCategory: {
        value: [
          { category: "Network", count: null },
          { category: "Microsoft 365", count: null },
        ],
        source: "PSA ticketing",
        asOf: null,
      },
    });
    expect(row.narrative).toEqual({});
    // Items keep their stable id from one month to the next (decisions and trails follow it).
    const before = previous as unknown as { recommendations: { id: string }[]; roadmap: { id: string }[] };
    expect(row.recommendations).toEqual(before.recommendations);
    expect(before.recommendations[0]!.id).toMatch(/^itm_/);
    expect(row.budget).toEqual(sampleContent().budget);
    expect(row.roadmap).toEqual([
      {
        id: before.roadmap[0]!.id,
        title: "Migrate file shares to SharePoint",
        status: "in_progress",
        targetQuarter: "2025-Q2",
      },
    ]);
  });

  it("says what is wrong next to the field", async () => {
    actAs(w.manager.user);
    const prospect = await createOrganization(ownerDb(), { tenantId: w.tenant.id, lifecycleStatus: "PROSPECT" });
    expect(
      await createReportAction({ organizationId: w.orgX.id, period: "2025-13", idempotencyKey: key() }),
    ).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { period: "Use the YYYY-MM format." },
    });
    expect(
      await createReportAction({
        organizationId: w.orgX.id,
        period: addMonths(currentPeriod(), 2),
        idempotencyKey: key(),
      }),
    ).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { period: "Choose a month no later than next month." },
    });
    expect(
      await createReportAction({ organizationId: prospect.id, period: "2025-01", idempotencyKey: key() }),
    ).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { organizationId: expect.stringContaining("prospect") },
    });
    expect(
      await createReportAction({
        organizationId: w.orgX.id,
        period: "2025-01",
        idempotencyKey: key(),
        tenantId: other.tenant.id,
      }),
    ).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { tenantId: expect.any(String) },
    });
    expect(await ownerDb().steeringReport.count({ where: { organizationId: prospect.id } })).toBe(0);
  });

  it("answers 404 for another tenant's organization, a client, and nobody signed in — and writes nothing", async () => {
    actAs(other.manager.user);
    expect(
      await createReportAction({ organizationId: w.orgX.id, period: "2024-06", idempotencyKey: key() }),
    ).toMatchObject({ ok: false, code: "NOT_FOUND" });
    actAs(w.clientX.user);
    expect(
      await createReportAction({ organizationId: w.orgX.id, period: "2024-06", idempotencyKey: key() }),
    ).toMatchObject({ ok: false, code: "NOT_FOUND" });
    anonymous();
    expect(
      await createReportAction({ organizationId: w.orgX.id, period: "2024-06", idempotencyKey: key() }),
    ).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await ownerDb().steeringReport.count({ where: { organizationId: w.orgX.id, period: "2024-06" } })).toBe(0);
  });
});

describe("report.update (save draft)", () => {
  it("saves the editor's content and bumps the version", async () => {
    const r = await report({
      tenantId: w.tenant.id,
      organizationId: w.orgX.id,
      authorId: w.manager.user.id,
      period: "2024-01",
    });
    actAs(w.manager.user);
    const result = await saveReportAction(editorPost(r.id, 1));
    expect(result).toEqual({ ok: true, data: { id: r.id, version: 2 } });
    const s = await state(r.id);
    expect(s.row!.version).toBe(2);
    expect(s.row!.metrics).toEqual({
      incidentsOpened: { value: 9, source: "PSA", asOf: "2025-04-30" },
      availabilityPct: { value: null, source: "Monitoring", asOf: "2025-04-30" },
    });
    expect(s.row!.narrative).toEqual({ highlights: "Everything ran.", risks: null, decisionsNeeded: null });
    expect(s.row!.budget).toEqual([{ label: "Managed services fee", kind: "run", amount: 1700, note: null }]);
    expect(s.actions).toEqual(["report.update"]);
  });

  it("puts field errors on the inputs and changes nothing", async () => {
    const r = await report({
      tenantId: w.tenant.id,
      organizationId: w.orgX.id,
      authorId: w.manager.user.id,
      period: "2024-02",
    });
    const before = (await state(r.id)).row;
    actAs(w.manager.user);
    const result = await saveReportAction(
      editorPost(r.id, 1, {
        metrics: {
          incidentsOpened: { value: "many", source: "PSA", asOf: "2025-04-30" },
          mttrHours: { value: "4", source: "", asOf: "2025-04-30" },
        },
        recommendations: { "0": { title: "", detail: "", priority: "high" } },
      }),
    );
    expect(result).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: {
        "metrics.incidentsOpened.value": "This value is not valid.",
        "metrics.mttrHours.source": "This field is required.",
        "recommendations.0.title": "This field is required.",
      },
    });
    expect((await state(r.id)).row).toEqual(before);
  });

  it("refuses a stale version with a clear conflict, keeping the winner's content", async () => {
    const r = await report({
      tenantId: w.tenant.id,
      organizationId: w.orgX.id,
      authorId: w.manager.user.id,
      period: "2024-03",
    });
    actAs(w.manager.user);
    expect((await saveReportAction(editorPost(r.id, 1))).ok).toBe(true);
    actAs(w.owner.user);
    const late = await saveReportAction(editorPost(r.id, 1, { narrative: { highlights: "Owner's version" } }));
    expect(late).toMatchObject({ ok: false, code: "CONFLICT", message: expect.stringContaining("still in the form") });
    const row = (await state(r.id)).row!;
    expect(row.version).toBe(2);
    expect(row.narrative).toMatchObject({ highlights: "Everything ran." });
    // The editor can then take the current version and save over it, by choice.
    const current = await reportVersionAction({ id: r.id });
    expect(current).toMatchObject({ ok: true, data: { version: 2, status: "DRAFT" } });
    expect(await saveReportAction(editorPost(r.id, 2, { narrative: { highlights: "Owner's version" } }))).toMatchObject(
      { ok: true, data: { version: 3 } },
    );
  });

  it("does not edit a published report (withdraw first)", async () => {
    const r = await report({
      tenantId: w.tenant.id,
      organizationId: w.orgX.id,
      authorId: w.manager.user.id,
      period: "2024-04",
      status: "PUBLISHED",
    });
    actAs(w.manager.user);
    expect(await saveReportAction(editorPost(r.id, 1))).toMatchObject({ ok: false, code: "CONFLICT" });
    expect((await state(r.id)).row!.version).toBe(1);
  });

  it("answers 404 to another tenant, a client, and for an unknown id — and changes nothing", async () => {
    const r = await report({
      tenantId: w.tenant.id,
      organizationId: w.orgX.id,
      authorId: w.manager.user.id,
      period: "2024-05",
    });
    const before = (await state(r.id)).row;
    actAs(other.owner.user);
    expect(await saveReportAction(editorPost(r.id, 1))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await reportVersionAction({ id: r.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    actAs(w.clientX.user);
    expect(await saveReportAction(editorPost(r.id, 1))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    actAs(w.manager.user);
    expect(await saveReportAction(editorPost("does-not-exist", 1))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect((await state(r.id)).row).toEqual(before);
  });
});

describe("report.publish", () => {
  it("publishes once and writes one audit event, however often it is asked", async () => {
    const r = await report({
      tenantId: w.tenant.id,
      organizationId: w.orgX.id,
      authorId: w.manager.user.id,
      period: "2024-07",
    });
    actAs(w.manager.user);
    const first = await publishReportAction({ id: r.id, expectedVersion: 1 });
    const again = await publishReportAction({ id: r.id, expectedVersion: 1 });
    actAs(w.owner.user);
    const colleague = await publishReportAction({ id: r.id, expectedVersion: 1 });
    expect(first).toEqual({ ok: true, data: { id: r.id, version: 2, alreadyPublished: false } });
    expect(again).toEqual({ ok: true, data: { id: r.id, version: 2, alreadyPublished: true } });
    expect(colleague).toMatchObject({ ok: true, data: { alreadyPublished: true } });
    const s = await state(r.id);
    expect(s.row).toMatchObject({ status: "PUBLISHED", version: 2, publishedById: w.manager.user.id });
    expect(s.row!.publishedAt).toBeInstanceOf(Date);
    expect(s.actions.filter((a) => a === "report.publish")).toHaveLength(1);
    expect(s.events.find((e) => e.action === "report.publish")).toMatchObject({
      actorUserId: w.manager.user.id,
      tenantId: w.tenant.id,
      outcome: "SUCCESS",
    });
    // The client sees it now.
    const client = await actorOf(w.clientX.user);
    await expect(readAs(client, (tx) => getReport(tx, client, r.id))).resolves.toMatchObject({
      id: r.id,
      status: "PUBLISHED",
    });
  });

  it("refuses to publish a draft that changed since it was opened", async () => {
    const r = await report({
      tenantId: w.tenant.id,
      organizationId: w.orgX.id,
      authorId: w.manager.user.id,
      period: "2024-08",
    });
    actAs(w.owner.user);
    expect((await saveReportAction(editorPost(r.id, 1))).ok).toBe(true);
    actAs(w.manager.user);
    expect(await publishReportAction({ id: r.id, expectedVersion: 1 })).toMatchObject({ ok: false, code: "CONFLICT" });
    const s = await state(r.id);
    expect(s.row!.status).toBe("DRAFT");
    expect(s.actions).not.toContain("report.publish");
  });

  it("answers 404 to another tenant and to clients, and publishes nothing", async () => {
    const r = await report({
      tenantId: w.tenant.id,
      organizationId: w.orgX.id,
      authorId: w.manager.user.id,
      period: "2024-09",
    });
    actAs(other.manager.user);
    expect(await publishReportAction({ id: r.id, expectedVersion: 1 })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    actAs(w.clientX.user);
    expect(await publishReportAction({ id: r.id, expectedVersion: 1 })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    actAs(w.manager.user);
    expect(await publishReportAction({ id: r.id, expectedVersion: "x" })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { expectedVersion: expect.any(String) },
    });
    const s = await state(r.id);
    expect(s.row!.status).toBe("DRAFT");
    expect(s.actions).not.toContain("report.publish");
  });
});

describe("report.withdraw", () => {
  it("takes a report back with a reason; the client no longer sees it; republishing clears acknowledgements", async () => {
    const r = await report({
      tenantId: w.tenant.id,
      organizationId: w.orgX.id,
      authorId: w.manager.user.id,
      period: "2024-10",
      status: "PUBLISHED",
    });
    await ownerDb().reportAcknowledgement.create({
      data: { tenantId: w.tenant.id, reportId: r.id, userId: w.clientX.user.id },
    });
    actAs(w.manager.user);
    expect(await withdrawReportAction({ id: r.id, expectedVersion: 1, reason: "" })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { reason: "This field is required." },
    });
    expect(await withdrawReportAction({ id: r.id, expectedVersion: 1, reason: "Backup figures were wrong." })).toEqual({
      ok: true,
      data: { id: r.id, version: 2, alreadyWithdrawn: false },
    });
    expect(await withdrawReportAction({ id: r.id, expectedVersion: 1, reason: "Again" })).toMatchObject({
      ok: true,
      data: { alreadyWithdrawn: true },
    });
    let s = await state(r.id);
    expect(s.row).toMatchObject({ status: "WITHDRAWN", withdrawnReason: "Backup figures were wrong.", version: 2 });
    expect(s.events.filter((e) => e.action === "report.withdraw")).toEqual([
      expect.objectContaining({ metadata: { reason: "Backup figures were wrong." } }),
    ]);

    const client = await actorOf(w.clientX.user);
    await expect(readAs(client, (tx) => getReport(tx, client, r.id))).rejects.toMatchObject({ code: "NOT_FOUND" });

    // Corrected, then published again: the earlier acknowledgement no longer stands.
    expect((await saveReportAction(editorPost(r.id, 2))).ok).toBe(true);
    expect(await publishReportAction({ id: r.id, expectedVersion: 3 })).toMatchObject({
      ok: true,
      data: { alreadyPublished: false },
    });
    s = await state(r.id);
    expect(s.row).toMatchObject({ status: "PUBLISHED", withdrawnReason: null, withdrawnAt: null });
    expect(s.acks).toHaveLength(0);
    expect(s.events.filter((e) => e.action === "report.publish").at(-1)!.metadata).toMatchObject({
      republished: true,
      clearedAcknowledgements: 1,
    });
  });

  it("cannot withdraw a draft; 404 to another tenant and to clients", async () => {
    const r = await report({
      tenantId: w.tenant.id,
      organizationId: w.orgX.id,
      authorId: w.manager.user.id,
      period: "2024-11",
    });
    actAs(w.manager.user);
    expect(await withdrawReportAction({ id: r.id, expectedVersion: 1, reason: "No" })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    const published = await report({
      tenantId: w.tenant.id,
      organizationId: w.orgX.id,
      authorId: w.manager.user.id,
      period: "2024-12",
      status: "PUBLISHED",
    });
    actAs(other.owner.user);
    expect(await withdrawReportAction({ id: published.id, expectedVersion: 1, reason: "Hostile" })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    actAs(w.clientX.user);
    expect(await withdrawReportAction({ id: published.id, expectedVersion: 1, reason: "Client" })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect((await state(published.id)).row!.status).toBe("PUBLISHED");
  });
});
