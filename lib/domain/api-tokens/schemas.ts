import { z } from "zod";
import { choice } from "@/lib/domain/organizations/schemas";
import { expectedVersion, id, idempotencyKey, optionalIsoDate, text } from "@/lib/validation/fields";
import { LIMITS } from "@/lib/validation/limits";
import { API_TOKEN_ACCESS } from "@/lib/vocabulary";

// Declared in lib/vocabulary (no Zod there: the token form, a client component, reads it).
export { API_TOKEN_ACCESS, type ApiTokenAccessValue } from "@/lib/vocabulary";

export const createApiTokenSchema = z
  .object({
    name: text(LIMITS.apiTokenName),
    access: choice(API_TOKEN_ACCESS),
    /** The last day it works (UTC, inclusive); empty: until revoked. */
    expiresOn: optionalIsoDate(),
    idempotencyKey: idempotencyKey(),
  })
  .strict();
export type CreateApiTokenInput = z.output<typeof createApiTokenSchema>;

export const revokeApiTokenSchema = z.object({ id: id(), expectedVersion: expectedVersion() }).strict();
export type RevokeApiTokenInput = z.output<typeof revokeApiTokenSchema>;
