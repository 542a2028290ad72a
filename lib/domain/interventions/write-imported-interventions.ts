import type { Tx } from "@/lib/db/context";
import { Prisma } from "@/lib/generated/prisma/client";
import { interventionAmount } from "@/lib/interventions/amount";
import type { PlannedIntervention } from "@/lib/interventions/import-plan";
import { createIdFactory } from "@/lib/seed/large/ids";

/** Rows per INSERT … ON CONFLICT statement (one round trip each). */
export const IMPORT_CHUNK = 2_000;

/**
 * Writes imported rows in chunks, one `INSERT … SELECT FROM unnest(…) ON CONFLICT DO UPDATE`
 * per chunk: a row is found again by (tenant, source system, external id), or, without an
 * external id, by (tenant, organization, import key). A found row is updated only where the
 * file says something else (its version goes up); an identical one is left as it is, so
 * importing the same file twice changes nothing. A found row of another organization is never
 * touched (the reader refuses those rows first). Returns how many rows were added and updated.
 */
export async function writeImportedInterventions(
  tx: Tx,
  target: { tenantId: string; organizationId: string; sourceSystem: string; userId: string },
  rows: readonly PlannedIntervention[],
  tenantHourlyRate: number | null,
): Promise<{ created: number; updated: number }> {
  const nextId = createIdFactory();
  let created = 0;
  let updated = 0;
  for (const [withExternalId, group] of [
    [true, rows.filter((r) => r.externalId !== null)],
    [false, rows.filter((r) => r.externalId === null)],
  ] as const) {
    for (let i = 0; i < group.length; i += IMPORT_CHUNK) {
      const chunk = group.slice(i, i + IMPORT_CHUNK);
      const amounts = chunk.map((r) =>
        interventionAmount({ hours: r.hours, amountBilled: r.amountBilled, tenantHourlyRate }),
      );
      const cols = {
        id: chunk.map(() => nextId()),
        occurredOn: chunk.map((r) => r.occurredOn),
        kind: chunk.map((r) => r.kind),
        hours: chunk.map((r) => r.hours),
        amount: amounts.map((a) => a.amount),
        amountSource: amounts.map((a) => a.amountSource),
        hourlyRate: amounts.map((a) => a.hourlyRate),
        category: chunk.map((r) => r.category),
        detection: chunk.map((r) => r.detection),
        peopleAffected: chunk.map((r) => r.peopleAffected),
        recurringCause: chunk.map((r) => r.recurringCause),
        externalId: chunk.map((r) => r.externalId),
        importKey: chunk.map((r) => r.importKey),
        note: chunk.map((r) => r.note),
      };
      const insert = Prisma.sql`
        INSERT INTO "Intervention" AS i ("id", "tenantId", "organizationId", "occurredOn", "kind", "hours", "amount",
          "amountSource", "hourlyRate", "category", "detection", "peopleAffected", "recurringCause", "sourceSystem",
          "externalId", "importKey", "note", "createdById", "updatedAt")
        SELECT u.id, ${target.tenantId}, ${target.organizationId}, u.d, u.k::"InterventionKind", u.h, u.a,
          u.s::"InterventionAmountSource", u.r, u.c, u.det::"InterventionDetection", u.p, u.rc, ${target.sourceSystem},
          u.ext, u.ik, u.n, ${target.userId}, now()
        FROM unnest(${cols.id}::text[], ${cols.occurredOn}::date[], ${cols.kind}::text[], ${cols.hours}::float8[],
          ${cols.amount}::float8[], ${cols.amountSource}::text[], ${cols.hourlyRate}::float8[], ${cols.category}::text[],
          ${cols.detection}::text[], ${cols.peopleAffected}::int[], ${cols.recurringCause}::bool[],
          ${cols.externalId}::text[], ${cols.importKey}::text[], ${cols.note}::text[])
          AS u(id, d, k, h, a, s, r, c, det, p, rc, ext, ik, n)`;
      // Found by external id: everything the file says may change. Found by import key (the
      // row's own content): only what the tenant's rate or the source system changes.
      const onConflict = withExternalId
        ? Prisma.sql`
            ON CONFLICT ("tenantId", "sourceSystem", "externalId") DO UPDATE SET
              "occurredOn" = EXCLUDED."occurredOn", "kind" = EXCLUDED."kind", "hours" = EXCLUDED."hours",
              "amount" = EXCLUDED."amount", "amountSource" = EXCLUDED."amountSource", "hourlyRate" = EXCLUDED."hourlyRate",
              "category" = EXCLUDED."category", "detection" = EXCLUDED."detection",
              "peopleAffected" = EXCLUDED."peopleAffected", "recurringCause" = EXCLUDED."recurringCause",
              "note" = EXCLUDED."note", "version" = i."version" + 1, "updatedAt" = now()
            WHERE i."organizationId" = EXCLUDED."organizationId"
              AND (i."occurredOn", i."kind", i."hours", i."amount", i."amountSource", i."hourlyRate", i."category",
                i."detection", i."peopleAffected", i."recurringCause", i."note")
              IS DISTINCT FROM (EXCLUDED."occurredOn", EXCLUDED."kind", EXCLUDED."hours", EXCLUDED."amount",
                EXCLUDED."amountSource", EXCLUDED."hourlyRate", EXCLUDED."category", EXCLUDED."detection",
                EXCLUDED."peopleAffected", EXCLUDED."recurringCause", EXCLUDED."note")`
        : Prisma.sql`
            ON CONFLICT ("tenantId", "organizationId", "importKey") DO UPDATE SET
              "amount" = EXCLUDED."amount", "amountSource" = EXCLUDED."amountSource", "hourlyRate" = EXCLUDED."hourlyRate",
              "sourceSystem" = EXCLUDED."sourceSystem", "version" = i."version" + 1, "updatedAt" = now()
            WHERE (i."amount", i."amountSource", i."hourlyRate", i."sourceSystem")
              IS DISTINCT FROM (EXCLUDED."amount", EXCLUDED."amountSource", EXCLUDED."hourlyRate", EXCLUDED."sourceSystem")`;
      const result = await tx.$queryRaw<
        { inserted: boolean }[]
      >`${insert} ${onConflict} RETURNING (xmax = 0) AS inserted`;
      for (const r of result) {
        if (r.inserted) created++;
        else updated++;
      }
    }
  }
  return { created, updated };
}
