import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { authenticate } from "@/lib/auth/authenticate";
import { authConfig } from "@/lib/auth/config";
import { clientIp } from "@/lib/http/client-ip";
import { newRequestId } from "@/lib/http/request-id";

/** Carries the reason to the sign-in form; the message shown is ours (messages/en/auth.json). */
export class SignInRefused extends CredentialsSignin {
  constructor(code: "invalid" | "throttled" | "suspended", detail?: string) {
    super(code);
    this.code = detail ? `${code}:${detail}` : code;
  }
}

const credentialsSchema = z.object({ email: z.string().max(254), password: z.string().min(1).max(1024) });

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
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
        });
        if (result.ok) return result.user;
        if (result.reason === "throttled") throw new SignInRefused("throttled", String(result.retryAfter));
        if (result.reason === "suspended") throw new SignInRefused("suspended");
        throw new SignInRefused("invalid");
      },
    }),
  ],
});
