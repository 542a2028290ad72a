import "next-auth";
import "@auth/core/jwt";

declare module "next-auth" {
  interface User {
    sessionVersion?: number;
    tenantId?: string | null;
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
  }
}
