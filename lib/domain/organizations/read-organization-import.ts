import type { Tx } from "@/lib/db/context";
import type { OrganizationImportInput } from "@/lib/domain/organizations/schemas";
import { isoDay, todayUtc } from "@/lib/domain/organizations/today";
import type { Locale } from "@/lib/i18n/catalog";
import { columnOf } from "@/lib/import/plan";
import { readImportTable, readWithSettings, type ImportReading } from "@/lib/import/reading";
import { ORGANIZATION_IMPORT_FIELDS, type OrganizationImportField } from "@/lib/organizations/import-columns";
import {
  planOrganizationImport,
  suggestOrganizationSettings,
  type OrganizationImportProblem,
  type PlannedOrganization,
} from "@/lib/organizations/import-plan";
import { organizationNameKey } from "@/lib/organizations/name-key";
import { STAFF_ROLES, type Lifecycle, type Model } from "@/lib/vocabulary";

/** An organization's facts as an import reads and writes them. */
type Facts = {
  name: string;
  industry: string | null;
  headcount: number;
  sites: number;
  endpoints: number | null;
  currentModel: Model;
  targetModel: Model | null;
  lifecycleStatus: Lifecycle;
  accountManagerId: string | null;
  notes: string | null;
  reportLocale: Locale | null;
  sourceSystem: string | null;
  externalId: string | null;
};

/** What an import changes of an organization it finds (only what the file says differently). */
export type OrganizationChanges = Partial<Omit<Facts, "currentModel" | "lifecycleStatus">>;

/** What importing one row does. */
export type OrganizationOperation =
  | { kind: "create"; row: number; data: Facts; clientSince: string | null }
  | { kind: "update"; row: number; id: string; version: number; changes: OrganizationChanges }
  | { kind: "unchanged"; row: number; id: string };

export type OrganizationImportReading = ImportReading<OrganizationImportField, PlannedOrganization> & {
  operations: OrganizationOperation[];
};

type Known = Facts & {
  id: string;
  version: number;
  accountManager: { user: { name: string; email: string } } | null;
};

const namesUser = (text: string, user: { name: string; email: string }) =>
  text.toLowerCase() === user.email.toLowerCase() || organizationNameKey(text) === organizationNameKey(user.name);

/**
 * Reads an organizations file for the caller's tenant and decides, row by row, what importing it
 * does. A row finds its organization by (source system, external id) when it has an external id,
 * else by its name as imports compare it (case, spaces; lib/organizations/name-key.ts); a row
 * with an external id whose name matches an organization not yet linked links it. Found: the
 * facts the file says differently are updated (an empty cell erases nothing); its service model
 * and lifecycle must agree (they change through recorded moves on the organization's page).
 * Not found: created, which needs a service model, a lifecycle (prospect or active) and its
 * people. The account manager is matched to a current staff member by e-mail or name. Two
 * queries (the tenant's organizations, its staff); writes nothing.
 */
export async function readOrganizationImport(
  tx: Tx,
  tenantId: string,
  input: OrganizationImportInput,
  now: Date = new Date(),
): Promise<OrganizationImportReading> {
  const table = await readImportTable(input.csv);
  const reading = readWithSettings({
    fields: ORGANIZATION_IMPORT_FIELDS,
    table,
    given: input.settings,
    suggest: suggestOrganizationSettings,
    plan: (settings) => planOrganizationImport(table, settings, { today: isoDay(todayUtc(now)) }),
  });
  if (reading.rows.length === 0) return { ...reading, operations: [] };
  const [known, staff] = await Promise.all([
    tx.clientOrganization.findMany({
      where: { tenantId },
      select: {
        id: true,
        name: true,
        industry: true,
        headcount: true,
        sites: true,
        endpoints: true,
        currentModel: true,
        targetModel: true,
        lifecycleStatus: true,
        accountManagerId: true,
        notes: true,
        reportLocale: true,
        sourceSystem: true,
        externalId: true,
        version: true,
        accountManager: { select: { user: { select: { name: true, email: true } } } },
      },
    }),
    tx.membership.findMany({
      where: { tenantId, removedAt: null, role: { in: [...STAFF_ROLES] } },
      select: { userId: true, user: { select: { name: true, email: true } } },
    }),
  ]);
  const byExternalId = new Map<string, Known>();
  const byName = new Map<string, Known>();
  for (const org of known) {
    if (org.externalId !== null && org.sourceSystem === input.sourceSystem) byExternalId.set(org.externalId, org);
    byName.set(organizationNameKey(org.name), org);
  }
  const managers = new Map<string, string>();
  for (const m of staff) {
    managers.set(m.user.email.toLowerCase(), m.userId);
    managers.set(organizationNameKey(m.user.name), m.userId);
  }

  const problems: OrganizationImportProblem[] = [...reading.problems];
  const operations: OrganizationOperation[] = [];
  const rows: PlannedOrganization[] = [];
  const column = (field: OrganizationImportField) => columnOf(table, reading.settings.mapping, field);
  for (const r of reading.rows) {
    const before = problems.length;
    const problem = (field: OrganizationImportField, key: string, params?: Record<string, string>) =>
      problems.push({ row: r.row, column: column(field), field, key: `orgs.import.errors.${key}`, params });

    let org = r.externalId === null ? undefined : byExternalId.get(r.externalId);
    const named = byName.get(r.nameKey);
    if (org && named && named.id !== org.id) problem("name", "nameTaken");
    if (!org && named) {
      const linkedElsewhere = r.externalId !== null && named.externalId !== null && named.sourceSystem !== null;
      if (linkedElsewhere) problem("name", "linkedElsewhere", { source: named.sourceSystem!, id: named.externalId! });
      else org = named;
    }
    let accountManagerId: string | null = null;
    if (r.accountManager !== null) {
      accountManagerId =
        managers.get(r.accountManager.toLowerCase()) ?? managers.get(organizationNameKey(r.accountManager)) ?? null;
      // The organization's own manager, even one who has since left the team, is still "the same".
      if (
        accountManagerId === null &&
        org &&
        org.accountManager &&
        namesUser(r.accountManager, org.accountManager.user)
      )
        accountManagerId = org.accountManagerId;
      if (accountManagerId === null) problem("accountManager", "unknownManager");
    }

    if (org) {
      if (r.currentModel !== null && r.currentModel !== org.currentModel) problem("currentModel", "modelDiffers");
      if (r.lifecycleStatus !== null && r.lifecycleStatus !== org.lifecycleStatus)
        problem("lifecycleStatus", "lifecycleDiffers");
      if (problems.length > before) continue;
      const changes: OrganizationChanges = {};
      const differs = <K extends keyof OrganizationChanges>(key: K, value: OrganizationChanges[K] | null) => {
        if (value !== null && value !== undefined && value !== (org as Known)[key as keyof Known]) changes[key] = value;
      };
      differs("name", r.name);
      differs("industry", r.industry);
      differs("headcount", r.headcount);
      differs("sites", r.sites);
      differs("endpoints", r.endpoints);
      differs("targetModel", r.targetModel);
      differs("accountManagerId", accountManagerId);
      differs("reportLocale", r.reportLocale);
      differs("notes", r.notes);
      if (r.externalId !== null && org.externalId === null) {
        changes.sourceSystem = input.sourceSystem;
        changes.externalId = r.externalId;
      }
      rows.push(r);
      operations.push(
        Object.keys(changes).length === 0
          ? { kind: "unchanged", row: r.row, id: org.id }
          : { kind: "update", row: r.row, id: org.id, version: org.version, changes },
      );
      continue;
    }

    if (r.currentModel === null) problem("currentModel", "requiredToCreate");
    if (r.lifecycleStatus === null) problem("lifecycleStatus", "requiredToCreate");
    else if (r.lifecycleStatus === "FORMER") problem("lifecycleStatus", "formerToCreate");
    if (r.headcount === null) problem("headcount", "requiredToCreate");
    if (r.clientSince !== null && r.lifecycleStatus !== "ACTIVE") problem("clientSince", "clientSinceProspect");
    if (problems.length > before) continue;
    rows.push(r);
    operations.push({
      kind: "create",
      row: r.row,
      data: {
        name: r.name,
        industry: r.industry,
        headcount: r.headcount!,
        sites: r.sites ?? 1,
        endpoints: r.endpoints,
        currentModel: r.currentModel!,
        targetModel: r.targetModel,
        lifecycleStatus: r.lifecycleStatus!,
        accountManagerId,
        notes: r.notes,
        reportLocale: r.reportLocale,
        sourceSystem: r.externalId === null ? null : input.sourceSystem,
        externalId: r.externalId,
      },
      clientSince: r.clientSince,
    });
  }
  problems.sort((a, b) => a.row - b.row);
  return { ...reading, rows, problems, operations };
}
