import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { ClientMessages } from "@/components/i18n/client-messages";
import { UnsubscribeForm } from "@/components/mail/unsubscribe-form";
import { PublicFrame } from "@/components/team/public-frame";
import { Notice } from "@/components/ui/notice";
import { readUnsubscribeToken } from "@/lib/mail/unsubscribe-token";

/** The token is in the URL: no Referer to another site, never indexed (as the invitation page). */
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("mail.unsubscribe");
  return { title: t("title"), referrer: "same-origin", robots: { index: false, follow: false } };
}

/**
 * The unsubscribe link of an outbox mail (lib/mail/outbox/footer.ts). Public: the signed token
 * names one kind of mail for one member. Opening the link changes nothing (mail scanners open
 * links); the button posts the confirmation (lib/actions/mail.ts), with or without JavaScript.
 */
export default async function UnsubscribePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("mail");
  const claim = readUnsubscribeToken(token);
  if (!claim) {
    return (
      <PublicFrame title={t("unsubscribe.title")}>
        <div className="space-y-4">
          <Notice tone="warning" testId="unsubscribe-invalid">
            {t("unsubscribe.invalid")}
          </Notice>
          <Link href="/profile" className="text-sm text-brand-700 underline">
            {t("unsubscribe.profileLink")}
          </Link>
        </div>
      </PublicFrame>
    );
  }
  return (
    <PublicFrame
      title={t("unsubscribe.title")}
      subtitle={t("unsubscribe.question", { kind: t(`kinds.${claim.kind}.label`) })}
    >
      <ClientMessages namespaces={["mail.unsubscribe"]}>
        <UnsubscribeForm token={token} />
      </ClientMessages>
    </PublicFrame>
  );
}
