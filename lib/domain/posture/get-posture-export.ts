import type { Actor } from "@/lib/access/actor";
import type { Tx } from "@/lib/db/context";
import { staffTenant } from "@/lib/domain/scope";
import { readAnswers, type StoredAnswer } from "@/lib/domain/posture/read-answers";
import { notFound, refuse } from "@/lib/errors";
import { catalogFor, type PostureCatalog } from "@/lib/posture/catalog";
import type { PostureResult } from "@/lib/posture/score";
import { readPostureResult } from "@/lib/posture/stored-result";

export type PostureExport = {
  assessment: { id: string; version: number; finalizedAt: Date; result: PostureResult };
  organization: { id: string; name: string };
  msp: { id: string; name: string };
  catalog: PostureCatalog;
  answers: StoredAnswer[];
};

/**
 * Everything an export of a finalized posture assessment needs (OSCAL assessment results, CSV),
 * scoped to the caller's tenant. A draft has no result to export: CONFLICT, said in words.
 */
export async function getPostureExport(tx: Tx, actor: Actor, id: string): Promise<PostureExport> {
  const tenantId = staffTenant(actor);
  const row = await tx.postureAssessment.findFirst({
    where: { tenantId, id },
    select: {
      id: true,
      status: true,
      version: true,
      finalizedAt: true,
      catalogVersion: true,
      result: true,
      organization: { select: { id: true, name: true } },
      tenant: { select: { id: true, name: true } },
    },
  });
  if (!row) throw notFound();
  const result = readPostureResult(row.result);
  const catalog = catalogFor(row.catalogVersion);
  if (row.status !== "FINAL" || !row.finalizedAt || !result || !catalog)
    throw refuse("CONFLICT", "posture.errors.notFinal");
  const answers = (await readAnswers(tx, tenantId, [row.id])).get(row.id) ?? [];
  return {
    assessment: { id: row.id, version: row.version, finalizedAt: row.finalizedAt, result },
    organization: row.organization,
    msp: row.tenant,
    catalog,
    answers,
  };
}
