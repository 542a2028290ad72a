import type { DomainContext } from "@/lib/domain/organizations/context";
import { requestLocale } from "@/lib/i18n/request-locale";
import { translator } from "@/lib/i18n/translate";

/** The request id and the caller's translator, for the workspace's domain functions. */
export async function domainContext(requestId: string): Promise<DomainContext> {
  return { requestId, t: translator(await requestLocale()) };
}
