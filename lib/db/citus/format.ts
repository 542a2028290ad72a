import { fixMigration, type CitusReport } from "@/lib/db/citus/check";
import { DISTRIBUTION_COLUMN } from "@/lib/db/citus/layout";

/** The report as the terminal reads it (npm run db:citus-check). */
export function formatCitusReport(report: CitusReport, source: string): string {
  const out: string[] = [];
  const by = (p: string) => report.placements.filter((t) => t.placement === p).map((t) => t.table);
  const local = by("local");
  const localSchemas = new Map<string, number>();
  for (const t of local.filter((n) => n.includes("."))) {
    const schema = t.split(".")[0]!;
    localSchemas.set(schema, (localSchemas.get(schema) ?? 0) + 1);
  }
  out.push(`Citus readiness, distribution column "${DISTRIBUTION_COLUMN}" — ${source}`);
  out.push("");
  out.push(`Distributed, co-located (${by("distributed").length}): ${by("distributed").join(", ")}`);
  out.push(`Reference (${by("reference").length}): ${by("reference").join(", ")}`);
  out.push(
    `Local to the coordinator (${local.length}): ${[
      ...local.filter((n) => !n.includes(".")),
      ...[...localSchemas].map(([s, n]) => `schema ${s} (${n} tables)`),
    ].join(", ")}`,
  );
  if (by("unplaced").length) out.push(`NOT PLACED (${by("unplaced").length}): ${by("unplaced").join(", ")}`);
  if (report.stale.length) out.push(`In lib/db/citus/layout.ts but not in the database: ${report.stale.join(", ")}`);
  out.push("");

  out.push(`Must change before distributing (${report.findings.length}):`);
  report.findings.forEach((f, i) => {
    out.push(
      `${String(i + 1).padStart(3)}. ${f.table} — ${f.kind} ${f.name}${f.columns.length ? ` (${f.columns.join(", ")})` : ""}`,
    );
    out.push(`     why: ${f.problem}`);
    for (const sql of [...f.drop, ...f.add]) out.push(`     fix: ${sql};`);
    if (!f.drop.length && !f.add.length) out.push(`     fix: by hand (below)`);
    if (f.prisma) out.push(`     schema.prisma: ${f.prisma}`);
    if (f.note) out.push(`     also: ${f.note}`);
  });
  out.push("");

  const shown = [...report.allowed]
    .sort((x, y) => x.table.localeCompare(y.table))
    .filter((a) => !localSchemas.has(a.table.split(".")[0]!) || !a.table.includes("."));
  const hidden = report.allowed.length - shown.length;
  out.push(`Without ${DISTRIBUTION_COLUMN} but allowed by the layout (${report.allowed.length}):`);
  for (const a of shown) out.push(`     ${a.table} — ${a.kind} ${a.name} (${a.columns.join(", ")}): ${a.why}`);
  if (hidden) out.push(`     … and ${hidden} keys inside ${[...localSchemas.keys()].join(", ")} (local tables)`);
  out.push("");

  const sql = fixMigration(report.findings);
  out.push(`The fixes as one migration (${sql.length} statements; drops first, then keys, then foreign keys):`);
  for (const s of sql) out.push(`  ${s};`);
  return out.join("\n");
}
