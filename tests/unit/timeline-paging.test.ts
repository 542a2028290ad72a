import { NextIntlClientProvider } from "next-intl";
import { createElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Timeline, TIMELINE_FIRST } from "@/components/organizations/timeline";
import type { TimelineEvent } from "@/lib/domain/organizations/get-organization-overview";
import { CATALOGS } from "@/lib/i18n/catalog";

/**
 * The organization page's timeline shows the latest TIMELINE_FIRST events and offers the rest
 * behind a plain link (the same page with `timeline=all`, no JavaScript needed); three years of
 * monthly reviews no longer make the page 60 entries long.
 */
function render(
  props: Omit<Parameters<typeof Timeline>[0], "orgId" | "today" | "truncated" | "allHref" | "latestHref">,
) {
  const provider = { locale: "en", messages: CATALOGS.en, timeZone: "UTC" as const };
  return renderToStaticMarkup(
    createElement(
      NextIntlClientProvider,
      provider as typeof provider & { children: ReactNode },
      createElement(Timeline, {
        orgId: "org1",
        today: new Date("2026-12-03T00:00:00Z"),
        truncated: false,
        allHref: "/organizations/org1?category=backup&timeline=all#timeline",
        latestHref: "/organizations/org1?category=backup#timeline",
        ...props,
      }),
    ),
  );
}

/** `n` monthly reports, newest first. */
const reports = (n: number): TimelineEvent[] =>
  Array.from({ length: n }, (_, i) => {
    const date = new Date(Date.UTC(2026, 10 - i, 5));
    return { kind: "report", id: `r${i}`, date, period: date.toISOString().slice(0, 7), status: "PUBLISHED" } as const;
  });

const items = (html: string) => html.match(/data-testid="timeline-report"/g)?.length ?? 0;

describe("organization timeline paging", () => {
  it("shows the latest events first, with a link to all of them that keeps the other parameters", () => {
    const html = render({ events: reports(36), showAll: false });
    expect(items(html)).toBe(TIMELINE_FIRST);
    expect(html).toContain("Steering report for November 2026");
    expect(html).not.toContain("Steering report for December 2023");
    expect(html).toContain(`The latest ${TIMELINE_FIRST} of 36 events.`);
    expect(html).toContain('href="/organizations/org1?category=backup&amp;timeline=all#timeline"');
    expect(html).toContain("Show all 36 events");
  });

  it("shows every event on request, with the way back", () => {
    const html = render({ events: reports(36), showAll: true });
    expect(items(html)).toBe(36);
    expect(html).toContain("Steering report for December 2023");
    expect(html).toContain(`Show the latest ${TIMELINE_FIRST} only`);
    expect(html).toContain('href="/organizations/org1?category=backup#timeline"');
  });

  it("offers no paging when everything fits", () => {
    const html = render({ events: reports(TIMELINE_FIRST), showAll: false });
    expect(items(html)).toBe(TIMELINE_FIRST);
    expect(html).not.toContain('data-testid="timeline-paging"');
  });
});
