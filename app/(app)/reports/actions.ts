"use server";

import { defineAction } from "@/lib/access/action";
import { createReport } from "@/lib/domain/reports/create-report";
import { getReportVersion } from "@/lib/domain/reports/get-report-version";
import { publishReport } from "@/lib/domain/reports/publish-report";
import { saveReport } from "@/lib/domain/reports/save-report";
import {
  createReportSchema,
  publishReportSchema,
  reportRefSchema,
  saveReportSchema,
  withdrawReportSchema,
} from "@/lib/domain/reports/schemas";
import { withdrawReport } from "@/lib/domain/reports/withdraw-report";

export const createReportAction = defineAction(
  { name: "report.create", permission: "report.create", input: createReportSchema, idempotent: true },
  ({ tx, actor, input, requestId }) => createReport(tx, actor, input, { requestId }),
);

export const saveReportAction = defineAction(
  { name: "report.update", permission: "report.update", input: saveReportSchema },
  ({ tx, actor, input, requestId }) => saveReport(tx, actor, input, { requestId }),
);

export const reportVersionAction = defineAction(
  { name: "report.version", permission: "report.update", input: reportRefSchema },
  async ({ tx, actor, input }) => getReportVersion(tx, actor, input.id),
);

export const publishReportAction = defineAction(
  { name: "report.publish", permission: "report.publish", input: publishReportSchema },
  ({ tx, actor, input, requestId }) => publishReport(tx, actor, input, { requestId }),
);

export const withdrawReportAction = defineAction(
  { name: "report.withdraw", permission: "report.withdraw", input: withdrawReportSchema },
  ({ tx, actor, input, requestId }) => withdrawReport(tx, actor, input, { requestId }),
);
