"use server";

import { defineAction } from "@/lib/access/action";
import { acknowledgeReport } from "@/lib/domain/reports/acknowledge-report";
import { commentOnReport } from "@/lib/domain/reports/comment-on-report";
import { acknowledgeReportSchema, commentOnReportSchema } from "@/lib/domain/reports/schemas";

/** A client user acknowledges a published report of their organization (once). */
export const acknowledgeReportAction = defineAction(
  { name: "report.acknowledge", permission: "report.acknowledge", input: acknowledgeReportSchema },
  ({ tx, actor, input, requestId }) => acknowledgeReport(tx, actor, input, { requestId }),
);

/** A comment on a published report, by the client or by MSP staff (one thread both sides see). */
export const commentOnReportAction = defineAction(
  { name: "report.comment", permission: "report.comment", input: commentOnReportSchema, idempotent: true },
  ({ tx, actor, input, requestId }) => commentOnReport(tx, actor, input, { requestId }),
);
