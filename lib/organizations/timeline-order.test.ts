import { describe, expect, it } from "vitest";
import { newestFirst, timelineMoment, type TimelineSortable } from "@/lib/organizations/timeline-order";

const at = (iso: string) => new Date(iso);
/** An event: id, its date and when it was recorded, then [dateOnly, kindRank]. */
const ev = (
  id: string,
  date: string,
  recorded: string,
  [dateOnly, kindRank]: [boolean, number] = [false, 0],
): TimelineSortable => ({
  id,
  date: at(date),
  recordedAt: at(recorded),
  dateOnly,
  kindRank,
});

describe("the timeline's newest first", () => {
  it("puts a change of model recorded after that day's assessment above it, and below a later call", () => {
    const events = [
      ev("call-morning", "2026-05-04T09:00:00Z", "2026-05-04T09:30:00Z", [false, 3]),
      ev("assessment", "2026-05-04T14:00:00Z", "2026-05-04T14:00:00Z", [false, 1]),
      ev("change", "2026-05-04T00:00:00Z", "2026-05-04T14:05:00Z", [true, 0]),
      ev("call-evening", "2026-05-04T17:00:00Z", "2026-05-04T17:10:00Z", [false, 3]),
      ev("yesterday", "2026-05-03T23:59:00Z", "2026-05-03T23:59:00Z", [false, 2]),
    ];
    expect(events.sort(newestFirst).map((e) => e.id)).toEqual([
      "call-evening",
      "change",
      "assessment",
      "call-morning",
      "yesterday",
    ]);
  });

  it("puts a backdated change at the end of its own day, never on the day it was typed", () => {
    const change = ev("change", "2026-05-01T00:00:00Z", "2026-05-20T10:00:00Z", [true, 0]);
    expect(new Date(timelineMoment(change)).toISOString()).toBe("2026-05-01T23:59:59.999Z");
    const later = ev("call", "2026-05-02T08:00:00Z", "2026-05-02T08:00:00Z");
    expect([change, later].sort(newestFirst).map((e) => e.id)).toEqual(["call", "change"]);
  });

  it("breaks ties by the one recorded last, whatever order the rows came in", () => {
    const a = ev("b-first", "2026-05-04T10:00:00Z", "2026-05-04T10:00:00Z");
    const b = ev("a-second", "2026-05-04T10:00:00Z", "2026-05-04T10:05:00Z");
    expect([a, b].sort(newestFirst).map((e) => e.id)).toEqual(["a-second", "b-first"]);
    expect([b, a].sort(newestFirst).map((e) => e.id)).toEqual(["a-second", "b-first"]);
  });
});
