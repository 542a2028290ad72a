import { withDbContext } from "@/lib/db/context";

/** Liveness + database reachability, for load balancers and docker-compose. Public; reveals nothing. */
export async function GET() {
  try {
    await withDbContext({}, (tx) => tx.$queryRaw`SELECT 1`);
    return Response.json({ ok: true }, { headers: { "cache-control": "no-store" } });
  } catch {
    return Response.json({ ok: false }, { status: 503, headers: { "cache-control": "no-store" } });
  }
}
