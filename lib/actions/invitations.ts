"use server";

/** Invitations and password-reset links (lib/domain/invitations): sending, and the public pages that redeem them. */

import { requestIp } from "@/lib/http/request-ip";
import { defineFormAction } from "@/lib/access/form-action";
import { definePublicAction } from "@/lib/access/public-action";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";
import { acceptInvitation } from "@/lib/domain/invitations/accept-invitation";
import { acceptPasswordReset } from "@/lib/domain/invitations/accept-password-reset";
import { acceptInvitationSchema, inviteMemberSchema, resetPasswordSchema } from "@/lib/domain/invitations/schemas";
import { inviteMember } from "@/lib/domain/invitations/invite-member";
import { defineAction } from "@/lib/access/action";

/**
 * Accepts an invitation (public: the token is the credential), then signs the
 * new member in and sends them to "/", which redirects each role to its home.
 */
export const acceptInvitationAction = definePublicAction(
  { name: "invitation.accept", input: acceptInvitationSchema },
  async ({ input, requestId }) => {
    const accepted = await acceptInvitation(input, { requestId, ip: await requestIp() });
    const signedIn = await signInWithPassword(accepted.email, input.password);
    return { redirectTo: signedIn ? "/" : "/login" };
  },
);

/** Sets the new password from a reset link (public: the token is the credential), then signs in. */
export const resetPasswordAction = definePublicAction(
  { name: "password.reset", input: resetPasswordSchema },
  async ({ input, requestId }) => {
    const { email } = await acceptPasswordReset(input, { requestId });
    const signedIn = await signInWithPassword(email, input.password);
    return { redirectTo: signedIn ? "/" : "/login" };
  },
);

/**
 * Accepting an invitation without JavaScript (lib/access/form-action.ts). An invitee who chose
 * "I already have an account" before the page's script ran still sees the new-account fields:
 * only the chosen mode's fields are sent on.
 */
export const acceptInvitationFormAction = defineFormAction(acceptInvitationAction, {
  name: "invitation.accept.form",
  redirectTo: ({ redirectTo }) => redirectTo,
  prepare: ({ name, passwordConfirm, ...rest }) =>
    rest.mode === "existing" ? rest : { ...rest, name, passwordConfirm },
});

/**
 * Setting a new password from a reset link without JavaScript. The form's hidden "username"
 * field is for password managers only.
 */
export const resetPasswordFormAction = defineFormAction(resetPasswordAction, {
  name: "password.reset.form",
  redirectTo: ({ redirectTo }) => redirectTo,
  prepare: (values) => Object.fromEntries(Object.entries(values).filter(([name]) => name !== "username")),
});

/** Idempotent by its own key (see inviteMember): the token must never be stored as a replayable response. */
export const inviteMemberAction = defineAction(
  { name: "team.invite", permission: "team.invite", input: inviteMemberSchema },
  ({ tx, actor, input, requestId, locale }) => inviteMember(tx, actor, input, { requestId, locale }),
);
