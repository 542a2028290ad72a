"use client";

import Link, { useLinkStatus } from "next/link";
import { type ComponentProps, useState } from "react";

/**
 * `next/link` that prefetches when the user shows intent (pointer over it, keyboard focus,
 * a touch starting on it) instead of as soon as it scrolls into view — Next.js's own
 * "hover-triggered prefetch" pattern. Every page shows a dozen links (the navigation, the
 * page's actions): prefetched on sight, each page view cost a burst of 15–30 server renders
 * and as many payloads for the phone to process while it should be becoming interactive.
 * A link given `prefetch={false}` never prefetches.
 *
 * While the page it leads to is on its way, a bar runs along the top of the window
 * (`NavigationPending`): pages have no loading skeletons (their content is in the first
 * paint of a full load instead, see docs/quality.md), so this is the click's feedback.
 */
export function IntentLink({
  prefetch,
  onMouseEnter,
  onFocus,
  onTouchStart,
  children,
  ...props
}: ComponentProps<typeof Link>) {
  const [intent, setIntent] = useState(false);
  const show = () => setIntent(true);
  return (
    <Link
      {...props}
      prefetch={prefetch === false || !intent ? false : (prefetch ?? null)}
      onMouseEnter={(e) => {
        show();
        onMouseEnter?.(e);
      }}
      onFocus={(e) => {
        show();
        onFocus?.(e);
      }}
      onTouchStart={(e) => {
        show();
        onTouchStart?.(e);
      }}
    >
      {children}
      <NavigationPending />
    </Link>
  );
}

/** A thin bar across the top of the window while this link's navigation is pending. */
function NavigationPending() {
  const { pending } = useLinkStatus();
  if (!pending) return null;
  return (
    <span
      aria-hidden="true"
      data-testid="navigation-pending"
      className="pointer-events-none fixed inset-x-0 top-0 z-50 block h-1 bg-brand-600 motion-safe:animate-pulse"
    />
  );
}
