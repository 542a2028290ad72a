import { z } from "zod";

/**
 * Server environment, validated once at start-up with messages that say what to fix.
 * `DATABASE_URL` is always set by the time the app runs: scripts/run-with-db.ts
 * provides the embedded PGlite server's URL when the user gave none.
 */
const postgresUrl = z
  .string({ error: "is required (scripts/run-with-db.ts sets it for the embedded database)" })
  .regex(/^postgres(ql)?:\/\//, { error: "must be a postgresql:// URL" });

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: postgresUrl,
  MIGRATE_DATABASE_URL: postgresUrl.optional(),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  /**
   * "on": each SQL text is prepared once per connection under a stable name and re-executed by name
   * (lib/db/client.ts). "off" behind a pooler that cannot follow named statements across server
   * connections (PgBouncer < 1.21 in transaction mode) and on the embedded PGlite, which serves every
   * TCP connection from one session (lib/db/resolve.ts sets it there).
   */
  DB_PREPARED_STATEMENTS: z.enum(["on", "off"]).default("on"),
  AUTH_SECRET: z.string().min(32, { error: "must be at least 32 characters (openssl rand -base64 32)" }),
  APP_URL: z.url().optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, { error: "must be an smtp:// or smtps:// URL" })
    .optional(),
  MAIL_FROM: z.string().default("Mainstay <no-reply@mainstay.local>"),
  /** "1": show the dev mailbox (/dev/mailbox) in production too — for end-to-end tests and demos, never a real site. */
  MAIL_DEV_MAILBOX: z.enum(["0", "1"]).default("0"),
  /** "off": this process's worker does not schedule the daily mail run (lib/mail/daily.ts); the tests set it. */
  MAIL_DAILY: z.enum(["on", "off"]).default("on"),
  /** How many proxies in front of the app may be believed about the client (scripts/forwarded-headers.mjs). */
  TRUST_PROXY: z.coerce.number().int().min(0).max(99).default(0),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  /** Where jobs run: inside each web server process ("in-process"), or only in `npm run worker` ("off" here). */
  JOBS_WORKER: z.enum(["in-process", "off"]).default("in-process"),
  /** Seconds between polls of an idle queue. */
  JOBS_POLL_SECONDS: z.coerce.number().min(0.5).max(60).default(2),
  /** Seconds between maintenance passes: a crashed worker's runs are retried within expiry + this. */
  JOBS_MAINTENANCE_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function formatEnvError(error: z.ZodError): string {
  const lines = error.issues.map((i) => `  - ${i.path.join(".") || "(env)"}: ${i.message}`);
  return `Invalid environment:\n${lines.join("\n")}`;
}

/** Reads and validates the environment; throws one readable error listing every problem. */
export function env(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) throw new Error(formatEnvError(parsed.error));
  cached = parsed.data;
  return cached;
}
