import { z } from "zod";
import { defineOperation } from "@/lib/api/operation";
import { pageOf, pageQuery } from "@/lib/api/pagination";
import { apiId, apiTimestamp, idParams, ts, tsOrNull } from "@/lib/api/v1/fields";
import type { ReportDocumentData } from "@/lib/domain/reports/get-report";
import { metricsSchema, reportContentSchema } from "@/lib/reports/content";
import { period } from "@/lib/validation/fields";
import { REPORT_STATUSES } from "@/lib/vocabulary";

/** Monthly steering reports in the REST API v1. */
export const apiReportContent = reportContentSchema.meta({
  description:
    "Metrics (each with its value, source and as-of date; absent: no data), narrative, recommendations, roadmap and budget.",
});
export const apiReportMetrics = metricsSchema.meta({
  description:
    "Figures for the month: each `{ value, source, asOf }`; a value needs its source and as-of date, and nothing may be dated after today.",
});
const summaryFields = {
  id: z.string(),
  organizationId: z.string(),
  period: z.string().meta({ description: "The month it covers, YYYY-MM." }),
  status: z.enum(REPORT_STATUSES),
  version: z.number().int(),
  publishedAt: apiTimestamp().nullable(),
  createdAt: apiTimestamp(),
  updatedAt: apiTimestamp(),
};
export const apiReportSummary = z.object(summaryFields);
export const apiReport = z
  .object({
    id: z.string(),
    organizationId: z.string(),
    organizationName: z.string(),
    period: summaryFields.period,
    status: z.enum(REPORT_STATUSES),
    version: z.number().int(),
    publishedAt: apiTimestamp().nullable(),
    withdrawnAt: apiTimestamp().nullable(),
    updatedAt: apiTimestamp(),
    content: apiReportContent,
  })
  .strict();

type SummaryRow = { publishedAt: Date | null; createdAt: Date; updatedAt: Date };
export function toApiReportSummary<T extends SummaryRow>(r: T) {
  return { ...r, publishedAt: tsOrNull(r.publishedAt), createdAt: ts(r.createdAt), updatedAt: ts(r.updatedAt) };
}
export function toApiReport(r: ReportDocumentData): z.input<typeof apiReport> {
  return {
    id: r.id,
    organizationId: r.organization.id,
    organizationName: r.organization.name,
    period: r.period,
    status: r.status,
    version: r.version,
    publishedAt: tsOrNull(r.publishedAt),
    withdrawnAt: tsOrNull(r.withdrawnAt),
    updatedAt: ts(r.updatedAt),
    content: r.content,
  };
}

export const createReportBody = z
  .object({
    organizationId: apiId(),
    period: period(),
    metrics: apiReportMetrics.default({}),
  })
  .strict();

export const listReportsOp = defineOperation({
  id: "listReports",
  method: "GET",
  path: "/reports",
  tag: "Steering reports",
  summary: "List steering reports",
  permission: "report.read",
  query: z
    .object({
      ...pageQuery,
      organizationId: apiId().optional(),
      status: z.enum(REPORT_STATUSES).optional(),
      period: period().optional(),
    })
    .strict(),
  response: pageOf(apiReportSummary),
  status: 200,
  paginated: true,
});

export const getReportOp = defineOperation({
  id: "getReport",
  method: "GET",
  path: "/reports/{id}",
  tag: "Steering reports",
  summary: "Get a steering report with its content",
  permission: "report.read",
  params: idParams,
  response: apiReport,
  status: 200,
});

export const createReportOp = defineOperation({
  id: "createReport",
  method: "POST",
  path: "/reports",
  tag: "Steering reports",
  summary: "Create a draft report with metrics",
  description:
    "Starts an organization's report for a month (its structure carried over from the latest earlier report) with the metrics given. Publishing stays a person's decision, in the app. 409 if that month's report exists.",
  permission: "report.create",
  body: createReportBody,
  response: apiReport,
  status: 201,
});
