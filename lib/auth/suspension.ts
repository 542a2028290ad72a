import { applyContext, withDbContext } from "@/lib/db/context";

/**
 * The suspension reason shown at sign-in. Only called after Auth.js refused a
 * CORRECT password because the tenant is suspended, so it reveals nothing a
 * stranger could not already see.
 */
export async function suspensionReasonFor(email: string): Promise<string | null> {
  const normalized = email.trim().toLowerCase();
  return withDbContext({ loginEmail: normalized }, async (tx) => {
    const user = await tx.user.findUnique({ where: { email: normalized }, select: { id: true } });
    if (!user) return null;
    await applyContext(tx, { userId: user.id });
    const membership = await tx.membership.findFirst({
      where: { userId: user.id, removedAt: null, tenant: { status: "SUSPENDED" } },
      select: { tenant: { select: { suspendedReason: true } } },
    });
    return membership?.tenant.suspendedReason ?? null;
  });
}
