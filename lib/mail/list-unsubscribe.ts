/**
 * The headers that let a mail program offer "Unsubscribe" itself, for a mail that can be turned
 * off (every outbox mail): `List-Unsubscribe` (RFC 2369) with the one-click URL of the mail's
 * signed token (lib/mail/outbox/footer.ts), and — when that URL is https, as RFC 8058 requires —
 * `List-Unsubscribe-Post: List-Unsubscribe=One-Click`, which tells the program it may POST to it
 * without opening a page (app/api/mail/unsubscribe/[token]/route.ts). No `mailto:`: nothing reads
 * that mailbox. Over plain http (development) the header still names the URL, and a GET of it
 * leads to the page that asks for confirmation.
 */
export function listUnsubscribeHeaders(oneClickUrl: string): Record<string, string> {
  const headers: Record<string, string> = { "List-Unsubscribe": `<${oneClickUrl}>` };
  if (oneClickUrl.startsWith("https://")) headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click";
  return headers;
}
