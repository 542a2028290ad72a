import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LoginForm } from "@/components/auth/login-form";
import { PublicBrandMark } from "@/components/brand/brand-mark";
import { BrandStyle } from "@/components/brand/brand-style";
import { ClientMessages } from "@/components/i18n/client-messages";
import { currentActorState } from "@/lib/access/page";
import { HOME } from "@/lib/access/permissions";
import { getSignInBrand } from "@/lib/domain/brand/get-sign-in-brand";
import { Notice } from "@/components/ui/notice";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("submit") };
}

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [t, tc, params, state] = await Promise.all([
    getTranslations("auth"),
    getTranslations("common"),
    searchParams,
    currentActorState(),
  ]);
  if (state.kind === "actor") redirect(HOME[state.actor.role]);
  const next = typeof params.next === "string" ? params.next : undefined;
  // The sign-in page of an MSP's link (/login?tenant=<slug>) wears its brand (name, logo, colour)
  // and nothing else of it; an unknown slug, or a tenant without a brand, is the plain page.
  const brand = typeof params.tenant === "string" ? await getSignInBrand(params.tenant) : null;
  return (
    <main id="main" className="flex min-h-screen items-center justify-center px-4 py-12">
      {brand ? <BrandStyle color={brand.primaryColor} /> : null}
      <div className="w-full max-w-sm">
        <div className="mb-8 text-center">
          <PublicBrandMark brand={brand} />
          <h1 className="text-2xl font-semibold tracking-tight" data-testid="sign-in-title">
            {brand ? t("titleBranded", { msp: brand.name }) : t("title")}
          </h1>
          <p className="mt-1 text-sm text-slate-600">{t("subtitle")}</p>
        </div>
        {params.ended ? (
          <Notice tone="info" className="mb-4">
            {t("sessionEnded")}
          </Notice>
        ) : null}
        <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <ClientMessages namespaces={["auth"]}>
            <LoginForm next={next} />
          </ClientMessages>
          <p className="mt-4 text-center text-sm">
            <Link href="/forgot" className="font-medium text-brand-800 underline" data-testid="forgot-link">
              {t("forgotLink")}
            </Link>
          </p>
        </div>
        <p className="mt-6 text-center text-xs text-slate-600">{brand ? t("poweredBy") : tc("tagline")}</p>
      </div>
    </main>
  );
}
