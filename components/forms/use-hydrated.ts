"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * False while the page is server-rendered HTML only (JavaScript still loading, blocked or
 * disabled), true once React has hydrated it. Forms that need JavaScript to be sent keep
 * their submit button disabled until then (components/forms/submit-button.tsx).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
