import type { fieldErrors } from "@/lib/errors";

const DAY = 86_400_000;

/**
 * Dates that parse but make no sense: a call more than a day in the future (datetime-local is
 * read as UTC, so a day of slack covers every time zone), a follow-up before the call's day.
 */
export function callDateProblems(input: { occurredAt: Date; followUpDate: Date | null }, now = new Date()) {
  const problems: Parameters<typeof fieldErrors>[0] = {};
  if (input.occurredAt.getTime() > now.getTime() + DAY) problems.occurredAt = "calls.errors.inFuture";
  if (input.followUpDate) {
    const callDay = Date.UTC(
      input.occurredAt.getUTCFullYear(),
      input.occurredAt.getUTCMonth(),
      input.occurredAt.getUTCDate(),
    );
    if (input.followUpDate.getTime() < callDay) problems.followUpDate = "calls.errors.followUpBeforeCall";
  }
  return problems;
}
