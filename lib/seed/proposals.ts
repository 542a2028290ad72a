import type { Prisma } from "@/lib/generated/prisma/client";
import { readStoredResult } from "@/lib/domain/assessments/stored-result";
import { buildProposalSnapshot } from "@/lib/proposals/snapshot";
import type { OwnerDb } from "@/lib/seed/factories";
import { contentSha256 } from "@/lib/signatures/content-hash";

/**
 * A proposal of a final assessment written straight through the owner connection (seed and test
 * factory), its snapshot and hash made by the app's own code (lib/proposals/snapshot.ts), as
 * share-proposal.ts stores them; with an optional decision (as decide-proposal.ts signs one).
 */
export async function createProposal(
  db: OwnerDb,
  data: {
    tenantId: string;
    assessmentId: string;
    sharedById: string;
    sharedAt?: Date;
    message?: string | null;
    currency?: string;
    decision?: { decision: "APPROVED" | "DECLINED"; decidedById: string; signatureName: string; decidedAt?: Date };
  },
) {
  const assessment = await db.assessment.findUniqueOrThrow({
    where: { tenantId_id: { tenantId: data.tenantId, id: data.assessmentId } },
    select: {
      organizationId: true,
      result: true,
      finalizedAt: true,
      organization: { select: { currentModel: true, lifecycleStatus: true } },
    },
  });
  const result = readStoredResult(assessment.result);
  if (!result || !assessment.finalizedAt) throw new Error("createProposal: the assessment is not final");
  const snapshot = buildProposalSnapshot(result, {
    currentModel: assessment.organization.lifecycleStatus === "ACTIVE" ? assessment.organization.currentModel : null,
    finalizedAt: assessment.finalizedAt,
    currency: data.currency ?? "EUR",
    history: null,
  });
  const snapshotSha256 = contentSha256(snapshot);
  const sharedAt = data.sharedAt ?? new Date();
  const proposal = await db.proposal.create({
    data: {
      tenantId: data.tenantId,
      organizationId: assessment.organizationId,
      assessmentId: data.assessmentId,
      status: data.decision?.decision ?? "SHARED",
      snapshot: snapshot as unknown as Prisma.InputJsonValue,
      snapshotSha256,
      message: data.message ?? null,
      sharedById: data.sharedById,
      sharedAt,
    },
  });
  if (data.decision) {
    await db.proposalDecision.create({
      data: {
        tenantId: data.tenantId,
        proposalId: proposal.id,
        decision: data.decision.decision,
        signatureName: data.decision.signatureName,
        snapshotSha256,
        decidedById: data.decision.decidedById,
        decidedAt: data.decision.decidedAt ?? new Date(sharedAt.getTime() + 3_600_000),
      },
    });
  }
  return proposal;
}
