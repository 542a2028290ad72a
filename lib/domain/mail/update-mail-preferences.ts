import type { Actor } from "@/lib/access/actor";
import { audit, auditWho } from "@/lib/audit";
import type { Tx } from "@/lib/db/context";
import type { DomainContext } from "@/lib/domain/context";
import type { UpdateMailPreferencesInput } from "@/lib/domain/mail/schemas";
import { notFound } from "@/lib/errors";
import { mailKindsFor } from "@/lib/mail/kinds";

/**
 * Stores which e-mails the signed-in member receives: every kind their role may receive and
 * that they did not tick is turned off (a MailOptOut row), the others on. Kinds their role never
 * receives are ignored. Takes effect for mails not sent yet: the outbox checks again at sending.
 */
export async function updateMailPreferences(
  tx: Tx,
  actor: Actor,
  input: UpdateMailPreferencesInput,
  ctx: DomainContext,
): Promise<{ off: string[] }> {
  const tenantId = actor.tenantId;
  if (!tenantId) throw notFound();
  const kinds = mailKindsFor(actor.role);
  const wanted = new Set(input.receive);
  const off = kinds.filter((k) => !wanted.has(k));
  const on = kinds.filter((k) => wanted.has(k));
  if (on.length) await tx.mailOptOut.deleteMany({ where: { tenantId, userId: actor.userId, kind: { in: on } } });
  if (off.length)
    await tx.mailOptOut.createMany({
      data: off.map((kind) => ({ tenantId, userId: actor.userId, kind })),
      skipDuplicates: true,
    });
  await audit(tx, auditWho(actor, ctx.requestId), {
    action: "profile.updateMailPreferences",
    targetType: "User",
    targetId: actor.userId,
    metadata: { off },
  });
  return { off };
}
