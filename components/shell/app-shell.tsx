import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { CollapsibleNav } from "@/components/shell/collapsible-nav";
import { NavLinks } from "@/components/shell/nav-links";
import { navFor } from "@/components/shell/nav";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { BrandMark, logoUrl } from "@/components/brand/brand-mark";
import { BrandStyle } from "@/components/brand/brand-style";
import { SupportContact } from "@/components/brand/support-contact";
import { IntentLink } from "@/components/ui/intent-link";
import type { Actor } from "@/lib/access/actor";
import { scoped } from "@/lib/access/page";
import { HOME } from "@/lib/access/permissions";
import { getBrand, isBranded } from "@/lib/domain/brand/get-brand";

/**
 * The frame of every signed-in page: brand, role-aware navigation, account, content. Client users
 * see their MSP's brand (name, logo, colour, support contact: lib/domain/brand); staff and platform
 * admins keep Mainstay's.
 */
export async function AppShell({ actor, children }: { actor: Actor; children: ReactNode }) {
  const [t, tc, brand] = await Promise.all([
    getTranslations("nav"),
    getTranslations("common"),
    actor.role === "CLIENT" ? scoped(actor, (tx) => getBrand(tx, actor)) : null,
  ]);
  const items = navFor(actor.role).map((i) => ({ href: i.href, label: t(i.label) }));
  const branded = brand && isBranded(brand) ? brand : null;
  return (
    <div className="min-h-screen lg:flex">
      {branded ? <BrandStyle color={branded.primaryColor} /> : null}
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {tc("skipToContent")}
      </a>
      <aside className="no-print relative border-b border-slate-200 bg-white lg:fixed lg:inset-y-0 lg:w-60 lg:border-b-0 lg:border-r">
        <div className="flex h-full flex-col gap-4 p-4">
          <IntentLink href={HOME[actor.role]} className="flex items-center gap-2 px-2 pr-28 lg:pr-2">
            {branded ? (
              branded.logo ? (
                <BrandMark src={logoUrl(branded.tenantId, branded.logo.sha256)} size="sm" />
              ) : null
            ) : (
              <BrandMark src={null} size="sm" />
            )}
            {branded ? (
              <span className="min-w-0">
                <span className="block text-sm font-semibold" data-testid="brand-name">
                  {branded.name}
                </span>
                <span className="block truncate text-xs text-slate-600">{t("clientPortal")}</span>
              </span>
            ) : (
              <span className="min-w-0">
                <span className="block text-sm font-semibold">{tc("appName")}</span>
                <span className="block truncate text-xs text-slate-600" data-testid="tenant-name">
                  {actor.tenantName ?? tc("role.PLATFORM_ADMIN")}
                </span>
              </span>
            )}
          </IntentLink>
          <CollapsibleNav label={t("menu")}>
            <nav aria-label={t("mainNavigation")}>
              <NavLinks items={items} />
            </nav>
          </CollapsibleNav>
          <div className="mt-auto space-y-3">
            {brand ? <SupportContact brand={brand} /> : null}
            <div className="space-y-2 border-t border-slate-200 pt-4">
              <IntentLink href="/profile" className="block rounded-md px-2 py-1 hover:bg-slate-100">
                <span className="block truncate text-sm font-medium" data-testid="user-name">
                  {actor.name}
                </span>
                <span className="block truncate text-xs text-slate-600">{tc(`role.${actor.role}`)}</span>
              </IntentLink>
              <SignOutButton />
            </div>
          </div>
        </div>
      </aside>
      <div className="flex-1 lg:pl-60 print:pl-0">
        <main id="main" className="print-full mx-auto max-w-7xl px-4 py-8 sm:px-6 lg:px-8">
          {children}
        </main>
      </div>
    </div>
  );
}
