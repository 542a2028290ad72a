import type { MailKind } from "@/lib/generated/prisma/enums";
import { unsubscribeToken } from "@/lib/mail/unsubscribe-token";
import type { ActorKey, MatrixWorlds } from "@/tests/access/harness";

/**
 * The public route handlers (definePublicRoute, `permission: null`): no session, their own proof
 * in the request. The role matrix does not apply to them, so each has its cases here, with the
 * expected status and effect WRITTEN BY HAND (the oracle; not derived from the code under test).
 * tests/integration/access-matrix.test.ts fails when a public route has no row or a row no route,
 * and runs every case; tests/integration/fuzz.test.ts throws junk tokens and bodies at them.
 *
 * as       — the session the request is sent with (it must make no difference: the token decides)
 * status   — the HTTP status expected
 * optOut   — the one opt-out the request must create (whose, which kind), or null: none at all
 */
export type PublicRouteCase = {
  what: string;
  as: ActorKey;
  request: (worlds: MatrixWorlds) => { params: Record<string, string>; init?: RequestInit };
  status: number;
  optOut: { user: "clientX" | "managerA" | "ownerB"; kind: MailKind } | null;
};

/** The body RFC 8058 has a mail client POST. */
export const ONE_CLICK = "List-Unsubscribe=One-Click";
const form = (body: string): RequestInit => ({
  method: "POST",
  headers: { "content-type": "application/x-www-form-urlencoded" },
  body,
});

const tokenOf = (worlds: MatrixWorlds, user: "clientX" | "managerA" | "ownerB", kind: MailKind) => {
  const { a, b } = worlds;
  const member = { clientX: a.clientX, managerA: a.manager, ownerB: b.owner }[user];
  const tenantId = user === "ownerB" ? b.tenant.id : a.tenant.id;
  return unsubscribeToken({ tenantId, userId: member.user.id, kind });
};

/** A token whose payload names clientX but whose signature was made for managerA: a forgery. */
const tampered = (worlds: MatrixWorlds) => {
  const genuine = tokenOf(worlds, "managerA", "STAFF_DIGEST");
  const payload = Buffer.from(
    JSON.stringify({ t: worlds.a.tenant.id, u: worlds.a.clientX.user.id, k: "REPORT_PUBLISHED" }),
  ).toString("base64url");
  return `${payload}.${genuine.split(".")[1]}`;
};

export const PUBLIC_ROUTE_ROWS: Record<string, PublicRouteCase[]> = {
  "mail.unsubscribeOneClick": [
    {
      what: "a client's own token, the One-Click body, no session: that kind off for that client",
      as: "anonymous",
      request: (w) => ({ params: { token: tokenOf(w, "clientX", "REPORT_PUBLISHED") }, init: form(ONE_CLICK) }),
      status: 200,
      optOut: { user: "clientX", kind: "REPORT_PUBLISHED" },
    },
    {
      what: "a staff member's token sent from another tenant's signed-in browser: the token decides",
      as: "ownerB",
      request: (w) => ({ params: { token: tokenOf(w, "managerA", "STAFF_DIGEST") }, init: form(ONE_CLICK) }),
      status: 200,
      optOut: { user: "managerA", kind: "STAFF_DIGEST" },
    },
    {
      what: "the other tenant's owner's token, as multipart (some mail clients): that owner only",
      as: "clientX",
      request: (w) => {
        const body = new FormData();
        body.set("List-Unsubscribe", "One-Click");
        return { params: { token: tokenOf(w, "ownerB", "MISSING_REPORTS") }, init: { method: "POST", body } };
      },
      status: 200,
      optOut: { user: "ownerB", kind: "MISSING_REPORTS" },
    },
    {
      what: "a payload changed under a genuine signature",
      as: "anonymous",
      request: (w) => ({ params: { token: tampered(w) }, init: form(ONE_CLICK) }),
      status: 422,
      optOut: null,
    },
    {
      what: "a forged signature",
      as: "clientX",
      request: (w) => ({
        params: { token: tokenOf(w, "clientX", "STAFF_DIGEST").replace(/\.[^.]+$/, ".AAAAAAAAAAAAAAAAAAAAAA") },
        init: form(ONE_CLICK),
      }),
      status: 422,
      optOut: null,
    },
    {
      what: "a genuine token without the One-Click body",
      as: "anonymous",
      request: (w) => ({ params: { token: tokenOf(w, "clientX", "MISSING_REPORTS") }, init: form("") }),
      status: 422,
      optOut: null,
    },
    {
      what: "a genuine token with another body",
      as: "anonymous",
      request: (w) => ({
        params: { token: tokenOf(w, "clientX", "MISSING_REPORTS") },
        init: form("List-Unsubscribe=Yes"),
      }),
      status: 422,
      optOut: null,
    },
    {
      what: "a token longer than any we sign",
      as: "anonymous",
      request: () => ({ params: { token: "a".repeat(401) }, init: form(ONE_CLICK) }),
      status: 404,
      optOut: null,
    },
  ],
  "mail.unsubscribeOneClick.page": [
    {
      what: "the URL opened in a browser: to the confirmation page, nothing changed",
      as: "anonymous",
      request: (w) => ({ params: { token: tokenOf(w, "clientX", "MISSING_REPORTS") }, init: { method: "GET" } }),
      status: 303,
      optOut: null,
    },
    {
      what: "a bad token opened: the page says so, nothing changed",
      as: "clientY",
      request: () => ({ params: { token: "nonsense" }, init: { method: "GET" } }),
      status: 303,
      optOut: null,
    },
  ],
};
