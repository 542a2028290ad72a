import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { AcceptInvitationForm } from "@/components/team/accept-invitation-form";
import { LinkProblem } from "@/components/team/link-problem";
import { PublicFrame } from "@/components/team/public-frame";
import { Notice } from "@/components/ui/notice";
import { readLink } from "@/lib/domain/invitations/read-link";

/**
 * The token is in the URL: never leak it in a Referer to another site, never index the page.
 * "same-origin", not "no-referrer": under "no-referrer" the browser sends `Origin: null` with the
 * form posted before (or without) JavaScript, which Next.js refuses as a cross-site action.
 */
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("team.accept");
  return { title: t("pageTitle"), referrer: "same-origin", robots: { index: false, follow: false } };
}

/**
 * Public: the token is the credential, checked here against its hash (no
 * requirePage: the visitor has no account yet, or is signed in as someone else).
 */
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [t, tc, ta, format] = await Promise.all([
    getTranslations("team"),
    getTranslations("common"),
    getTranslations("auth"),
    getFormatter(),
  ]);
  const view = await readLink(token, "INVITE");
  if (view.state !== "valid") return <LinkProblem state={view.state} kind="INVITE" />;
  const intro =
    view.role === "CLIENT" && view.organizationName
      ? t("accept.introClient", { organization: view.organizationName })
      : t("accept.intro", { role: tc(`role.${view.role}`) });
  return (
    <PublicFrame
      titleTestId="invite-title"
      title={
        view.brand
          ? t("accept.titleBranded", { tenant: view.brand.name })
          : t("accept.title", { tenant: view.tenantName })
      }
      subtitle={intro}
      brand={view.brand}
      footer={view.brand ? ta("poweredBy") : undefined}
    >
      {view.tenantSuspended ? (
        <Notice tone="warning" testId="invite-suspended">
          {t("accept.tenantSuspended")}
        </Notice>
      ) : (
        <div className="space-y-4">
          <ClientMessages namespaces={["team.accept"]}>
            <AcceptInvitationForm token={token} email={view.email} />
          </ClientMessages>
          <p className="text-xs text-slate-600">
            {t("accept.expires", {
              expires: format.dateTime(view.expiresAt, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }),
            })}
          </p>
        </div>
      )}
    </PublicFrame>
  );
}
