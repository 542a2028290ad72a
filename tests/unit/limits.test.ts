import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { translateFieldErrors } from "@/lib/access/failure";
import { createApiTokenSchema } from "@/lib/domain/api-tokens/schemas";
import { createCallSchema } from "@/lib/domain/calls/schemas";
import { acceptInvitationSchema } from "@/lib/domain/invitations/schemas";
import { createInterventionSchema } from "@/lib/domain/interventions/schemas";
import { createOrganizationSchema } from "@/lib/domain/organizations/schemas";
import { updateNameSchema } from "@/lib/domain/profile/schemas";
import { commentOnReportSchema, saveReportSchema } from "@/lib/domain/reports/schemas";
import { createTenantSchema } from "@/lib/domain/tenants/schemas";
import { createWebhookEndpointSchema } from "@/lib/domain/webhooks/schemas";
import { translator } from "@/lib/i18n/translate";
import { reportContentSchema } from "@/lib/reports/content";
import { fieldErrorsFrom } from "@/lib/validation/issues";

/**
 * Names and titles have a maximum length (issue 16, item 8), declared once in
 * lib/validation/limits.ts. The expected maxima are written here by hand: the longest value
 * allowed passes that field, one character more is "Must be at most N characters." next to it.
 */
const t = translator();
function errorAt(schema: z.ZodType, input: Record<string, unknown>, path: string): string | undefined {
  const parsed = schema.safeParse(input, { reportInput: true });
  if (parsed.success) return undefined;
  return translateFieldErrors(t, fieldErrorsFrom(parsed.error))[path];
}
/** Puts `value` at a dotted path of a copy of `base`. */
function at(base: Record<string, unknown>, path: string, value: string): Record<string, unknown> {
  const out = structuredClone(base);
  const keys = path.split(".");
  let node: Record<string, unknown> = out;
  keys.slice(0, -1).forEach((k) => (node = (node[k] ??= {}) as Record<string, unknown>));
  node[keys.at(-1)!] = value;
  return out;
}

const report = {
  recommendations: [{ title: "t", priority: "high" }],
  roadmap: [{ title: "t", status: "planned", targetQuarter: "2026-Q1" }],
  budget: [{ label: "l", kind: "run", amount: "1" }],
};
const CASES: [name: string, schema: z.ZodType, base: Record<string, unknown>, path: string, max: number][] = [
  ["organization name", createOrganizationSchema, {}, "name", 120],
  ["organization industry", createOrganizationSchema, {}, "industry", 80],
  ["person name (profile)", updateNameSchema, {}, "name", 120],
  ["person name (invitation)", acceptInvitationSchema, { mode: "new" }, "name", 120],
  ["tenant name", createTenantSchema, {}, "name", 120],
  ["call attendees", createCallSchema, {}, "attendees", 300],
  ["webhook description", createWebhookEndpointSchema, {}, "description", 200],
  ["API token name", createApiTokenSchema, {}, "name", 80],
  ["intervention source", createInterventionSchema, {}, "sourceSystem", 60],
  ["recommendation title", saveReportSchema, report, "recommendations.0.title", 200],
  ["roadmap title", saveReportSchema, report, "roadmap.0.title", 200],
  ["budget label", saveReportSchema, report, "budget.0.label", 200],
  ["budget note", saveReportSchema, report, "budget.0.note", 500],
  ["figure source", saveReportSchema, {}, "metrics.incidentsOpened.source", 120],
  ["comment", commentOnReportSchema, {}, "body", 2_000],
];

describe("maximum lengths of names and titles", () => {
  it.each(CASES.map(([name, schema, base, path, max]) => ({ name, schema, base, path, max })))(
    "$name: at most the limit, with the error next to the field",
    ({ schema, base, path, max }) => {
      // Array rows arrive as objects keyed "0", "1"… from forms; write into the array's first row.
      const input = at(base, path, "x".repeat(max));
      expect(errorAt(schema, input, path)).toBeUndefined();
      expect(errorAt(schema, at(base, path, "x".repeat(max + 1)), path)).toBe(
        `Must be at most ${max.toLocaleString("en-US")} characters.`,
      );
    },
  );

  it("stored report content takes what the editor accepts and no more", () => {
    const content = (title: string) => ({
      metrics: {},
      narrative: { highlights: null, risks: null, decisionsNeeded: null },
      recommendations: [{ title, detail: null, priority: "high" }],
      roadmap: [],
      budget: [],
    });
    expect(reportContentSchema.safeParse(content("x".repeat(200))).success).toBe(true);
    expect(reportContentSchema.safeParse(content("x".repeat(201))).success).toBe(false);
  });
});
