import { z } from "zod";
import { toFailure } from "@/lib/access/failure";
import { AppError, ERROR_STATUS } from "@/lib/errors";
import { newRequestId } from "@/lib/http/request-id";
import { requestLocale } from "@/lib/i18n/request-locale";

/** A route handler that runs before anyone signs in (`permission: null`): see definePublicRoute. */
export type PublicRouteMeta = { name: string; permission: null; params: z.ZodType };

type NextRouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

export type PublicRouteHandler = ((request: Request, context: NextRouteContext) => Promise<Response>) & {
  meta: PublicRouteMeta;
};

/**
 * The route-handler twin of definePublicAction, for a request that carries its own proof instead
 * of a session (the one-click unsubscribe POST of a mail client: a signed token in the path).
 * Validates the path params (strict; a bad one is a 404), never reads a session, never sets a
 * tenant: the handler opens its own narrow database context. Errors are JSON
 * `{ error: { code, message, requestId } }` with their status, as defineRoute's. The access
 * suites find it by its meta (`permission: null`) and check it against the hand-written
 * PUBLIC_ROUTE_ROWS (tests/access/public-rows.ts).
 */
export function definePublicRoute<P extends z.ZodType>(
  config: { name: string; params: P },
  handler: (ctx: { params: z.output<P>; request: Request; requestId: string }) => Promise<Response>,
): PublicRouteHandler {
  const meta: PublicRouteMeta = { name: config.name, permission: null, params: config.params };
  const run = async (request: Request, context: NextRouteContext): Promise<Response> => {
    const requestId = newRequestId();
    const locale = await requestLocale();
    try {
      const params = config.params.safeParse((await context.params) ?? {});
      if (!params.success) throw new AppError("NOT_FOUND");
      return await handler({ params: params.data, request, requestId });
    } catch (error) {
      const failure = await toFailure(error, { locale, requestId, entry: config.name, actor: null });
      return Response.json(
        { error: { code: failure.code, message: failure.message, requestId } },
        { status: ERROR_STATUS[failure.code], headers: { "cache-control": "no-store", "x-request-id": requestId } },
      );
    }
  };
  return Object.assign(run, { meta });
}
