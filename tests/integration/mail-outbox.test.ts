import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { updateBrandAction } from "@/lib/actions/brand";
import { unsubscribeAction, updateMailPreferencesAction } from "@/lib/actions/mail";
import { publishReportAction } from "@/lib/actions/reports";
import { contextFor } from "@/lib/access/actor";
import { withDbContext } from "@/lib/db/context";
import { asSystem } from "@/lib/jobs/system-context";
import { setMailerForTests, type Mailer, type MailMessage } from "@/lib/mail/mailer";
import { queueMails } from "@/lib/mail/outbox/queue-mails";
import { MailNotSent, sendOutboxMail } from "@/lib/mail/outbox/send-mail";
import { JOBS } from "@/lib/jobs/queues";
import { mailSubscriber } from "@/lib/mail/outbox/subscriber";
import { unsubscribeToken } from "@/lib/mail/unsubscribe-token";
import { createMember, createReport, createWorld, type World } from "@/lib/seed/factories";
import { testLogoPng } from "@/tests/support/brand";
import { ownerDb } from "@/tests/support/db";
import { settleJobs } from "@/tests/support/jobs";
import { actAs } from "@/tests/support/session";
import { actorOf } from "./reports-support";

/**
 * E-mail on the job queue (issue 18 item 3): a published report becomes one outbox mail per
 * client user of its organization, sent by the "mail.send" job — captured for the dev mailbox
 * without SMTP_URL, handed to the transport otherwise — in each recipient's language, retried
 * with backoff, never twice, respecting opt-outs, invisible to other tenants.
 */
let w: World;
let other: World;
let clientFr: Awaited<ReturnType<typeof createMember>>;
let period = 0;

beforeAll(async () => {
  w = await createWorld(ownerDb());
  other = await createWorld(ownerDb());
  clientFr = await createMember(ownerDb(), {
    tenantId: w.tenant.id,
    role: "CLIENT",
    organizationId: w.orgX.id,
    name: "Élise Martin",
  });
  await ownerDb().user.update({ where: { id: clientFr.user.id }, data: { locale: "fr" } });
});

afterEach(() => setMailerForTests(null));

/** A fresh draft of orgX (a month of its own), published by the account manager. */
async function publish(world = w, content = {}): Promise<string> {
  period++;
  const report = await createReport(ownerDb(), {
    tenantId: world.tenant.id,
    organizationId: world.orgX.id,
    authorId: world.manager.user.id,
    period: `2022-${String(period).padStart(2, "0")}`,
    status: "DRAFT",
    content,
  });
  actAs(world.manager.user);
  const published = await publishReportAction({ id: report.id, expectedVersion: 1 });
  if (!published.ok) throw new Error(published.code);
  return report.id;
}

/** An outbox row made by hand (no job): the tests that swap the transport run its attempts themselves,
 * since every test file's queue runner shares the queue and uses its own process's transport. */
const directMail = (world: World, recipientId: string, reportId: string) =>
  ownerDb().outboxMail.create({
    data: {
      tenantId: world.tenant.id,
      kind: "REPORT_PUBLISHED",
      sourceKey: `direct-${Math.random().toString(36).slice(2)}`,
      recipientId,
      data: { reportId },
    },
  });

/** One run of the "mail.send" job, as the queue would make it (`retry`: its retry count). */
const attempt = (world: World, mailId: string, retry = 0) =>
  sendOutboxMail({ tenantId: world.tenant.id, mailId }, { id: "test", retryCount: retry, retryLimit: 6 });

const mailsOf = (reportId: string) =>
  ownerDb().outboxMail.findMany({
    where: { kind: "REPORT_PUBLISHED", data: { path: ["reportId"], equals: reportId } },
    orderBy: { recipientId: "asc" },
  });

/** A transport that records what it is given and fails the first `failures` sends. */
function recordingMailer(failures = 0): Mailer & { sent: MailMessage[]; calls: number } {
  const m = {
    kind: "smtp" as const,
    sent: [] as MailMessage[],
    calls: 0,
    async send(message: MailMessage) {
      m.calls++;
      if (m.calls <= failures) throw new Error(`421 try again later (${m.calls})`);
      m.sent.push(message);
    },
  };
  return m;
}

describe("a published report", () => {
  it("mails each client user of its organization once, in their language, with the summary and the link (captured without SMTP)", async () => {
    const reportId = await publish(w, {
      narrative: { highlights: "Backups verified <b>every</b> night.", decisionsNeeded: "Approve the laptop refresh." },
      recommendations: [{ title: "Replace the firewall", detail: null, priority: "high" }],
    });
    await settleJobs(w.tenant.id);
    const mails = await mailsOf(reportId);
    expect(mails.map((m) => m.recipientId).sort()).toEqual([w.clientX.user.id, clientFr.user.id].sort());
    for (const mail of mails) {
      expect(mail).toMatchObject({ status: "SENT", transport: "capture", attempts: 1, lastError: null });
      expect(mail.sentAt).toBeInstanceOf(Date);
      expect(mail.html).toContain(`/portal/reports/${reportId}`);
      expect(mail.text).toContain(`/portal/reports/${reportId}`);
      expect(mail.text).toContain("/unsubscribe/");
      // Text a person wrote is escaped in the HTML.
      expect(mail.html).toContain("&lt;b&gt;every&lt;/b&gt;");
      expect(mail.html).not.toContain("<b>every</b>");
    }
    const en = mails.find((m) => m.recipientId === w.clientX.user.id)!;
    const fr = mails.find((m) => m.recipientId === clientFr.user.id)!;
    expect(en).toMatchObject({ locale: "en", toEmail: w.clientX.user.email });
    expect(en.subject).toMatch(/^Your .* service review from .* is ready$/);
    expect(en.text).toContain("Backups verified <b>every</b> night.");
    expect(en.text).toContain("Approve the laptop refresh.");
    expect(en.text).toContain("The review makes 1 recommendation.");
    expect(fr).toMatchObject({ locale: "fr", toEmail: clientFr.user.email });
    expect(fr.subject).toMatch(/^Votre revue de service de .* est prête$/);
    expect(fr.text).toContain("Bonjour Élise Martin,");
    expect(fr.text).toContain("La revue fait 1 recommandation.");
    expect(fr.html).toContain('lang="fr"');
    // Nobody else: not the other organization's client, not staff.
    expect(mails.some((m) => m.recipientId === w.clientY.user.id || m.recipientId === w.manager.user.id)).toBe(false);
  });

  it("carries the MSP's brand: name, colour and logo (inline part) in the HTML, support contact in both", async () => {
    const branded = await createWorld(ownerDb());
    actAs(branded.owner.user);
    const saved = await updateBrandAction({
      displayName: "Cedar Care",
      primaryColor: "#0f766e",
      supportEmail: "help@cedar-care.test",
      supportPhone: "",
      logo: { type: "image/png", data: testLogoPng().toString("base64") },
      expectedVersion: 0,
    });
    expect(saved).toMatchObject({ ok: true });
    const reportId = await publish(branded);
    await settleJobs(branded.tenant.id);
    const [mail] = await mailsOf(reportId);
    expect(mail).toMatchObject({ status: "SENT", transport: "capture" });
    expect(mail!.subject).toContain("Cedar Care");
    expect(mail!.html).toContain("#0f766e");
    expect(mail!.html).toContain('src="cid:brand-logo@mainstay"');
    expect(mail!.text).toContain("help@cedar-care.test");
    // Through a mail server: the logo travels as an inline part, with a List-Unsubscribe header.
    const transport = recordingMailer();
    setMailerForTests(transport);
    const direct = await directMail(branded, branded.clientX.user.id, reportId);
    expect((await attempt(branded, direct.id)).result).toBe("sent");
    const [sent] = transport.sent;
    expect(sent!.to).toBe(branded.clientX.user.email);
    expect(sent!.attachments?.[0]).toMatchObject({ cid: "brand-logo@mainstay", contentType: "image/png" });
    expect(sent!.headers?.["List-Unsubscribe"]).toMatch(/^<http.*\/unsubscribe\/[^>]+>$/);
    const row = await ownerDb().outboxMail.findFirstOrThrow({ where: { id: direct.id } });
    expect(row).toMatchObject({ status: "SENT", transport: "smtp", html: sent!.html, text: sent!.text });
  });
});

describe("delivery", () => {
  it("retries a failing transport (the job's retries, with backoff) and counts the attempts; then sent", async () => {
    expect(JOBS["mail.send"]).toMatchObject({ retryLimit: 6, retryDelaySeconds: 30, backoff: true });
    const reportId = await publish();
    await settleJobs(w.tenant.id);
    // A mail server that refuses twice, then accepts: the run throws (the queue retries it later).
    const transport = recordingMailer(2);
    setMailerForTests(transport);
    const mail = await directMail(w, w.clientX.user.id, reportId);
    await expect(attempt(w, mail.id, 0)).rejects.toThrow(MailNotSent);
    expect(await ownerDb().outboxMail.findFirstOrThrow({ where: { id: mail.id } })).toMatchObject({
      status: "PENDING",
      attempts: 1,
      lastError: "421 try again later (1)",
      leaseUntil: null,
    });
    await expect(attempt(w, mail.id, 1)).rejects.toThrow(MailNotSent);
    expect((await attempt(w, mail.id, 2)).result).toBe("sent");
    expect(await ownerDb().outboxMail.findFirstOrThrow({ where: { id: mail.id } })).toMatchObject({
      status: "SENT",
      attempts: 3,
      lastError: null,
      transport: "smtp",
    });
    expect(transport.sent.map((m) => m.to)).toEqual([w.clientX.user.email]);
  });

  it("records a permanent failure on the row after the last retry (not lost)", async () => {
    const reportId = await publish();
    await settleJobs(w.tenant.id);
    setMailerForTests(recordingMailer(1_000));
    const mail = await directMail(w, w.clientX.user.id, reportId);
    for (let retry = 0; retry < 6; retry++) await expect(attempt(w, mail.id, retry)).rejects.toThrow(MailNotSent);
    expect((await attempt(w, mail.id, 6)).result).toBe("failed");
    expect(await ownerDb().outboxMail.findFirstOrThrow({ where: { id: mail.id } })).toMatchObject({
      status: "FAILED",
      attempts: 7,
      sentAt: null,
      lastError: "421 try again later (7)",
    });
    // A failed mail is never picked up again.
    expect((await attempt(w, mail.id, 0)).result).toBe("already failed");
  });

  it("never mails anyone twice: the event handled again and the job run again change nothing", async () => {
    const reportId = await publish();
    await settleJobs(w.tenant.id);
    const before = await mailsOf(reportId);
    expect(before).toHaveLength(2);
    const event = await ownerDb().domainEvent.findFirstOrThrow({
      where: { tenantId: w.tenant.id, type: "report.published", data: { path: ["reportId"], equals: reportId } },
    });
    // The dispatch's subscriber run again on the same event (a retried dispatch).
    await asSystem(w.tenant.id, (tx) =>
      mailSubscriber.handle(tx, { ...event, type: "report.published", data: event.data as Record<string, unknown> }),
    );
    // The same job delivered again (the queue is at-least-once).
    for (const mail of before) expect((await attempt(w, mail.id)).result).toBe("already sent");
    await settleJobs(w.tenant.id);
    const after = await mailsOf(reportId);
    expect(after.map((m) => [m.id, m.attempts, m.status, m.sentAt])).toEqual(
      before.map((m) => [m.id, m.attempts, m.status, m.sentAt]),
    );
    // And queueing the same (kind, source, recipient) again inserts nothing.
    const queued = await asSystem(w.tenant.id, (tx) =>
      queueMails(tx, {
        tenantId: w.tenant.id,
        kind: "REPORT_PUBLISHED",
        sourceKey: event.id,
        recipients: [{ userId: w.clientX.user.id, data: { reportId } }],
      }),
    );
    expect(queued).toBe(0);
  });

  it("a report withdrawn before its mail went is not announced (SKIPPED, with why)", async () => {
    const reportId = await publish();
    await settleJobs(w.tenant.id);
    await ownerDb().steeringReport.update({ where: { id: reportId }, data: { status: "WITHDRAWN" } });
    const queued = await directMail(w, w.clientX.user.id, reportId);
    expect((await attempt(w, queued.id)).result).toBe("skipped: report_unpublished");
    expect(await ownerDb().outboxMail.findFirstOrThrow({ where: { id: queued.id } })).toMatchObject({
      status: "SKIPPED",
      lastError: "report_unpublished",
      html: null,
    });
  });
});

describe("opting out", () => {
  it("a client who unticks the box on the profile gets no more publication mails; the others still do", async () => {
    const optingOut = await createMember(ownerDb(), {
      tenantId: w.tenant.id,
      role: "CLIENT",
      organizationId: w.orgX.id,
    });
    actAs(optingOut.user);
    expect(await updateMailPreferencesAction({ receive: [] })).toMatchObject({
      ok: true,
      data: { off: ["REPORT_PUBLISHED"] },
    });
    const reportId = await publish();
    await settleJobs(w.tenant.id);
    const mails = await mailsOf(reportId);
    // Recorded, not sent, with why (the dev mailbox shows it); the others sent.
    expect(mails.find((m) => m.recipientId === optingOut.user.id)).toMatchObject({
      status: "SKIPPED",
      lastError: "opted_out",
      html: null,
      sentAt: null,
    });
    expect(mails.find((m) => m.recipientId === w.clientX.user.id)).toMatchObject({ status: "SENT" });
    // Ticked again: mailed again.
    actAs(optingOut.user);
    expect(await updateMailPreferencesAction({ receive: ["REPORT_PUBLISHED"] })).toMatchObject({ ok: true });
    const next = await publish();
    await settleJobs(w.tenant.id);
    expect((await mailsOf(next)).find((m) => m.recipientId === optingOut.user.id)).toMatchObject({ status: "SENT" });
    // Kinds a client never receives are ignored; unknown kinds are refused on the field.
    actAs(optingOut.user);
    expect(await updateMailPreferencesAction({ receive: ["STAFF_DIGEST", "REPORT_PUBLISHED"] })).toMatchObject({
      ok: true,
      data: { off: [] },
    });
    const bad = await updateMailPreferencesAction({ receive: ["EVERYTHING"] });
    expect(bad).toMatchObject({ ok: false, code: "VALIDATION" });
  });

  it("an opt-out made after the mail was queued still stops it (checked again when sending)", async () => {
    const late = await createMember(ownerDb(), { tenantId: w.tenant.id, role: "CLIENT", organizationId: w.orgX.id });
    const reportId = await publish();
    await settleJobs(w.tenant.id);
    const queued = await directMail(w, late.user.id, reportId);
    actAs(late.user);
    expect(await updateMailPreferencesAction({ receive: [] })).toMatchObject({ ok: true });
    expect((await attempt(w, queued.id)).result).toBe("skipped: opted_out");
    expect(await ownerDb().outboxMail.findFirstOrThrow({ where: { id: queued.id } })).toMatchObject({
      status: "SKIPPED",
      lastError: "opted_out",
      html: null,
    });
  });

  it("the mail's unsubscribe link turns that kind off for that member only; a forged token changes nothing", async () => {
    const member = await createMember(ownerDb(), { tenantId: w.tenant.id, role: "CLIENT", organizationId: w.orgX.id });
    const token = unsubscribeToken({ tenantId: w.tenant.id, userId: member.user.id, kind: "REPORT_PUBLISHED" });
    const forged = unsubscribeToken({
      tenantId: w.tenant.id,
      userId: w.clientX.user.id,
      kind: "REPORT_PUBLISHED",
    }).replace(/\.[^.]+$/, ".AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    const tampered = `${Buffer.from(JSON.stringify({ t: w.tenant.id, u: w.clientX.user.id, k: "REPORT_PUBLISHED" })).toString("base64url")}.${token.split(".")[1]}`;
    for (const bad of [forged, tampered, "nonsense", `${token}.x`]) {
      const refused = await unsubscribeAction({ token: bad });
      expect(refused, bad).toMatchObject({ ok: false, code: "VALIDATION" });
    }
    expect(await ownerDb().mailOptOut.count({ where: { userId: w.clientX.user.id } })).toBe(0);
    expect(await unsubscribeAction({ token })).toMatchObject({ ok: true, data: { kind: "REPORT_PUBLISHED" } });
    expect(await unsubscribeAction({ token })).toMatchObject({ ok: true }); // twice: still one row
    expect(await ownerDb().mailOptOut.findMany({ where: { tenantId: w.tenant.id, userId: member.user.id } })).toEqual([
      expect.objectContaining({ kind: "REPORT_PUBLISHED" }),
    ]);
    const reportId = await publish();
    await settleJobs(w.tenant.id);
    expect((await mailsOf(reportId)).find((m) => m.recipientId === member.user.id)).toMatchObject({
      status: "SKIPPED",
      lastError: "opted_out",
    });
  });
});

describe("tenant isolation (RLS)", () => {
  it("staff read their own tenant's outbox only; clients and other tenants see none; opt-outs are each user's own", async () => {
    const reportId = await publish();
    await settleJobs(w.tenant.id);
    expect((await mailsOf(reportId)).length).toBeGreaterThan(0);
    const count = async (user: { id: string }) => {
      const actor = await actorOf(user);
      return withDbContext(contextFor(actor), async (tx) => ({
        mails: await tx.outboxMail.count({ where: { tenantId: w.tenant.id } }),
        anyMails: await tx.outboxMail.count(),
        optOuts: await tx.mailOptOut.count(),
      }));
    };
    const own = await count(w.owner.user);
    expect(own.mails).toBeGreaterThan(0);
    expect(own.anyMails).toBe(own.mails); // nothing of another tenant
    expect((await count(w.manager.user)).mails).toBe(own.mails);
    expect((await count(other.owner.user)).mails).toBe(0);
    expect((await count(w.clientX.user)).anyMails).toBe(0);
    // The database refuses what the domain would never do: another tenant's staff writing here.
    const foreign = await actorOf(other.owner.user);
    await expect(
      withDbContext(contextFor(foreign), (tx) =>
        tx.outboxMail.createMany({
          data: [{ tenantId: w.tenant.id, kind: "REPORT_PUBLISHED", sourceKey: "x", recipientId: w.clientX.user.id }],
        }),
      ),
    ).rejects.toThrow();
    // Opt-outs: the client who opted out sees their row; another client of the tenant sees none.
    actAs(clientFr.user);
    await updateMailPreferencesAction({ receive: [] });
    expect((await count(clientFr.user)).optOuts).toBe(1);
    expect((await count(w.clientY.user)).optOuts).toBe(0);
    expect((await count(w.owner.user)).optOuts).toBe(0);
    actAs(clientFr.user);
    await updateMailPreferencesAction({ receive: ["REPORT_PUBLISHED"] });
  });
});
