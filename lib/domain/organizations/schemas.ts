import { z } from "zod";
import {
  expectedVersion,
  id,
  idempotencyKey,
  optionalIsoDate,
  optionalLongText,
  optionalText,
  text,
} from "@/lib/validation/fields";
import { optionalWholeNumber, wholeNumber } from "@/lib/domain/organizations/numbers";
import { LOCALES } from "@/lib/i18n/catalog";
import { LIFECYCLES, MODELS, NEW_LIFECYCLES } from "@/lib/vocabulary";
import { LIMITS } from "@/lib/validation/limits";
import { csvText, importSettingsSchema } from "@/lib/import/schemas";
import { ORGANIZATION_IMPORT_FIELDS } from "@/lib/organizations/import-columns";

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/** A required choice from a <select>: "" is "not chosen" (required), anything else must be an option. */
export const choice = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(blankToUndefined, z.enum(values));
/** An optional choice: "" becomes null. */
export const optionalChoice = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((v) => blankToUndefined(v) ?? null, z.enum(values).nullable());

/** Fields an account manager edits at any time (the organization's facts). */
const facts = {
  name: text(LIMITS.organizationName),
  industry: optionalText(LIMITS.industry),
  headcount: wholeNumber(1, 100_000),
  sites: wholeNumber(1, 10_000),
  endpoints: optionalWholeNumber(0, 1_000_000),
  targetModel: optionalChoice(MODELS),
  accountManagerId: z.preprocess((v) => blankToUndefined(v) ?? null, id().nullable()),
  notes: optionalLongText(LIMITS.longText),
  /** The language of its steering reports; "" (null): each reader's own language. */
  reportLocale: optionalChoice(LOCALES),
};

/**
 * Creating: the facts, how the organization buys IT today, and whether it is already a client.
 * An existing client gets its first journey step (fromModel null) dated `clientSince`.
 */
export const createOrganizationSchema = z
  .object({
    ...facts,
    currentModel: choice(MODELS),
    lifecycleStatus: choice(NEW_LIFECYCLES),
    clientSince: optionalIsoDate(),
    idempotencyKey: idempotencyKey(),
  })
  .strict();
export type CreateOrganizationInput = z.output<typeof createOrganizationSchema>;

/** Editing: the facts only. The model and lifecycle move through recorded transitions (the journey). */
export const updateOrganizationSchema = z.object({ id: id(), expectedVersion: expectedVersion(), ...facts }).strict();
export type UpdateOrganizationInput = z.output<typeof updateOrganizationSchema>;

export const ORG_SORTS = ["name", "updated", "headcount", "model", "status"] as const;
export type OrgSort = (typeof ORG_SORTS)[number];
export const ORG_PAGE_SIZE = 20;

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
/** Each parameter falls back on its own: a bad one is ignored, the others still apply. */
const param = <T extends z.ZodType>(schema: T) => z.preprocess(first, schema);

/** The organization list's URL search parameters. Never throws: anything invalid falls back to the default. */
export const orgListQuerySchema = z.object({
  q: param(z.string().trim().max(100).optional()).catch(undefined),
  model: param(z.enum(MODELS).optional()).catch(undefined),
  status: param(z.enum(LIFECYCLES).optional()).catch(undefined),
  manager: param(z.union([z.literal("none"), id()]).optional()).catch(undefined),
  sort: param(z.enum(ORG_SORTS).optional()).catch(undefined),
  dir: param(z.enum(["asc", "desc"]).optional()).catch(undefined),
  page: param(z.coerce.number().int().min(1).max(100_000).optional()).catch(undefined),
});
export type OrgListQuery = {
  q: string;
  model: (typeof MODELS)[number] | null;
  status: (typeof LIFECYCLES)[number] | null;
  manager: string | null;
  sort: OrgSort;
  dir: "asc" | "desc";
  page: number;
};

/** Parses `searchParams` (or anything) into a complete, safe list query. */
export function parseOrgListQuery(raw: unknown): OrgListQuery {
  const parsed = orgListQuerySchema.safeParse(typeof raw === "object" && raw !== null ? raw : {});
  const p = parsed.success ? parsed.data : {};
  const sort = p.sort ?? "name";
  return {
    q: p.q ?? "",
    model: p.model ?? null,
    status: p.status ?? null,
    manager: p.manager ?? null,
    sort,
    dir: p.dir ?? (sort === "updated" ? "desc" : "asc"),
    page: p.page ?? 1,
  };
}

/**
 * One CSV file of organizations for the caller's tenant: the preview reads it (settings null:
 * suggested from the file), the import writes it with the settings the user confirmed. The
 * source system names where its external ids come from (unique per source within the tenant).
 */
export const organizationImportSchema = z
  .object({
    sourceSystem: text(LIMITS.interventionSource),
    csv: csvText(),
    settings: importSettingsSchema(ORGANIZATION_IMPORT_FIELDS).nullable(),
  })
  .strict();
export type OrganizationImportInput = z.output<typeof organizationImportSchema>;
