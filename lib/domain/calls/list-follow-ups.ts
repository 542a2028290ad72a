import type { Actor } from "@/lib/access/actor";
import type { Tx } from "@/lib/db/context";
import { todayUtc } from "@/lib/domain/organizations/today";
import { staffTenant } from "@/lib/domain/scope";

/** How far ahead the "coming up" part of the list looks. */
export const UPCOMING_DAYS = 14;
export const FOLLOW_UPS_LIMIT = 200;

/**
 * The signed-in staff member's open follow-ups: calls they wrote, or calls with organizations
 * they manage, whose follow-up date is today or earlier ("due", oldest first) or within the next
 * two weeks ("upcoming"). One query on (tenantId, followUpDone, followUpDate).
 */
export async function listFollowUps(tx: Tx, actor: Actor, now = new Date()) {
  const tenantId = staffTenant(actor);
  const today = todayUtc(now);
  const horizon = new Date(today.getTime() + UPCOMING_DAYS * 86_400_000);
  const rows = await tx.scopingCall.findMany({
    where: {
      tenantId,
      followUpDone: false,
      followUpDate: { not: null, lte: horizon },
      OR: [{ authorId: actor.userId }, { organization: { accountManagerId: actor.userId } }],
    },
    orderBy: [{ followUpDate: "asc" }, { occurredAt: "asc" }, { id: "asc" }],
    take: FOLLOW_UPS_LIMIT,
    select: {
      id: true,
      version: true,
      occurredAt: true,
      followUpDate: true,
      summary: true,
      nextSteps: true,
      organizationId: true,
      organization: { select: { name: true } },
    },
  });
  const items = rows.map((r) => ({
    id: r.id,
    version: r.version,
    occurredAt: r.occurredAt,
    followUpDate: r.followUpDate!,
    summary: r.summary,
    nextSteps: r.nextSteps,
    organizationId: r.organizationId,
    organizationName: r.organization.name,
    overdueDays: Math.round((today.getTime() - r.followUpDate!.getTime()) / 86_400_000),
  }));
  return {
    due: items.filter((i) => i.followUpDate.getTime() <= today.getTime()),
    upcoming: items.filter((i) => i.followUpDate.getTime() > today.getTime()),
    truncated: rows.length === FOLLOW_UPS_LIMIT,
  };
}
