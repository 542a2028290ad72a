"use client";

import { useId } from "react";
import { useTranslations } from "next-intl";
import { useHydrated } from "@/components/forms/use-hydrated";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";

/**
 * For a submit button of a form that needs JavaScript to be sent: until the page has
 * hydrated, `waiting` is true, the button is to be disabled and described by `note`, which
 * says why (visibly when JavaScript is off). A form sent before its script runs would
 * otherwise post nothing useful.
 */
export function useScriptGate() {
  const t = useTranslations("common");
  const hydrated = useHydrated();
  const noteId = useId();
  const waiting = !hydrated;
  return {
    waiting,
    buttonProps: waiting ? { "aria-describedby": noteId, title: t("needsScript") } : {},
    note: waiting ? (
      <>
        <span id={noteId} className="sr-only" data-testid="needs-script">
          {t("needsScript")}
        </span>
        <noscript>
          <span className="block text-sm text-slate-700">{t("needsScript")}</span>
        </noscript>
      </>
    ) : null,
  };
}

/**
 * A form's submit button. Until the page has hydrated it is disabled and says why, unless
 * the form also works without JavaScript (`worksWithoutScript`: a server action as the
 * form's action).
 */
export function SubmitButton({
  pending,
  children,
  pendingLabel,
  variant = "primary",
  testId,
  worksWithoutScript = false,
}: {
  pending: boolean;
  children: React.ReactNode;
  pendingLabel: string;
  variant?: "primary" | "danger" | "secondary";
  testId?: string;
  worksWithoutScript?: boolean;
}) {
  const gate = useScriptGate();
  const waiting = gate.waiting && !worksWithoutScript;
  return (
    <>
      <Button
        type="submit"
        variant={variant}
        disabled={pending || waiting}
        aria-busy={pending}
        data-testid={testId}
        {...(waiting ? gate.buttonProps : {})}
      >
        {pending ? (
          <>
            <Spinner />
            {pendingLabel}
          </>
        ) : (
          children
        )}
      </Button>
      {waiting ? gate.note : null}
    </>
  );
}
