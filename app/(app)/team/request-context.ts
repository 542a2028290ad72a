import type { DomainContext } from "@/lib/domain/team/context";
import { clientIp } from "@/lib/http/client-ip";
import { requestLocale } from "@/lib/i18n/request-locale";
import { translator } from "@/lib/i18n/translate";

/** What the domain functions of the admin, team, profile and settings areas need from the request. */
export async function domainContext(requestId: string): Promise<DomainContext> {
  return { requestId, t: translator(await requestLocale()) };
}

/** The caller's IP for throttling; "unknown" outside a request (tests, scripts). */
export async function requestIp(): Promise<string> {
  try {
    const { headers } = await import("next/headers");
    return clientIp(await headers());
  } catch {
    return "unknown";
  }
}
