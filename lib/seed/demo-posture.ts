import type { Prisma } from "@/lib/generated/prisma/client";
import { currentCatalog } from "@/lib/posture/catalog";
import { readPostureResult } from "@/lib/posture/stored-result";
import { buildPostureTrend } from "@/lib/posture/trend";
import { MATURITY_LEVELS, type AnswerLevel, type MaturityLevel } from "@/lib/posture/vocabulary";
import { monthStart, prng } from "@/lib/seed/demo";
import type { OwnerDb } from "@/lib/seed/factories";
import { createPostureAssessment, type SeedAnswer } from "@/lib/seed/posture";

const DAY = 86_400_000;

const EVIDENCE: Record<AnswerLevel, (string | null)[]> = {
  verified: [
    "Checked in the admin console with the office manager.",
    "Report reviewed on site during the visit.",
    "Tested together with the client's IT contact.",
  ],
  in_place: ["Confirmed by the manager during the review.", "Described by the office manager; not checked yet.", null],
  partial: ["Only part of the team or the devices is covered so far.", "Started, about half done.", null],
  not_in_place: [null, "Nothing in place yet."],
  not_applicable: ["Not relevant here: no such equipment or service."],
};

/** Where a client starts on the scale (index in MATURITY_LEVELS), by the service it buys. */
const BASELINE = { BREAK_FIX: [0, 0, 0, 1, 1], HYBRID: [0, 0, 1, 1, 2], MANAGED: [0, 1, 1, 2, 2] } as const;
/** How many finalized posture assessments the demo gives a client, and when (months from today). */
const HISTORY = { BREAK_FIX: [-2], HYBRID: [-7, -1], MANAGED: [-11, -6, -1] } as const;

/**
 * Security-posture history for one demo tenant: its active clients get one to three finalized
 * posture assessments over the last year (more for managed clients), each better than the one
 * before on a share of the questions (and, realistically, worse on one now and then), and one
 * client has a draft in progress. The published steering reports then carry the posture trend
 * known when they were published, as publishing would have stored it. Idempotent: a tenant that
 * already has posture assessments is left as it is (so an existing demo database gets its
 * history on the next seed, once).
 */
export async function seedDemoPosture(db: OwnerDb, tenantId: string, seed: number, now = new Date()): Promise<number> {
  if ((await db.postureAssessment.count({ where: { tenantId } })) > 0) return 0;
  const catalog = currentCatalog();
  const rng = prng(seed ^ 0x5eed);
  const orgs = await db.clientOrganization.findMany({
    where: { tenantId, lifecycleStatus: "ACTIVE" },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, currentModel: true, accountManagerId: true, reportLocale: true },
  });
  const fallbackAuthor = await db.membership.findFirst({
    where: { tenantId, role: "OWNER" },
    select: { userId: true },
  });
  let created = 0;
  for (const [index, org] of orgs.entries()) {
    // Some clients have not been assessed yet; never the French-speaking one, whose posture history the demo shows in French.
    if (index % 4 === 3 && org.reportLocale === null) continue;
    const authorId = org.accountManagerId ?? fallbackAuthor!.userId;
    let levels: AnswerLevel[] = catalog.questions.map((q) => {
      if (org.currentModel === "BREAK_FIX" && q.weight === 1 && rng.next() < 0.12) return "not_applicable";
      return MATURITY_LEVELS[rng.pick(BASELINE[org.currentModel])]!;
    });
    const finals: { id: string; finalizedAt: Date; result: unknown; latestAsOf: Date }[] = [];
    for (const [step, offset] of HISTORY[org.currentModel].entries()) {
      if (step > 0) levels = levels.map((level) => nextLevel(level, rng));
      const finalizedAt = new Date(monthStart(now, offset).getTime() + (8 + rng.int(0, 10)) * DAY + 15 * 3_600_000);
      const answers: SeedAnswer[] = catalog.questions.map((q, i) => ({
        questionId: q.id,
        level: levels[i]!,
        evidence: rng.pick(EVIDENCE[levels[i]!]),
        asOf: new Date(dayOf(finalizedAt).getTime() - rng.int(0, 6) * DAY),
      }));
      const row = await createPostureAssessment(db, {
        tenantId,
        organizationId: org.id,
        authorId,
        answers,
        finalizedAt,
      });
      finals.push({
        id: row.id,
        finalizedAt,
        result: row.result,
        latestAsOf: new Date(Math.max(...answers.map((a) => a.asOf!.getTime()))),
      });
      created++;
    }
    // One draft in progress per tenant: the next review of the first assessed client.
    if (index === 0) {
      await createPostureAssessment(db, {
        tenantId,
        organizationId: org.id,
        authorId,
        status: "DRAFT",
        answers: catalog.questions.map((q, i) => ({
          questionId: q.id,
          level: i % 5 === 0 ? null : nextLevel(levels[i]!, rng),
          asOf: i % 5 === 0 ? null : dayOf(now),
        })),
      });
      created++;
    }
    // Published reports carry the trend known when they were published.
    const reports = await db.steeringReport.findMany({
      where: { tenantId, organizationId: org.id, status: "PUBLISHED" },
      select: { id: true, publishedAt: true },
    });
    for (const report of reports) {
      const trend = buildPostureTrend(
        finals
          .filter((f) => report.publishedAt && f.finalizedAt <= report.publishedAt)
          .map((f) => ({ ...f, result: readPostureResult(f.result) })),
      );
      if (trend.points.length)
        await db.steeringReport.update({
          where: { id: report.id },
          data: { posture: trend as unknown as Prisma.InputJsonValue },
        });
    }
  }
  return created;
}

/** A later assessment: nearly half of the answers move up a level, a few slip back one. */
function nextLevel(level: AnswerLevel, rng: ReturnType<typeof prng>): AnswerLevel {
  if (level === "not_applicable") return level;
  const i = MATURITY_LEVELS.indexOf(level as MaturityLevel);
  const roll = rng.next();
  if (roll < 0.45) return MATURITY_LEVELS[Math.min(i + 1, MATURITY_LEVELS.length - 1)]!;
  if (roll > 0.98) return MATURITY_LEVELS[Math.max(i - 1, 0)]!;
  return level;
}

function dayOf(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}
