import { env } from "@/lib/env";
import { LOGO_CID } from "@/lib/mail/brand";

/**
 * The dev mailbox (/dev/mailbox) exists in development (`npm run dev`) and, in a production
 * build, only with MAIL_DEV_MAILBOX=1 (the end-to-end suite sets it); otherwise it is a 404.
 */
export function devMailboxEnabled(): boolean {
  const config = env();
  return config.NODE_ENV !== "production" || config.MAIL_DEV_MAILBOX === "1";
}

/**
 * A mail's HTML as the mailbox's sandboxed frame shows it: the inline logo part (cid:) replaced
 * by the tenant's logo as a data: URL (a browser cannot resolve cid:), and links opening in a new
 * tab (the frame itself may not navigate to the app, which refuses to be framed).
 */
export function mailboxHtml(html: string, logoPng: Buffer | null): string {
  const withLogo = logoPng
    ? html.split(`cid:${LOGO_CID}`).join(`data:image/png;base64,${logoPng.toString("base64")}`)
    : html;
  return withLogo.replace(/<head>/i, '<head><base target="_blank">');
}
