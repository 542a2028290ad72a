import type { StoredReason } from "@/lib/domain/model-changes/reason";
import { MODELS, type Model } from "@/lib/vocabulary";

export type JourneyChange = {
  id: string;
  fromModel: Model | null;
  toModel: Model | null;
  effectiveDate: Date;
  assessmentId: string | null;
} & StoredReason;

/** One stretch of time on one model (`model: null` = not a client of the MSP: it left). */
export type JourneySegment = {
  model: Model | null;
  start: Date;
  /** The next change's date, or `until` for the last segment. */
  end: Date;
  /** Share of the whole journey's duration, 0..1 (the band's widths). */
  share: number;
  /** The change that started this segment, and the assessment that motivated it. */
  changeId: string;
  assessmentId: string | null;
  ongoing: boolean;
};

export type Journey = { segments: JourneySegment[]; start: Date | null; end: Date };

/**
 * The organization's path across models over time, from its recorded changes (any order) up to
 * `until` (today). Pure: the organization page draws it as a band and lists the moves.
 */
export function buildJourney(changes: readonly JourneyChange[], until: Date): Journey {
  const sorted = [...changes].sort(
    (a, b) => a.effectiveDate.getTime() - b.effectiveDate.getTime() || a.id.localeCompare(b.id),
  );
  const first = sorted[0];
  if (!first) return { segments: [], start: null, end: until };
  const startMs = first.effectiveDate.getTime();
  const endMs = Math.max(until.getTime(), sorted[sorted.length - 1]!.effectiveDate.getTime());
  const span = endMs - startMs;
  const segments = sorted.map((change, i): JourneySegment => {
    const next = sorted[i + 1];
    const end = next ? next.effectiveDate : new Date(endMs);
    const length = end.getTime() - change.effectiveDate.getTime();
    return {
      model: change.toModel,
      start: change.effectiveDate,
      end,
      share: span > 0 ? length / span : 1 / sorted.length,
      changeId: change.id,
      assessmentId: change.assessmentId,
      ongoing: !next,
    };
  });
  return { segments, start: first.effectiveDate, end: new Date(endMs) };
}

/** Direction of a move along break-fix → hybrid → managed ("up" = more managed). */
export function moveDirection(from: Model | null, to: Model | null): "start" | "up" | "down" | "left" | "same" {
  if (to === null) return "left";
  if (from === null) return "start";
  const d = MODELS.indexOf(to) - MODELS.indexOf(from);
  return d > 0 ? "up" : d < 0 ? "down" : "same";
}
