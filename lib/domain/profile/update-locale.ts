import type { Actor } from "@/lib/access/actor";
import { audit, auditWho } from "@/lib/audit";
import type { Tx } from "@/lib/db/context";
import type { DomainContext } from "@/lib/domain/context";
import type { UpdateLocaleInput } from "@/lib/domain/profile/schemas";
import { notFound } from "@/lib/errors";

/**
 * Stores the language the signed-in user reads Mainstay in (their profile). It follows them to
 * every browser: sign-in sets the browser's locale cookie from it (lib/auth/auth.ts). Not a
 * versioned edit: choosing a language never conflicts with a name being edited elsewhere.
 */
export async function updateLocale(tx: Tx, actor: Actor, input: UpdateLocaleInput, ctx: DomainContext) {
  const { count } = await tx.user.updateMany({ where: { id: actor.userId }, data: { locale: input.locale } });
  if (count === 0) throw notFound();
  await audit(tx, auditWho(actor, ctx.requestId), {
    action: "profile.updateLocale",
    targetType: "User",
    targetId: actor.userId,
    metadata: { locale: input.locale },
  });
  return { locale: input.locale };
}
