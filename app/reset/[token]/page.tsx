import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { LinkProblem } from "@/components/team/link-problem";
import { PublicFrame } from "@/components/team/public-frame";
import { ResetPasswordForm } from "@/components/team/reset-password-form";
import { readLink } from "@/lib/domain/invitations/read-link";

/**
 * The token is in the URL: never leak it in a Referer to another site, never index the page.
 * "same-origin", not "no-referrer": under "no-referrer" the browser sends `Origin: null` with the
 * form posted before (or without) JavaScript, which Next.js refuses as a cross-site action.
 */
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("team.reset");
  return { title: t("pageTitle"), referrer: "same-origin", robots: { index: false, follow: false } };
}

/** Public: the reset token is the credential, checked against its hash. */
export default async function ResetPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("team.reset");
  const view = await readLink(token, "PASSWORD_RESET");
  if (view.state !== "valid") return <LinkProblem state={view.state} kind="PASSWORD_RESET" />;
  return (
    <PublicFrame title={t("pageTitle")} subtitle={t("pageIntro", { email: view.email })}>
      <ClientMessages namespaces={["team.reset"]}>
        <ResetPasswordForm token={token} email={view.email} />
      </ClientMessages>
    </PublicFrame>
  );
}
