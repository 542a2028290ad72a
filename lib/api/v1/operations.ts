import type { ApiOperation } from "@/lib/api/operation";
import { getAssessmentOp, listAssessmentsOp } from "@/lib/api/v1/assessments";
import { listInterventionsOp, upsertInterventionsOp } from "@/lib/api/v1/interventions";
import { listModelChangesOp } from "@/lib/api/v1/model-changes";
import {
  createOrganizationOp,
  getOrganizationOp,
  listOrganizationsOp,
  updateOrganizationOp,
} from "@/lib/api/v1/organizations";
import { createReportOp, getReportOp, listReportsOp } from "@/lib/api/v1/reports";

/**
 * Every operation of the REST API v1: the OpenAPI document lists these, and a test checks
 * that each route file under app/api/v1 serves exactly these (tests/integration/api-openapi.test.ts).
 */
export const API_V1_OPERATIONS: readonly ApiOperation[] = [
  listOrganizationsOp,
  createOrganizationOp,
  getOrganizationOp,
  updateOrganizationOp,
  listInterventionsOp,
  upsertInterventionsOp,
  listModelChangesOp,
  listAssessmentsOp,
  getAssessmentOp,
  listReportsOp,
  createReportOp,
  getReportOp,
];
