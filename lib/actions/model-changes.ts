"use server";

/** Recording a client's move from one service model to another (lib/domain/model-changes). */

import { defineAction } from "@/lib/access/action";
import { recordModelChange } from "@/lib/domain/model-changes/record-model-change";
import { recordModelChangeSchema } from "@/lib/domain/model-changes/schemas";

export const recordModelChangeAction = defineAction(
  { name: "modelChange.create", permission: "modelChange.create", input: recordModelChangeSchema, idempotent: true },
  ({ tx, actor, input, requestId }) => recordModelChange(tx, actor, input, { requestId }),
);
