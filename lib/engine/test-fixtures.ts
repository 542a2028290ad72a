/** The seed's three worked examples as inputs, and a complete small-office input, for tests, the bench and the docs. Test-only. */
import type { AssessmentInput } from "./schema";

/** "An organization of ten people with a few endpoints, a standard Internet connection and limited critical usage." */
export const EXAMPLE_1: AssessmentInput = {
  headcount: 10,
  endpoints: 12,
  sites: 1,
  remoteUsers: 0,
  cloudServices: [],
  centralFileSharing: false,
  backups: "none",
  businessAppDependency: "low",
  continuityRequirement: "none",
  interruptionTolerance: "high",
  digitalDependence: "low",
  needsPredictableBudget: false,
  needsMonthlySteering: false,
};

/** "An organization of forty people with remote access, central document sharing, Microsoft 365, backups and strong ERP dependency." */
export const EXAMPLE_2: AssessmentInput = {
  headcount: 40,
  endpoints: 45,
  sites: 1,
  remoteUsers: 15,
  cloudServices: ["microsoft365"],
  centralFileSharing: true,
  backups: "monitored",
  businessAppDependency: "high",
  continuityRequirement: "moderate",
  interruptionTolerance: "medium",
  digitalDependence: "high",
  needsPredictableBudget: false,
  needsMonthlySteering: false,
};

/** "A small single-site organization whose only triggers are Microsoft 365 and backups that need watching, moderate continuity needs, low ERP dependency." */
export const EXAMPLE_3: AssessmentInput = {
  headcount: 12,
  endpoints: 15,
  sites: 1,
  remoteUsers: 0,
  cloudServices: ["microsoft365"],
  centralFileSharing: false,
  backups: "monitored",
  businessAppDependency: "low",
  continuityRequirement: "moderate",
  interruptionTolerance: "medium",
  digitalDependence: "medium",
  needsPredictableBudget: false,
  needsMonthlySteering: false,
};

/** A complete engine input (12 people, Microsoft 365, backups): the assessments of the isolation worlds and the access matrix. */
export const FULL_INPUT: AssessmentInput = {
  headcount: 12,
  endpoints: 14,
  sites: 1,
  remoteUsers: 2,
  cloudServices: ["microsoft365"],
  centralFileSharing: true,
  backups: "monitored",
  businessAppDependency: "low",
  continuityRequirement: "moderate",
  interruptionTolerance: "medium",
  digitalDependence: "medium",
  needsPredictableBudget: false,
  needsMonthlySteering: false,
};
