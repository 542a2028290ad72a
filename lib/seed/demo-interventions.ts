import type { Prisma } from "@/lib/generated/prisma/client";
import { interventionAmount } from "@/lib/interventions/amount";
import { prng } from "@/lib/seed/demo";
import type { OwnerDb } from "@/lib/seed/factories";
import type { Model } from "@/lib/vocabulary";

const DAY = 86_400_000;
/** The same categories as the steering reports' "tickets by category". */
const CATEGORIES = ["Accounts & access", "Hardware", "Microsoft 365", "Network", "Printing", "Backups"] as const;
const NOTES: Record<(typeof CATEGORIES)[number], string[]> = {
  "Accounts & access": ["Password reset and MFA re-enrolment.", "New starter: account, mailbox and groups."],
  Hardware: ["Laptop screen replaced under warranty.", "Workstation would not boot: disk replaced."],
  "Microsoft 365": ["Shared mailbox permissions.", "Teams meeting rooms not syncing.", "OneDrive sync conflicts."],
  Network: ["Wi-Fi drops in the meeting room.", "Internet outage: router restarted, ISP ticket opened."],
  Printing: ["Printer driver reinstalled on three PCs.", "Scan to e-mail stopped working."],
  Backups: ["Failed backup job investigated and rerun.", "File restore requested by the accountant."],
};
/** Tickets per person per month, by how the client buys support (monitoring prevents some). */
const RATE: Record<Model, number> = { BREAK_FIX: 0.07, HYBRID: 0.05, MANAGED: 0.035 };

/**
 * The interventions log of one demo tenant: 14 months of tickets and time entries for each
 * client that is not a former one, more for break-fix clients (a few of them heavy enough for
 * the portfolio's time-and-materials-to-contract signal), billed at the tenant's hourly rate for
 * break-fix work and for what a hybrid package leaves out; managed clients' work is included in
 * the contract (billed 0). Nothing is dated after today. Idempotent: a tenant that already has
 * interventions is left as it is. Returns the number of interventions added.
 */
export async function seedDemoInterventions(
  db: OwnerDb,
  tenant: { id: string; seed: number; hourlyRate: number },
  now = new Date(),
): Promise<number> {
  if ((await db.intervention.count({ where: { tenantId: tenant.id } })) > 0) return 0;
  const rng = prng(tenant.seed + 17);
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const orgs = await db.clientOrganization.findMany({
    where: { tenantId: tenant.id, lifecycleStatus: { not: "FORMER" } },
    select: { id: true, headcount: true, currentModel: true, accountManagerId: true },
    orderBy: { name: "asc" },
  });
  const owner = await db.membership.findFirstOrThrow({
    where: { tenantId: tenant.id, role: "OWNER" },
    select: { userId: true },
  });
  const rows: Prisma.InterventionCreateManyInput[] = [];
  let ticket = 1000;
  for (const [index, org] of orgs.entries()) {
    const model: Model = org.currentModel ?? "BREAK_FIX";
    // One break-fix client in three leans on its MSP far more than its size suggests.
    const intensity = model === "BREAK_FIX" && index % 3 === 0 ? rng.int(22, 32) / 10 : rng.int(6, 14) / 10;
    const perMonth = Math.max(0.4, org.headcount * RATE[model] * intensity);
    for (let daysAgo = 0; daysAgo < 425; daysAgo += 1) {
      if (rng.next() >= perMonth / 30.4) continue;
      const category = rng.pick(CATEGORIES);
      const hours = rng.int(2, 12) / 4; // 0.5 h to 3 h, by quarter hours
      const included =
        model === "MANAGED" || (model === "HYBRID" && (category === "Backups" || category === "Microsoft 365"));
      const amount = interventionAmount({
        hours,
        amountBilled: included ? 0 : null,
        tenantHourlyRate: tenant.hourlyRate,
      });
      const monitored = model !== "BREAK_FIX" && rng.next() < 0.45;
      ticket += 1;
      rows.push({
        tenantId: tenant.id,
        organizationId: org.id,
        occurredOn: new Date(today - daysAgo * DAY),
        kind: rng.next() < 0.8 ? "TICKET" : "TIME_ENTRY",
        hours,
        ...amount,
        category,
        detection: monitored ? "MONITORING" : "USER_REPORTED",
        peopleAffected: category === "Network" ? rng.int(2, Math.max(2, Math.min(25, org.headcount))) : rng.int(0, 1),
        recurringCause: rng.next() < 0.15,
        sourceSystem: "Demo PSA",
        externalId: `T-${ticket}`,
        note: rng.pick(NOTES[category]),
        createdById: org.accountManagerId ?? owner.userId,
      });
    }
  }
  if (rows.length > 0) await db.intervention.createMany({ data: rows });
  return rows.length;
}
