"use server";

import { defineAction } from "@/lib/access/action";
import { completeFollowUp } from "@/lib/domain/calls/complete-follow-up";
import { completeFollowUpSchema } from "@/lib/domain/calls/schemas";

export const completeFollowUpAction = defineAction(
  { name: "call.followUpDone", permission: "call.update", input: completeFollowUpSchema },
  ({ tx, actor, input, requestId }) => completeFollowUp(tx, actor, input, { requestId }),
);
