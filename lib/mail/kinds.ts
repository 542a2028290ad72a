import type { MailKind } from "@/lib/generated/prisma/enums";
import type { ActorRole } from "@/lib/access/permissions";

/**
 * The e-mails Mainstay sends on its own, declared once (the Prisma enum `MailKind` holds the same
 * values; lib/mail/render.test.ts checks both): who receives each, and so which switches a
 * user sees on their profile and which one an unsubscribe link turns off.
 */
export const MAIL_KINDS = [
  "REPORT_PUBLISHED",
  "MISSING_REPORTS",
  "STAFF_DIGEST",
] as const satisfies readonly MailKind[];

export const MAIL_AUDIENCE: Record<MailKind, readonly ActorRole[]> = {
  REPORT_PUBLISHED: ["CLIENT"],
  MISSING_REPORTS: ["OWNER", "ACCOUNT_MANAGER"],
  STAFF_DIGEST: ["OWNER", "ACCOUNT_MANAGER"],
};

/** The kinds a member with this role may receive (a platform admin: none). */
export function mailKindsFor(role: ActorRole): MailKind[] {
  return MAIL_KINDS.filter((kind) => MAIL_AUDIENCE[kind].includes(role));
}
