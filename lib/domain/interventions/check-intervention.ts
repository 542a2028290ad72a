import type { fieldErrors } from "@/lib/errors";
import { todayUtc } from "@/lib/domain/organizations/today";

/**
 * Values that parse but cannot be right: a date after today (nothing is dated in the future),
 * an external id without the system it comes from.
 */
export function interventionProblems(
  input: { occurredOn: Date; externalId: string | null; sourceSystem: string | null },
  now = new Date(),
) {
  const problems: Parameters<typeof fieldErrors>[0] = {};
  if (input.occurredOn.getTime() > todayUtc(now).getTime()) problems.occurredOn = "interventions.errors.inFuture";
  if (input.externalId && !input.sourceSystem) problems.sourceSystem = "interventions.errors.sourceRequired";
  return problems;
}
