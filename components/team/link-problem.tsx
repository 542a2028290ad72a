import { getTranslations } from "next-intl/server";
import { PublicFrame } from "@/components/team/public-frame";
import { ButtonLink } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { LinkState } from "@/lib/domain/invitations/state";

/** The page for an invitation or reset link that cannot be used, and why (see lib/domain/invitations/state.ts). */
export async function LinkProblem({
  state,
  kind,
}: {
  state: Exclude<LinkState, "valid">;
  kind: "INVITE" | "PASSWORD_RESET";
}) {
  const t = await getTranslations("team");
  const title = kind === "INVITE" ? t(`accept.linkTitle.${state}`) : t(`accept.resetLinkTitle.${state}`);
  const message = kind === "INVITE" ? t(`accept.link.${state}`) : t(`reset.link.${state}`);
  return (
    <PublicFrame title={title}>
      <div className="space-y-4">
        <Notice tone="warning" testId="link-problem">
          <span data-state={state}>{message}</span>
        </Notice>
        <ButtonLink href="/login" variant="primary">
          {t("accept.signIn")}
        </ButtonLink>
      </div>
    </PublicFrame>
  );
}
