import type { Tx } from "@/lib/db/context";

export type MissingReport = {
  organizationId: string;
  name: string;
  accountManagerId: string | null;
  /** This month's report, when there is one that is not published: DRAFT or WITHDRAWN. */
  state: "NONE" | "DRAFT" | "WITHDRAWN";
};

/**
 * The month's reports still missing: active hybrid and managed clients (those the portfolio's
 * "missing reports" counts) without a PUBLISHED report for `period` — no report at all, a draft,
 * or a withdrawn one. Index (tenantId, lifecycleStatus, currentModel), then the unique
 * (tenantId, organizationId, period) per organization.
 */
export async function missingReports(tx: Tx, input: { tenantId: string; period: string }): Promise<MissingReport[]> {
  const orgs = await tx.clientOrganization.findMany({
    where: {
      tenantId: input.tenantId,
      lifecycleStatus: "ACTIVE",
      currentModel: { in: ["HYBRID", "MANAGED"] },
      reports: { none: { period: input.period, status: "PUBLISHED" } },
    },
    select: {
      id: true,
      name: true,
      accountManagerId: true,
      reports: { where: { period: input.period }, select: { status: true } },
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  return orgs.map((o) => ({
    organizationId: o.id,
    name: o.name,
    accountManagerId: o.accountManagerId,
    state: o.reports[0]?.status === "DRAFT" ? "DRAFT" : o.reports[0]?.status === "WITHDRAWN" ? "WITHDRAWN" : "NONE",
  }));
}

/**
 * Whose reminder lists an organization: its account manager when it has one that is still on the
 * team, otherwise every owner (nobody else would be told).
 */
export function reminderRecipients(
  missing: MissingReport[],
  staff: { userId: string; role: "OWNER" | "ACCOUNT_MANAGER" }[],
): Map<string, MissingReport[]> {
  const present = new Set(staff.map((s) => s.userId));
  const owners = staff.filter((s) => s.role === "OWNER").map((s) => s.userId);
  const byRecipient = new Map<string, MissingReport[]>();
  for (const org of missing) {
    const to = org.accountManagerId && present.has(org.accountManagerId) ? [org.accountManagerId] : owners;
    for (const userId of to) byRecipient.set(userId, [...(byRecipient.get(userId) ?? []), org]);
  }
  return byRecipient;
}
