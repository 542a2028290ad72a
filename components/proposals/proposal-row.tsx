import Link from "next/link";
import type { ReactNode } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { ProposalStatusBadge } from "@/components/proposals/proposal-status-badge";
import type { ProposalListItem } from "@/lib/domain/proposals/list-proposals";

/**
 * One proposal in a list (the client's, an organization's, an assessment's): its link, when it
 * was shared, the decision in force and its status, with the list's own actions after the badge.
 * `title` is the link's text; without it the link reads as the day it was shared.
 */
export function ProposalRow({
  proposal: p,
  href,
  title,
  linkTestId,
  children,
}: {
  proposal: Pick<ProposalListItem, "sharedAt" | "status" | "decision">;
  href: string;
  title?: string;
  linkTestId?: string;
  children?: ReactNode;
}) {
  const t = useTranslations("proposals");
  const format = useFormatter();
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  const sharedOn = t("portal.sharedOn", { date: day(p.sharedAt) });
  return (
    <li className="flex flex-wrap items-center justify-between gap-3 px-5 py-3 text-sm">
      <div>
        <Link
          href={href}
          prefetch={false}
          className="font-medium text-brand-700 hover:underline"
          data-testid={linkTestId}
        >
          {title ?? sharedOn}
        </Link>
        {title ? <p className="text-xs text-slate-600">{sharedOn}</p> : null}
        {p.decision ? (
          <p className="text-xs text-slate-600">
            {t("portal.decidedBy", {
              decision: t(`decision.${p.decision.decision}`),
              name: p.decision.signatureName,
              date: day(p.decision.decidedAt),
            })}
          </p>
        ) : null}
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <ProposalStatusBadge status={p.status} />
        {children}
      </div>
    </li>
  );
}
