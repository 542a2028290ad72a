"use server";

/** Client organizations (lib/domain/organizations). */

import { defineAction } from "@/lib/access/action";
import { defineFormAction } from "@/lib/access/form-action";
import { createOrganization } from "@/lib/domain/organizations/create-organization";
import { importOrganizations } from "@/lib/domain/organizations/import-organizations";
import { previewOrganizationImport } from "@/lib/domain/organizations/preview-organization-import";
import {
  createOrganizationSchema,
  organizationImportSchema,
  updateOrganizationSchema,
} from "@/lib/domain/organizations/schemas";
import { updateOrganization } from "@/lib/domain/organizations/update-organization";

export const createOrganizationAction = defineAction(
  { name: "org.create", permission: "org.create", input: createOrganizationSchema, idempotent: true },
  ({ tx, actor, input, requestId }) => createOrganization(tx, actor, input, { requestId }),
);

export const updateOrganizationAction = defineAction(
  { name: "org.update", permission: "org.update", input: updateOrganizationSchema },
  ({ tx, actor, input, requestId }) => updateOrganization(tx, actor, input, { requestId }),
);

/** Creating an organization without JavaScript (lib/access/form-action.ts): then its page. */
export const createOrganizationFormAction = defineFormAction(createOrganizationAction, {
  name: "org.create.form",
  redirectTo: ({ id }) => `/organizations/${id}`,
});

/** Reads a CSV file of organizations and says what importing it would do; writes nothing. */
export const previewOrganizationImportAction = defineAction(
  { name: "org.importPreview", permission: "org.create", input: organizationImportSchema, timeoutMs: 60_000 },
  ({ tx, actor, input, requestId }) => previewOrganizationImport(tx, actor, input, { requestId }),
);

/** Imports a CSV file of organizations, all rows or none (lib/domain/organizations/import-organizations.ts). */
export const importOrganizationsAction = defineAction(
  { name: "org.import", permission: "org.create", input: organizationImportSchema, timeoutMs: 60_000 },
  ({ tx, actor, input, requestId }) => importOrganizations(tx, actor, input, { requestId }),
);
