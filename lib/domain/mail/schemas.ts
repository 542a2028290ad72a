import { z } from "zod";
import { MAIL_KINDS } from "@/lib/mail/kinds";

/**
 * The profile's e-mail choices: the kinds the user wants (the ticked boxes). A form posted
 * without JavaScript sends a repeated field (one value, several, or none at all when nothing is
 * ticked); the hydrated form a list.
 */
export const updateMailPreferencesSchema = z
  .object({
    receive: z.preprocess(
      (v) => (v === undefined ? [] : typeof v === "string" ? [v] : v),
      z.array(z.enum(MAIL_KINDS)).max(MAIL_KINDS.length),
    ),
  })
  .strict();
export type UpdateMailPreferencesInput = z.output<typeof updateMailPreferencesSchema>;

/** The unsubscribe page's form: the signed token of the link (lib/mail/unsubscribe-token.ts). */
export const unsubscribeSchema = z.object({ token: z.string().min(1).max(400) }).strict();
export type UnsubscribeInput = z.output<typeof unsubscribeSchema>;

/** The one-click unsubscribe URL's path (app/api/mail/unsubscribe/[token]/route.ts): the same signed token. */
export const oneClickParamsSchema = z.object({ token: z.string().min(1).max(400) }).strict();

/**
 * The body a mail client POSTs for a one-click unsubscribe (RFC 8058 §3.1): exactly
 * `List-Unsubscribe=One-Click`. Anything else is refused, so a stray POST to the URL does nothing.
 */
export const oneClickBodySchema = z.object({ "List-Unsubscribe": z.literal("One-Click") });
