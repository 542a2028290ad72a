"use client";

import { useTranslations } from "next-intl";
import { useCallback, useRef, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/access/result";
import type { FieldMessages } from "@/lib/access/result";

type State = { fieldErrors: FieldMessages; formError: string | null; retryable: boolean };
const EMPTY: State = { fieldErrors: {}, formError: null, retryable: false };

/**
 * Calls a server action without resetting the form: what the user typed stays
 * in the inputs whatever happens. Field errors come back keyed by field name
 * and the first invalid field gets focus; a lost connection says so, and
 * `retry()` sends the same values again.
 */
export function useActionForm<T>(
  action: (input: unknown) => Promise<ActionResult<T>>,
  options: { onSuccess?: (data: T) => void | Promise<void> } = {},
) {
  const t = useTranslations("common");
  const [pending, startTransition] = useTransition();
  const [state, setState] = useState<State>(EMPTY);
  const last = useRef<{ values: unknown; form: HTMLFormElement | null } | null>(null);
  const onSuccess = options.onSuccess;

  const submit = useCallback(
    (values: unknown, form: HTMLFormElement | null = null) =>
      new Promise<ActionResult<T> | null>((resolve) => {
        last.current = { values, form };
        startTransition(async () => {
          try {
            const result = await action(values);
            if (result.ok) {
              setState(EMPTY);
              await onSuccess?.(result.data);
            } else {
              setState({
                fieldErrors: result.fieldErrors ?? {},
                formError: result.message,
                retryable: result.retryable,
              });
              focusFirstError(form, result.fieldErrors);
            }
            resolve(result);
          } catch {
            setState({ fieldErrors: {}, formError: t("connectionLost"), retryable: true });
            resolve(null);
          }
        });
      }),
    [action, onSuccess, t],
  );

  const retry = useCallback(() => {
    if (last.current) void submit(last.current.values, last.current.form);
  }, [submit]);

  return {
    submit,
    retry,
    pending,
    fieldErrors: state.fieldErrors,
    formError: state.formError,
    retryable: state.retryable,
    clear: () => setState(EMPTY),
  };
}

function focusFirstError(form: HTMLFormElement | null, errors: FieldMessages | undefined) {
  if (!form || !errors) return;
  const first = Object.keys(errors)[0];
  if (!first) return;
  requestAnimationFrame(() => form.querySelector<HTMLElement>(`[name="${CSS.escape(first)}"]`)?.focus());
}
