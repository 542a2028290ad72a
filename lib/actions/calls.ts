"use server";

/** Scoping calls and their follow-ups (lib/domain/calls). */

import { defineAction } from "@/lib/access/action";
import { defineFormAction } from "@/lib/access/form-action";
import { createCall } from "@/lib/domain/calls/create-call";
import { createCallSchema, updateCallSchema } from "@/lib/domain/calls/schemas";
import { updateCall } from "@/lib/domain/calls/update-call";
import { completeFollowUp } from "@/lib/domain/calls/complete-follow-up";
import { completeFollowUpSchema } from "@/lib/domain/calls/schemas";
import { reopenFollowUp } from "@/lib/domain/calls/reopen-follow-up";

export const createCallAction = defineAction(
  { name: "call.create", permission: "call.create", input: createCallSchema, idempotent: true },
  ({ tx, actor, input, requestId }) => createCall(tx, actor, input, { requestId }),
);

export const updateCallAction = defineAction(
  { name: "call.update", permission: "call.update", input: updateCallSchema },
  ({ tx, actor, input, requestId }) => updateCall(tx, actor, input, { requestId }),
);

export const completeFollowUpAction = defineAction(
  { name: "call.followUpDone", permission: "call.update", input: completeFollowUpSchema },
  ({ tx, actor, input, requestId }) => completeFollowUp(tx, actor, input, { requestId }),
);

/** Undoes "mark done" (the follow-ups list offers it right after). */
export const reopenFollowUpAction = defineAction(
  { name: "call.followUpReopen", permission: "call.update", input: completeFollowUpSchema },
  ({ tx, actor, input, requestId }) => reopenFollowUp(tx, actor, input, { requestId }),
);

/** Logging a call without JavaScript (lib/access/form-action.ts): then the call's page. */
export const createCallFormAction = defineFormAction(createCallAction, {
  name: "call.create.form",
  redirectTo: ({ id }, { organizationId }) => `/organizations/${String(organizationId)}/calls/${id}`,
});
