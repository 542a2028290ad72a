import { NextIntlClientProvider, type AbstractIntlMessages, type NestedKeyOf } from "next-intl";
import { getMessages } from "next-intl/server";
import type { Messages } from "@/lib/i18n/catalog";

/** A namespace ("orgs"), a nested one ("orgs.form") or a single message ("dashboard.title"). */
export type MessagePath = NestedKeyOf<Messages>;

/**
 * What the client components of every page use: `common` (forms, buttons), `errors`
 * (the error boundaries: app/error.tsx, organizations/error.tsx, follow-ups/error.tsx)
 * and `nav` (the shell's sign-out button, also on /suspended). The root layout gives
 * only these to the client; everything else is picked where it is used.
 */
export const BASE_MESSAGES = ["common", "errors", "nav"] as const satisfies readonly MessagePath[];

/**
 * The part of `messages` under the given paths, with the same nesting
 * (`["orgs.form"]` → `{ orgs: { form: … } }`). Subtrees are shared with the
 * source, not copied; a path inside one already picked is covered by it.
 */
export function pickMessages(messages: AbstractIntlMessages, paths: readonly MessagePath[]): AbstractIntlMessages {
  const picked: AbstractIntlMessages = {};
  // Shorter paths first, so a parent is in place before any of its children.
  const sorted = [...paths].sort((a, b) => a.split(".").length - b.split(".").length);
  for (const path of sorted) {
    const keys = path.split(".");
    let source: AbstractIntlMessages | string = messages;
    let target = picked;
    for (const [i, key] of keys.entries()) {
      const value: AbstractIntlMessages | string | undefined = typeof source === "string" ? undefined : source[key];
      if (value === undefined) throw new Error(`pickMessages: no messages at "${path}"`);
      if (i === keys.length - 1) {
        target[key] = value;
        break;
      }
      if (typeof value === "string")
        throw new Error(`pickMessages: "${keys.slice(0, i + 1).join(".")}" is a message, not a namespace`);
      const existing = target[key];
      if (existing === value) break; // the whole parent is already picked
      if (existing === undefined || typeof existing === "string") target[key] = {};
      target = target[key] as AbstractIntlMessages;
      source = value;
    }
  }
  return picked;
}

/**
 * Gives the client components below it the base namespaces plus `namespaces`, and
 * nothing else. A nested NextIntlClientProvider REPLACES its parent's messages (it
 * does not merge), hence the base namespaces again; locale, time zone, formats and
 * `now` come from the request config (i18n/request.ts) as for the root provider.
 *
 * Use it in a page (or a layout, never one that adds a loading boundary) around the
 * client components that call useTranslations(namespace): without it their
 * messages are missing (MISSING_MESSAGE, the key shown instead of the text).
 */
export async function ClientMessages({
  namespaces = [],
  children,
}: {
  namespaces?: readonly MessagePath[];
  children: React.ReactNode;
}) {
  const messages = await getMessages();
  return (
    <NextIntlClientProvider messages={pickMessages(messages, [...BASE_MESSAGES, ...namespaces])}>
      {children}
    </NextIntlClientProvider>
  );
}
