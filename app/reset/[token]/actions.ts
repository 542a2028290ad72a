"use server";

import { definePublicAction } from "@/lib/access/public-action";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";
import { acceptPasswordReset } from "@/lib/domain/invitations/accept-password-reset";
import { resetPasswordSchema } from "@/lib/domain/invitations/schemas";

/** Sets the new password from a reset link (public: the token is the credential), then signs in. */
export const resetPasswordAction = definePublicAction(
  { name: "password.reset", input: resetPasswordSchema },
  async ({ input, requestId }) => {
    const { email } = await acceptPasswordReset(input, { requestId });
    const signedIn = await signInWithPassword(email, input.password);
    return { redirectTo: signedIn ? "/" : "/login" };
  },
);
