import { createHash } from "node:crypto";
import { withDbContext } from "@/lib/db/context";

/**
 * How often "Forgot your password?" may send a link, stored with the sign-in counters
 * (LoginThrottle, hashed keys, no email or IP in the table):
 * - one link per address every RESET_COOLDOWN_SECONDS, whoever asks (no mailbox flooding);
 * - RESET_LIMITS.ip requests per address of the caller in 15 minutes (no sweeping of addresses).
 * Counted for unknown addresses too, so the answer reveals nothing. Separate from the sign-in
 * counters: asking for a link never slows down anyone's sign-in.
 */
export const RESET_COOLDOWN_SECONDS = 5 * 60;
export const RESET_LIMITS = { ip: 10 } as const;
const WINDOW_SECONDS = 15 * 60;

const digest = (s: string) => createHash("sha256").update(s).digest("hex");

export function resetThrottleKeys(email: string, ip: string) {
  return { email: digest(`reset:${email.toLowerCase()}`), ip: digest(`reset-ip:${ip}`) };
}

/**
 * Takes a slot for sending a link to `email` from `ip`: true when one may be sent now (and the
 * next one for that address only after the cooldown), false when held back.
 */
export async function claimResetSlot(email: string, ip: string): Promise<boolean> {
  const keys = resetThrottleKeys(email, ip);
  return withDbContext({}, async (tx) => {
    const [perIp] = await tx.$queryRaw<{ failures: number }[]>`
      INSERT INTO "LoginThrottle" (key, failures, "windowStart", "lockedUntil", "createdAt", "updatedAt")
      VALUES (${keys.ip}, 1, now(), NULL, now(), now())
      ON CONFLICT (key) DO UPDATE SET
        failures = CASE WHEN "LoginThrottle"."windowStart" < now() - make_interval(secs => ${WINDOW_SECONDS})
                        THEN 1 ELSE "LoginThrottle".failures + 1 END,
        "windowStart" = CASE WHEN "LoginThrottle"."windowStart" < now() - make_interval(secs => ${WINDOW_SECONDS})
                        THEN now() ELSE "LoginThrottle"."windowStart" END,
        "updatedAt" = now()
      RETURNING failures`;
    if ((perIp?.failures ?? 0) > RESET_LIMITS.ip) return false;
    // The address's slot: taken only when free (never locked, or its cooldown is over).
    const taken = await tx.$executeRaw`
      INSERT INTO "LoginThrottle" (key, failures, "windowStart", "lockedUntil", "createdAt", "updatedAt")
      VALUES (${keys.email}, 1, now(), now() + make_interval(secs => ${RESET_COOLDOWN_SECONDS}), now(), now())
      ON CONFLICT (key) DO UPDATE SET
        failures = "LoginThrottle".failures + 1,
        "lockedUntil" = now() + make_interval(secs => ${RESET_COOLDOWN_SECONDS}),
        "updatedAt" = now()
      WHERE "LoginThrottle"."lockedUntil" IS NULL OR "LoginThrottle"."lockedUntil" <= now()`;
    return taken === 1;
  });
}
