import { z } from "zod";
import { choice } from "@/lib/domain/organizations/schemas";
import { expectedVersion, id, idempotencyKey, optionalLongText, text } from "@/lib/validation/fields";
import { LIMITS } from "@/lib/validation/limits";
import { PROPOSAL_DECISIONS } from "@/lib/vocabulary";

/** Staff share a finalized assessment's recommendation with the client organization. */
export const shareProposalSchema = z
  .object({
    assessmentId: id(),
    /** A note to the client, shown above the proposal (optional). */
    message: optionalLongText(LIMITS.mediumText),
    idempotencyKey: idempotencyKey(),
  })
  .strict();
export type ShareProposalInput = z.output<typeof shareProposalSchema>;

/** Staff withdraw a proposal the client has not decided on. */
export const withdrawProposalSchema = z.object({ id: id(), expectedVersion: expectedVersion() }).strict();
export type WithdrawProposalInput = z.output<typeof withdrawProposalSchema>;

/**
 * A client approver decides: approve or decline, signed with their full name. `snapshotSha256` is
 * the fingerprint of the proposal the page showed; the server recomputes it from what is stored
 * and refuses a decision on anything else.
 */
export const decideProposalSchema = z
  .object({
    id: id(),
    decision: choice(PROPOSAL_DECISIONS),
    signatureName: text(LIMITS.personName),
    snapshotSha256: z.string().regex(/^[0-9a-f]{64}$/, { message: "invalid" }),
    expectedVersion: expectedVersion(),
  })
  .strict();
export type DecideProposalInput = z.output<typeof decideProposalSchema>;
