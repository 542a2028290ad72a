import { strToU8, Zip, ZipDeflate } from "fflate";
import type { Actor } from "@/lib/access/actor";
import { audit, auditWho } from "@/lib/audit";
import type { Tx } from "@/lib/db/context";
import { toCsv } from "@/lib/domain/export/csv";
import { BATCH, DATASETS, MODEL_COLUMNS } from "@/lib/domain/export/datasets";

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
    const columns = MODEL_COLUMNS[dataset.model];
    const json = new ZipDeflate(`${dataset.name}.json`, { level: 6 });
    const csv = new ZipDeflate(`${dataset.name}.csv`, { level: 6 });
    zip.add(json);
    zip.add(csv);
    json.push(strToU8("["));
    csv.push(strToU8(toCsv(columns, []).trimEnd() + "\r\n"));
    let n = 0;
    for await (const rows of batches((cursor) => dataset.read(tx, tenantId, cursor) as Promise<{ id: string }[]>)) {
      const slim = rows.map((r) =>
        Object.fromEntries(columns.map((c) => [c, (r as Record<string, unknown>)[c] ?? null])),
      );
      json.push(strToU8(slim.map((r, i) => `${n + i === 0 ? "" : ","}\n${JSON.stringify(r)}`).join("")));
      csv.push(strToU8(toCsv(columns, slim).split("\r\n").slice(1).join("\r\n")));
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
