import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { inter } from "@/app/fonts";
import { ClientMessages } from "@/components/i18n/client-messages";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return {
    title: { default: t("appName"), template: t("titleTemplate", { app: t("appName") }) },
    description: t("tagline"),
  };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale} className={inter.variable}>
      <body className="min-h-screen font-sans">
        {/* Only the base namespaces: each page adds what its own client components use (ClientMessages). */}
        <ClientMessages>{children}</ClientMessages>
      </body>
    </html>
  );
}
