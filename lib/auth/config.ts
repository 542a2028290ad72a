import type { NextAuthConfig } from "next-auth";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/auth/session-policy";

/**
 * The part of the Auth.js configuration with no database in it, shared by the
 * proxy (a cookie check for convenient redirects) and lib/auth/auth.ts (which
 * adds the Credentials provider). Authorization never relies on the proxy.
 */
export const authConfig = {
  trustHost: true,
  secret: process.env.AUTH_SECRET,
  // The cookie is a hint naming a server-side session (lib/auth/sessions.ts), whose row decides.
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  providers: [],
  logger: {
    // A refused sign-in is an expected outcome (audited in lib/auth/authenticate.ts), not an error.
    error(error) {
      if (error.name === "CredentialsSignin" || (error as { type?: string }).type === "CredentialsSignin") return;
      console.error(
        JSON.stringify({
          t: new Date().toISOString(),
          level: "error",
          event: "auth.error",
          name: error.name,
          message: error.message,
        }),
      );
    },
  },
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.uid = user.id;
        token.sv = user.sessionVersion ?? 0;
        token.tid = user.tenantId ?? null;
        if (user.sessionId) token.sid = user.sessionId;
        if (user.sessionExpiresAt) token.sx = Math.floor(new Date(user.sessionExpiresAt).getTime() / 1000);
      }
      return token;
    },
    session({ session, token }) {
      if (typeof token.uid === "string") {
        session.user.id = token.uid;
        session.sv = typeof token.sv === "number" ? token.sv : -1;
        session.tid = typeof token.tid === "string" ? token.tid : null;
      }
      return session;
    },
  },
} satisfies NextAuthConfig;
