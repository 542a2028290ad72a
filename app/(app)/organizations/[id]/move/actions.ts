"use server";

import { defineAction } from "@/lib/access/action";
import { recordModelChange } from "@/lib/domain/model-changes/record-model-change";
import { recordModelChangeSchema } from "@/lib/domain/model-changes/schemas";
import { domainContext } from "../../domain-context";

export const recordModelChangeAction = defineAction(
  { name: "modelChange.create", permission: "modelChange.create", input: recordModelChangeSchema, idempotent: true },
  async ({ tx, actor, input, requestId }) => recordModelChange(tx, actor, input, await domainContext(requestId)),
);
