import type { MailKind } from "@/lib/generated/prisma/enums";
import type { Composer } from "@/lib/mail/outbox/compose";
import { composeReportPublished } from "@/lib/mail/outbox/kinds/report-published";

/** One composer per kind of mail (lib/mail/kinds.ts). */
export const COMPOSERS: Partial<Record<MailKind, Composer>> = {
  REPORT_PUBLISHED: composeReportPublished,
};
