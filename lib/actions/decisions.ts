"use server";

/** The decision ledger (lib/domain/decisions): a client approver decides on a published report's items. */

import { defineAction } from "@/lib/access/action";
import { defineFormAction } from "@/lib/access/form-action";
import { decideItem } from "@/lib/domain/decisions/decide-item";
import { decideItemSchema } from "@/lib/domain/decisions/schemas";

export const decideItemAction = defineAction(
  { name: "report.decide", permission: "report.decide", input: decideItemSchema, idempotent: true },
  ({ tx, actor, input, requestId }) => decideItem(tx, actor, input, { requestId }),
);

/** The same, posted without JavaScript (lib/access/form-action.ts): back to the item on the report. */
export const decideItemFormAction = defineFormAction(decideItemAction, {
  name: "report.decide.form",
  redirectTo: (_data, { reportId, itemId }) => `/portal/reports/${String(reportId)}#item-${String(itemId)}`,
});
