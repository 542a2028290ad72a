import { useTranslations } from "next-intl";
import { Table, Td, Th } from "@/components/ui/table";
import type { GridRow } from "@/lib/engine";

/** The seed's decision grid, verbatim, with the rows that apply to this organization marked. */
export function DecisionGrid({ grid }: { grid: GridRow[] }) {
  const t = useTranslations("assessments.result.grid");
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
            <Td>{row.situation}</Td>
            <Td>{row.breakFix}</Td>
            <Td>{row.msp}</Td>
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
