"use client";

import { useActionState, useState } from "react";
import { EMPTY_FORM_STATE, type FormState } from "@/lib/access/form-action";
import type { ActionResult } from "@/lib/access/result";
import { formValues } from "@/components/forms/form-values";
import { useActionForm } from "@/components/forms/use-action-form";

/**
 * A form that works with and without JavaScript (lib/access/form-action.ts). Before the page
 * has hydrated, or with JavaScript off, the browser posts the form to `formAction` (a server
 * action: React renders the form as a POST to it), which redirects on success or renders the
 * page again with the errors next to their fields and what was typed (`values`). Once hydrated,
 * the form is sent as every other form is (useActionForm: nothing typed is reset, a lost
 * connection offers to retry). Spread `formProps` on the form (a PostForm) and pass
 * `worksWithoutScript` to its SubmitButton.
 */
export function useProgressiveForm<T>(
  action: (input: unknown) => Promise<ActionResult<T>>,
  formAction: (state: FormState, formData: FormData) => Promise<FormState>,
  options: {
    onSuccess?: (data: T) => void | Promise<void>;
    /** Values the hydrated form adds to what its fields hold. */
    extra?: () => Record<string, unknown>;
  } = {},
) {
  const form = useActionForm(action, { onSuccess: options.onSuccess });
  const [state, dispatch] = useActionState(formAction, EMPTY_FORM_STATE);
  const [scripted, setScripted] = useState(false);
  // What the server answered to a submit made without JavaScript, until the hydrated form is used.
  const posted = !scripted && state.result ? state.result : null;
  return {
    ...form,
    fieldErrors: posted ? (posted.fieldErrors ?? {}) : form.fieldErrors,
    formError: posted ? posted.message : form.formError,
    retryable: posted ? false : form.retryable,
    /** What was typed before a submit without JavaScript (never a password). */
    values: state.values,
    /** True after a submit without JavaScript worked on a form that stays on its page. */
    done: state.done,
    formProps: {
      action: dispatch,
      onSubmit: (e: React.FormEvent<HTMLFormElement>) => {
        e.preventDefault();
        setScripted(true);
        void form.submit({ ...formValues(e.currentTarget), ...options.extra?.() }, e.currentTarget);
      },
    },
  };
}
