"use server";

/** The interventions log of an organization (lib/domain/interventions). */

import { defineAction } from "@/lib/access/action";
import { createIntervention } from "@/lib/domain/interventions/create-intervention";
import { deleteIntervention } from "@/lib/domain/interventions/delete-intervention";
import { importInterventions } from "@/lib/domain/interventions/import-interventions";
import { previewInterventionImport } from "@/lib/domain/interventions/preview-intervention-import";
import {
  createInterventionSchema,
  deleteInterventionSchema,
  interventionImportSchema,
} from "@/lib/domain/interventions/schemas";

export const createInterventionAction = defineAction(
  { name: "intervention.create", permission: "intervention.create", input: createInterventionSchema, idempotent: true },
  ({ tx, actor, input, requestId }) => createIntervention(tx, actor, input, { requestId }),
);

export const deleteInterventionAction = defineAction(
  { name: "intervention.delete", permission: "intervention.delete", input: deleteInterventionSchema },
  ({ tx, actor, input, requestId }) => deleteIntervention(tx, actor, input, { requestId }),
);

/** A file of IMPORT_MAX_BYTES (about 55,000 rows) is read and written in one transaction. */
const IMPORT_TIMEOUT_MS = 120_000;

/** Reads a CSV file of interventions and says what importing it would do; writes nothing. */
export const previewInterventionImportAction = defineAction(
  {
    name: "intervention.importPreview",
    permission: "intervention.create",
    input: interventionImportSchema,
    timeoutMs: IMPORT_TIMEOUT_MS,
  },
  ({ tx, actor, input, requestId }) => previewInterventionImport(tx, actor, input, { requestId }),
);

/** Imports a CSV file of interventions, all rows or none (lib/domain/interventions/import-interventions.ts). */
export const importInterventionsAction = defineAction(
  {
    name: "intervention.import",
    permission: "intervention.create",
    input: interventionImportSchema,
    timeoutMs: IMPORT_TIMEOUT_MS,
  },
  ({ tx, actor, input, requestId }) => importInterventions(tx, actor, input, { requestId }),
);
