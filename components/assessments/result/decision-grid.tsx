import { useTranslations } from "next-intl";
import { Table, Td, Th } from "@/components/ui/table";
import { useEngineText } from "@/components/assessments/use-engine-text";
import type { StoredResult } from "@/lib/domain/assessments/stored-result";
import { GRID_FITS } from "@/lib/engine";

/** The seed's decision grid, verbatim, with the rows that apply to this organization marked. */
export function DecisionGrid({ grid }: { grid: StoredResult["grid"] }) {
  const t = useTranslations("assessments.result.grid");
  const te = useTranslations("engine.fit");
  const say = useEngineText();
  /** The seed's words in the reader's language (a stored value we do not know is shown as stored). */
  const fit = (value: string) => (value in GRID_FITS ? te(GRID_FITS[value as keyof typeof GRID_FITS]) : value);
  return (
    <Table data-testid="decision-grid">
      <caption className="sr-only">{t("caption")}</caption>
      <thead>
        <tr>
          <Th>{t("situation")}</Th>
          <Th>{t("breakFix")}</Th>
          <Th>{t("msp")}</Th>
          <Th>{t("applies")}</Th>
        </tr>
      </thead>
      <tbody>
        {grid.map((row) => (
          <tr
            key={row.key}
            className={row.applies ? "border-t border-slate-100 bg-brand-50 font-medium" : "border-t border-slate-100"}
            data-applies={row.applies ? "true" : "false"}
          >
            <Td>{say(row.situation)}</Td>
            <Td>{fit(row.breakFix)}</Td>
            <Td>{fit(row.msp)}</Td>
            <Td>
              {row.applies ? (
                <span className="inline-flex items-center gap-1 text-brand-800">
                  <span aria-hidden="true">●</span>
                  {t("yes")}
                </span>
              ) : (
                <span className="text-slate-600">{t("no")}</span>
              )}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
