"use server";

/** The interventions log of an organization (lib/domain/interventions). */

import { defineAction } from "@/lib/access/action";
import { createIntervention } from "@/lib/domain/interventions/create-intervention";
import { deleteIntervention } from "@/lib/domain/interventions/delete-intervention";
import { createInterventionSchema, deleteInterventionSchema } from "@/lib/domain/interventions/schemas";

export const createInterventionAction = defineAction(
  { name: "intervention.create", permission: "intervention.create", input: createInterventionSchema, idempotent: true },
  ({ tx, actor, input, requestId }) => createIntervention(tx, actor, input, { requestId }),
);

export const deleteInterventionAction = defineAction(
  { name: "intervention.delete", permission: "intervention.delete", input: deleteInterventionSchema },
  ({ tx, actor, input, requestId }) => deleteIntervention(tx, actor, input, { requestId }),
);
