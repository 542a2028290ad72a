import { importFieldNames, type ImportFields } from "@/lib/import/columns";

/**
 * What an organizations import can fill, and the headers of common PSA company / account exports
 * that mean it (ConnectWise "Company Name" / "Company ID", Autotask "Account Name" / "Account ID",
 * HaloPSA "Client Name" / "Client ID", Syncro "Business Name" / "Customer ID", and French
 * spreadsheets). Any column can also be mapped by hand. Only the name is required of every file;
 * an organization the import creates also needs its service model, lifecycle and people
 * (lib/domain/organizations/read-organization-import.ts says so row by row).
 */
export const ORGANIZATION_IMPORT_FIELDS = {
  name: {
    required: true,
    headers: [
      "name",
      "organization",
      "organisation",
      "organization name",
      "company name",
      "account name",
      "client name",
      "business name",
      "customer name",
      "company",
      "account",
      "client",
      "customer",
      "business",
      "nom",
      "raison sociale",
      "societe",
      "entreprise",
    ],
  },
  externalId: {
    required: false,
    headers: [
      "external id",
      "company id",
      "account id",
      "client id",
      "customer id",
      "business id",
      "company recid",
      "account number",
      "customer number",
      "id",
      "identifiant",
      "identifiant externe",
    ],
  },
  currentModel: {
    required: false,
    headers: [
      "service model",
      "current model",
      "model",
      "contract type",
      "agreement type",
      "billing model",
      "modele",
      "modele de service",
      "type de contrat",
    ],
  },
  lifecycleStatus: {
    required: false,
    headers: [
      "lifecycle",
      "lifecycle status",
      "status",
      "company status",
      "account status",
      "client status",
      "account type",
      "company type",
      "type",
      "statut",
      "cycle de vie",
    ],
  },
  headcount: {
    required: false,
    headers: [
      "employees",
      "number of employees",
      "employee count",
      "headcount",
      "seats",
      "users",
      "user count",
      "seat count",
      "staff",
      "people",
      "effectif",
      "salaries",
      "utilisateurs",
    ],
  },
  sites: { required: false, headers: ["sites", "number of sites", "site count", "locations", "location count"] },
  endpoints: {
    required: false,
    headers: ["endpoints", "devices", "device count", "workstations", "computers", "assets", "postes", "equipements"],
  },
  industry: { required: false, headers: ["industry", "vertical", "market", "sector", "secteur", "secteur d activite"] },
  targetModel: {
    required: false,
    headers: ["target model", "target service model", "recommended model", "modele cible"],
  },
  clientSince: {
    required: false,
    headers: [
      "client since",
      "customer since",
      "contract start",
      "contract start date",
      "client depuis",
      "date de debut",
    ],
  },
  accountManager: {
    required: false,
    headers: [
      "account manager",
      "account owner",
      "owner",
      "territory manager",
      "primary resource",
      "charge de clientele",
    ],
  },
  reportLocale: {
    required: false,
    headers: ["report language", "language", "locale", "langue", "langue des rapports"],
  },
  notes: { required: false, headers: ["notes", "note", "comments", "comment", "description", "remarques"] },
} as const satisfies ImportFields;

export type OrganizationImportField = keyof typeof ORGANIZATION_IMPORT_FIELDS;
export const ORGANIZATION_IMPORT_FIELD_NAMES = importFieldNames<OrganizationImportField>(ORGANIZATION_IMPORT_FIELDS);
