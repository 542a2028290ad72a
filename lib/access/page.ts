import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { type Actor, contextFor, resolveActor } from "@/lib/access/actor";
import { can, type Permission } from "@/lib/access/permissions";
import { auditActorSeparately } from "@/lib/audit";
import { getSessionClaims } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { withDbContext, type Tx } from "@/lib/db/context";
import { AppError } from "@/lib/errors";

export type ActorState =
  { kind: "anonymous" } | { kind: "suspended"; reason: string } | { kind: "ended" } | { kind: "actor"; actor: Actor };

/** The caller of this request, re-read from the database once per render. */
export const currentActorState = cache(async (): Promise<ActorState> => {
  const claims = await getSessionClaims();
  if (!claims) return { kind: "anonymous" };
  try {
    // resolveActor's first statement sets the context: no empty context before it.
    const actor = await db().$transaction((tx) => resolveActor(tx, claims, { scope: false }));
    return { kind: "actor", actor };
  } catch (error) {
    if (error instanceof AppError && error.code === "SUSPENDED")
      return { kind: "suspended", reason: String(error.params?.reason ?? "") };
    if (error instanceof AppError && error.code === "UNAUTHENTICATED") return { kind: "ended" };
    throw error;
  }
});

/**
 * The guard at the top of every page: signs out the stale, shows the suspended
 * their reason, and answers 404 to anyone the permission matrix does not allow.
 */
export async function requirePage(permission: Permission): Promise<Actor> {
  const state = await currentActorState();
  if (state.kind === "anonymous") redirect("/login");
  if (state.kind === "ended") redirect("/login?ended=1");
  if (state.kind === "suspended") redirect("/suspended");
  if (!can(state.actor.role, permission)) {
    await auditActorSeparately(state.actor, null, {
      action: "access.denied",
      targetType: `page:${permission}`,
      outcome: "DENIED",
      metadata: { reason: "role" },
    });
    notFound();
  }
  return state.actor;
}

/** Runs a page's reads in one transaction scoped to the actor. */
export function scoped<T>(actor: Actor, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return withDbContext(contextFor(actor), fn);
}

/** For pages: a domain NOT_FOUND (foreign or missing id) becomes the 404 page. */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
