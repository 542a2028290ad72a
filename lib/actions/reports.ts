"use server";

/** Steering reports: the MSP writes, publishes and withdraws; clients acknowledge; both comment (lib/domain/reports). */

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
import { acknowledgeReport } from "@/lib/domain/reports/acknowledge-report";
import { commentOnReport } from "@/lib/domain/reports/comment-on-report";
import { acknowledgeReportSchema, commentOnReportSchema, metricsImportSchema } from "@/lib/domain/reports/schemas";
import { previewMetricsImport } from "@/lib/domain/reports/preview-metrics-import";

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

/**
 * Reads a CSV file of a month's metrics for a draft report and returns what it proposes to the
 * editor (lib/domain/reports/preview-metrics-import.ts); writes nothing.
 */
export const previewMetricsImportAction = defineAction(
  { name: "report.metricsImport", permission: "report.update", input: metricsImportSchema },
  ({ tx, actor, input, requestId }) => previewMetricsImport(tx, actor, input, { requestId }),
);
