import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { commentOnReportAction } from "@/lib/actions/reports";
import { updateReportReminderAction } from "@/lib/actions/settings";
import { runTenantDailyMail } from "@/lib/mail/daily";
import { createMember, createReport, createWorld, type World } from "@/lib/seed/factories";
import { ownerDb } from "@/tests/support/db";
import { settleJobs } from "@/tests/support/jobs";
import { actAs } from "@/tests/support/session";

/**
 * The daily mails (issue 18 item 3): the reminder of the month's missing reports only on the
 * day of the month the owner set, once per month and recipient; the staff digest of new client
 * comments only when there is something new, each comment once, in each recipient's language.
 */
let w: World;

beforeAll(async () => {
  w = await createWorld(ownerDb());
  // Two active clients the reminder counts (hybrid and managed), both managed by the manager.
  for (const [org, model] of [
    [w.orgX, "HYBRID"],
    [w.orgY, "MANAGED"],
  ] as const)
    await ownerDb().clientOrganization.update({
      where: { tenantId_id: { tenantId: org.tenantId, id: org.id } },
      data: { lifecycleStatus: "ACTIVE", currentModel: model },
    });
});

const mailsOf = (kind: "MISSING_REPORTS" | "STAFF_DIGEST") =>
  ownerDb().outboxMail.findMany({ where: { tenantId: w.tenant.id, kind }, orderBy: { createdAt: "asc" } });

describe("the owner's reminder day", () => {
  it("is a day from 1 to 28 (or off), owners only", async () => {
    actAs(w.owner.user);
    for (const bad of ["0", "29", "31", "x", "1.5"]) {
      const refused = await updateReportReminderAction({ reportReminderDay: bad });
      expect(refused, bad).toMatchObject({ ok: false, code: "VALIDATION" });
      if (!refused.ok) expect(refused.fieldErrors?.reportReminderDay, bad).toBeTruthy();
    }
    expect(await updateReportReminderAction({ reportReminderDay: "" })).toMatchObject({
      ok: true,
      data: { reportReminderDay: null },
    });
    expect(await updateReportReminderAction({ reportReminderDay: "10" })).toMatchObject({
      ok: true,
      data: { reportReminderDay: 10 },
    });
    actAs(w.manager.user);
    expect(await updateReportReminderAction({ reportReminderDay: "12" })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect((await ownerDb().tenant.findUniqueOrThrow({ where: { id: w.tenant.id } })).reportReminderDay).toBe(10);
  });

  it("reminds account managers of the month's missing reports on that day only, once per month", async () => {
    // Orgs X and Y have no report for December; Y gets a draft, X nothing.
    await createReport(ownerDb(), {
      tenantId: w.tenant.id,
      organizationId: w.orgY.id,
      authorId: w.manager.user.id,
      period: "2030-12",
      status: "DRAFT",
    });
    expect((await runTenantDailyMail({ tenantId: w.tenant.id, day: "2030-12-09" })).reminders).toBe(0);
    expect((await runTenantDailyMail({ tenantId: w.tenant.id, day: "2030-12-10" })).reminders).toBe(1);
    // The same day again (a second worker, a retry), and later that month: nothing more.
    expect((await runTenantDailyMail({ tenantId: w.tenant.id, day: "2030-12-10" })).reminders).toBe(0);
    await settleJobs(w.tenant.id);
    const [reminder, ...others] = await mailsOf("MISSING_REPORTS");
    expect(others).toEqual([]);
    expect(reminder).toMatchObject({
      recipientId: w.manager.user.id,
      sourceKey: "2030-12",
      status: "SENT",
      locale: "en",
    });
    expect(reminder!.subject).toBe("2 reports of December 2030 still to publish");
    expect(reminder!.text).toContain(`${w.orgX.name}: not started`);
    expect(reminder!.text).toContain(`${w.orgY.name}: draft not published`);
    expect(reminder!.text).toContain("/reports");
    // Next month, the same day: a new reminder; both published: none.
    for (const org of [w.orgX, w.orgY])
      await createReport(ownerDb(), {
        tenantId: w.tenant.id,
        organizationId: org.id,
        authorId: w.manager.user.id,
        period: "2031-01",
        status: "PUBLISHED",
      });
    expect((await runTenantDailyMail({ tenantId: w.tenant.id, day: "2031-01-10" })).reminders).toBe(0);
    await ownerDb().steeringReport.updateMany({
      where: { tenantId: w.tenant.id, organizationId: w.orgX.id, period: "2031-01" },
      data: { status: "WITHDRAWN" },
    });
    expect((await runTenantDailyMail({ tenantId: w.tenant.id, day: "2031-01-10" })).reminders).toBe(1);
    await settleJobs(w.tenant.id);
    const january = (await mailsOf("MISSING_REPORTS")).find((m) => m.sourceKey === "2031-01")!;
    expect(january.text).toContain(`${w.orgX.name}: withdrawn, not published again`);
    expect(january.text).not.toContain(w.orgY.name);
  });

  it("goes to the owners for a client without an account manager; none when the day is off", async () => {
    const world = await createWorld(ownerDb());
    await ownerDb().clientOrganization.update({
      where: { tenantId_id: { tenantId: world.orgX.tenantId, id: world.orgX.id } },
      data: { lifecycleStatus: "ACTIVE", currentModel: "MANAGED", accountManagerId: null },
    });
    await ownerDb().tenant.update({ where: { id: world.tenant.id }, data: { reportReminderDay: 3 } });
    expect((await runTenantDailyMail({ tenantId: world.tenant.id, day: "2030-11-03" })).reminders).toBe(1);
    expect(
      await ownerDb().outboxMail.findMany({ where: { tenantId: world.tenant.id, kind: "MISSING_REPORTS" } }),
    ).toEqual([expect.objectContaining({ recipientId: world.owner.user.id })]);
    await ownerDb().tenant.update({ where: { id: world.tenant.id }, data: { reportReminderDay: null } });
    expect((await runTenantDailyMail({ tenantId: world.tenant.id, day: "2030-12-03" })).reminders).toBe(0);
  });
});

describe("the reminder's content", () => {
  it("is written in each recipient's language, HTML and text, with every client named (escaped) and a link to the reports", async () => {
    const world = await createWorld(ownerDb());
    await ownerDb().user.update({ where: { id: world.manager.user.id }, data: { locale: "fr" } });
    await ownerDb().clientOrganization.update({
      where: { tenantId_id: { tenantId: world.orgX.tenantId, id: world.orgX.id } },
      data: {
        lifecycleStatus: "ACTIVE",
        currentModel: "HYBRID",
        name: `Café <Lumière> & Fils ${world.tenant.id.slice(-4)}`,
      },
    });
    await ownerDb().tenant.update({ where: { id: world.tenant.id }, data: { reportReminderDay: 7 } });
    expect((await runTenantDailyMail({ tenantId: world.tenant.id, day: "2030-09-07" })).reminders).toBe(1);
    await settleJobs(world.tenant.id);
    const [mail] = await ownerDb().outboxMail.findMany({
      where: { tenantId: world.tenant.id, kind: "MISSING_REPORTS" },
    });
    const name = `Café <Lumière> & Fils ${world.tenant.id.slice(-4)}`;
    expect(mail).toMatchObject({ recipientId: world.manager.user.id, status: "SENT", locale: "fr" });
    expect(mail!.subject).toBe("1 rapport de septembre 2030 encore à publier");
    expect(mail!.text).toContain(`${name}\u00a0: pas commencé`);
    expect(mail!.text).toContain("Ouvrir les rapports http://localhost:3000/reports");
    expect(mail!.html).toContain("Café &lt;Lumière&gt; &amp; Fils");
    expect(mail!.html).not.toContain("<Lumière>");
    expect(mail!.html).toContain('href="http://localhost:3000/reports"');
    expect(mail!.html).toContain('lang="fr"');
  });
});

describe("the staff digest", () => {
  it("is sent only when there is news, each client comment once, in each recipient's language", async () => {
    const world = await createWorld(ownerDb());
    await ownerDb().user.update({ where: { id: world.manager.user.id }, data: { locale: "fr" } });
    const report = await createReport(ownerDb(), {
      tenantId: world.tenant.id,
      organizationId: world.orgX.id,
      authorId: world.manager.user.id,
      period: "2026-10",
      status: "PUBLISHED",
    });
    const digests = () =>
      ownerDb().outboxMail.findMany({
        where: { tenantId: world.tenant.id, kind: "STAFF_DIGEST" },
        orderBy: [{ createdAt: "asc" }, { recipientId: "asc" }],
      });
    // Nothing new: no mail, no row.
    expect((await runTenantDailyMail({ tenantId: world.tenant.id, day: "2030-10-01" })).digests).toBe(0);
    expect(await digests()).toEqual([]);
    // A client comment (and a staff answer, which is not news for staff).
    actAs(world.clientX.user);
    expect(
      await commentOnReportAction({
        reportId: report.id,
        body: "Can we talk about <the> backups?",
        idempotencyKey: randomUUID(),
      }),
    ).toMatchObject({
      ok: true,
    });
    actAs(world.manager.user);
    expect(
      await commentOnReportAction({ reportId: report.id, body: "Staff answer", idempotencyKey: randomUUID() }),
    ).toMatchObject({ ok: true });
    expect((await runTenantDailyMail({ tenantId: world.tenant.id, day: "2030-10-02" })).digests).toBe(2);
    expect((await runTenantDailyMail({ tenantId: world.tenant.id, day: "2030-10-02" })).digests).toBe(0);
    await settleJobs(world.tenant.id);
    const first = await digests();
    expect(first.map((m) => m.recipientId).sort()).toEqual([world.owner.user.id, world.manager.user.id].sort());
    const owner = first.find((m) => m.recipientId === world.owner.user.id)!;
    const manager = first.find((m) => m.recipientId === world.manager.user.id)!;
    expect(owner).toMatchObject({ status: "SENT", locale: "en", subject: "1 new client comment" });
    expect(owner.text).toContain("Can we talk about <the> backups?");
    expect(owner.text).not.toContain("Staff answer");
    expect(owner.text).toContain(`/reports/${report.id}`);
    expect(owner.html).toContain("&lt;the&gt;");
    expect(manager).toMatchObject({ status: "SENT", locale: "fr", subject: "1 nouveau commentaire client" });
    // The next day: nothing new, nothing sent; then a new comment: only that one.
    expect((await runTenantDailyMail({ tenantId: world.tenant.id, day: "2030-10-03" })).digests).toBe(0);
    actAs(world.clientX.user);
    await commentOnReportAction({ reportId: report.id, body: "Second question", idempotencyKey: randomUUID() });
    expect((await runTenantDailyMail({ tenantId: world.tenant.id, day: "2030-10-04" })).digests).toBe(2);
    await settleJobs(world.tenant.id);
    const latest = (await digests()).filter((m) => m.sourceKey === "2030-10-04");
    for (const mail of latest) {
      expect(mail.text).toContain("Second question");
      expect(mail.text).not.toContain("Can we talk about");
    }
  });

  it("an account manager hears of their own clients only", async () => {
    const world = await createWorld(ownerDb());
    const other = await createMember(ownerDb(), { tenantId: world.tenant.id, role: "ACCOUNT_MANAGER" });
    await ownerDb().clientOrganization.update({
      where: { tenantId_id: { tenantId: world.orgY.tenantId, id: world.orgY.id } },
      data: { accountManagerId: other.user.id },
    });
    const report = await createReport(ownerDb(), {
      tenantId: world.tenant.id,
      organizationId: world.orgY.id,
      authorId: world.manager.user.id,
      period: "2026-10",
      status: "PUBLISHED",
    });
    actAs(world.clientY.user);
    await commentOnReportAction({ reportId: report.id, body: "About Y", idempotencyKey: randomUUID() });
    await runTenantDailyMail({ tenantId: world.tenant.id, day: "2030-10-02" });
    const recipients = (
      await ownerDb().outboxMail.findMany({ where: { tenantId: world.tenant.id, kind: "STAFF_DIGEST" } })
    ).map((m) => m.recipientId);
    expect(recipients.sort()).toEqual([world.owner.user.id, other.user.id].sort());
  });
});
