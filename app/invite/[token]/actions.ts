"use server";

import { requestIp } from "@/lib/http/request-ip";
import { definePublicAction } from "@/lib/access/public-action";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";
import { acceptInvitation } from "@/lib/domain/invitations/accept-invitation";
import { acceptInvitationSchema } from "@/lib/domain/invitations/schemas";

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
