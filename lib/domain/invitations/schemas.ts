import { z } from "zod";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { email, id, idempotencyKey, text } from "@/lib/validation/fields";
import { ROLES } from "@/lib/vocabulary";
import { LIMITS } from "@/lib/validation/limits";

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/** A new password: at least 12 characters, not trimmed (spaces are allowed and count). */
export const newPassword = () => z.string().min(MIN_PASSWORD_LENGTH, { message: "passwordTooWeak" }).max(1024);
/** A password being checked: anything non-empty. */
export const currentPassword = () => z.string().min(1).max(1024);
/** Only the shape is checked here; the token itself is checked against its hash. */
export const token = () => z.string().min(1).max(200);

/** Roles an owner may invite; a client invitation names the organization the client will see. */

export const inviteMemberSchema = z
  .object({
    email: email(),
    role: z.preprocess(blankToUndefined, z.enum(ROLES)),
    organizationId: z.preprocess((v) => blankToUndefined(v) ?? null, id().nullable()),
    idempotencyKey: idempotencyKey(),
  })
  .strict()
  .superRefine((v, ctx) => {
    // Reported like any missing field ("This field is required.").
    if (v.role === "CLIENT" && v.organizationId === null) {
      ctx.addIssue({ code: "invalid_type", expected: "string", input: undefined, path: ["organizationId"] });
    }
  })
  .transform((v) => ({ ...v, organizationId: v.role === "CLIENT" ? v.organizationId : null }));
export type InviteMemberInput = z.output<typeof inviteMemberSchema>;

export const invitationIdSchema = z.object({ id: id() }).strict();
export type InvitationIdInput = z.output<typeof invitationIdSchema>;

const passwordsMatch = <T extends { password: string; passwordConfirm: string }>(v: T) =>
  v.password === v.passwordConfirm;

/**
 * Accepting an invitation. `mode` says which form the page showed: "new" (the
 * email has no account: choose a name and a password) or "existing" (prove you
 * own the account with its current password; a link never sets the password of
 * an existing account).
 */
export const acceptInvitationSchema = z.discriminatedUnion("mode", [
  z
    .object({
      mode: z.literal("new"),
      token: token(),
      name: text(LIMITS.personName),
      password: newPassword(),
      passwordConfirm: z.string().max(1024),
    })
    .strict()
    .refine(passwordsMatch, { path: ["passwordConfirm"], message: "passwordsDiffer" }),
  z.object({ mode: z.literal("existing"), token: token(), password: currentPassword() }).strict(),
]);
export type AcceptInvitationInput = z.output<typeof acceptInvitationSchema>;

export const resetPasswordSchema = z
  .object({ token: token(), password: newPassword(), passwordConfirm: z.string().max(1024) })
  .strict()
  .refine(passwordsMatch, { path: ["passwordConfirm"], message: "passwordsDiffer" });
export type ResetPasswordInput = z.output<typeof resetPasswordSchema>;
