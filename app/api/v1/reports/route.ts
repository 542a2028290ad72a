import { apiRoute } from "@/lib/api/route";
import { pageFrom } from "@/lib/api/pagination";
import { afterId } from "@/lib/api/v1/cursor-id";
import { createReportOp, listReportsOp, toApiReport, toApiReportSummary } from "@/lib/api/v1/reports";
import { createReportDraft } from "@/lib/domain/reports/create-report-draft";
import { getReport } from "@/lib/domain/reports/get-report";
import { listReportsAfter } from "@/lib/domain/reports/list-reports-after";

export const GET = apiRoute(listReportsOp, async ({ tx, actor, query }) => {
  const rows = await listReportsAfter(tx, actor, { ...query, after: afterId(query.cursor) });
  const page = pageFrom(rows, query.limit, (r) => [r.id]);
  return { data: page.data.map(toApiReportSummary), nextCursor: page.nextCursor };
});

export const POST = apiRoute(createReportOp, async ({ tx, actor, body, requestId }) => {
  const { id } = await createReportDraft(tx, actor, body, { requestId });
  return toApiReport(await getReport(tx, actor, id));
});
