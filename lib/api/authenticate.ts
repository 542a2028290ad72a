import { ApiProblem } from "@/lib/api/problem";
import { hashApiToken, looksLikeApiToken } from "@/lib/api/token-secret";
import { withDbContext } from "@/lib/db/context";
import type { ApiTokenAccess } from "@/lib/generated/prisma/enums";

/** The rate limit's window: a fixed minute per token, counted on the token's row. */
export const RATE_WINDOW_SECONDS = 60;

/** A token that was just presented and found valid, with where it stands in its rate window. */
export type ApiTokenUse = {
  id: string;
  tenantId: string;
  access: ApiTokenAccess;
  createdById: string;
  rate: { limit: number; remaining: number; resetSeconds: number; exceeded: boolean };
};

type Row = {
  id: string;
  tenantId: string;
  access: ApiTokenAccess;
  createdById: string;
  rateLimit: number;
  windowStart: Date;
  windowCount: number;
  now: Date;
};

/**
 * Authenticates `Authorization: Bearer mst_…` before the tenant is known, the way sign-in
 * finds a user by email: the transaction sets app.api_token to the secret's SHA-256 and the
 * RLS policies on "ApiToken" (migration *_api_tokens) let it see and use that one row only.
 * One statement finds a live token (not revoked, not expired), records its use (last-used
 * time) and counts the request in the token's rate window, in its own short transaction so
 * that concurrent requests of one token wait on the row only for that statement. Every
 * instance shares the count (it is in PostgreSQL). Anything else is 401, whatever the reason,
 * so the answer says nothing about which tokens exist.
 */
export async function authenticateBearer(authorization: string | null): Promise<ApiTokenUse> {
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization ?? "");
  const secret = match?.[1];
  if (!secret || !looksLikeApiToken(secret)) throw new ApiProblem("unauthorized");
  const hash = hashApiToken(secret);
  const rows = await withDbContext(
    { apiTokenHash: hash },
    (tx) =>
      tx.$queryRaw<Row[]>`
      WITH clock AS (SELECT now() AT TIME ZONE 'UTC' AS now)
      UPDATE "ApiToken" t SET
        "lastUsedAt" = clock.now,
        "windowStart" = CASE WHEN t."windowStart" <= clock.now - make_interval(secs => ${RATE_WINDOW_SECONDS})
                             THEN clock.now ELSE t."windowStart" END,
        "windowCount" = CASE WHEN t."windowStart" <= clock.now - make_interval(secs => ${RATE_WINDOW_SECONDS})
                             THEN 1 ELSE t."windowCount" + 1 END
      FROM clock
      WHERE t."tokenHash" = ${hash} AND t."revokedAt" IS NULL AND (t."expiresAt" IS NULL OR t."expiresAt" > clock.now)
      RETURNING t.id, t."tenantId", t.access::text AS access, t."createdById", t."rateLimit",
                t."windowStart", t."windowCount", clock.now`,
  );
  const row = rows[0];
  if (!row) throw new ApiProblem("unauthorized");
  const resetMs = row.windowStart.getTime() + RATE_WINDOW_SECONDS * 1000 - row.now.getTime();
  return {
    id: row.id,
    tenantId: row.tenantId,
    access: row.access,
    createdById: row.createdById,
    rate: {
      limit: row.rateLimit,
      remaining: Math.max(0, row.rateLimit - row.windowCount),
      resetSeconds: Math.max(1, Math.ceil(resetMs / 1000)),
      exceeded: row.windowCount > row.rateLimit,
    },
  };
}
