"use client";

import { useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Spinner } from "@/components/ui/spinner";

/**
 * A destructive action in two steps: the button, then a question in a modal dialog
 * (components/ui/confirm-dialog.tsx) with "confirm" and "cancel". Nothing happens on the
 * first click; the button shows the work in progress once confirmed.
 */
export function ConfirmAction({
  label,
  question,
  description,
  confirmLabel,
  cancelLabel,
  pending,
  onConfirm,
  variant = "danger",
  testId,
}: {
  label: ReactNode;
  question: ReactNode;
  description?: ReactNode;
  confirmLabel: ReactNode;
  cancelLabel: ReactNode;
  pending: boolean;
  onConfirm: () => void;
  variant?: "danger" | "secondary";
  testId?: string;
}) {
  const [asking, setAsking] = useState(false);
  return (
    <>
      <Button
        size="sm"
        variant="secondary"
        disabled={pending}
        aria-busy={pending}
        aria-haspopup="dialog"
        onClick={() => setAsking(true)}
        data-testid={testId}
      >
        {pending ? <Spinner /> : null}
        {label}
      </Button>
      <ConfirmDialog
        open={asking}
        title={question}
        description={description}
        confirmLabel={confirmLabel}
        cancelLabel={cancelLabel}
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false);
          onConfirm();
        }}
        confirmVariant={variant}
        testId={testId ? `${testId}-dialog` : undefined}
        confirmTestId={testId ? `${testId}-confirm` : undefined}
      />
    </>
  );
}
