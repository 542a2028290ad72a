import type { Model } from "@/lib/vocabulary";

/**
 * One recorded row of an organization's model history (ServiceModelChange).
 * `toModel: null` = the organization left the MSP. Dates are calendar days "YYYY-MM-DD".
 * `order` breaks ties between changes of the same organization on the same day
 * (the database uses createdAt, then id).
 */
export type ModelChange = {
  organizationId: string;
  toModel: Model | null;
  effectiveDate: string;
  order?: string;
};

/**
 * A change that really changed something, with what the organization was on before
 * (derived from its own history, not from the recorded `fromModel`) and the dates of
 * its neighbours. `from: null` = it was not a client before (first model, or back after leaving).
 */
export type Transition = {
  organizationId: string;
  date: string;
  from: Model | null;
  to: Model | null;
  previousDate: string | null;
  nextDate: string | null;
};
