import type { Actor } from "@/lib/access/actor";
import type { Tx } from "@/lib/db/context";
import { notFound } from "@/lib/errors";

/** The signed-in user's own record (RLS: user_self). */
export async function getProfile(tx: Tx, actor: Actor) {
  const user = await tx.user.findFirst({
    where: { id: actor.userId },
    select: { id: true, name: true, email: true, locale: true, version: true, lastLoginAt: true, createdAt: true },
  });
  if (!user) throw notFound();
  return user;
}
