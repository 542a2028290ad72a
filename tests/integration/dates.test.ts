import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createCallAction } from "@/lib/actions/calls";
import { recordModelChangeAction } from "@/lib/actions/model-changes";
import { createOrganizationAction } from "@/lib/actions/organizations";
import { publishReportAction, saveReportAction } from "@/lib/actions/reports";
import { createReport, createWorld, type World } from "@/lib/seed/factories";
import { addMonths, currentPeriod } from "@/lib/reports/period";
import { BAD_DATE_INPUT, isoDayOf } from "@/lib/validation/dates";
import { ownerDb } from "@/tests/support/db";
import { actAs } from "@/tests/support/session";
import { editorPost } from "./reports-support";

/**
 * Issue 16, item 6: an impossible date (31 February, or what a form sends for a date the browser
 * could not read) is an error next to its field on every form with a date, and nothing is stored
 * in its place; a figure is never dated after today or after its report's publication.
 */
const key = () => randomUUID();
const DAY = 86_400_000;
let w: World;
beforeAll(async () => {
  w = await createWorld(ownerDb());
});

const refusedOn = (result: { ok: boolean; fieldErrors?: Record<string, string> }, field: string, message: string) => {
  expect(result.ok).toBe(false);
  expect(result.fieldErrors?.[field]).toBe(message);
};

describe("impossible dates are refused next to the field, never dropped", () => {
  it("a call's follow-up date and time", async () => {
    actAs(w.manager.user);
    const base = {
      organizationId: w.orgX.id,
      attendees: "Director",
      summary: "Call.",
      needs: "Backups.",
      nextSteps: "Assessment.",
    };
    for (const followUpDate of ["2025-02-31", BAD_DATE_INPUT]) {
      const result = await createCallAction({
        ...base,
        idempotencyKey: key(),
        occurredAt: "2025-02-03T10:00",
        followUpDate,
      });
      refusedOn(result as never, "followUpDate", "Enter a valid date.");
    }
    const result = await createCallAction({
      ...base,
      idempotencyKey: key(),
      occurredAt: "2025-02-29T10:00",
      followUpDate: "",
    });
    refusedOn(result as never, "occurredAt", "Enter a valid date.");
    expect(await ownerDb().scopingCall.count({ where: { tenantId: w.tenant.id } })).toBe(0);
  });

  it("a client's start date does not become today", async () => {
    actAs(w.manager.user);
    const name = `Dated ${key().slice(0, 6)}`;
    const result = await createOrganizationAction({
      name,
      headcount: "12",
      sites: "1",
      lifecycleStatus: "ACTIVE",
      currentModel: "HYBRID",
      clientSince: BAD_DATE_INPUT,
      idempotencyKey: key(),
    });
    refusedOn(result as never, "clientSince", "Enter a valid date.");
    expect(await ownerDb().clientOrganization.count({ where: { tenantId: w.tenant.id, name } })).toBe(0);
  });

  it("a move's effective date", async () => {
    actAs(w.manager.user);
    const result = await recordModelChangeAction({
      organizationId: w.orgX.id,
      expectedVersion: String(w.orgX.version),
      toModel: "MANAGED",
      effectiveDate: "2025-04-31",
      reason: "Agreed.",
      idempotencyKey: key(),
    });
    refusedOn(result as never, "effectiveDate", "Enter a valid date.");
  });

  it("a figure's as-of date and a restore test's date", async () => {
    const r = await createReport(ownerDb(), {
      tenantId: w.tenant.id,
      organizationId: w.orgY.id,
      authorId: w.manager.user.id,
      period: "2025-04",
    });
    actAs(w.manager.user);
    const result = await saveReportAction(
      editorPost(r.id, 1, {
        metrics: {
          incidentsOpened: { value: "9", source: "PSA", asOf: "2025-04-31" },
          lastRestoreTest: { value: BAD_DATE_INPUT, source: "Log", asOf: "2025-04-30" },
        },
      }),
    );
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        "metrics.incidentsOpened.asOf": "Enter a valid date.",
        "metrics.lastRestoreTest.value": "Enter a valid date.",
      },
    });
    expect((await ownerDb().steeringReport.findUniqueOrThrow({ where: { id: r.id } })).version).toBe(1);
  });
});

describe("no figure is dated after today or after its publication", () => {
  it("the editor refuses a figure or a restore test dated after today", async () => {
    const period = currentPeriod();
    const r = await createReport(ownerDb(), {
      tenantId: w.tenant.id,
      organizationId: w.orgX.id,
      authorId: w.manager.user.id,
      period,
    });
    const tomorrow = isoDayOf(new Date(Date.now() + DAY));
    const today = isoDayOf(new Date());
    actAs(w.manager.user);
    const refused = await saveReportAction(
      editorPost(r.id, 1, {
        metrics: {
          incidentsOpened: { value: "9", source: "PSA", asOf: tomorrow },
          availabilityPct: { value: "99.9", source: "Monitoring", asOf: today },
          lastRestoreTest: { value: tomorrow, source: "Log", asOf: today },
        },
      }),
    );
    expect(refused).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: {
        "metrics.incidentsOpened.asOf": "Cannot be later than today.",
        "metrics.lastRestoreTest.value": "Cannot be later than today.",
      },
    });
    expect(Object.keys((refused as { fieldErrors: object }).fieldErrors)).toHaveLength(2);
    const saved = await saveReportAction(
      editorPost(r.id, 1, { metrics: { incidentsOpened: { value: "9", source: "PSA", asOf: today } } }),
    );
    expect(saved).toMatchObject({ ok: true, data: { version: 2 } });
  });

  it("publishing refuses a draft whose figures are dated after the publication day", async () => {
    const period = addMonths(currentPeriod(), 1);
    const r = await createReport(ownerDb(), {
      tenantId: w.tenant.id,
      organizationId: w.orgY.id,
      authorId: w.manager.user.id,
      period,
      // Stored by another path (an import, an older version of the editor): dated next month.
      content: { metrics: { incidentsOpened: { value: 3, source: "PSA", asOf: `${period}-02` } } },
    });
    actAs(w.manager.user);
    const result = await publishReportAction({ id: r.id, expectedVersion: 1 });
    expect(result).toMatchObject({
      ok: false,
      code: "VALIDATION",
      message: "Some figures are dated after today. Correct their “as of” dates in the editor, then publish.",
    });
    expect((await ownerDb().steeringReport.findUniqueOrThrow({ where: { id: r.id } })).status).toBe("DRAFT");
  });
});
