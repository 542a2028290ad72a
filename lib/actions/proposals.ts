"use server";

/** Proposals: staff share an assessment's recommendation with the client, who decides (lib/domain/proposals). */

import { defineAction } from "@/lib/access/action";
import { defineFormAction } from "@/lib/access/form-action";
import { shareProposal } from "@/lib/domain/proposals/share-proposal";
import { decideProposal } from "@/lib/domain/proposals/decide-proposal";
import { decideProposalSchema, shareProposalSchema, withdrawProposalSchema } from "@/lib/domain/proposals/schemas";
import { withdrawProposal } from "@/lib/domain/proposals/withdraw-proposal";

export const shareProposalAction = defineAction(
  { name: "proposal.share", permission: "proposal.share", input: shareProposalSchema, idempotent: true },
  ({ tx, actor, input, requestId }) => shareProposal(tx, actor, input, { requestId }),
);

export const withdrawProposalAction = defineAction(
  { name: "proposal.withdraw", permission: "proposal.withdraw", input: withdrawProposalSchema },
  ({ tx, actor, input, requestId }) => withdrawProposal(tx, actor, input, { requestId }),
);

/** Sharing without JavaScript (lib/access/form-action.ts): then the proposal's page. */
export const shareProposalFormAction = defineFormAction(shareProposalAction, {
  name: "proposal.share.form",
  redirectTo: ({ id, organizationId }) => `/organizations/${organizationId}/proposals/${id}`,
});

/** Withdrawing without JavaScript: back to the proposal's page. */
export const withdrawProposalFormAction = defineFormAction(withdrawProposalAction, {
  name: "proposal.withdraw.form",
  redirectTo: ({ id, organizationId }) => `/organizations/${organizationId}/proposals/${id}`,
});

export const decideProposalAction = defineAction(
  { name: "proposal.decide", permission: "proposal.decide", input: decideProposalSchema },
  ({ tx, actor, input, requestId }) => decideProposal(tx, actor, input, { requestId }),
);

/** Deciding without JavaScript: back to the proposal's page, which shows the decision. */
export const decideProposalFormAction = defineFormAction(decideProposalAction, {
  name: "proposal.decide.form",
  redirectTo: ({ id }) => `/portal/proposals/${id}`,
});
