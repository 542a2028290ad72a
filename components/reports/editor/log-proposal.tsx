"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { ReportMetricsProposal } from "@/lib/interventions/report-metrics";

type Props = {
  proposal: ReportMetricsProposal | null;
  /** Writes the proposed figures into the editor's fields (the editor stays the place to change them). */
  onUse: (proposal: ReportMetricsProposal) => void;
};

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * What the interventions log says about the report's month: the figures it can propose (incidents
 * opened, major incidents, tickets by category), what they rest on, and what it cannot say.
 * Using them fills the fields with the source "Interventions log" and the as-of date; nothing is
 * saved until the draft is.
 */
export function LogProposal({ proposal, onUse }: Props) {
  const t = useTranslations("reports.editor.fromLog");
  const format = useFormatter();
  const [used, setUsed] = useState(false);
  if (!proposal)
    return (
      <p
        className="rounded-md border border-dashed border-slate-300 px-4 py-3 text-sm text-slate-600"
        data-testid="log-proposal"
      >
        {t("empty")}
      </p>
    );
  const range = {
    from: format.dateTime(day(proposal.from), { dateStyle: "medium", timeZone: "UTC" }),
    to: format.dateTime(day(proposal.to), { dateStyle: "medium", timeZone: "UTC" }),
  };
  return (
    <section
      aria-labelledby="log-proposal-title"
      className="rounded-md border border-sky-200 bg-sky-50 px-4 py-3 text-sm text-slate-800"
      data-testid="log-proposal"
    >
      <h3 id="log-proposal-title" className="font-semibold text-slate-900">
        {t("title")}
      </h3>
      <p className="mt-1">
        {t("read", {
          ...range,
          tickets: proposal.tickets,
          timeEntries: proposal.timeEntries,
          detected: proposal.detected,
          reported: proposal.reported,
        })}
      </p>
      <ul className="mt-2 list-disc space-y-0.5 pl-5">
        <li data-testid="log-proposal-opened">{t("opened", { count: proposal.incidentsOpened })}</li>
        <li data-testid="log-proposal-major">
          {t("major", { count: proposal.majorIncidents, people: proposal.majorThreshold })}
        </li>
        <li>{t("categories", { count: proposal.ticketsByCategory.length, more: proposal.otherCategories })}</li>
      </ul>
      <p className="mt-2 text-slate-600">{t("notInLog")}</p>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <Button
          size="sm"
          variant="secondary"
          onClick={() => {
            onUse(proposal);
            setUsed(true);
          }}
          data-testid="use-log-figures"
        >
          {t("use")}
        </Button>
        <p role="status" aria-live="polite" className="text-slate-700">
          {used ? t("used") : ""}
        </p>
      </div>
    </section>
  );
}
