"use server";

/** Guided assessments and the decision engine's result (lib/domain/assessments). */

import { defineAction } from "@/lib/access/action";
import { createAssessment } from "@/lib/domain/assessments/create-assessment";
import { finalizeAssessment } from "@/lib/domain/assessments/finalize-assessment";
import { saveAssessment } from "@/lib/domain/assessments/save-assessment";
import { createAssessmentSchema, saveAssessmentSchema } from "@/lib/domain/assessments/schemas";

/** Saves a new draft (answers may be partial). */
export const createAssessmentAction = defineAction(
  { name: "assessment.create", permission: "assessment.create", input: createAssessmentSchema, idempotent: true },
  ({ tx, actor, input, requestId }) => createAssessment(tx, actor, input, { requestId }),
);

/** Saves a draft's answers again. */
export const saveAssessmentAction = defineAction(
  { name: "assessment.update", permission: "assessment.update", input: saveAssessmentSchema },
  ({ tx, actor, input, requestId }) => saveAssessment(tx, actor, input, { requestId }),
);

/** Saves the answers and runs the decision engine; the result is stored as computed. */
export const finalizeAssessmentAction = defineAction(
  { name: "assessment.finalize", permission: "assessment.finalize", input: saveAssessmentSchema },
  ({ tx, actor, input, requestId }) => finalizeAssessment(tx, actor, input, { requestId }),
);
