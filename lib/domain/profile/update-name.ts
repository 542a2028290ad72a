import type { Actor } from "@/lib/access/actor";
import { audit, auditWho } from "@/lib/audit";
import type { Tx } from "@/lib/db/context";
import type { UpdateNameInput } from "@/lib/domain/profile/schemas";
import { conflict } from "@/lib/errors";
import type { DomainContext } from "@/lib/domain/context";

/** Changes the signed-in user's display name, with optimistic locking on User.version. */
export async function updateName(tx: Tx, actor: Actor, input: UpdateNameInput, ctx: DomainContext) {
  const { count } = await tx.user.updateMany({
    where: { id: actor.userId, version: input.expectedVersion },
    data: { name: input.name, version: { increment: 1 } },
  });
  if (count === 0) throw conflict();
  await audit(tx, auditWho(actor, ctx.requestId), {
    action: "profile.updateName",
    targetType: "User",
    targetId: actor.userId,
  });
  return { version: input.expectedVersion + 1 };
}
