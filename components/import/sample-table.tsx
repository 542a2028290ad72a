"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { cn } from "@/components/ui/cn";

export type SampleColumn<R> = { label: string; numeric?: boolean; className?: string; cell: (row: R) => ReactNode };

/**
 * The first rows of an import's preview: the file's row number, then the columns the import
 * declares. Each import (interventions, organizations, report metrics) only says its columns.
 */
export function SampleTable<R extends { row: number }>({
  rows,
  columns,
  rowKey = (r) => String(r.row),
  testId = "import-sample",
  rowTestId,
}: {
  rows: readonly R[];
  columns: readonly SampleColumn<R>[];
  rowKey?: (row: R) => string;
  testId?: string;
  rowTestId?: string;
}) {
  const t = useTranslations("imports.preview");
  return (
    <Table data-testid={testId}>
      <thead>
        <tr>
          <Th>{t("row")}</Th>
          {columns.map((c) => (
            <Th key={c.label} className={c.numeric ? "text-right" : undefined}>
              {c.label}
            </Th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <Tr key={rowKey(r)} data-testid={rowTestId}>
            <Td className="tabular-nums">{r.row}</Td>
            {columns.map((c) => (
              <Td key={c.label} className={cn(c.numeric && "text-right tabular-nums", c.className)}>
                {c.cell(r)}
              </Td>
            ))}
          </Tr>
        ))}
      </tbody>
    </Table>
  );
}
