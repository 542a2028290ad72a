import net from "node:net";

/**
 * Where a webhook may be sent. In production only public addresses: loopback, private,
 * link-local, shared, documentation, multicast and reserved ranges are refused, both for an
 * IP written in the URL (at registration and at delivery) and for every address a host name
 * resolves to at delivery time (the connection then goes to the address that was checked,
 * so DNS cannot be switched between check and use). WEBHOOKS_ALLOW_PRIVATE_TARGETS=1 allows
 * them for development and tests; it is ignored when NODE_ENV=production.
 */
const BLOCKED = new net.BlockList();
for (const [address, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.88.99.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const) {
  BLOCKED.addSubnet(address, prefix, "ipv4");
}
for (const [address, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["::ffff:0:0", 96],
  ["64:ff9b::", 96],
  ["64:ff9b:1::", 48],
  ["100::", 64],
  ["2001::", 23],
  ["2001:db8::", 32],
  ["2002::", 16],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
] as const) {
  BLOCKED.addSubnet(address, prefix, "ipv6");
}

export function allowPrivateTargets(): boolean {
  return process.env.NODE_ENV !== "production" && process.env.WEBHOOKS_ALLOW_PRIVATE_TARGETS === "1";
}

/** True for an address a webhook must not reach (IPv4-mapped IPv6 is judged by its IPv4). */
export function isBlockedAddress(address: string): boolean {
  const family = net.isIP(address);
  if (family === 0) return true;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return BLOCKED.check(mapped[1]!, "ipv4");
  return BLOCKED.check(address, family === 4 ? "ipv4" : "ipv6");
}

export type TargetProblem = "invalidUrl" | "httpsRequired" | "credentials" | "privateAddress";

/** Checks a URL an owner registers; null when it may be used. */
export function targetProblem(raw: string, allowPrivate = allowPrivateTargets()): TargetProblem | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "invalidUrl";
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return "invalidUrl";
  if (url.username || url.password) return "credentials";
  if (allowPrivate) return null;
  if (url.protocol !== "https:") return "httpsRequired";
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (net.isIP(host) && isBlockedAddress(host)) return "privateAddress";
  if (host === "localhost" || host.endsWith(".localhost") || host.endsWith(".local") || host.endsWith(".internal"))
    return "privateAddress";
  return null;
}
