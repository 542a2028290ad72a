/**
 * Where each table would live on a Citus cluster distributed by tenant (docs/scaling.md).
 * The rule: a table with a `tenantId` column is DISTRIBUTED on it and co-located with every
 * other tenant table; a table without one must be named here as a REFERENCE table (small,
 * global, copied to every node) or a LOCAL table (kept on the coordinator only), with the
 * reason. A new table that is neither gets reported by `npm run db:citus-check`.
 */
export const DISTRIBUTION_COLUMN = "tenantId";

export type Placement = "distributed" | "reference" | "local";

export type PlacementRule = { placement: Exclude<Placement, "distributed">; why: string };

/** Tables without a tenantId column, by "schema.table". */
export const TABLE_PLACEMENT: Readonly<Record<string, PlacementRule>> = {
  "public.Tenant": {
    placement: "reference",
    why: "one row per tenant, read by every request (actor resolution) and rarely written; every tenant table's tenantId references it, which Citus allows from a distributed to a reference table",
  },
  "public.User": {
    placement: "reference",
    why: "global: a person reaches tenants through memberships and signs in by e-mail before any tenant is known",
  },
  "public.LoginThrottle": {
    placement: "local",
    why: "hot, tiny sign-in counters keyed by hashed e-mail/IP, no tenant; a reference table would replicate every write to every node",
  },
  "public.Session": {
    placement: "local",
    why: "server-side sessions: global like User (a user's sessions span tenants), read on every request by primary key and written at most once a minute per session; a reference table would replicate every write to every node",
  },
  "public._prisma_migrations": { placement: "local", why: "migration bookkeeping, read by the migration runner only" },
};

/** Whole schemas kept on the coordinator. */
export const SCHEMA_PLACEMENT: Readonly<Record<string, PlacementRule>> = {
  pgboss: {
    placement: "local",
    why: "the job queue (pg-boss): jobs carry ids only and are claimed with SKIP LOCKED across tenants; a coordinator-local table, like a broker",
  },
};
