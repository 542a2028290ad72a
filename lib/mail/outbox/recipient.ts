import type { Tx } from "@/lib/db/context";
import type { MailKind, Role } from "@/lib/generated/prisma/enums";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/catalog";
import { MAIL_AUDIENCE } from "@/lib/mail/kinds";

export type Recipient = {
  userId: string;
  email: string;
  name: string;
  role: Role;
  organizationId: string | null;
  locale: Locale;
  tenantName: string;
};

/** Why a mail was not sent on purpose (stored in OutboxMail.lastError with status SKIPPED). */
export const SKIP_REASONS = [
  "recipient_gone",
  "not_audience",
  "opted_out",
  "report_unpublished",
  "nothing_new",
] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];
export const isSkipReason = (value: string): value is SkipReason => (SKIP_REASONS as readonly string[]).includes(value);

/**
 * The recipient of a mail as they are NOW (when it is sent, not when it was queued): a member
 * still in the tenant and not disabled, of a role this kind of mail goes to, who has not turned
 * it off. Their language: their own choice, else (a client) their organization's report
 * language, else English — the rule of every e-mail (lib/domain/invitations/recipient-locale.ts).
 */
export async function loadRecipient(
  tx: Tx,
  input: { tenantId: string; userId: string; kind: MailKind },
): Promise<Recipient | { skip: SkipReason }> {
  const membership = await tx.membership.findFirst({
    where: { tenantId: input.tenantId, userId: input.userId, removedAt: null },
    select: {
      role: true,
      organizationId: true,
      user: { select: { email: true, name: true, locale: true, disabled: true } },
      organization: { select: { reportLocale: true } },
      tenant: { select: { name: true } },
    },
  });
  if (!membership || membership.user.disabled) return { skip: "recipient_gone" };
  if (!MAIL_AUDIENCE[input.kind].includes(membership.role)) return { skip: "not_audience" };
  const optedOut = await tx.mailOptOut.count({
    where: { tenantId: input.tenantId, userId: input.userId, kind: input.kind },
  });
  if (optedOut > 0) return { skip: "opted_out" };
  return {
    userId: input.userId,
    email: membership.user.email,
    name: membership.user.name,
    role: membership.role,
    organizationId: membership.organizationId,
    locale: membership.user.locale ?? membership.organization?.reportLocale ?? DEFAULT_LOCALE,
    tenantName: membership.tenant.name,
  };
}
