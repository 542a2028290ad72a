import type { z } from "zod";
import { type Actor, resolveActor } from "@/lib/access/actor";
import { Denied, toFailure, validationError } from "@/lib/access/failure";
import { can, type Permission } from "@/lib/access/permissions";
import type { ActionResult } from "@/lib/access/result";
import { getSessionClaims } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { Tx } from "@/lib/db/context";
import { contextFor } from "@/lib/access/actor";
import { withDbContext } from "@/lib/db/context";
import { AppError, classifyError, fieldErrors } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/catalog";
import { requestLocale } from "@/lib/i18n/request-locale";
import { newRequestId } from "@/lib/http/request-id";

/** What a handler gets: `requestId` and `locale` together are the domain's DomainContext. */
export type ActionContext<I> = { tx: Tx; actor: Actor; input: I; requestId: string; locale: Locale };

export type ActionMeta = {
  name: string;
  permission: Permission;
  input: z.ZodType;
  /** Create actions: the input carries `idempotencyKey`; a repeat returns the first result. */
  idempotent: boolean;
};

export type ServerAction<R> = ((raw: unknown) => Promise<ActionResult<R>>) & { meta: ActionMeta };

class IdempotentReplay extends Error {}

/**
 * The one guard every server action goes through, declared as data:
 * authenticate (re-reading user, membership, disabled and suspended flags from
 * the database), check the permission matrix, validate with the action's zod
 * schema (`.strict()`: extra fields are refused), then run the domain function
 * in one transaction scoped to the caller (RLS context set first).
 */
export function defineAction<S extends z.ZodType, R>(
  config: {
    name: string;
    permission: Permission;
    input: S;
    idempotent?: boolean;
    /** The transaction's time limit in ms when the client's default (lib/db/client.ts) is too short: large imports. */
    timeoutMs?: number;
  },
  handler: (ctx: ActionContext<z.output<S>>) => Promise<R>,
): ServerAction<R> {
  const meta: ActionMeta = {
    name: config.name,
    permission: config.permission,
    input: config.input,
    idempotent: !!config.idempotent,
  };
  const run = async (raw: unknown): Promise<ActionResult<R>> => {
    const requestId = newRequestId();
    const locale = await requestLocale();
    let actor = null as Actor | null;
    let idempotencyKey = null as string | null;
    try {
      const claims = await getSessionClaims();
      if (!claims) throw new AppError("UNAUTHENTICATED");
      const data = await db().$transaction(
        async (tx) => {
          actor = await resolveActor(tx, claims);
          if (!can(actor.role, config.permission)) throw new Denied(`role ${actor.role} lacks ${config.permission}`);
          const parsed = config.input.safeParse(raw, { reportInput: true });
          if (!parsed.success) throw validationError(parsed.error);
          if (config.idempotent) {
            idempotencyKey = (parsed.data as { idempotencyKey?: string }).idempotencyKey ?? null;
            if (!idempotencyKey || !actor.tenantId) throw fieldErrors({ idempotencyKey: "validation.required" });
            const seen = await tx.idempotencyKey.findUnique({
              where: { tenantId_key: { tenantId: actor.tenantId, key: idempotencyKey } },
            });
            if (seen) {
              if (seen.action !== config.name || seen.userId !== actor.userId) throw new AppError("DUPLICATE");
              return seen.response as R;
            }
            try {
              await tx.idempotencyKey.create({
                data: {
                  tenantId: actor.tenantId,
                  key: idempotencyKey,
                  action: config.name,
                  userId: actor.userId,
                  response: {},
                },
              });
            } catch (error) {
              // A concurrent twin holds the key: wait for it, then answer as it did.
              if (classifyError(error)?.code === "DUPLICATE") throw new IdempotentReplay();
              throw error;
            }
          }
          const result = await handler({ tx, actor, input: parsed.data, requestId, locale });
          if (config.idempotent && idempotencyKey && actor.tenantId) {
            await tx.idempotencyKey.update({
              where: { tenantId_key: { tenantId: actor.tenantId, key: idempotencyKey } },
              data: { response: (result ?? null) as Prisma.InputJsonValue },
            });
          }
          return result;
        },
        config.timeoutMs ? { timeout: config.timeoutMs } : undefined,
      );
      return { ok: true, data };
    } catch (error) {
      if (error instanceof IdempotentReplay && actor && idempotencyKey) {
        const replay = await replayIdempotent(actor, idempotencyKey, config.name);
        if (replay.found) return { ok: true, data: replay.response as R };
      }
      return toFailure(error, { locale, requestId, entry: config.name, actor });
    }
  };
  return Object.assign(run, { meta });
}

async function replayIdempotent(actor: Actor, key: string, action: string) {
  const row = await withDbContext(contextFor(actor), (tx) =>
    tx.idempotencyKey.findUnique({ where: { tenantId_key: { tenantId: actor.tenantId ?? "", key } } }),
  );
  if (!row || row.action !== action || row.userId !== actor.userId) return { found: false as const };
  return { found: true as const, response: row.response };
}
