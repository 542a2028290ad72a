import { withDbContext, type Tx } from "@/lib/db/context";

/**
 * A job's database access: one transaction as the runtime role inside ONE tenant, with
 * `app.system` on. RLS still applies — the tenant's rows only — and the policies that let
 * the worker in say so explicitly (`app_is_system()`); no request can set it.
 */
export function asSystem<T>(tenantId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return withDbContext({ tenantId, system: true }, fn);
}
