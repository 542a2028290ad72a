import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PublicFrame } from "@/components/team/public-frame";
import { currentActorState } from "@/lib/access/page";
import { HOME } from "@/lib/access/permissions";
import { mailer } from "@/lib/mail/mailer";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.forgot");
  return { title: t("title") };
}

/**
 * Public: "Forgot your password?" from the sign-in page. Where mail is configured, a link to
 * choose a new password is emailed (lib/domain/auth/request-own-password-reset.ts); otherwise
 * the page says who can send one (an owner, from the team page).
 */
export default async function ForgotPasswordPage() {
  const [t, state] = await Promise.all([getTranslations("auth.forgot"), currentActorState()]);
  if (state.kind === "actor") redirect(HOME[state.actor.role]);
  const byMail = mailer().kind === "smtp";
  return (
    <PublicFrame title={t("title")} subtitle={byMail ? t("intro") : undefined}>
      {byMail ? (
        <ClientMessages namespaces={["auth.forgot"]}>
          <ForgotPasswordForm />
        </ClientMessages>
      ) : (
        <p className="text-sm text-slate-700" data-testid="forgot-ask-admin">
          {t("askAdministrator")}
        </p>
      )}
      <p className="mt-4 text-sm">
        <Link href="/login" className="font-medium text-brand-800 underline">
          {t("backToSignIn")}
        </Link>
      </p>
    </PublicFrame>
  );
}
