import type { Actor } from "@/lib/access/actor";
import { hashApiToken, newApiTokenSecret, apiTokenHint } from "@/lib/api/token-secret";
import { audit, auditWho } from "@/lib/audit";
import type { Tx } from "@/lib/db/context";
import type { CreateApiTokenInput } from "@/lib/domain/api-tokens/schemas";
import type { DomainContext } from "@/lib/domain/context";
import { ownerTenant } from "@/lib/domain/scope";
import { fieldErrors } from "@/lib/errors";

const DAY_MS = 86_400_000;

/**
 * An owner creates an API token. The secret is returned once, here; only its SHA-256 is
 * stored. Idempotent by the form's key (kept on the token, never as a replayable response that
 * would hold the secret): a double submit finds the first token and answers without a secret.
 * `expiresOn` is the last day the token works: it expires at the end of that UTC day.
 * `rateLimit` (requests per minute) is not on the form: tests and the benchmark set it.
 */
export async function createApiToken(
  tx: Tx,
  actor: Actor,
  input: CreateApiTokenInput & { rateLimit?: number },
  ctx: DomainContext,
): Promise<{ id: string; secret: string | null }> {
  const tenantId = ownerTenant(actor);
  const now = ctx.now ?? new Date();
  const expiresAt = input.expiresOn ? new Date(input.expiresOn.getTime() + DAY_MS) : null;
  if (expiresAt && expiresAt <= now) throw fieldErrors({ expiresOn: "integrations.tokens.errors.expiresPast" });
  const existing = await tx.apiToken.findFirst({
    where: { tenantId, creationKey: input.idempotencyKey },
    select: { id: true },
  });
  if (existing) return { id: existing.id, secret: null };
  const secret = newApiTokenSecret();
  const token = await tx.apiToken.create({
    data: {
      tenantId,
      name: input.name,
      access: input.access,
      tokenHash: hashApiToken(secret),
      hint: apiTokenHint(secret),
      expiresAt,
      creationKey: input.idempotencyKey,
      createdById: actor.userId,
      ...(input.rateLimit ? { rateLimit: input.rateLimit } : {}),
    },
    select: { id: true },
  });
  await audit(tx, auditWho(actor, ctx.requestId), {
    action: "apiToken.create",
    targetType: "ApiToken",
    targetId: token.id,
    metadata: { name: input.name, access: input.access, expiresAt: expiresAt?.toISOString() ?? null },
  });
  return { id: token.id, secret };
}
