"use client";

import { useCallback, useRef, useState } from "react";

let counter = 0;
const nextKey = () => `row-${++counter}`;

/**
 * Repeatable rows of an uncontrolled form: each row keeps a stable React key,
 * so removing one row never moves what was typed into another. Inputs are
 * named by the row's current index (`roadmap.2.title`), which is what the
 * server's errors refer to.
 */
export function useRows<T>(initial: readonly T[]) {
  const [rows, setRows] = useState(() => initial.map((value) => ({ key: nextKey(), value })));
  const addButton = useRef<HTMLButtonElement>(null);
  const add = useCallback((value: T) => setRows((r) => [...r, { key: nextKey(), value }]), []);
  const remove = useCallback((key: string) => {
    setRows((r) => r.filter((row) => row.key !== key));
    requestAnimationFrame(() => addButton.current?.focus());
  }, []);
  /** Every row replaced by these values (new keys: their inputs start from the new values). */
  const replace = useCallback(
    (values: readonly T[]) => setRows(values.map((value) => ({ key: nextKey(), value }))),
    [],
  );
  return { rows, add, remove, replace, addButton };
}
