import type { AssessmentInput } from "./schema";

/**
 * Estimates from size: documented rates per person or endpoint, used only where the MSP's price
 * list and the client's own history say nothing (docs/engine.md, "The cost model", gives the
 * reasoning and the source of each). Each comes with the band the cost comparison shows around
 * it: `low` and `high` multiply the value in the favourable and unfavourable scenarios.
 */
export const ESTIMATES = {
  /** Break-fix interventions per endpoint (servers included) and month: about one a year per device. */
  incidentsPerEndpointMonth: 0.08,
  /** …plus per person who depends on IT and month (accounts, mail, access). */
  incidentsPerUserMonth: 0.02,
  /** Technician hours per intervention, with up-to-date documentation. */
  hoursPerIncident: 1.5,
  /** Hours an incident stops the people it affects, waiting for a break-fix technician. */
  downtimeHoursBreakFix: 3,
  /** The same under a recurring service: monitored, documented, remote tools (and for covered items). */
  downtimeHoursManaged: 1,
  /** Share of incidents that stop a shared system (the rest stop one person). */
  sharedOutageShare: 0.1,
  /** A shared outage stops at most this many people (a department, not a whole large firm). */
  maxPeopleStopped: 50,
  /** Cost of an hour of work lost, per person (euro area average hourly labour cost, Eurostat 2023: €35.6). */
  costPerPersonHour: 35,
  /** Break-fix incident drift per month ("incidents multiply" without prevention): base, per trigger present, without documentation. */
  driftBase: 0.01,
  driftPerTrigger: 0.005,
  driftWithoutDocumentation: 0.005,
  /** Break-fix incidents stop growing at this multiple of the first month. */
  driftCap: 2,
  /** Under hybrid, the incidents left outside the package drift at this fraction of break-fix's rate. */
  hybridDriftFactor: 0.5,
  /** Incidents prevented on what a recurring service covers (monitoring, patching, root causes). */
  prevention: 0.5,
} as const;

/** Technician time and downtime grow when documentation is missing or scattered (seed: "poorly documented incident"). */
export const DOCUMENTATION_FACTOR = { current: 1, scattered: 1.1, none: 1.3, notAssessed: 1.1 } as const;

/** Share of the people who depend on IT that a shared outage stops, by how much the business runs on shared tools. */
export const STOP_SHARE = {
  digitalDependence: { low: 0.1, medium: 0.2, high: 0.3 },
  businessAppDependency: { none: 0, low: 0.05, high: 0.2 },
  centralFileSharing: 0.1,
  max: 0.6,
} as const;

/** Share of incidents a hybrid package covers, per item of its scope (at most `max` in all). */
export const COVERAGE = {
  backups: 0.1,
  microsoft365: 0.15,
  googleWorkspace: 0.15,
  criticalItem: 0.1,
  monthlySteering: 0,
  max: 0.6,
} as const;

/**
 * The band around every estimate: low and high scenario multipliers. Figures from the client's
 * own history are known better than estimates from size, so their band is narrower.
 */
export const BAND = {
  incidents: { history: [0.85, 1.15], estimate: [0.6, 1.5] },
  hoursPerIncident: { history: [0.9, 1.1], estimate: [0.75, 1.35] },
  downtime: [0.6, 1.5],
  drift: [0.5, 1.5],
  prevention: [0.6, 0.4],
} as const;

/** The people who depend on IT daily: the answer, or the whole headcount when it was not given. */
export const usersOf = (input: Pick<AssessmentInput, "itUsers" | "headcount">): number =>
  input.itUsers ?? input.headcount;
