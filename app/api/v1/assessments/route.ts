import { apiRoute } from "@/lib/api/route";
import { pageFrom } from "@/lib/api/pagination";
import { afterId } from "@/lib/api/v1/cursor-id";
import { listAssessmentsOp, toApiAssessmentSummary } from "@/lib/api/v1/assessments";
import { listAssessmentsAfter } from "@/lib/domain/assessments/list-assessments-after";

export const GET = apiRoute(listAssessmentsOp, async ({ tx, actor, query }) => {
  const rows = await listAssessmentsAfter(tx, actor, { ...query, after: afterId(query.cursor) });
  const page = pageFrom(rows, query.limit, (r) => [r.id]);
  return { data: page.data.map(toApiAssessmentSummary), nextCursor: page.nextCursor };
});
