import { createHash } from "node:crypto";
import { withDbContext } from "@/lib/db/context";

/**
 * Sign-in throttling, stored in PostgreSQL so every app instance agrees.
 *
 * - per account and IP: after 5 failures in 15 minutes, exponential back-off
 *   (1 s, 2 s, 4 s … capped at 15 min);
 * - per IP: after 30 failures in 15 minutes, the same back-off for that IP;
 * - per account from anywhere: after 50 failures in 15 minutes, a back-off capped
 *   at 60 s, so rotating IPs cannot buy unlimited guesses.
 *
 * No lock on an account alone: a stranger failing from elsewhere can slow the
 * real user to one attempt a minute at worst, never lock them out; their own
 * (account, IP) pair has its own counter.
 * Counters exist for unknown emails too, so throttling reveals nothing.
 * Keys are stored hashed: no email or IP in the table.
 */
const WINDOW_MS = 15 * 60 * 1000;
export const THROTTLE_LIMITS = { accountIp: 5, ip: 30, account: 50 } as const;
const MAX_LOCK_SECONDS = { accountIp: 15 * 60, ip: 15 * 60, account: 60 } as const;

const digest = (s: string) => createHash("sha256").update(s).digest("hex");

export function throttleKeys(email: string, ip: string) {
  return {
    accountIp: digest(`acct-ip:${email.toLowerCase()}|${ip}`),
    ip: digest(`ip:${ip}`),
    account: digest(`acct:${email.toLowerCase()}`),
  };
}

/** Seconds until the caller may try again, or 0. */
export async function retryAfterSeconds(email: string, ip: string): Promise<number> {
  const keys = throttleKeys(email, ip);
  const rows = await withDbContext({}, (tx) =>
    tx.loginThrottle.findMany({
      where: { key: { in: [keys.accountIp, keys.ip, keys.account] }, lockedUntil: { gt: new Date() } },
      select: { lockedUntil: true },
    }),
  );
  const until = Math.max(0, ...rows.map((r) => r.lockedUntil?.getTime() ?? 0));
  return until ? Math.ceil((until - Date.now()) / 1000) : 0;
}

export async function recordFailure(email: string, ip: string): Promise<void> {
  const keys = throttleKeys(email, ip);
  await withDbContext({}, async (tx) => {
    for (const kind of ["accountIp", "ip", "account"] as const) {
      const key = keys[kind];
      const limit = THROTTLE_LIMITS[kind];
      const maxLock = MAX_LOCK_SECONDS[kind];
      await tx.$executeRaw`
        INSERT INTO "LoginThrottle" (key, failures, "windowStart", "lockedUntil", "createdAt", "updatedAt")
        VALUES (${key}, 1, now(), NULL, now(), now())
        ON CONFLICT (key) DO UPDATE SET
          failures = CASE WHEN "LoginThrottle"."windowStart" < now() - make_interval(secs => ${WINDOW_MS / 1000})
                          THEN 1 ELSE "LoginThrottle".failures + 1 END,
          "windowStart" = CASE WHEN "LoginThrottle"."windowStart" < now() - make_interval(secs => ${WINDOW_MS / 1000})
                          THEN now() ELSE "LoginThrottle"."windowStart" END,
          "lockedUntil" = CASE WHEN "LoginThrottle"."windowStart" >= now() - make_interval(secs => ${WINDOW_MS / 1000})
                                AND "LoginThrottle".failures + 1 >= ${limit}
                          THEN now() + make_interval(secs => LEAST(${maxLock}::float8,
                                 power(2, "LoginThrottle".failures + 1 - ${limit})::float8))
                          ELSE NULL END,
          "updatedAt" = now()`;
    }
  });
}

export async function clearFailures(email: string, ip: string): Promise<void> {
  const keys = throttleKeys(email, ip);
  await withDbContext({}, (tx) => tx.loginThrottle.deleteMany({ where: { key: keys.accountIp } }));
}
