import { AppError } from "@/lib/errors";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/catalog";
import { logger } from "@/lib/log";
import { appBaseUrl } from "@/lib/mail/app-url";
import { invitationMail, type InvitationMailInput } from "@/lib/mail/invitation-mail";
import { mailer } from "@/lib/mail/mailer";

/**
 * What the inviter learns: either the email went out (the link is NOT returned:
 * only the recipient's mailbox has it), or no mail server is configured and the
 * link comes back to be shown and shared by hand.
 */
export type Delivery = { delivered: true; link: null } | { delivered: false; link: string };

export async function invitationLink(kind: InvitationMailInput["kind"], token: string): Promise<string> {
  return `${await appBaseUrl()}/${kind === "INVITE" ? "invite" : "reset"}/${token}`;
}

/**
 * Sends the link. Called as the last step of the transaction that created the
 * invitation: if sending fails, the whole request fails (UNAVAILABLE, retryable)
 * and nothing was created, rather than leaving an invitation nobody received.
 */
export async function deliverInvitation(
  input: Omit<InvitationMailInput, "link"> & { token: string },
  locale: Locale = DEFAULT_LOCALE,
): Promise<Delivery> {
  const link = await invitationLink(input.kind, input.token);
  const m = mailer();
  try {
    await m.send({ ...(await invitationMail({ ...input, link }, locale)), link });
  } catch (error) {
    logger.warn("mail.failed", { to: input.to, kind: input.kind, message: (error as Error)?.message });
    throw new AppError("UNAVAILABLE", { key: "team.errors.mailFailed" });
  }
  return m.kind === "smtp" ? { delivered: true, link: null } : { delivered: false, link };
}
