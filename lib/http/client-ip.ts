/**
 * The client's IP, for throttling only. Next.js fills X-Forwarded-For with the
 * socket address when the request has none; behind a load balancer that appends
 * the real address, set TRUST_PROXY to the number of proxies so the address they
 * added is taken (counted from the right, the end a client cannot forge).
 * A forged header can only put an attacker in fresh per-IP buckets; the
 * account-wide cap in lib/auth/throttle.ts still slows them down.
 */
export function clientIp(headers: Headers): string {
  const hops = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const trusted = Math.max(1, Number.parseInt(process.env.TRUST_PROXY ?? "1", 10) || 1);
  const ip = hops[hops.length - trusted] ?? hops[0] ?? headers.get("x-real-ip") ?? "unknown";
  return ip.slice(0, 64);
}
