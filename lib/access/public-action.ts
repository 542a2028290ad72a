import type { z } from "zod";
import { toFailure, validationError } from "@/lib/access/failure";
import type { ActionResult } from "@/lib/access/result";
import type { Locale } from "@/lib/i18n/catalog";
import { requestLocale } from "@/lib/i18n/request-locale";
import { newRequestId } from "@/lib/http/request-id";

export type PublicActionMeta = { name: string; permission: null; input: z.ZodType; idempotent: false };
export type PublicServerAction<R> = ((raw: unknown) => Promise<ActionResult<R>>) & { meta: PublicActionMeta };

/**
 * Entry points that run before anyone is signed in (sign-in, sign-out,
 * accepting an invitation, resetting a password): strict zod validation and the
 * same error shaping as defineAction; the handler sets its own narrow database
 * context (login email, invitation token), never a tenant.
 */
export function definePublicAction<S extends z.ZodType, R>(
  config: { name: string; input: S },
  handler: (ctx: { input: z.output<S>; requestId: string; locale: Locale }) => Promise<R>,
): PublicServerAction<R> {
  const meta: PublicActionMeta = { name: config.name, permission: null, input: config.input, idempotent: false };
  const run = async (raw: unknown): Promise<ActionResult<R>> => {
    const requestId = newRequestId();
    const locale = await requestLocale();
    try {
      const parsed = config.input.safeParse(raw, { reportInput: true });
      if (!parsed.success) throw validationError(parsed.error);
      return { ok: true, data: await handler({ input: parsed.data, requestId, locale }) };
    } catch (error) {
      if (isNextControlFlow(error)) throw error;
      return toFailure(error, { locale, requestId, entry: config.name, actor: null });
    }
  };
  return Object.assign(run, { meta });
}

/** redirect() and notFound() work by throwing; they must pass through. */
export function isNextControlFlow(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return (
    typeof digest === "string" && (digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR_FALLBACK"))
  );
}
