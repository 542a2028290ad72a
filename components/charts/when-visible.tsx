"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";

/**
 * Renders `children` only once this box comes near the viewport (or the page is about to be
 * printed). Put a `next/dynamic` component inside, and its code (the what-if's engine) is
 * fetched and run then, not while the page loads: a phone stays responsive, and a what-if
 * nobody scrolls to costs nothing. (Charts need none of this: they are SVG drawn on the server.) Until then `placeholder` keeps the space (no layout
 * shift); the figures themselves are in the server-rendered HTML beside it (tables, summaries).
 */
export function WhenVisible({
  children,
  placeholder,
  className,
  margin = "400px",
  testId,
}: {
  children: ReactNode;
  placeholder: ReactNode;
  className?: string;
  /** How far ahead of the viewport to start (a CSS margin, as IntersectionObserver's rootMargin). */
  margin?: string;
  testId?: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const element = box.current;
    if (!element || shown) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setShown(true);
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    const print = () => setShown(true);
    window.addEventListener("beforeprint", print);
    return () => {
      observer.disconnect();
      window.removeEventListener("beforeprint", print);
    };
  }, [margin, shown]);
  return (
    <div ref={box} className={cn(className)} data-testid={testId} data-shown={shown ? "true" : undefined}>
      {shown ? children : placeholder}
    </div>
  );
}
