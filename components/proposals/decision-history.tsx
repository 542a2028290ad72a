import { useFormatter, useTranslations } from "next-intl";
import type { ProposalView } from "@/lib/domain/proposals/get-proposal";

/**
 * A proposal's decisions, oldest first: who signed (the typed name), when, what, and the
 * fingerprint they signed. The last one is in force; the others are kept, marked superseded.
 */
export function DecisionHistory({ decisions }: { decisions: ProposalView["decisions"] }) {
  const t = useTranslations("proposals");
  const format = useFormatter();
  if (decisions.length === 0) return <p className="text-sm text-slate-700">{t("decisions.none")}</p>;
  return (
    <ol className="space-y-3" data-testid="proposal-decisions">
      {decisions.map((d, i) => (
        <li key={d.id} className="rounded-md border border-slate-200 p-3 text-sm" data-testid="proposal-decision">
          <p className="font-medium text-slate-900">
            {t("decisions.entry", {
              decision: t(`decision.${d.decision}`),
              name: d.signatureName,
              date: format.dateTime(d.decidedAt, { dateStyle: "long", timeStyle: "short", timeZone: "UTC" }),
            })}{" "}
            <span className="text-xs font-normal text-slate-600">
              {i === decisions.length - 1 ? t("decisions.inForce") : t("decisions.superseded")}
            </span>
          </p>
          <p className="mt-1 break-all text-xs text-slate-600">
            {t("decisions.signedHash", { hash: d.snapshotSha256 })}
          </p>
        </li>
      ))}
    </ol>
  );
}
