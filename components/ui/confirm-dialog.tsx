"use client";

import { useEffect, useId, useRef, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";

/**
 * Asks before something that cannot be taken back: a modal <dialog> (the browser traps focus in
 * it, Escape cancels, and focus returns to the button that opened it), named by its title and
 * described by its text. Focus starts on "Cancel", so pressing Enter by habit does nothing harmful.
 */
export function ConfirmDialog({
  open,
  title,
  description,
  confirmLabel,
  cancelLabel,
  pending = false,
  onConfirm,
  onCancel,
  confirmVariant = "danger",
  testId,
  confirmTestId,
}: {
  open: boolean;
  title: ReactNode;
  description?: ReactNode;
  confirmLabel: ReactNode;
  cancelLabel: ReactNode;
  pending?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  /** "danger" for what cannot be taken back; "secondary" for a question that is only a check. */
  confirmVariant?: "danger" | "secondary";
  testId?: string;
  confirmTestId?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      cancelRef.current?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      data-testid={testId}
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg border border-slate-200 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/40"
      onCancel={(e) => {
        // Escape: the dialog closes through our state, not behind its back.
        e.preventDefault();
        if (!pending) onCancel();
      }}
    >
      <div className="space-y-3 p-5">
        <h2 id={titleId} className="text-base font-semibold">
          {title}
        </h2>
        {description ? (
          <div id={descriptionId} className="text-sm text-slate-700">
            {description}
          </div>
        ) : null}
        <div className="flex flex-wrap justify-end gap-2 pt-2">
          <Button ref={cancelRef} variant="secondary" size="sm" disabled={pending} onClick={onCancel}>
            {cancelLabel}
          </Button>
          <Button
            variant={confirmVariant}
            size="sm"
            disabled={pending}
            aria-busy={pending}
            onClick={onConfirm}
            data-testid={confirmTestId}
          >
            {pending ? <Spinner /> : null}
            {confirmLabel}
          </Button>
        </div>
      </div>
    </dialog>
  );
}
