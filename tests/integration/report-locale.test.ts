import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { cookies } from "next/headers";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/reports/[id]/pdf/route";
import { inviteMemberAction } from "@/lib/actions/invitations";
import { createOrganizationAction, updateOrganizationAction } from "@/lib/actions/organizations";
import { postureToReportAction } from "@/lib/actions/posture";
import { requestPasswordResetAction } from "@/lib/actions/team";
import { LOCALE_COOKIE } from "@/lib/i18n/locale";
import { setMailerForTests, type Mailer } from "@/lib/mail/mailer";
import { currentCatalog } from "@/lib/posture/catalog";
import { addMonths, currentPeriod } from "@/lib/reports/period";
import { createMember, createOrganization, createWorld, randomEmail, type World } from "@/lib/seed/factories";
import { createPostureAssessment } from "@/lib/seed/posture";
import { ownerDb } from "@/tests/support/db";
import { actAs } from "@/tests/support/session";
import { report, sampleContent } from "./reports-support";

/**
 * Issue 19: a client organization has a report language. Its reviews (PDF), the gaps a posture
 * assessment adds to them and the e-mails to its people are in that language, whatever the
 * language of the account manager who produces them.
 */
const run = promisify(execFile);
let dir: string;
let w: World;
let french: { id: string };
const catalog = currentCatalog();

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "mainstay-report-locale-"));
  w = await createWorld(ownerDb());
  french = await createOrganization(ownerDb(), {
    tenantId: w.tenant.id,
    name: `Optique Lumière ${randomUUID().slice(0, 6)}`,
    accountManagerId: w.manager.user.id,
    reportLocale: "fr",
  });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
afterEach(async () => {
  setMailerForTests(null);
  (await cookies()).delete(LOCALE_COOKIE);
});

async function pdfText(id: string): Promise<string> {
  const response = await GET(new Request(`http://localhost/api/reports/${id}/pdf`), {
    params: Promise.resolve({ id }),
  });
  expect(response.status).toBe(200);
  const file = path.join(dir, `${randomUUID()}.pdf`);
  await writeFile(file, Buffer.from(await response.arrayBuffer()));
  const { stdout } = await run("pdftotext", ["-layout", file, "-"]);
  return stdout.replace(/[ \t]+/g, " ");
}

describe("the organization's report language", () => {
  it("is set and cleared on the organization's form, and refuses a language Mainstay does not speak", async () => {
    actAs(w.manager.user);
    const created = await createOrganizationAction({
      name: `Boulangerie ${randomUUID().slice(0, 6)}`,
      industry: "",
      headcount: "12",
      sites: "1",
      endpoints: "",
      targetModel: "",
      accountManagerId: w.manager.user.id,
      notes: "",
      currentModel: "BREAK_FIX",
      lifecycleStatus: "PROSPECT",
      clientSince: "",
      reportLocale: "fr",
      idempotencyKey: randomUUID(),
    });
    if (!created.ok) throw new Error(JSON.stringify(created));
    const stored = () =>
      ownerDb().clientOrganization.findUniqueOrThrow({
        where: { tenantId_id: { tenantId: w.tenant.id, id: created.data.id } },
      });
    expect((await stored()).reportLocale).toBe("fr");
    const facts = (version: number, reportLocale: string) => ({
      id: created.data.id,
      expectedVersion: version,
      name: "Boulangerie Renamed " + created.data.id.slice(-6),
      industry: "",
      headcount: "12",
      sites: "1",
      endpoints: "",
      targetModel: "",
      accountManagerId: w.manager.user.id,
      notes: "",
      reportLocale,
    });
    expect(await updateOrganizationAction(facts(1, "de"))).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { reportLocale: "Choose one of the options." },
    });
    expect((await stored()).reportLocale).toBe("fr");
    expect(await updateOrganizationAction(facts(1, ""))).toMatchObject({ ok: true });
    expect((await stored()).reportLocale).toBeNull();
  });

  it("writes the PDF in French for an English-speaking account manager and an English browser", async () => {
    const published = await report({
      tenantId: w.tenant.id,
      organizationId: french.id,
      authorId: w.manager.user.id,
      period: "2025-03",
      status: "PUBLISHED",
      content: sampleContent(12),
    });
    actAs(w.manager.user);
    (await cookies()).set(LOCALE_COOKIE, "en");
    const text = await pdfText(published.id);
    expect(text).toContain("Revue de service mensuelle");
    expect(text).toContain("mars 2025");
    expect(text).toContain("Indicateurs de service");
    expect(text).not.toContain("Monthly service review");
    // Another organization without a report language still follows the reader.
    const english = await report({
      tenantId: w.tenant.id,
      organizationId: w.orgX.id,
      authorId: w.manager.user.id,
      period: "2025-03",
      status: "PUBLISHED",
      content: sampleContent(12),
    });
    expect(await pdfText(english.id)).toContain("Monthly service review");
  });

  it("adds posture gaps to the review in the organization's language, not the author's", async () => {
    const final = await createPostureAssessment(ownerDb(), {
      tenantId: w.tenant.id,
      organizationId: french.id,
      authorId: w.manager.user.id,
      answers: catalog.questions.map((q, i) => ({
        questionId: q.id,
        level: i === 0 ? "not_in_place" : "in_place",
        asOf: new Date("2026-09-01T00:00:00Z"),
      })),
      finalizedAt: new Date("2026-09-02T10:00:00Z"),
    });
    actAs(w.manager.user);
    (await cookies()).set(LOCALE_COOKIE, "en");
    const result = await postureToReportAction({
      id: final.id,
      questionIds: [catalog.questions[0]!.id],
      target: "recommendations",
    });
    expect(result).toMatchObject({ ok: true, data: { added: 1 } });
    const next = await ownerDb().steeringReport.findFirstOrThrow({
      where: { organizationId: french.id, period: addMonths(currentPeriod(), 1) },
    });
    const titles = (next.recommendations as { title: string }[]).map((r) => r.title);
    expect(titles).toContain(catalog.questions[0]!.fr.action);
    expect(titles).not.toContain(catalog.questions[0]!.en.action);
  });

  it("writes e-mails in the recipient's language: their own choice, else their organization's", async () => {
    const sent: { to: string; subject: string; text: string }[] = [];
    const recorder: Mailer = {
      kind: "smtp",
      async send(message) {
        sent.push({ to: message.to, subject: message.subject, text: message.text });
      },
    };
    setMailerForTests(recorder);
    actAs(w.owner.user);
    (await cookies()).set(LOCALE_COOKIE, "en");
    const invited = randomEmail("client");
    const invite = await inviteMemberAction({
      email: invited,
      role: "CLIENT",
      organizationId: french.id,
      idempotencyKey: randomUUID(),
    });
    expect(invite).toMatchObject({ ok: true });
    const staffInvite = await inviteMemberAction({
      email: randomEmail("staff"),
      role: "ACCOUNT_MANAGER",
      organizationId: "",
      idempotencyKey: randomUUID(),
    });
    expect(staffInvite).toMatchObject({ ok: true });
    expect(sent.map((m) => m.subject)).toEqual([
      `Vous êtes invité à rejoindre ${w.tenant.name} sur Mainstay`,
      `You are invited to join ${w.tenant.name} on Mainstay`,
    ]);
    expect(sent[0]!.text).toMatch(/Accepter l’invitation https?:\/\/\S+\/invite\/[A-Za-z0-9_-]{43}/);

    // A client of the French organization who chose English gets English; an English-org client who chose French, French.
    const englishReader = await createMember(ownerDb(), {
      tenantId: w.tenant.id,
      role: "CLIENT",
      organizationId: french.id,
    });
    await ownerDb().user.update({ where: { id: englishReader.user.id }, data: { locale: "en" } });
    await ownerDb().user.update({ where: { id: w.clientY.user.id }, data: { locale: "fr" } });
    sent.length = 0;
    for (const member of [englishReader, w.clientY])
      expect(await requestPasswordResetAction({ membershipId: member.membership.id })).toMatchObject({ ok: true });
    expect(sent.map((m) => m.subject)).toEqual([
      `Choose a new Mainstay password (${w.tenant.name})`,
      `Choisissez un nouveau mot de passe Mainstay (${w.tenant.name})`,
    ]);
  });
});
