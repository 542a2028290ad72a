import { z } from "zod";
import { choice } from "@/lib/domain/organizations/schemas";
import { expectedVersion, id, idempotencyKey, isoDate, longText } from "@/lib/validation/fields";
import { MOVE_TARGETS } from "@/lib/vocabulary";
import { LIMITS } from "@/lib/validation/limits";

// Declared in lib/vocabulary (no Zod there: the move form, a client component, reads it).
export { MOVE_TARGETS, type MoveTarget } from "@/lib/vocabulary";

export const recordModelChangeSchema = z
  .object({
    organizationId: id(),
    /** The organization's version as loaded: a move recorded meanwhile by someone else is a conflict. */
    expectedVersion: expectedVersion(),
    assessmentId: z
      .preprocess((v) => (v === "" ? null : v), id().nullable())
      .optional()
      .transform((v) => v ?? null),
    /** The approved proposal this move closes (its assessment becomes the move's). */
    proposalId: z
      .preprocess((v) => (v === "" ? null : v), id().nullable())
      .optional()
      .transform((v) => v ?? null),
    toModel: choice(MOVE_TARGETS),
    effectiveDate: isoDate(),
    reason: longText(LIMITS.mediumText),
    idempotencyKey: idempotencyKey(),
  })
  .strict();
export type RecordModelChangeInput = z.output<typeof recordModelChangeSchema>;
