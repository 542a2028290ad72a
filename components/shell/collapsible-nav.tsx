"use client";

import { usePathname } from "next/navigation";
import { type ReactNode, useRef, useState } from "react";

/**
 * The navigation on a small screen: folded behind a "Menu" button at the top of the page, so the
 * page starts under the brand instead of under ten links; always shown from the `lg` breakpoint.
 * It folds again when a link leads elsewhere (it is open for the path it was opened on) and on
 * Escape. Without JavaScript the `<noscript>` style keeps it unfolded.
 */
/** CSS, not text: the menu unfolded when scripts are off. */
const UNFOLDED_WITHOUT_SCRIPT = "#app-menu{display:block}";

export function CollapsibleNav({ label, children }: { label: string; children: ReactNode }) {
  const pathname = usePathname();
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls="app-menu"
        data-testid="menu-button"
        onClick={() => setOpenOn(open ? null : pathname)}
        className="absolute right-4 top-4 inline-flex items-center gap-2 rounded-md border border-slate-300 px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 lg:hidden"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4" fill="currentColor">
          {open ? (
            <path d="M5.3 4.3a1 1 0 0 0-1.4 1.4L8.6 10l-4.7 4.3a1 1 0 1 0 1.4 1.4L10 11.4l4.7 4.3a1 1 0 0 0 1.4-1.4L11.4 10l4.7-4.3a1 1 0 0 0-1.4-1.4L10 8.6 5.3 4.3Z" />
          ) : (
            <path d="M3 5a1 1 0 0 1 1-1h12a1 1 0 1 1 0 2H4a1 1 0 0 1-1-1Zm0 5a1 1 0 0 1 1-1h12a1 1 0 1 1 0 2H4a1 1 0 0 1-1-1Zm1 4a1 1 0 1 0 0 2h12a1 1 0 1 0 0-2H4Z" />
          )}
        </svg>
        {label}
      </button>
      <noscript>
        <style>{UNFOLDED_WITHOUT_SCRIPT}</style>
      </noscript>
      <div
        id="app-menu"
        className={open ? "space-y-4" : "hidden space-y-4 lg:block"}
        onKeyDown={(e) => {
          if (e.key !== "Escape" || !open) return;
          setOpenOn(null);
          button.current?.focus();
        }}
      >
        {children}
      </div>
    </>
  );
}
