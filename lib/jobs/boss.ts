import PgBoss from "pg-boss";
import type { Tx } from "@/lib/db/context";

/**
 * The pg-boss instances. The queue's schema is created by a migration (owner role), so no
 * instance ever migrates: `migrate: false` makes start() refuse a database whose pg-boss
 * schema version is not the one this pg-boss expects ("run npm run db:migrate").
 */
export const QUEUE_SCHEMA = "pgboss";

/** A pg-boss that is never started and owns no connection: it only writes jobs through a transaction of ours. */
let sender: PgBoss | undefined;
export function senderBoss(): PgBoss {
  sender ??= new PgBoss({
    schema: QUEUE_SCHEMA,
    migrate: false,
    db: {
      executeSql: () => {
        throw new Error("the sender pg-boss has no connection of its own: pass { db: txDb(tx) }");
      },
    },
  });
  return sender;
}

/**
 * pg-boss's database interface over a Prisma transaction, so a job is inserted by the same
 * transaction as the change that caused it (commit: both; rollback: neither).
 */
export function txDb(tx: Tx): PgBoss.Db {
  return {
    executeSql: async (text: string, values: unknown[] = []) => {
      const args = values.map((v) =>
        v === undefined ? null : v !== null && typeof v === "object" && !(v instanceof Date) ? JSON.stringify(v) : v,
      );
      return { rows: await tx.$queryRawUnsafe<Record<string, unknown>[]>(text, ...args) };
    },
  };
}

export type WorkerBossOptions = {
  connectionString: string;
  /** Seconds between maintenance passes (expiring crashed runs, archiving); one instance at a time does it. */
  maintenanceIntervalSeconds: number;
  /** Connections of the worker's own pool. */
  max: number;
};

export function workerBoss(options: WorkerBossOptions): PgBoss {
  return new PgBoss({
    connectionString: options.connectionString,
    schema: QUEUE_SCHEMA,
    migrate: false,
    // No cron schedules yet: the timekeeper would poll for nothing.
    schedule: false,
    supervise: true,
    maintenanceIntervalSeconds: options.maintenanceIntervalSeconds,
    max: options.max,
    application_name: "mainstay-worker",
  });
}
