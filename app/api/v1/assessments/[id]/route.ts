import { apiRoute } from "@/lib/api/route";
import { getAssessmentOp, toApiAssessmentSummary } from "@/lib/api/v1/assessments";
import { getAssessmentById } from "@/lib/domain/assessments/get-assessment-by-id";

export const GET = apiRoute(getAssessmentOp, async ({ tx, actor, params }) => {
  const a = await getAssessmentById(tx, actor, params.id);
  return {
    ...toApiAssessmentSummary({
      id: a.id,
      organizationId: a.organizationId,
      status: a.status,
      recommendation: a.recommendation,
      confidence: a.confidence,
      costGap: a.costGap,
      engineVersion: a.engineVersion,
      finalizedAt: a.finalizedAt,
      version: a.version,
      createdAt: a.createdAt,
      updatedAt: a.updatedAt,
    }),
    answers: JSON.parse(JSON.stringify(a.fields)) as Record<string, unknown>,
    result: a.result ? (JSON.parse(JSON.stringify(a.result)) as Record<string, unknown>) : null,
  };
});
