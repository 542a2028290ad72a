/**
 * The client's address, for sign-in throttling. By the time a request reaches the app,
 * scripts/forwarded-headers.mjs (preloaded into the server process) has replaced
 * X-Forwarded-For with exactly one address: the socket's peer, or with TRUST_PROXY=N the
 * address the N-th proxy in front saw. A client cannot choose it.
 */
export function clientIp(headers: Headers): string {
  const ip = headers.get("x-forwarded-for")?.split(",")[0]?.trim() || "unknown";
  return ip.slice(0, 64);
}
