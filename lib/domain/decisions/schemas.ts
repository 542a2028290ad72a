import { z } from "zod";
import { SIGNATURE_MAX } from "@/lib/signatures/signature-name";
import { itemIdSchema } from "@/lib/reports/item-id";
import { id, idempotencyKey, optionalLongText, period, text } from "@/lib/validation/fields";
import { LIMITS } from "@/lib/validation/limits";
import { DECISION_ITEM_KINDS, DECISION_OUTCOMES } from "@/lib/vocabulary";

const blank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");

/** A note with a decision: what the client wants their provider to know (optional). */
export const DECISION_NOTE_MAX = LIMITS.decisionNote;

/**
 * A client approver's decision on one item of a published report. `supersedes` is the item's
 * current decision as the approver saw it ("" for none): if another decision was recorded
 * since, this one is refused (CONFLICT) rather than silently replacing what they did not see.
 * `deferredTo` (YYYY-MM) is required for DEFERRED and ignored otherwise (a form posts its month
 * select whatever was chosen): lib/domain/decisions/decide-item.ts checks it against the clock.
 */
export const decideItemSchema = z
  .object({
    reportId: id(),
    itemKind: z.enum(DECISION_ITEM_KINDS),
    itemId: itemIdSchema,
    decision: z.preprocess((v) => (blank(v) ? undefined : v), z.enum(DECISION_OUTCOMES)),
    deferredTo: z.preprocess((v) => (blank(v) ? null : v), period().nullable()),
    note: optionalLongText(DECISION_NOTE_MAX),
    signature: text(SIGNATURE_MAX),
    supersedes: z.preprocess((v) => (blank(v) ? null : v), id().nullable()),
    idempotencyKey: idempotencyKey(),
  })
  .strict();
export type DecideItemInput = z.output<typeof decideItemSchema>;

/** How far ahead an item may be deferred, in months after the current one. */
export const DEFER_MAX_MONTHS = 24;
