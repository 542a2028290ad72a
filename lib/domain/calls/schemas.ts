import { z } from "zod";
import {
  bool,
  expectedVersion,
  id,
  idempotencyKey,
  isoDateTime,
  longText,
  optionalIsoDate,
  text,
} from "@/lib/validation/fields";
import { LIMITS } from "@/lib/validation/limits";

/** What an account manager writes down after a scoping call. */
const callFields = {
  occurredAt: isoDateTime(),
  attendees: text(LIMITS.attendees),
  summary: longText(LIMITS.longText),
  needs: longText(LIMITS.longText),
  nextSteps: longText(LIMITS.longText),
  followUpDate: optionalIsoDate(),
};

export const createCallSchema = z
  .object({ organizationId: id(), idempotencyKey: idempotencyKey(), ...callFields })
  .strict();
export type CreateCallInput = z.output<typeof createCallSchema>;

export const updateCallSchema = z
  .object({ id: id(), expectedVersion: expectedVersion(), ...callFields, followUpDone: bool() })
  .strict();
export type UpdateCallInput = z.output<typeof updateCallSchema>;

export const completeFollowUpSchema = z.object({ id: id(), expectedVersion: expectedVersion() }).strict();
export type CompleteFollowUpInput = z.output<typeof completeFollowUpSchema>;
