import { MODEL_COLORS } from "@/components/ui/badge";
import { MODELS, type PerModel } from "@/lib/vocabulary";

/** A thin stacked bar of the share of clients on each model (decorative: the numbers are written next to it). */
export function ModelMixBar({ counts, className = "h-2 w-full" }: { counts: PerModel<number>; className?: string }) {
  const total = MODELS.reduce((n, m) => n + counts[m], 0);
  return (
    <div aria-hidden="true" className={`flex overflow-hidden rounded-full bg-slate-100 ${className}`}>
      {total > 0
        ? MODELS.map((m) =>
            counts[m] > 0 ? (
              <div key={m} style={{ width: `${(counts[m] / total) * 100}%`, backgroundColor: MODEL_COLORS[m] }} />
            ) : null,
          )
        : null}
    </div>
  );
}
