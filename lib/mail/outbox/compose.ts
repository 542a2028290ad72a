import type { ReactElement } from "react";
import type { Tx } from "@/lib/db/context";
import type { MailKind } from "@/lib/generated/prisma/enums";
import type { MailBrand } from "@/lib/mail/brand";
import type { Recipient, SkipReason } from "@/lib/mail/outbox/recipient";

/** What a composer gets: the mail row, its recipient as they are now, the tenant's context. */
export type ComposeInput = {
  tx: Tx;
  tenantId: string;
  mail: { id: string; kind: MailKind; sourceKey: string; data: unknown };
  recipient: Recipient;
  /** Where links point (APP_URL, lib/mail/app-url.ts). */
  baseUrl: string;
};

/** A mail ready to render (react-email element), or why it is not sent after all. */
export type Composed =
  | {
      subject: string;
      element: ReactElement;
      brand: MailBrand | null;
      /** The one-click unsubscribe URL of the mail's kind and recipient (the List-Unsubscribe header). */
      oneClickUrl: string;
    }
  | { skip: SkipReason };

/** Reads what one kind of mail needs (inside the tenant's context) and writes it in the recipient's language. */
export type Composer = (input: ComposeInput) => Promise<Composed>;
