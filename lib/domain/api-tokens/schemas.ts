import { z } from "zod";
import { choice } from "@/lib/domain/organizations/schemas";
import { expectedVersion, id, idempotencyKey, optionalIsoDate, text } from "@/lib/validation/fields";
import { LIMITS } from "@/lib/validation/limits";

/** What a token may do: read (GET routes) or read and write. One list: the form, the schema and the API read it. */
export const API_TOKEN_ACCESS = ["READ", "READ_WRITE"] as const;
export type ApiTokenAccessValue = (typeof API_TOKEN_ACCESS)[number];

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
