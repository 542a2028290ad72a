import { apiRoute } from "@/lib/api/route";
import { getReportOp, toApiReport } from "@/lib/api/v1/reports";
import { getReport } from "@/lib/domain/reports/get-report";

export const GET = apiRoute(getReportOp, async ({ tx, actor, params }) =>
  toApiReport(await getReport(tx, actor, params.id)),
);
