import type { ReactNode } from "react";
import { Card, CardBody } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";

/** One headline figure: a label, the number (already formatted) and a line of detail. */
export function StatCard({
  label,
  value,
  detail,
  valueTestId,
  detailTestId,
  labelClassName,
}: {
  label: ReactNode;
  value: ReactNode;
  detail?: ReactNode;
  valueTestId?: string;
  detailTestId?: string;
  labelClassName?: string;
}) {
  return (
    <Card as="article">
      <CardBody>
        <p className={cn("text-sm font-medium text-slate-700", labelClassName)}>{label}</p>
        <p className="mt-1 text-3xl font-semibold tabular-nums text-slate-900" data-testid={valueTestId}>
          {value}
        </p>
        {detail !== undefined ? (
          <p className="mt-1 text-xs text-slate-600" data-testid={detailTestId}>
            {detail}
          </p>
        ) : null}
      </CardBody>
    </Card>
  );
}
