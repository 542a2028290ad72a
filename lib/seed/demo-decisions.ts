import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/access/actor";
import type { Tx } from "@/lib/db/context";
import { decideItem } from "@/lib/domain/decisions/decide-item";
import { decideItemSchema } from "@/lib/domain/decisions/schemas";
import { decideProposal } from "@/lib/domain/proposals/decide-proposal";
import { decideProposalSchema } from "@/lib/domain/proposals/schemas";
import { addMonths, currentPeriod } from "@/lib/reports/period";
import { slugify } from "@/lib/seed/demo";
import type { OwnerDb } from "@/lib/seed/factories";
import { seededItemId } from "@/lib/seed/item-ids";
import { createProposal } from "@/lib/seed/proposals";
import type { DecisionItemKind, DecisionOutcome } from "@/lib/vocabulary";

const DAY = 86_400_000;

/** The demo's recurring items (lib/seed/demo.ts, reportContent): their key, the id's seed. */
type ItemKey = "mfa" | "erp-recovery" | "sharepoint" | "network-redesign";
const KIND_OF: Record<ItemKey, DecisionItemKind> = {
  mfa: "recommendation",
  "erp-recovery": "recommendation",
  sharepoint: "roadmap",
  "network-redesign": "roadmap",
};

/** One client decision of the story: on the latest published review, or the one `monthsBack` before it. */
type StoryDecision = {
  org: string;
  item: ItemKey;
  decision: DecisionOutcome;
  /** 0: the latest published review; 2: the one published two months earlier (or the oldest there is). */
  monthsBack: number;
  /** Days after the review's publication. */
  after: number;
  /** DEFERRED: months after the month of the decision. */
  deferMonths?: number;
  note?: string;
};

type Story = {
  /** A roadmap item the MSP delivered: "done" in the organization's latest published review (approved before). */
  delivered?: { org: string; item: ItemKey };
  decisions: StoryDecision[];
  /** An assessment's recommendation shared with the client (its latest final assessment); decided or not. */
  proposals: { org: string; message: string; daysAgo: number; decision?: { decision: "APPROVED" | "DECLINED" } }[];
};

/**
 * What the demo's clients decided, in the order they decided it. Kept away from the organizations
 * the Playwright journeys decide on or share with (Cedar Logistics' reviews, Acme Dental's
 * assessment), so those start from "nothing decided".
 */
const STORIES: Record<string, Story> = {
  northwind: {
    delivered: { org: "Fjord Retail", item: "sharepoint" },
    decisions: [
      { org: "Fjord Retail", item: "sharepoint", decision: "APPROVED", monthsBack: 3, after: 2 },
      {
        org: "Quarry Builders",
        item: "mfa",
        decision: "DEFERRED",
        monthsBack: 2,
        after: 3,
        deferMonths: 4,
        note: "After the busy season, please.",
      },
      {
        org: "Kestrel Manufacturing",
        item: "sharepoint",
        decision: "APPROVED",
        monthsBack: 1,
        after: 1,
        note: "Go ahead; the cut-over on a weekend.",
      },
      {
        org: "Fjord Retail",
        item: "network-redesign",
        decision: "DEFERRED",
        monthsBack: 1,
        after: 5,
        deferMonths: 6,
        note: "Next budget year.",
      },
      {
        org: "Kestrel Manufacturing",
        item: "erp-recovery",
        decision: "DECLINED",
        monthsBack: 0,
        after: 2,
        note: "We keep the paper procedure for now; let us revisit it next year.",
      },
      // Supersedes the deferral above: the history keeps both, the ledger counts the decline.
      {
        org: "Quarry Builders",
        item: "mfa",
        decision: "DECLINED",
        monthsBack: 0,
        after: 3,
        note: "Site staff share their phones; we accept the risk until the new devices arrive.",
      },
      { org: "Quarry Builders", item: "network-redesign", decision: "APPROVED", monthsBack: 0, after: 3 },
      { org: "Fjord Retail", item: "mfa", decision: "APPROVED", monthsBack: 0, after: 6, note: "Start with the shop." },
    ],
    proposals: [
      {
        org: "Quarry Builders",
        daysAgo: 3,
        message: "As discussed at the review: the full service would also cover patching and the site laptops.",
      },
    ],
  },
  bluepeak: {
    decisions: [
      { org: "Moss Landscaping", item: "network-redesign", decision: "APPROVED", monthsBack: 1, after: 4 },
      {
        org: "Moss Landscaping",
        item: "mfa",
        decision: "DECLINED",
        monthsBack: 0,
        after: 2,
        note: "Not before the seasonal staff leave.",
      },
    ],
    proposals: [
      {
        org: "Copper Foods",
        daysAgo: 20,
        message: "Our proposal after last month's assessment.",
        decision: { decision: "DECLINED" },
      },
    ],
  },
};

/**
 * The decision ledger and proposals of one demo tenant, written by the app's own domain functions
 * (decide-item.ts, decide-proposal.ts) as each client approver, at the story's dates: signed with
 * the approver's account name, the item's hash as published, deferrals within the allowed months,
 * each new decision superseding the item's current one, audited and emitted like any decision.
 * Also one delivered roadmap item (its status "done" in the organization's latest published review
 * and gone from the later drafts, as a new month would carry it over) and the story's proposals
 * (lib/seed/proposals.ts, the app's snapshot and hash). Idempotent: a tenant that already has
 * client decisions is left as it is (an existing demo database gets them on the next seed, once).
 */
export async function seedDemoDecisions(
  db: OwnerDb,
  { slug, story: storyKey = slug }: { slug: string; story?: string },
  now = new Date(),
): Promise<number> {
  const story = STORIES[storyKey];
  const tenant = await db.tenant.findUnique({ where: { slug }, select: { id: true, name: true, currency: true } });
  if (!story || !tenant) return 0;
  if ((await db.clientDecision.count({ where: { tenantId: tenant.id } })) > 0) return 0;
  const tx = db as unknown as Tx;

  const orgByName = async (name: string) =>
    db.clientOrganization.findFirstOrThrow({
      where: { tenantId: tenant.id, name },
      select: { id: true, accountManagerId: true },
    });
  const approverOf = async (organizationId: string, name: string): Promise<Actor> => {
    const user = await db.user.findUniqueOrThrow({
      where: { email: `client.${slugify(name)}@${slug}.test` },
      select: { id: true, email: true, name: true },
    });
    return {
      userId: user.id,
      email: user.email,
      name: user.name,
      role: "CLIENT",
      tenantId: tenant.id,
      tenantName: tenant.name,
      tenantSlug: slug,
      currency: tenant.currency,
      organizationId,
    };
  };
  const published = (organizationId: string) =>
    db.steeringReport.findMany({
      where: { tenantId: tenant.id, organizationId, status: "PUBLISHED" },
      orderBy: { period: "desc" },
      select: { id: true, period: true, publishedAt: true },
    });

  if (story.delivered) {
    const org = await orgByName(story.delivered.org);
    const itemId = seededItemId(`${org.id}:${story.delivered.item}`);
    const [latest] = await published(org.id);
    if (latest) {
      const reports = await db.steeringReport.findMany({
        where: { tenantId: tenant.id, organizationId: org.id, period: { gte: latest.period } },
        select: { id: true, period: true, roadmap: true },
      });
      for (const r of reports) {
        const roadmap = (r.roadmap as { id?: string; status?: string }[]).flatMap((item) =>
          item.id !== itemId ? [item] : r.id === latest.id ? [{ ...item, status: "done" }] : [],
        );
        await db.steeringReport.update({ where: { id: r.id }, data: { roadmap } });
      }
    }
  }

  let recorded = 0;
  const latestAt = now.getTime() - 3_600_000;
  for (const [index, d] of story.decisions.entries()) {
    const org = await orgByName(d.org);
    const reports = await published(org.id);
    const report = reports[Math.min(d.monthsBack, reports.length - 1)];
    if (!report?.publishedAt) continue;
    const actor = await approverOf(org.id, d.org);
    // The story's day, never in the future; a decision the same day as its review (seeded right after it) a minute apart.
    const planned = report.publishedAt.getTime() + d.after * DAY + ((index * 5) % 8) * 3_600_000;
    const decidedAt = new Date(planned <= latestAt ? planned : report.publishedAt.getTime() + (index + 1) * 60_000);
    if (decidedAt > now) continue;
    const itemId = seededItemId(`${org.id}:${d.item}`);
    const current = await db.clientDecision.findFirst({
      where: { tenantId: tenant.id, organizationId: org.id, itemKind: KIND_OF[d.item], itemId },
      orderBy: [{ decidedAt: "desc" }, { createdAt: "desc" }],
      select: { id: true },
    });
    const input = decideItemSchema.parse({
      reportId: report.id,
      itemKind: KIND_OF[d.item],
      itemId,
      decision: d.decision,
      deferredTo: d.deferMonths ? addMonths(currentPeriod(decidedAt), d.deferMonths) : "",
      note: d.note ?? "",
      signature: actor.name,
      supersedes: current?.id ?? "",
      idempotencyKey: randomUUID(),
    });
    await decideItem(tx, actor, input, { requestId: "demo-seed", now: decidedAt });
    recorded += 1;
  }

  for (const p of story.proposals) {
    const org = await orgByName(p.org);
    const assessment = await db.assessment.findFirst({
      where: { tenantId: tenant.id, organizationId: org.id, status: "FINAL" },
      orderBy: { finalizedAt: "desc" },
      select: { id: true, finalizedAt: true },
    });
    if (!assessment?.finalizedAt || !org.accountManagerId) continue;
    // The story's day, after the assessment was finalized, and a few hours before now at the latest.
    const sharedAt = new Date(
      Math.min(
        Math.max(assessment.finalizedAt.getTime() + DAY, now.getTime() - p.daysAgo * DAY),
        now.getTime() - 3 * 3_600_000,
      ),
    );
    if (sharedAt <= assessment.finalizedAt) continue;
    const proposal = await createProposal(db, {
      tenantId: tenant.id,
      assessmentId: assessment.id,
      sharedById: org.accountManagerId,
      sharedAt,
      message: p.message,
      currency: tenant.currency,
    });
    if (p.decision) {
      const actor = await approverOf(org.id, p.org);
      const input = decideProposalSchema.parse({
        id: proposal.id,
        decision: p.decision.decision,
        signatureName: actor.name,
        snapshotSha256: proposal.snapshotSha256,
        expectedVersion: proposal.version,
      });
      const decidedAt = new Date(Math.min(sharedAt.getTime() + DAY, latestAt));
      await decideProposal(tx, actor, input, { requestId: "demo-seed", now: decidedAt });
    }
  }
  return recorded;
}
