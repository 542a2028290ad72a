import { definePublicRoute } from "@/lib/access/public-route";
import { oneClickBodySchema, oneClickParamsSchema } from "@/lib/domain/mail/schemas";
import { unsubscribe } from "@/lib/domain/mail/unsubscribe";
import { AppError } from "@/lib/errors";

/** A body read as form fields: urlencoded or multipart (what mail clients send), else its text as a query string. */
async function formFields(request: Request): Promise<Record<string, string>> {
  const type = request.headers.get("content-type") ?? "";
  if (/^(multipart\/form-data|application\/x-www-form-urlencoded)/i.test(type)) {
    const data = await request.formData().catch(() => null);
    if (!data) return {};
    return Object.fromEntries([...data.entries()].filter(([, v]) => typeof v === "string")) as Record<string, string>;
  }
  return Object.fromEntries(new URLSearchParams((await request.text()).trim()).entries());
}

/**
 * One-click unsubscribe (RFC 8058): the URL of an outbox mail's `List-Unsubscribe` header, which a
 * mail client POSTs with `List-Unsubscribe=One-Click` when its user presses "Unsubscribe". No
 * session and no CSRF token: the signed token in the path is the proof (lib/mail/unsubscribe-token.ts),
 * and its only effect is that member's opt-out of that one kind (lib/domain/mail/unsubscribe.ts,
 * audited). A bad token or body: 4xx and nothing written. Idempotent.
 */
export const POST = definePublicRoute(
  { name: "mail.unsubscribeOneClick", params: oneClickParamsSchema },
  async ({ params, request, requestId }) => {
    const body = oneClickBodySchema.safeParse(await formFields(request));
    if (!body.success) throw new AppError("VALIDATION", { key: "mail.unsubscribe.oneClickBody" });
    const { kind } = await unsubscribe({ token: params.token }, { requestId });
    return Response.json({ ok: true, kind }, { headers: { "cache-control": "no-store" } });
  },
);

/**
 * The same URL opened in a browser (a mail client that shows it, a scanner): nothing changes, it
 * leads to the page that asks for confirmation (app/unsubscribe/[token]/page.tsx).
 */
export const GET = definePublicRoute(
  { name: "mail.unsubscribeOneClick.page", params: oneClickParamsSchema },
  async ({ params }) =>
    new Response(null, {
      status: 303,
      headers: {
        location: `/unsubscribe/${encodeURIComponent(params.token)}`,
        "cache-control": "no-store",
        "referrer-policy": "no-referrer",
      },
    }),
);
