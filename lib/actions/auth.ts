"use server";

/** Signing in and out (lib/auth): public entry points, before anyone is signed in. */

import { AuthError } from "next-auth";
import { z } from "zod";
import { defineFormAction } from "@/lib/access/form-action";
import { definePublicAction } from "@/lib/access/public-action";
import { signIn, signOut } from "@/lib/auth/auth";
import { getSessionClaims } from "@/lib/auth/session";
import { endReplacedSession } from "@/lib/auth/sessions";
import { suspensionReasonFor } from "@/lib/auth/suspension";
import { requestOwnPasswordReset } from "@/lib/domain/auth/request-own-password-reset";
import { requestIp } from "@/lib/http/request-ip";
import { email } from "@/lib/validation/fields";
import { fieldErrors, refuse } from "@/lib/errors";

const signInInput = z
  .object({
    email: z.string().trim().max(254),
    password: z.string().max(1024),
    next: z.string().max(2048).optional(),
  })
  .strict();

/** Only same-site paths, never "//host" or a scheme. */
function safeNext(next: string | undefined): string {
  return next && /^\/(?!\/)[^\s\\]*$/.test(next) ? next : "/";
}

export const signInAction = definePublicAction({ name: "auth.signIn", input: signInInput }, async ({ input }) => {
  if (!input.email || !input.password) {
    throw fieldErrors({
      ...(input.email ? {} : { email: "validation.required" }),
      ...(input.password ? {} : { password: "validation.required" }),
    });
  }
  const previous = await getSessionClaims();
  try {
    await signIn("credentials", { email: input.email, password: input.password, redirect: false });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    const code = String((error as AuthError & { code?: string }).code ?? "invalid");
    if (code.startsWith("throttled")) {
      const seconds = Number(code.split(":")[1] ?? 60);
      throw refuse("RATE_LIMITED", "auth.throttled", { seconds });
    }
    if (code.startsWith("suspended")) {
      const reason = await suspensionReasonFor(input.email);
      throw reason ? refuse("SUSPENDED", "auth.suspended", { reason }) : refuse("SUSPENDED", "auth.suspendedNoReason");
    }
    throw refuse("UNAUTHENTICATED", "auth.invalid");
  }
  await endReplacedSession(previous);
  return { redirectTo: safeNext(input.next) };
});

export const signOutAction = definePublicAction({ name: "auth.signOut", input: z.object({}).strict() }, async () => {
  await signOut({ redirect: false });
  return { redirectTo: "/login" };
});

/**
 * "Forgot your password?" (app/forgot): emails a reset link where mail is configured. The answer
 * is the same for every address (lib/domain/auth/request-own-password-reset.ts).
 */
export const forgotPasswordAction = definePublicAction(
  { name: "auth.forgotPassword", input: z.object({ email: email() }).strict() },
  async ({ input, requestId, locale }) => {
    await requestOwnPasswordReset(input, { requestId, locale, ip: await requestIp() });
    return { email: input.email };
  },
);

/**
 * The sign-in and "forgot your password?" forms without JavaScript (lib/access/form-action.ts):
 * the browser posts the form to these, which run the actions above.
 */
export const signInFormAction = defineFormAction(signInAction, {
  name: "auth.signIn.form",
  redirectTo: ({ redirectTo }) => redirectTo,
});

export const forgotPasswordFormAction = defineFormAction(forgotPasswordAction, { name: "auth.forgotPassword.form" });
