import type { Locale } from "@/lib/i18n/catalog";

/**
 * What a domain function may need from the request besides the transaction and the actor.
 * No translator: the domain speaks catalog keys (AppError, field errors, stored codes) and
 * the edge (pages, components, PDFs, e-mails, the CLI) turns them into sentences.
 */
export type DomainContext = {
  /** Written to the audit trail and to log lines. */
  requestId: string;
  /**
   * The caller's language, only for text that leaves the system as written (e-mail). Nothing
   * the domain stores depends on it. Default: the catalog's default locale.
   */
  locale?: Locale;
  /** The request's clock (tests pass a fixed one). Default: now. */
  now?: Date;
};
