import { defineRoute } from "@/lib/access/route";

/**
 * GET /api/bench/baseline — the benchmark's baseline (docs/performance.md): the
 * cheapest guarded request the app can serve. It goes through everything every
 * other entry point pays for — the proxy, the session cookie, `defineRoute`
 * (actor re-read from the database, permission matrix, strict query, one scoped
 * transaction with the RLS context) — then runs one trivial query. Any signed-in
 * user may call it ("profile.update" is granted to every role); it reads and
 * reveals nothing.
 */
export const GET = defineRoute({ name: "bench.baseline", permission: "profile.update" }, async ({ tx }) => {
  await tx.$queryRaw`SELECT 1`;
  return Response.json({ ok: true }, { headers: { "cache-control": "no-store" } });
});
