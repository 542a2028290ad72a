"use server";

/** Security-posture assessments: questionnaire drafts, finalization, gaps into the next report (lib/domain/posture). */

import { defineAction } from "@/lib/access/action";
import { addPostureGapsToReport } from "@/lib/domain/posture/add-gaps-to-report";
import { createPostureAssessment } from "@/lib/domain/posture/create-posture-assessment";
import { finalizePostureAssessment } from "@/lib/domain/posture/finalize-posture-assessment";
import { savePostureAssessment } from "@/lib/domain/posture/save-posture-assessment";
import { createPostureSchema, postureToReportSchema, savePostureSchema } from "@/lib/domain/posture/schemas";
import { catalogLocale } from "@/lib/posture/catalog";

/** Saves a new draft posture assessment (answers may be partial). */
export const createPostureAction = defineAction(
  { name: "posture.create", permission: "posture.create", input: createPostureSchema, idempotent: true },
  ({ tx, actor, input, requestId }) => createPostureAssessment(tx, actor, input, { requestId }),
);

/** Saves a draft's answers again. */
export const savePostureAction = defineAction(
  { name: "posture.update", permission: "posture.update", input: savePostureSchema },
  ({ tx, actor, input, requestId }) => savePostureAssessment(tx, actor, input, { requestId }),
);

/** Saves the answers, checks they are complete and stores the scores as computed. */
export const finalizePostureAction = defineAction(
  { name: "posture.finalize", permission: "posture.finalize", input: savePostureSchema },
  ({ tx, actor, input, requestId }) => finalizePostureAssessment(tx, actor, input, { requestId }),
);

/** Adds chosen gaps to next month's steering report (created if needed), in the caller's language. */
export const postureToReportAction = defineAction(
  { name: "posture.toReport", permission: "posture.toReport", input: postureToReportSchema },
  ({ tx, actor, input, requestId, locale }) =>
    addPostureGapsToReport(tx, actor, input, { requestId, locale, reportLocale: catalogLocale(locale) }),
);
