"use server";

/** The owner's team (lib/domain/team): roles, removal, disabling, reset links, pending invitations. */

import { defineAction } from "@/lib/access/action";
import { defineFormAction } from "@/lib/access/form-action";
import { invitationIdSchema } from "@/lib/domain/invitations/schemas";
import { changeRole } from "@/lib/domain/team/change-role";
import { removeMember } from "@/lib/domain/team/remove-member";
import { requestPasswordReset } from "@/lib/domain/team/request-password-reset";
import {
  changeRoleSchema,
  removeMemberSchema,
  requestPasswordResetSchema,
  setClientAccessSchema,
  setUserDisabledSchema,
} from "@/lib/domain/team/schemas";
import { setClientAccess } from "@/lib/domain/team/set-client-access";
import { setUserDisabled } from "@/lib/domain/team/set-user-disabled";
import { resendTeamInvitation } from "@/lib/domain/team/resend-team-invitation";
import { revokeTeamInvitation } from "@/lib/domain/team/revoke-team-invitation";

export const revokeInvitationAction = defineAction(
  { name: "team.revokeInvitation", permission: "team.invite", input: invitationIdSchema },
  ({ tx, actor, input, requestId }) => revokeTeamInvitation(tx, actor, input, { requestId }),
);

export const resendInvitationAction = defineAction(
  { name: "team.resendInvitation", permission: "team.invite", input: invitationIdSchema },
  ({ tx, actor, input, requestId, locale }) => resendTeamInvitation(tx, actor, input, { requestId, locale }),
);

export const changeRoleAction = defineAction(
  { name: "team.changeRole", permission: "team.changeRole", input: changeRoleSchema },
  ({ tx, actor, input, requestId }) => changeRole(tx, actor, input, { requestId }),
);

export const setClientAccessAction = defineAction(
  { name: "team.setClientAccess", permission: "team.setClientAccess", input: setClientAccessSchema },
  ({ tx, actor, input, requestId }) => setClientAccess(tx, actor, input, { requestId }),
);

/** The same, posted without JavaScript (lib/access/form-action.ts): back to the team page. */
export const setClientAccessFormAction = defineFormAction(setClientAccessAction, {
  name: "team.setClientAccess.form",
  redirectTo: () => "/team",
});

export const removeMemberAction = defineAction(
  { name: "team.remove", permission: "team.remove", input: removeMemberSchema },
  ({ tx, actor, input, requestId }) => removeMember(tx, actor, input, { requestId }),
);

export const setUserDisabledAction = defineAction(
  { name: "team.disableUser", permission: "team.disableUser", input: setUserDisabledSchema },
  ({ tx, actor, input, requestId }) => setUserDisabled(tx, actor, input, { requestId }),
);

export const requestPasswordResetAction = defineAction(
  { name: "team.resetPassword", permission: "team.resetPassword", input: requestPasswordResetSchema },
  ({ tx, actor, input, requestId, locale }) => requestPasswordReset(tx, actor, input, { requestId, locale }),
);
