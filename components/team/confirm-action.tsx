"use client";

import { useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";

/**
 * A destructive action in two steps: the button, then a question with
 * "confirm" and "cancel". Nothing happens on the first click.
 */
export function ConfirmAction({
  label,
  question,
  confirmLabel,
  cancelLabel,
  pending,
  onConfirm,
  variant = "danger",
  testId,
}: {
  label: ReactNode;
  question: ReactNode;
  confirmLabel: ReactNode;
  cancelLabel: ReactNode;
  pending: boolean;
  onConfirm: () => void;
  variant?: "danger" | "secondary";
  testId?: string;
}) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <Button size="sm" variant="secondary" onClick={() => setAsking(true)} data-testid={testId}>
        {label}
      </Button>
    );
  }
  return (
    <div
      className="flex flex-wrap items-center gap-2 rounded-md border border-slate-200 bg-slate-50 px-3 py-2"
      role="group"
    >
      <span className="text-sm font-medium text-slate-900">{question}</span>
      <Button
        size="sm"
        variant={variant}
        disabled={pending}
        aria-busy={pending}
        onClick={onConfirm}
        data-testid={testId ? `${testId}-confirm` : undefined}
      >
        {pending ? <Spinner /> : null}
        {confirmLabel}
      </Button>
      <Button size="sm" variant="ghost" disabled={pending} onClick={() => setAsking(false)}>
        {cancelLabel}
      </Button>
    </div>
  );
}
