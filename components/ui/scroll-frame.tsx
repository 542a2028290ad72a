"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";

/**
 * A frame that scrolls sideways on its own when its content (a table) is wider than the screen,
 * so the page never does. When it does scroll, it says so under it, shows a shadow on the side
 * with more to see, and takes keyboard focus (arrow keys scroll it; axe's scrollable-region rule).
 * It is the containing block of what is positioned inside it: a screen-reader-only label in a
 * table header (absolutely positioned) would otherwise sit beyond the frame and widen the page.
 */
export function ScrollFrame({ children }: { children: ReactNode }) {
  const t = useTranslations("common");
  const ref = useRef<HTMLDivElement>(null);
  const hintId = useId();
  const [scrolls, setScrolls] = useState(false);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setScrolls(el.scrollWidth > el.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => observer.disconnect();
  }, []);

  return (
    <>
      <div
        ref={ref}
        data-scroll-frame
        className="scroll-shadows relative max-w-full overflow-x-auto"
        {...(scrolls ? { tabIndex: 0, role: "region", "aria-label": t("scrollSideways") } : {})}
        aria-describedby={scrolls ? hintId : undefined}
      >
        {children}
      </div>
      {scrolls ? (
        <p id={hintId} className="no-print px-4 py-2 text-xs text-slate-600" data-testid="scroll-hint">
          {t("scrollSidewaysHint")}
        </p>
      ) : null}
    </>
  );
}
