import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import type { PerModel } from "@/lib/vocabulary";

export type BadgeTone = "neutral" | "brand" | "success" | "warning" | "danger" | "info";
const tones: Record<BadgeTone, string> = {
  neutral: "bg-slate-100 text-slate-800 ring-slate-300",
  brand: "bg-brand-50 text-brand-800 ring-brand-100",
  success: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  warning: "bg-amber-50 text-amber-900 ring-amber-200",
  danger: "bg-red-50 text-red-800 ring-red-200",
  info: "bg-sky-50 text-sky-900 ring-sky-200",
};

export function Badge({
  tone = "neutral",
  children,
  className,
}: {
  tone?: BadgeTone;
  children: ReactNode;
  className?: string;
}) {
  return (
    <span
      className={cn(
        "inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset",
        tones[tone],
        className,
      )}
    >
      {children}
    </span>
  );
}

const MODEL_TONE = { BREAK_FIX: "warning", HYBRID: "info", MANAGED: "success" } as const satisfies PerModel<string>;

/** A service model badge; pass the translated label. */
export function ModelBadge({ model, label }: { model: keyof typeof MODEL_TONE; label: string }) {
  return (
    <Badge tone={MODEL_TONE[model]} className="whitespace-nowrap">
      {label}
    </Badge>
  );
}

/** Chart colours per model (same as --color-model-* in globals.css). */
export const MODEL_COLORS = {
  BREAK_FIX: "#b45309",
  HYBRID: "#0369a1",
  MANAGED: "#047857",
} as const satisfies PerModel<string>;
