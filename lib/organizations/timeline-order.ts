/**
 * "Newest first" for the organization's timeline, across kinds of events that are not dated alike:
 * a call, an assessment or a report has a moment (its time), a change of service model only a day
 * (its effective date, midnight UTC). Comparing a day's midnight with the moments of that day put
 * every change below everything else of its day, even one recorded after them.
 *
 * A dated-only event sorts at the moment it was recorded when that moment falls on its day, and
 * otherwise (recorded on another day: backdated or planned) at the end of its day; ties go to the
 * one recorded last, then a fixed order of kinds, then the id — so the order never depends on how
 * the rows came out of the database.
 */
export type TimelineSortable = {
  /** What the timeline shows. */
  date: Date;
  /** When the row was written (createdAt). */
  recordedAt: Date;
  /** True when `date` is a day (midnight UTC), not a moment. */
  dateOnly: boolean;
  /** Fixed order of kinds for events at the very same moment. */
  kindRank: number;
  id: string;
};

const DAY_MS = 24 * 60 * 60 * 1000;

/** The moment an event sorts at. */
export function timelineMoment(e: TimelineSortable): number {
  if (!e.dateOnly) return e.date.getTime();
  const start = Math.floor(e.date.getTime() / DAY_MS) * DAY_MS;
  const end = start + DAY_MS - 1;
  const recorded = e.recordedAt.getTime();
  return recorded >= start && recorded <= end ? recorded : end;
}

/** Comparator for Array.prototype.sort: newest first. */
export function newestFirst(a: TimelineSortable, b: TimelineSortable): number {
  return (
    timelineMoment(b) - timelineMoment(a) ||
    b.recordedAt.getTime() - a.recordedAt.getTime() ||
    a.kindRank - b.kindRank ||
    a.id.localeCompare(b.id)
  );
}
