"use client";

import Link from "next/link";
import { type ComponentProps, useState } from "react";

/**
 * `next/link` that prefetches when the user shows intent (pointer over it, keyboard focus,
 * a touch starting on it) instead of as soon as it scrolls into view — Next.js's own
 * "hover-triggered prefetch" pattern. Every page shows a dozen links (the navigation, the
 * page's actions): prefetched on sight, each page view cost a burst of 15–30 server renders
 * and as many payloads for the phone to process while it should be becoming interactive.
 * A link given `prefetch={false}` never prefetches.
 */
export function IntentLink({ prefetch, onMouseEnter, onFocus, onTouchStart, ...props }: ComponentProps<typeof Link>) {
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
    />
  );
}
