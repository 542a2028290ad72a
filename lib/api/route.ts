import { createHash } from "node:crypto";
import { z } from "zod";
import type { Actor } from "@/lib/access/actor";
import { Denied } from "@/lib/access/failure";
import { can } from "@/lib/access/permissions";
import { authenticateBearer, RATE_WINDOW_SECONDS, type ApiTokenUse } from "@/lib/api/authenticate";
import { isWrite, type ApiOperation } from "@/lib/api/operation";
import { ApiProblem, ApiValidation, problemResponse } from "@/lib/api/problem";
import { resolveTokenActor } from "@/lib/api/token-actor";
import { db } from "@/lib/db/client";
import type { Tx } from "@/lib/db/context";
import { classifyError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { newRequestId } from "@/lib/http/request-id";
import { requestLocale } from "@/lib/i18n/request-locale";
import { fieldErrorsFrom } from "@/lib/validation/issues";

export type ApiContext<O extends ApiOperation> = {
  tx: Tx;
  actor: Actor;
  token: ApiTokenUse;
  params: O["params"] extends z.ZodType ? z.output<O["params"]> : Record<string, never>;
  query: O["query"] extends z.ZodType ? z.output<O["query"]> : Record<string, never>;
  body: O["body"] extends z.ZodType ? z.output<O["body"]> : undefined;
  requestId: string;
};

export type ApiRouteMeta = { name: string; permission: ApiOperation["permission"]; api: true; operation: ApiOperation };

type NextRouteContext = { params: Promise<Record<string, string | string[] | undefined>> };
export type ApiRouteHandler = ((request: Request, context: NextRouteContext) => Promise<Response>) & {
  meta: ApiRouteMeta;
};

/** Bodies over this are refused before parsing (the proxy also caps every request at 1 MB). */
const MAX_BODY_BYTES = 1024 * 1024;
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

type Stored = { requestHash: string; status: number; body: unknown } | Record<string, never>;

class IdempotentReplay extends Error {}

/**
 * The REST API v1 twin of defineRoute (lib/access/route.ts), one per operation:
 * 1. Bearer authentication (lib/api/authenticate.ts; 401 problem) and the token's rate limit
 *    (429 with Retry-After; RateLimit and RateLimit-Policy headers on every answer);
 * 2. scope: a READ token may only call GET operations (403);
 * 3. one transaction scoped to the token's tenant and role (lib/api/token-actor.ts): the
 *    permission matrix (a denial is audited and is 404, as in the UI), path params (anything
 *    invalid is 404), query and JSON body validated with the operation's zod schemas (422
 *    problem with one entry per field);
 * 4. Idempotency-Key on POST: the first answer is stored with a hash of the request in the
 *    same transaction as the write (IdempotencyKey); the same key and request replay it
 *    (Idempotent-Replayed: true), the same key with another request is a 422 problem;
 * 5. the handler (one domain call, shaped), its output checked against the response schema
 *    outside production, so the OpenAPI document is held to what the API answers.
 */
export function apiRoute<const O extends ApiOperation>(
  op: O,
  handler: (ctx: ApiContext<O>) => Promise<z.input<O["response"]>>,
): ApiRouteHandler {
  const name = `api.${op.id}`;
  const meta: ApiRouteMeta = { name, permission: op.permission, api: true, operation: op };
  const run = async (request: Request, context: NextRouteContext): Promise<Response> => {
    const requestId = newRequestId();
    const locale = await requestLocale();
    const headers = new Headers({ "cache-control": "no-store", "x-request-id": requestId });
    let actor = null as Actor | null;
    try {
      const token = await authenticateBearer(request.headers.get("authorization"));
      const policy = `"per-token";q=${token.rate.limit};w=${RATE_WINDOW_SECONDS}`;
      headers.set("ratelimit-policy", policy);
      headers.set("ratelimit", `"per-token";r=${token.rate.remaining};t=${token.rate.resetSeconds}`);
      if (token.rate.exceeded) {
        throw new ApiProblem("rate-limited", {
          params: { seconds: token.rate.resetSeconds },
          headers: { "retry-after": String(token.rate.resetSeconds) },
        });
      }
      if (isWrite(op) && token.access !== "READ_WRITE") throw new ApiProblem("read-only-token");

      const rawParams = (await context.params) ?? {};
      const url = new URL(request.url);
      const rawQuery: Record<string, string | string[]> = {};
      for (const key of new Set(url.searchParams.keys())) {
        const all = url.searchParams.getAll(key);
        rawQuery[key] = all.length === 1 ? all[0]! : all;
      }
      const rawBody = op.body ? await readJson(request) : undefined;
      const idempotencyKey = op.method === "POST" ? request.headers.get("idempotency-key") : null;
      if (idempotencyKey !== null && !IDEMPOTENCY_KEY.test(idempotencyKey)) {
        throw new ApiValidation({ "Idempotency-Key": { key: "validation.invalidFormat" } }, "query");
      }
      const requestHash = createHash("sha256")
        .update(`${op.method} ${url.pathname}\n${JSON.stringify(rawBody ?? null)}`)
        .digest("hex");
      const storedKey = idempotencyKey ? `api:${token.id}:${idempotencyKey}` : null;

      const run = async () =>
        db().$transaction(
          async (tx) => {
            actor = await resolveTokenActor(tx, token);
            if (!can(actor.role, op.permission))
              throw new Denied(`API token role ${actor.role} lacks ${op.permission}`);
            const params = (op.params ?? z.object({}).strict()).safeParse(rawParams);
            if (!params.success) throw new ApiProblem("not-found");
            const query = (op.query ?? z.object({}).strict()).safeParse(rawQuery, { reportInput: true });
            if (!query.success) throw new ApiValidation(fieldErrorsFrom(query.error), "query");
            const body = op.body ? op.body.safeParse(rawBody, { reportInput: true }) : null;
            if (body && !body.success) throw new ApiValidation(fieldErrorsFrom(body.error), "body");

            if (storedKey) {
              const seen = await tx.idempotencyKey.findUnique({
                where: { tenantId_key: { tenantId: token.tenantId, key: storedKey } },
              });
              if (seen) return replayOf(seen.response as Stored, requestHash);
              try {
                await tx.idempotencyKey.create({
                  data: { tenantId: token.tenantId, key: storedKey, action: name, userId: actor.userId, response: {} },
                });
              } catch (error) {
                // A concurrent twin holds the key: wait for it, then answer as it did.
                if (classifyError(error)?.code === "DUPLICATE") throw new IdempotentReplay();
                throw error;
              }
            }
            const result = await handler({
              tx,
              actor,
              token,
              params: params.data,
              query: query.data,
              body: body?.data,
              requestId,
            } as unknown as ApiContext<O>);
            if (process.env.NODE_ENV !== "production") op.response.parse(result);
            if (storedKey) {
              const stored: Stored = { requestHash, status: op.status, body: result };
              await tx.idempotencyKey.update({
                where: { tenantId_key: { tenantId: token.tenantId, key: storedKey } },
                data: { response: stored as Prisma.InputJsonValue },
              });
            }
            return { status: op.status as number, body: result as unknown, replayed: false };
          },
          op.timeoutMs ? { timeout: op.timeoutMs } : undefined,
        );

      let answer: { status: number; body: unknown; replayed: boolean };
      try {
        answer = await run();
      } catch (error) {
        if (!(error instanceof IdempotentReplay)) throw error;
        answer = await run();
      }
      if (answer.replayed) headers.set("idempotent-replayed", "true");
      if (op.paginated) {
        const next = (answer.body as { nextCursor?: string | null }).nextCursor;
        if (next) {
          const nextUrl = new URL(url);
          nextUrl.searchParams.set("cursor", next);
          headers.set("link", `<${nextUrl.pathname}${nextUrl.search}>; rel="next"`);
        }
      }
      headers.set("content-type", "application/json");
      return new Response(JSON.stringify(answer.body), { status: answer.status, headers });
    } catch (error) {
      return problemResponse(error, { locale, requestId, entry: name, actor, headers });
    }
  };
  return Object.assign(run, { meta });
}

function replayOf(stored: Stored, requestHash: string) {
  // An empty response is the row of a twin still running (it holds the row's lock until it commits).
  if (!("requestHash" in stored)) throw new IdempotentReplay();
  if (stored.requestHash !== requestHash) throw new ApiProblem("idempotency-key-reused");
  return { status: stored.status, body: stored.body, replayed: true };
}

async function readJson(request: Request): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(type.trim())) throw new ApiProblem("unsupported-media-type");
  const text = await request.text();
  if (Buffer.byteLength(text, "utf8") > MAX_BODY_BYTES) throw new ApiProblem("payload-too-large");
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiProblem("malformed-json");
  }
}
