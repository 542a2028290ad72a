import type { ColumnMapping } from "@/lib/import/columns";
import { parseDay, type DateOrder } from "@/lib/import/dates";
import { parseDecimal } from "@/lib/import/decimal";
import { cellOf, type RowProblem, type RowReading } from "@/lib/import/plan";
import type { Locale } from "@/lib/i18n/catalog";
import type { OrganizationImportField } from "@/lib/organizations/import-columns";
import { readLifecycle, readLocale, readModel } from "@/lib/organizations/import-words";
import { organizationNameKey } from "@/lib/organizations/name-key";
import { LIMITS } from "@/lib/validation/limits";
import type { Lifecycle, Model } from "@/lib/vocabulary";

/**
 * One organization as a file row says it. `null` means the file says nothing (no column, or an
 * empty cell): creating, the default or a "required" problem; updating, what Mainstay holds
 * stays (an empty cell never erases anything).
 */
export type ImportedOrganization = {
  name: string;
  /** The name as imports compare it (lib/organizations/name-key.ts). */
  nameKey: string;
  externalId: string | null;
  currentModel: Model | null;
  lifecycleStatus: Lifecycle | null;
  headcount: number | null;
  sites: number | null;
  endpoints: number | null;
  industry: string | null;
  targetModel: Model | null;
  clientSince: string | null;
  /** As written (an e-mail address or a name): matched to a staff member of the tenant later. */
  accountManager: string | null;
  reportLocale: Locale | null;
  notes: string | null;
};

export type OrganizationRowOptions = {
  dateOrder: DateOrder;
  /** The file writes decimals with a comma (decides "1,234"). */
  decimalComma: boolean | null;
  /** Today, "YYYY-MM-DD" (UTC): nothing is dated after it. */
  today: string;
};

type Problem = RowProblem<OrganizationImportField>;

/**
 * Reads one mapped row of an organizations file, or says what is wrong with it (every problem
 * of the row, not just the first). Checks what the row alone can tell; what depends on the
 * tenant's data (new or known, name taken, manager) is checked by the domain.
 */
export function readOrganizationRow(
  cells: readonly string[],
  mapping: ColumnMapping<OrganizationImportField>,
  options: OrganizationRowOptions,
): RowReading<ImportedOrganization, OrganizationImportField> {
  const problems: Problem[] = [];
  const cell = (field: OrganizationImportField) => cellOf(cells, mapping, field);
  /** A problem of this import (`invalidModel`), or one every import shares (`imports.errors.required`). */
  const problem = (field: OrganizationImportField, key: string, params?: Problem["params"]) =>
    problems.push({ field, key: key.includes(".") ? key : `orgs.import.errors.${key}`, ...(params ? { params } : {}) });
  const text = (field: OrganizationImportField, max: number) => {
    const value = cell(field);
    if (value.length > max) problem(field, "imports.errors.tooLong");
    return value || null;
  };
  const whole = (field: OrganizationImportField, min: number, max: number) => {
    const raw = cell(field);
    if (!raw) return null;
    const n = parseDecimal(raw, options.decimalComma);
    if (n === null || !Number.isInteger(n) || n < min || n > max) {
      problem(field, "wholeNumber", { min, max });
      return null;
    }
    return n;
  };
  const word = <C>(field: OrganizationImportField, read: (s: string) => C | null, key: string) => {
    const raw = cell(field);
    if (!raw) return null;
    const value = read(raw);
    if (value === null) problem(field, key);
    return value;
  };

  const name = cell("name").replace(/\s+/g, " ");
  if (!name) problem("name", "imports.errors.required");
  else if (name.length > LIMITS.organizationName) problem("name", "imports.errors.tooLong");
  const externalId = text("externalId", LIMITS.externalId);
  const currentModel = word("currentModel", readModel, "invalidModel");
  const lifecycleStatus = word("lifecycleStatus", readLifecycle, "invalidLifecycle");
  const headcount = whole("headcount", 1, 100_000);
  const sites = whole("sites", 1, 10_000);
  const endpoints = whole("endpoints", 0, 1_000_000);
  const industry = text("industry", LIMITS.industry);
  const targetModel = word("targetModel", readModel, "invalidModel");
  const sinceText = cell("clientSince");
  const clientSince = sinceText ? parseDay(sinceText, options.dateOrder) : null;
  if (sinceText && !clientSince) problem("clientSince", "imports.errors.invalidDate");
  else if (clientSince && clientSince > options.today) problem("clientSince", "imports.errors.inFuture");
  else if (clientSince && clientSince < "1950-01-01") problem("clientSince", "clientSinceTooOld");
  const accountManager = text("accountManager", 320);
  const reportLocale = word("reportLocale", readLocale, "invalidLocale");
  const notes = text("notes", LIMITS.longText);

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    value: {
      name,
      nameKey: organizationNameKey(name),
      externalId,
      currentModel,
      lifecycleStatus,
      headcount,
      sites,
      endpoints,
      industry,
      targetModel,
      clientSince,
      accountManager,
      reportLocale,
      notes,
    },
  };
}
