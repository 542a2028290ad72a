import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { decideItemAction } from "@/lib/actions/decisions";
import { formatter } from "@/lib/i18n/translate";
import { runTenantDailyMail } from "@/lib/mail/daily";
import { readProposalSnapshot } from "@/lib/proposals/read-snapshot";
import { formatPeriod } from "@/lib/reports/format";
import { addMonths, currentPeriod } from "@/lib/reports/period";
import { createFinalAssessment, createMember, createReport, createWorld, type World } from "@/lib/seed/factories";
import { createProposal } from "@/lib/seed/proposals";
import { ownerDb } from "@/tests/support/db";
import { settleJobs } from "@/tests/support/jobs";
import { actAs } from "@/tests/support/session";
import { FULL_INPUT } from "@/tests/support/worlds";

/**
 * The staff digest lists client decisions (issue 18 item 3): decisions on review items (approved,
 * deferred to a month, declined: who, when, the item, a link to the review) and on proposals,
 * since the last digest, to each staff member for the organizations they see (an owner: all; an
 * account manager: those they manage), in their language, HTML and text. Each decision once; never
 * another tenant's; a reader cannot decide, so there is nothing to tell; an empty day mails nobody.
 */
type Member = Awaited<ReturnType<typeof createMember>>;
let w: World;
let foreign: World;
let secondManager: Member;
let approverX: Member;
let readerX: Member;
let approverY: Member;
let reportX: { id: string };
let reportY: { id: string };
const deferTo = addMonths(currentPeriod(new Date()), 2);

const MFA = { id: "itm_digestmfa0001", title: "Enable MFA for remote users", detail: null, priority: "high" };
const ERP = { id: "itm_digesterp0001", title: "Document the ERP recovery", detail: null, priority: "medium" };
const SHAREPOINT = { id: "itm_digestshp0001", title: "Migrate file shares", status: "planned", targetQuarter: null };
const Y_ITEM = { id: "itm_digesty000001", title: "Replace the Y firewall", detail: null, priority: "high" };
const FOREIGN = { id: "itm_digestfor0001", title: "FOREIGN tenant item", detail: null, priority: "low" };

async function publishedReport(world: World, organizationId: string, content: Record<string, unknown>) {
  return createReport(ownerDb(), {
    tenantId: world.tenant.id,
    organizationId,
    authorId: world.manager.user.id,
    period: "2026-10",
    status: "PUBLISHED",
    content: content as never,
  });
}

const decide = (
  who: Member,
  reportId: string,
  item: { id: string; kind?: "recommendation" | "roadmap" },
  decision: "APPROVED" | "DEFERRED" | "DECLINED",
) => {
  actAs(who.user);
  return decideItemAction({
    reportId,
    itemKind: item.kind ?? "recommendation",
    itemId: item.id,
    decision,
    deferredTo: decision === "DEFERRED" ? deferTo : "",
    note: "",
    signature: who.user.name,
    supersedes: "",
    idempotencyKey: randomUUID(),
  });
};

const digests = (world: World) =>
  ownerDb().outboxMail.findMany({
    where: { tenantId: world.tenant.id, kind: "STAFF_DIGEST" },
    orderBy: [{ createdAt: "asc" }, { recipientId: "asc" }],
  });

beforeAll(async () => {
  [w, foreign] = await Promise.all([createWorld(ownerDb()), createWorld(ownerDb())]);
  secondManager = await createMember(ownerDb(), { tenantId: w.tenant.id, role: "ACCOUNT_MANAGER" });
  await ownerDb().clientOrganization.update({
    where: { tenantId_id: { tenantId: w.orgY.tenantId, id: w.orgY.id } },
    data: { accountManagerId: secondManager.user.id },
  });
  await ownerDb().user.update({ where: { id: w.manager.user.id }, data: { locale: "fr" } });
  const client = (world: World, organizationId: string, clientAccess: "APPROVER" | "READER", name: string) =>
    createMember(ownerDb(), { tenantId: world.tenant.id, role: "CLIENT", organizationId, clientAccess, name });
  [approverX, readerX, approverY] = await Promise.all([
    client(w, w.orgX.id, "APPROVER", "Camille Lefèvre"),
    client(w, w.orgX.id, "READER", "Robin Reader"),
    client(w, w.orgY.id, "APPROVER", "Yann Approver"),
  ]);
  reportX = await publishedReport(w, w.orgX.id, { recommendations: [MFA, ERP], roadmap: [SHAREPOINT] });
  reportY = await publishedReport(w, w.orgY.id, { recommendations: [Y_ITEM] });
});

describe("client decisions in the staff digest", () => {
  it("an empty day sends nothing; a reader cannot decide, so there is still nothing to tell", async () => {
    expect((await runTenantDailyMail({ tenantId: w.tenant.id, day: "2031-03-01" })).digests).toBe(0);
    expect(await decide(readerX, reportX.id, MFA, "APPROVED")).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await ownerDb().clientDecision.count({ where: { tenantId: w.tenant.id } })).toBe(0);
    expect((await runTenantDailyMail({ tenantId: w.tenant.id, day: "2031-03-02" })).digests).toBe(0);
    expect(await digests(w)).toEqual([]);
  });

  it("lists each decision once, per recipient's organizations, in their language, HTML and text; never another tenant's", async () => {
    // Another tenant's client decides too: it must reach nobody here.
    const foreignApprover = await createMember(ownerDb(), {
      tenantId: foreign.tenant.id,
      role: "CLIENT",
      organizationId: foreign.orgX.id,
      clientAccess: "APPROVER",
    });
    const foreignReport = await publishedReport(foreign, foreign.orgX.id, { recommendations: [FOREIGN] });
    expect(await decide(foreignApprover, foreignReport.id, FOREIGN, "APPROVED")).toMatchObject({ ok: true });

    expect(await decide(approverX, reportX.id, MFA, "APPROVED")).toMatchObject({ ok: true });
    expect(await decide(approverX, reportX.id, ERP, "DEFERRED")).toMatchObject({ ok: true });
    expect(await decide(approverX, reportX.id, { ...SHAREPOINT, kind: "roadmap" }, "DECLINED")).toMatchObject({
      ok: true,
    });
    expect(await decide(approverY, reportY.id, Y_ITEM, "DECLINED")).toMatchObject({ ok: true });
    const assessment = await createFinalAssessment(ownerDb(), {
      tenantId: w.tenant.id,
      organizationId: w.orgX.id,
      authorId: w.manager.user.id,
      input: FULL_INPUT,
      currentModel: "BREAK_FIX",
    });
    const proposal = await createProposal(ownerDb(), {
      tenantId: w.tenant.id,
      assessmentId: assessment.id,
      sharedById: w.manager.user.id,
      decision: {
        decision: "APPROVED",
        decidedById: approverX.user.id,
        signatureName: approverX.user.name,
        decidedAt: new Date(),
      },
    });
    const model = readProposalSnapshot(proposal.snapshot)!.model;

    // The owner (all organizations), the French manager (X) and the second manager (Y).
    expect((await runTenantDailyMail({ tenantId: w.tenant.id, day: "2031-03-03" })).digests).toBe(3);
    await settleJobs(w.tenant.id);
    const first = await digests(w);
    const of = (userId: string) => first.find((m) => m.recipientId === userId)!;
    const owner = of(w.owner.user.id);
    const manager = of(w.manager.user.id);
    const second = of(secondManager.user.id);
    expect(first).toHaveLength(3);

    const month = (locale: "en" | "fr") => formatPeriod(formatter(locale), deferTo);
    expect(owner).toMatchObject({ status: "SENT", locale: "en", subject: "5 client decisions" });
    for (const body of [owner.text!, owner.html!]) {
      expect(body).toContain("Camille Lefèvre approved the recommendation “Enable MFA for remote users”");
      expect(body).toContain(
        `Camille Lefèvre deferred the recommendation “Document the ERP recovery” to ${month("en")}`,
      );
      expect(body).toContain("Camille Lefèvre declined the roadmap item “Migrate file shares”");
      expect(body).toContain("Yann Approver declined the recommendation “Replace the Y firewall”");
      const label = { BREAK_FIX: "Break-fix", HYBRID: "Hybrid", MANAGED: "Managed services" }[model];
      expect(body).toContain(`Camille Lefèvre approved the proposal “${label}” for ${w.orgX.name}`);
      expect(body).toContain(`/reports/${reportX.id}`);
      expect(body).toContain(`/reports/${reportY.id}`);
      expect(body).toContain(`/organizations/${w.orgX.id}/proposals/${proposal.id}`);
      expect(body).not.toContain("FOREIGN tenant item");
    }

    // The account manager of X: X's four decisions only, in French.
    expect(manager).toMatchObject({ status: "SENT", locale: "fr", subject: "4 décisions clients" });
    expect(manager.text).toContain(
      "Camille Lefèvre a approuvé la recommandation «\u00a0Enable MFA for remote users\u00a0»",
    );
    expect(manager.text).toContain(`Camille Lefèvre a reporté à ${month("fr")} la recommandation`);
    expect(manager.text).toContain(
      "Camille Lefèvre a refusé l’élément de feuille de route «\u00a0Migrate file shares\u00a0»",
    );
    expect(manager.text).toContain("a approuvé la proposition");
    expect(manager.text).not.toContain("Replace the Y firewall");
    // The manager of Y: Y's one decision.
    expect(second).toMatchObject({ status: "SENT", subject: "1 client decision" });
    expect(second.text).toContain("Replace the Y firewall");
    expect(second.text).not.toContain("Enable MFA");
    expect(second.text).not.toContain("proposal");

    // Never twice: the same day again, then the next day with nothing new: no new mail.
    expect((await runTenantDailyMail({ tenantId: w.tenant.id, day: "2031-03-03" })).digests).toBe(0);
    expect((await runTenantDailyMail({ tenantId: w.tenant.id, day: "2031-03-04" })).digests).toBe(0);
    expect(await digests(w)).toHaveLength(3);
    // A new decision the day after: only it, with a comment-free subject.
    expect(await decide(approverX, reportX.id, MFA, "DECLINED")).toMatchObject({ ok: false }); // stale `supersedes`
    const current = await ownerDb().clientDecision.findFirstOrThrow({
      where: { tenantId: w.tenant.id, itemId: MFA.id },
      orderBy: { decidedAt: "desc" },
    });
    actAs(approverX.user);
    expect(
      await decideItemAction({
        reportId: reportX.id,
        itemKind: "recommendation",
        itemId: MFA.id,
        decision: "DECLINED",
        deferredTo: "",
        note: "",
        signature: approverX.user.name,
        supersedes: current.id,
        idempotencyKey: randomUUID(),
      }),
    ).toMatchObject({ ok: true });
    expect((await runTenantDailyMail({ tenantId: w.tenant.id, day: "2031-03-05" })).digests).toBe(2);
    await settleJobs(w.tenant.id);
    const latest = (await digests(w)).filter((m) => m.sourceKey === "2031-03-05");
    expect(latest.map((m) => m.recipientId).sort()).toEqual([w.owner.user.id, w.manager.user.id].sort());
    for (const mail of latest) {
      expect(mail.status).toBe("SENT");
      expect(mail.text).toContain("Enable MFA for remote users");
      expect(mail.text).not.toContain("Document the ERP recovery");
      expect(mail.text).not.toContain("Replace the Y firewall");
    }

    // The other tenant's owner hears of their own client's decision (it was real, just not ours).
    expect((await runTenantDailyMail({ tenantId: foreign.tenant.id, day: "2031-03-03" })).digests).toBeGreaterThan(0);
    await settleJobs(foreign.tenant.id);
    const theirs = (await digests(foreign)).find((m) => m.recipientId === foreign.owner.user.id)!;
    expect(theirs.text).toContain("FOREIGN tenant item");
  });
});
