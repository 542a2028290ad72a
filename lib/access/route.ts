import { z } from "zod";
import { type Actor, resolveActor } from "@/lib/access/actor";
import { Denied, toFailure, validationError } from "@/lib/access/failure";
import { can, type Permission } from "@/lib/access/permissions";
import { getSessionClaims } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { Tx } from "@/lib/db/context";
import { AppError, ERROR_STATUS } from "@/lib/errors";
import { requestLocale } from "@/lib/i18n/request-locale";
import { newRequestId } from "@/lib/http/request-id";

export type RouteContext<P, Q> = { tx: Tx; actor: Actor; params: P; query: Q; request: Request; requestId: string };

export type RouteMeta = { name: string; permission: Permission; params: z.ZodType; query: z.ZodType };

type NextRouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

export type RouteHandler = ((request: Request, context: NextRouteContext) => Promise<Response>) & { meta: RouteMeta };

const noParams = z.object({}).strict();

/**
 * The route-handler twin of defineAction: authenticate, check the matrix,
 * validate path params and query (strict), run in a scoped transaction.
 * Errors are JSON `{ error: { code, message, requestId } }` with their status;
 * anything out of scope is a 404.
 */
export function defineRoute<P extends z.ZodType = typeof noParams, Q extends z.ZodType = typeof noParams>(
  config: { name: string; permission: Permission; params?: P; query?: Q },
  handler: (ctx: RouteContext<z.output<P>, z.output<Q>>) => Promise<Response>,
): RouteHandler {
  const paramsSchema = (config.params ?? noParams) as P;
  const querySchema = (config.query ?? noParams) as Q;
  const meta: RouteMeta = {
    name: config.name,
    permission: config.permission,
    params: paramsSchema,
    query: querySchema,
  };
  const run = async (request: Request, context: NextRouteContext): Promise<Response> => {
    const requestId = newRequestId();
    const locale = await requestLocale();
    let actor = null as Actor | null;
    try {
      const claims = await getSessionClaims();
      if (!claims) throw new AppError("UNAUTHENTICATED");
      const rawParams = (await context.params) ?? {};
      const rawQuery = Object.fromEntries(new URL(request.url).searchParams.entries());
      return await db().$transaction(async (tx) => {
        actor = await resolveActor(tx, claims);
        if (!can(actor.role, config.permission)) throw new Denied(`role ${actor.role} lacks ${config.permission}`);
        const params = paramsSchema.safeParse(rawParams);
        if (!params.success) throw new AppError("NOT_FOUND");
        const query = querySchema.safeParse(rawQuery, { reportInput: true });
        if (!query.success) throw validationError(query.error);
        return handler({ tx, actor, params: params.data, query: query.data, request, requestId });
      });
    } catch (error) {
      const failure = await toFailure(error, { locale, requestId, entry: config.name, actor });
      return Response.json(
        { error: { code: failure.code, message: failure.message, fieldErrors: failure.fieldErrors, requestId } },
        { status: ERROR_STATUS[failure.code], headers: { "cache-control": "no-store", "x-request-id": requestId } },
      );
    }
  };
  return Object.assign(run, { meta });
}
