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
import { requestLocale } from "@/lib/i18n/request-locale";
import { translator } from "@/lib/i18n/translate";

const context = async (requestId: string) => ({ requestId, t: translator(await requestLocale()) });

export const createReportAction = defineAction(
  { name: "report.create", permission: "report.create", input: createReportSchema, idempotent: true },
  async ({ tx, actor, input, requestId }) => createReport(tx, actor, input, await context(requestId)),
);

export const saveReportAction = defineAction(
  { name: "report.update", permission: "report.update", input: saveReportSchema },
  async ({ tx, actor, input, requestId }) => saveReport(tx, actor, input, await context(requestId)),
);

export const reportVersionAction = defineAction(
  { name: "report.version", permission: "report.update", input: reportRefSchema },
  async ({ tx, actor, input }) => getReportVersion(tx, actor, input.id),
);

export const publishReportAction = defineAction(
  { name: "report.publish", permission: "report.publish", input: publishReportSchema },
  async ({ tx, actor, input, requestId }) => publishReport(tx, actor, input, await context(requestId)),
);

export const withdrawReportAction = defineAction(
  { name: "report.withdraw", permission: "report.withdraw", input: withdrawReportSchema },
  async ({ tx, actor, input, requestId }) => withdrawReport(tx, actor, input, await context(requestId)),
);
