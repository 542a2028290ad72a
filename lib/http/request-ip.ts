import { clientIp } from "@/lib/http/client-ip";

/** The caller's IP for throttling; "unknown" outside a request (tests, scripts). */
export async function requestIp(): Promise<string> {
  try {
    const { headers } = await import("next/headers");
    return clientIp(await headers());
  } catch {
    return "unknown";
  }
}
