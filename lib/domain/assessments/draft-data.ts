import { Prisma } from "@/lib/generated/prisma/client";
import type { AssessmentDraftFields } from "@/lib/domain/assessments/schemas";

/** The form's fields as Assessment columns (economics: JSON object of the overrides, or SQL NULL). */
export function draftData(fields: AssessmentDraftFields) {
  return {
    headcount: fields.headcount,
    endpoints: fields.endpoints,
    sites: fields.sites,
    remoteUsers: fields.remoteUsers,
    cloudServices: fields.cloudServices,
    centralFileSharing: fields.centralFileSharing,
    backups: fields.backups,
    businessAppDependency: fields.businessAppDependency,
    continuityRequirement: fields.continuityRequirement,
    interruptionTolerance: fields.interruptionTolerance,
    digitalDependence: fields.digitalDependence,
    needsPredictableBudget: fields.needsPredictableBudget,
    needsMonthlySteering: fields.needsMonthlySteering,
    economics: fields.economics ? (fields.economics as Prisma.InputJsonValue) : Prisma.DbNull,
  };
}

export function fieldsOf<T extends AssessmentDraftFields>(input: T): AssessmentDraftFields {
  return {
    headcount: input.headcount,
    endpoints: input.endpoints,
    sites: input.sites,
    remoteUsers: input.remoteUsers,
    cloudServices: input.cloudServices,
    centralFileSharing: input.centralFileSharing,
    backups: input.backups,
    businessAppDependency: input.businessAppDependency,
    continuityRequirement: input.continuityRequirement,
    interruptionTolerance: input.interruptionTolerance,
    digitalDependence: input.digitalDependence,
    needsPredictableBudget: input.needsPredictableBudget,
    needsMonthlySteering: input.needsMonthlySteering,
    economics: input.economics,
  };
}
