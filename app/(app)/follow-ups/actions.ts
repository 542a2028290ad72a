"use server";

import { defineAction } from "@/lib/access/action";
import { completeFollowUp } from "@/lib/domain/calls/complete-follow-up";
import { completeFollowUpSchema } from "@/lib/domain/calls/schemas";
import { domainContext } from "../organizations/domain-context";

export const completeFollowUpAction = defineAction(
  { name: "call.followUpDone", permission: "call.update", input: completeFollowUpSchema },
  async ({ tx, actor, input, requestId }) => completeFollowUp(tx, actor, input, await domainContext(requestId)),
);
