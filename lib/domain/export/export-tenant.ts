import { strToU8, Zip, ZipDeflate } from "fflate";
import { INPUT_FIELD_NAMES } from "@/lib/engine";
import type { Actor } from "@/lib/access/actor";
import { audit, auditWho } from "@/lib/audit";
import type { Tx } from "@/lib/db/context";
import { toCsv } from "@/lib/domain/export/csv";

const BATCH = 2_000;

/** Reads a tenant table in id order, BATCH rows at a time (bounded memory, index-friendly). */
async function* batches<T extends { id: string }>(read: (cursor: string | null) => Promise<T[]>): AsyncGenerator<T[]> {
  let cursor: string | null = null;
  for (;;) {
    const rows = await read(cursor);
    if (rows.length === 0) return;
    yield rows;
    cursor = rows[rows.length - 1]!.id;
    if (rows.length < BATCH) return;
  }
}

type Dataset = {
  name: string;
  columns: string[];
  read: (tx: Tx, tenantId: string, cursor: string | null) => Promise<Record<string, unknown>[]>;
};

/** Keyset paging within the tenant: served by the (tenantId, id) primary key or unique index. */
const page = (tenantId: string, cursor: string | null) => ({
  where: { tenantId, ...(cursor ? { id: { gt: cursor } } : {}) },
  take: BATCH,
  orderBy: { id: "asc" as const },
});

const DATASETS: Dataset[] = [
  {
    name: "organizations",
    columns: [
      "id",
      "name",
      "industry",
      "headcount",
      "sites",
      "endpoints",
      "currentModel",
      "targetModel",
      "lifecycleStatus",
      "accountManagerId",
      "notes",
      "createdAt",
      "updatedAt",
    ],
    read: (tx, tenantId, cursor) => tx.clientOrganization.findMany(page(tenantId, cursor)),
  },
  {
    name: "scoping-calls",
    columns: [
      "id",
      "organizationId",
      "occurredAt",
      "attendees",
      "summary",
      "needs",
      "nextSteps",
      "followUpDate",
      "followUpDone",
      "authorId",
      "createdAt",
      "updatedAt",
    ],
    read: (tx, tenantId, cursor) => tx.scopingCall.findMany(page(tenantId, cursor)),
  },
  {
    name: "assessments",
    columns: [
      "id",
      "organizationId",
      "status",
      ...INPUT_FIELD_NAMES,
      "economics",
      "recommendation",
      "confidence",
      "costGap",
      "engineVersion",
      "finalizedAt",
      "authorId",
      "result",
      "createdAt",
      "updatedAt",
    ],
    read: (tx, tenantId, cursor) => tx.assessment.findMany(page(tenantId, cursor)),
  },
  {
    name: "model-changes",
    columns: [
      "id",
      "organizationId",
      "fromModel",
      "toModel",
      "effectiveDate",
      "reason",
      "reasonCode",
      "assessmentId",
      "recordedById",
      "createdAt",
      "updatedAt",
    ],
    read: (tx, tenantId, cursor) => tx.serviceModelChange.findMany(page(tenantId, cursor)),
  },
  {
    name: "reports",
    columns: [
      "id",
      "organizationId",
      "period",
      "status",
      "metrics",
      "narrative",
      "recommendations",
      "roadmap",
      "budget",
      "version",
      "authorId",
      "publishedAt",
      "publishedById",
      "withdrawnAt",
      "withdrawnReason",
      "createdAt",
      "updatedAt",
    ],
    read: (tx, tenantId, cursor) => tx.steeringReport.findMany(page(tenantId, cursor)),
  },
  {
    name: "report-acknowledgements",
    columns: ["id", "reportId", "userId", "acknowledgedAt"],
    read: (tx, tenantId, cursor) => tx.reportAcknowledgement.findMany(page(tenantId, cursor)),
  },
  {
    name: "report-comments",
    columns: ["id", "reportId", "authorId", "body", "createdAt"],
    read: (tx, tenantId, cursor) => tx.reportComment.findMany(page(tenantId, cursor)),
  },
];

/**
 * The owner's export of everything their tenant owns, as a ZIP with one JSON and
 * one CSV file per dataset plus a manifest. Every read carries the tenant; the
 * export is audited. Rows are read and compressed in batches.
 */
export async function exportTenant(
  tx: Tx,
  actor: Actor,
  requestId: string,
): Promise<{ zip: Uint8Array; filename: string; counts: Record<string, number> }> {
  const tenantId = actor.tenantId!;
  const tenant = await tx.tenant.findFirstOrThrow({ where: { id: tenantId }, select: { name: true, slug: true } });
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  const counts: Record<string, number> = {};
  for (const dataset of DATASETS) {
    const json = new ZipDeflate(`${dataset.name}.json`, { level: 6 });
    const csv = new ZipDeflate(`${dataset.name}.csv`, { level: 6 });
    zip.add(json);
    zip.add(csv);
    json.push(strToU8("["));
    csv.push(strToU8(toCsv(dataset.columns, []).trimEnd() + "\r\n"));
    let n = 0;
    for await (const rows of batches((cursor) => dataset.read(tx, tenantId, cursor) as Promise<{ id: string }[]>)) {
      const slim = rows.map((r) =>
        Object.fromEntries(dataset.columns.map((c) => [c, (r as Record<string, unknown>)[c] ?? null])),
      );
      json.push(strToU8(slim.map((r, i) => `${n + i === 0 ? "" : ","}\n${JSON.stringify(r)}`).join("")));
      csv.push(strToU8(toCsv(dataset.columns, slim).split("\r\n").slice(1).join("\r\n")));
      n += rows.length;
    }
    json.push(strToU8("\n]\n"), true);
    csv.push(new Uint8Array(0), true);
    counts[dataset.name] = n;
  }
  const exportedAt = new Date().toISOString();
  const manifest = new ZipDeflate("manifest.json", { level: 6 });
  zip.add(manifest);
  manifest.push(
    strToU8(
      JSON.stringify(
        { tenant: { id: tenantId, name: tenant.name, slug: tenant.slug }, exportedAt, exportedBy: actor.email, counts },
        null,
        2,
      ),
    ),
    true,
  );
  zip.end();
  await audit(tx, auditWho(actor, requestId), {
    action: "export.tenant",
    targetType: "Tenant",
    targetId: tenantId,
    metadata: { counts },
  });
  const size = chunks.reduce((s, c) => s + c.length, 0);
  const out = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return { zip: out, filename: `mainstay-${tenant.slug}-${exportedAt.slice(0, 10)}.zip`, counts };
}
