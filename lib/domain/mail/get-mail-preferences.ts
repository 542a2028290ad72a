import type { Actor } from "@/lib/access/actor";
import type { Tx } from "@/lib/db/context";
import type { MailKind } from "@/lib/generated/prisma/enums";
import { mailKindsFor } from "@/lib/mail/kinds";

/** The e-mails the signed-in member may receive, each on or off (their own opt-outs, RLS: their rows only). */
export async function getMailPreferences(tx: Tx, actor: Actor): Promise<{ kind: MailKind; enabled: boolean }[]> {
  if (!actor.tenantId) return [];
  const kinds = mailKindsFor(actor.role);
  if (kinds.length === 0) return [];
  const off = await tx.mailOptOut.findMany({
    where: { tenantId: actor.tenantId, userId: actor.userId },
    select: { kind: true },
  });
  const offKinds = new Set(off.map((o) => o.kind));
  return kinds.map((kind) => ({ kind, enabled: !offKinds.has(kind) }));
}
