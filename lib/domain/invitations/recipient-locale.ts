import type { Tx } from "@/lib/db/context";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/catalog";

/**
 * The language of an e-mail, chosen for its recipient: the language they chose (a user of this
 * tenant with a stored locale), else, for a client user, their organization's report language,
 * else `fallback` (the sender's).
 */
export async function recipientLocale(
  tx: Tx,
  tenantId: string,
  to: { email: string; organizationId: string | null },
  fallback: Locale = DEFAULT_LOCALE,
): Promise<Locale> {
  const user = await tx.user.findFirst({
    where: { email: to.email, memberships: { some: { tenantId } } },
    select: { locale: true },
  });
  if (user?.locale) return user.locale;
  if (to.organizationId) {
    const org = await tx.clientOrganization.findFirst({
      where: { tenantId, id: to.organizationId },
      select: { reportLocale: true },
    });
    if (org?.reportLocale) return org.reportLocale;
  }
  return fallback;
}
