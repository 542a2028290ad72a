"use server";

/** API tokens of the REST API v1 (lib/domain/api-tokens). */

import { defineAction } from "@/lib/access/action";
import { createApiToken } from "@/lib/domain/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/domain/api-tokens/revoke-api-token";
import { createApiTokenSchema, revokeApiTokenSchema } from "@/lib/domain/api-tokens/schemas";

/** Idempotent by its own key (see createApiToken): the secret must never be stored as a replayable response. */
export const createApiTokenAction = defineAction(
  { name: "apiToken.create", permission: "apiToken.manage", input: createApiTokenSchema },
  ({ tx, actor, input, requestId }) => createApiToken(tx, actor, input, { requestId }),
);

export const revokeApiTokenAction = defineAction(
  { name: "apiToken.revoke", permission: "apiToken.manage", input: revokeApiTokenSchema },
  ({ tx, actor, input, requestId }) => revokeApiToken(tx, actor, input, { requestId }),
);
