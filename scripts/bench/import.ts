import type pg from "pg";
import type { Actor } from "@/lib/access/actor";
import { contextFor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { applyContext, type Tx } from "@/lib/db/context";
import { importInterventions } from "@/lib/domain/interventions/import-interventions";
import { previewInterventionImport } from "@/lib/domain/interventions/preview-intervention-import";
import type { InterventionImportInput } from "@/lib/domain/interventions/schemas";
import type { Machine } from "./machine";

export type ImportMeasurement = {
  rows: number;
  bytes: number;
  previewMs: number;
  firstImportMs: number;
  created: number;
  reimportMs: number;
  unchanged: number;
};

const CATEGORIES = ["Network", "Backups", "Email", "Printing", "Servers", "Security", "Accounts", "Hardware"];

/**
 * A European PSA export of `rows` interventions (semicolons, decimal commas, day-first dates,
 * thousands separators): three rows in four with a ticket number, the rest without (found
 * again by their import key), all dated in the last 12 months.
 */
export function interventionsCsv(rows: number, now = new Date()): string {
  const lines = ["Ticket Number;Date Worked;Hours Worked;Work Type;Billable Amount;Source;Summary"];
  for (let i = 0; i < rows; i++) {
    const day = new Date(now.getTime() - (1 + (i % 360)) * 86_400_000);
    const date = `${String(day.getUTCDate()).padStart(2, "0")}/${String(day.getUTCMonth() + 1).padStart(2, "0")}/${day.getUTCFullYear()}`;
    const hours = `${1 + (i % 7)},${(i * 25) % 100 === 0 ? "00" : String((i * 25) % 100).padStart(2, "0")}`;
    const amount = i % 3 === 0 ? "" : `1.${String(100 + (i % 900)).padStart(3, "0")},50`;
    const id = i % 4 === 3 ? "" : `BENCH-${i}`;
    const source = i % 2 === 0 ? "RMM alert" : "Phone";
    lines.push(`${id};${date};${hours};${CATEGORIES[i % CATEGORIES.length]};${amount};${source};"Entry ${i}; bench"`);
  }
  return `${lines.join("\n")}\n`;
}

/**
 * The import of issue 17 at scale, timed on the real database as the app runs it (the domain
 * functions in one RLS-scoped transaction as the large tenant's owner): the preview of a
 * 50,000-row file, its first import into a fresh organization of the given tenant, then the same
 * file again (nothing changes). The organization is deleted afterwards (its interventions with it).
 */
export async function benchImport(
  owner: pg.Client,
  d: { tenantId: string; ownerUserId: string },
  rows: number,
): Promise<ImportMeasurement> {
  const user = (
    await owner.query<{ email: string; name: string }>(`SELECT email, name FROM "User" WHERE id = $1`, [d.ownerUserId])
  ).rows[0]!;
  const tenant = (
    await owner.query<{ name: string; slug: string; currency: string }>(
      `SELECT name, slug, currency FROM "Tenant" WHERE id = $1`,
      [d.tenantId],
    )
  ).rows[0]!;
  const orgId = `cbenchimport${Date.now().toString(36)}`.slice(0, 25);
  await owner.query(
    `INSERT INTO "ClientOrganization" (id, "tenantId", name, headcount, sites, "currentModel", "updatedAt")
     VALUES ($1, $2, $3, 40, 1, 'BREAK_FIX', now())`,
    [orgId, d.tenantId, `Bench import ${orgId}`],
  );
  const actor: Actor = {
    userId: d.ownerUserId,
    email: user.email,
    name: user.name,
    role: "OWNER",
    tenantId: d.tenantId,
    tenantName: tenant.name,
    tenantSlug: tenant.slug,
    currency: tenant.currency,
    organizationId: null,
  };
  const csv = interventionsCsv(rows);
  const input: InterventionImportInput = { organizationId: orgId, sourceSystem: "Bench PSA", csv, settings: null };
  const inTx = <T>(fn: (tx: Tx) => Promise<T>) =>
    db().$transaction(
      async (tx) => {
        await applyContext(tx, contextFor(actor));
        return fn(tx);
      },
      { timeout: 600_000, maxWait: 60_000 },
    );
  try {
    let t = performance.now();
    const preview = await inTx((tx) => previewInterventionImport(tx, actor, input, { requestId: "bench-import" }));
    const previewMs = performance.now() - t;
    if (preview.problemCount > 0)
      throw new Error(`the bench file has problems: ${JSON.stringify(preview.problems[0])}`);
    const withSettings = { ...input, settings: preview.settings };
    t = performance.now();
    const first = await inTx((tx) => importInterventions(tx, actor, withSettings, { requestId: "bench-import" }));
    const firstImportMs = performance.now() - t;
    t = performance.now();
    const again = await inTx((tx) => importInterventions(tx, actor, withSettings, { requestId: "bench-import" }));
    const reimportMs = performance.now() - t;
    if (first.outcome !== "imported" || again.outcome !== "imported") throw new Error("the bench import was refused");
    return {
      rows,
      bytes: Buffer.byteLength(csv),
      previewMs,
      firstImportMs,
      created: first.created,
      reimportMs,
      unchanged: again.unchanged,
    };
  } finally {
    await owner.query(`DELETE FROM "ClientOrganization" WHERE id = $1`, [orgId]);
  }
}

/** The import's figures as the docs/performance.md section between its markers. */
export function importSection(m: ImportMeasurement, machine: Machine, where: string): string {
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const perSecond = (ms: number) => Math.round(m.rows / (ms / 1000)).toLocaleString("en-US");
  return [
    `Into a fresh organization of ${where}. Measured ${machine.date} at commit ${machine.commit}: ${machine.cpu}, ${machine.cores} cores, ${machine.ramGiB} GiB, ` +
      `Node ${machine.node}, ${machine.postgres}, load average ${machine.loadAverage} when it started ` +
      `(a shared machine: other people's work shows up in these figures).`,
    "",
    `| step (${m.rows.toLocaleString("en-US")} rows, ${(m.bytes / 1024 / 1024).toFixed(1)} MB) | time | rows/s | result |`,
    "|---|---|---|---|",
    `| preview (read with csv-parse, check every row, count known rows) | ${s(m.previewMs)} | ${perSecond(m.previewMs)} | no problem |`,
    `| first import (read, check, write in chunks of 2,000, audit) | ${s(m.firstImportMs)} | ${perSecond(m.firstImportMs)} | ${m.created.toLocaleString("en-US")} added |`,
    `| same file again | ${s(m.reimportMs)} | ${perSecond(m.reimportMs)} | ${m.unchanged.toLocaleString("en-US")} unchanged |`,
  ].join("\n");
}
