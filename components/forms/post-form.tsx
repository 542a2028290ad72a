import type { ComponentProps } from "react";

/**
 * Every form that changes something or carries a secret. It always posts: a submit before the
 * page's JavaScript has run is never a GET carrying the fields in the URL (a password in the
 * address bar, the history and the logs).
 * - With a server action as `action` (components/forms/use-progressive-form.ts), React renders
 *   it as a POST to that action (and sets the method itself): the form works without JavaScript.
 * - Otherwise `method="post"`, and its SubmitButton stays disabled until the page has hydrated.
 * Search and filter forms are the only GET forms, listed in tests/support/search-forms.ts.
 */
export function PostForm({ action, ...props }: Omit<ComponentProps<"form">, "method">) {
  return typeof action === "function" ? (
    <form {...props} action={action} />
  ) : (
    <form {...props} action={action} method="post" />
  );
}
