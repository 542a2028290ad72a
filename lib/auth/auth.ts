import NextAuth, { CredentialsSignin } from "next-auth";
import { encode, type JWT } from "next-auth/jwt";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { authenticate } from "@/lib/auth/authenticate";
import { authConfig } from "@/lib/auth/config";
import { endSession, sessionIsLive } from "@/lib/auth/sessions";
import { clientIp } from "@/lib/http/client-ip";
import { localeFromHeaders } from "@/lib/i18n/locale";
import { rememberLocale } from "@/lib/i18n/request-locale";
import { newRequestId } from "@/lib/http/request-id";

/** Carries the reason to the sign-in form; the message shown is ours (messages/en/auth.json). */
export class SignInRefused extends CredentialsSignin {
  constructor(code: "invalid" | "throttled" | "suspended", detail?: string) {
    super(code);
    this.code = detail ? `${code}:${detail}` : code;
  }
}

const credentialsSchema = z.object({ email: z.string().max(254), password: z.string().min(1).max(1024) });

/** The claims a decoded token carries (as lib/auth/session-cookie.ts reads them from the cookie). */
function claimsOf(token: JWT | null | undefined) {
  return typeof token?.uid === "string"
    ? {
        userId: token.uid,
        sessionVersion: typeof token.sv === "number" ? token.sv : -1,
        sessionId: typeof token.sid === "string" ? token.sid : null,
        tenantId: typeof token.tid === "string" ? token.tid : null,
      }
    : null;
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  jwt: {
    // The cookie never outlives the session's absolute lifetime, however often Auth.js re-issues it.
    encode(params) {
      const sx = params.token?.sx;
      const left = typeof sx === "number" ? Math.max(0, sx - Math.floor(Date.now() / 1000)) : undefined;
      return encode({ ...params, maxAge: left ?? params.maxAge });
    },
  },
  callbacks: {
    ...authConfig.callbacks,
    // Auth.js's own endpoints (GET /api/auth/session re-issues the cookie) answer only while the
    // server-side session lives; otherwise they clear the cookie. The app itself never asks them.
    async jwt(params) {
      const token = authConfig.callbacks.jwt(params);
      if (params.user) return token;
      const claims = claimsOf(token);
      return claims && (await sessionIsLive(claims)) ? token : null;
    },
  },
  events: {
    // Sign-out ends this session on the server: the old cookie, replayed, no longer works.
    async signOut(message) {
      const claims = "token" in message ? claimsOf(message.token) : null;
      if (claims) await endSession(claims);
    },
  },
  providers: [
    Credentials({
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) throw new SignInRefused("invalid");
        const result = await authenticate({
          ...parsed.data,
          ip: clientIp(request.headers),
          requestId: request.headers.get("x-request-id") ?? newRequestId(),
          locale: localeFromHeaders(request.headers),
        });
        if (result.ok) {
          // The user's language follows them: this browser switches to it from the next page.
          await rememberLocale(result.user.locale);
          return result.user;
        }
        if (result.reason === "throttled") throw new SignInRefused("throttled", String(result.retryAfter));
        if (result.reason === "suspended") throw new SignInRefused("suspended");
        throw new SignInRefused("invalid");
      },
    }),
  ],
});
