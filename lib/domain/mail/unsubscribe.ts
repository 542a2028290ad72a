import { audit } from "@/lib/audit";
import { withDbContext } from "@/lib/db/context";
import type { UnsubscribeInput } from "@/lib/domain/mail/schemas";
import { refuse } from "@/lib/errors";
import type { MailKind } from "@/lib/generated/prisma/enums";
import { readUnsubscribeToken } from "@/lib/mail/unsubscribe-token";

/**
 * The unsubscribe link's action, before anyone signs in: the token's signature is the proof
 * (lib/mail/unsubscribe-token.ts). Its one effect is the opt-out it names, written as that user
 * in that tenant (the opt-out table's RLS: a user's own rows), and audited. Idempotent; a
 * member who has left since is simply done. A bad token is refused with nothing written.
 */
export async function unsubscribe(input: UnsubscribeInput, ctx: { requestId: string }): Promise<{ kind: MailKind }> {
  const claim = readUnsubscribeToken(input.token);
  if (!claim) throw refuse("VALIDATION", "mail.unsubscribe.invalid");
  await withDbContext({ tenantId: claim.tenantId, userId: claim.userId }, async (tx) => {
    const member = await tx.membership.count({
      where: { tenantId: claim.tenantId, userId: claim.userId, removedAt: null },
    });
    if (member === 0) return;
    await tx.mailOptOut.createMany({
      data: [{ tenantId: claim.tenantId, userId: claim.userId, kind: claim.kind }],
      skipDuplicates: true,
    });
    await audit(
      tx,
      { tenantId: claim.tenantId, actorUserId: claim.userId, requestId: ctx.requestId },
      {
        action: "profile.updateMailPreferences",
        targetType: "User",
        targetId: claim.userId,
        metadata: { off: [claim.kind], via: "unsubscribeLink" },
      },
    );
  });
  return { kind: claim.kind };
}
