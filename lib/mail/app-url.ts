import { env } from "@/lib/env";

/**
 * The base URL links in emails point at: APP_URL when set (production should
 * set it), otherwise the origin of the current request (a server action's POST
 * carries an Origin header that Next.js has already checked against Host), and
 * outside a request (tests, scripts) http://localhost:3000.
 */
export async function appBaseUrl(): Promise<string> {
  const configured = env().APP_URL;
  if (configured) return configured.replace(/\/+$/, "");
  try {
    const { headers } = await import("next/headers");
    const h = await headers();
    const origin = h.get("origin");
    if (origin && /^https?:\/\/[^/\s]+$/.test(origin)) return origin;
    const host = h.get("x-forwarded-host") ?? h.get("host");
    if (host && /^[A-Za-z0-9.:[\]-]+$/.test(host)) {
      const proto = h.get("x-forwarded-proto") === "https" ? "https" : "http";
      return `${proto}://${host}`;
    }
  } catch {
    // Not inside a request.
  }
  return "http://localhost:3000";
}
