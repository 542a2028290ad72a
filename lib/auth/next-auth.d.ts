import "next-auth";
import "@auth/core/jwt";

declare module "next-auth" {
  interface User {
    sessionVersion?: number;
    tenantId?: string | null;
    /** The server-side session started by this sign-in, and when it ends at the latest. */
    sessionId?: string;
    sessionExpiresAt?: Date;
  }
  interface Session {
    sv?: number;
    tid?: string | null;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    uid?: string;
    sv?: number;
    tid?: string | null;
    /** Session id (model Session) and its absolute expiry in seconds since the epoch. */
    sid?: string;
    sx?: number;
  }
}
