import { redirect } from "next/navigation";
import type { ActionMeta, ServerAction } from "@/lib/access/action";
import type { PublicActionMeta, PublicServerAction } from "@/lib/access/public-action";
import type { ActionResult } from "@/lib/access/result";
import { SECRET_QUERY_PARAMS } from "@/lib/http/secret-params";

/**
 * Forms that work before (or without) JavaScript: React renders `<form action={formAction}>`
 * (with useActionState) as a POST to the server action, which the browser sends on its own.
 * The form action is a thin adapter around an entry point defined with defineAction or
 * definePublicAction — the same guard, validation, domain call and error shaping — that reads
 * the posted FormData and, on success, redirects (303) where the hydrated form would navigate.
 * A failure comes back as the form's state: the errors next to their fields and what was
 * typed, secrets excepted, so that the re-rendered page loses nothing else.
 */
export type FormState = {
  result: Exclude<ActionResult<unknown>, { ok: true }> | null;
  values: Record<string, string>;
  /** It worked and the form stays on its page (no `redirectTo`). */
  done: boolean;
};
export const EMPTY_FORM_STATE: FormState = { result: null, values: {}, done: false };

export type FormActionMeta = (ActionMeta | PublicActionMeta) & { form: true };
export type FormServerAction = ((state: FormState, formData: FormData) => Promise<FormState>) & {
  meta: FormActionMeta;
};

const UNSAFE_KEYS = new Set(["__proto__", "constructor", "prototype"]);
const SECRET = new Set(SECRET_QUERY_PARAMS.map((name) => name.toLowerCase()));

/**
 * A posted form as the plain object an entry point validates, like components/forms/form-values.ts
 * reads it in the browser: names with dots nest, a repeated name is a list, React's own
 * `$ACTION_…` fields and files are left out.
 */
export function valuesFromFormData(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of new Set(formData.keys())) {
    if (name.startsWith("$ACTION")) continue;
    const all = formData.getAll(name).filter((v): v is string => typeof v === "string");
    if (all.length === 0) continue;
    const keys = name.split(".");
    if (keys.some((k) => UNSAFE_KEYS.has(k))) continue;
    let node = out;
    keys.forEach((key, i) => {
      if (i === keys.length - 1) node[key] = all.length === 1 ? all[0] : all;
      else node = (Object.hasOwn(node, key) ? node[key] : (node[key] = {})) as Record<string, unknown>;
    });
  }
  return out;
}

/** What the page may show again after a refused submit: the text fields, never a password or token. */
function echoed(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of formData) {
    if (typeof value !== "string" || name.startsWith("$ACTION") || SECRET.has(name.toLowerCase())) continue;
    if (UNSAFE_KEYS.has(name) || Object.hasOwn(out, name)) continue;
    out[name] = value;
  }
  return out;
}

export function defineFormAction<R>(
  action: ServerAction<R> | PublicServerAction<R>,
  config: {
    name: string;
    /** Where to go once it worked (a same-site path); without it the form says it is done. */
    redirectTo?: (data: R, values: Record<string, unknown>) => string;
    /** Adjusts the posted values before validation (e.g. drops fields of a choice not taken). */
    prepare?: (values: Record<string, unknown>) => Record<string, unknown>;
  },
): FormServerAction {
  const meta: FormActionMeta = { ...action.meta, name: config.name, form: true };
  const run = async (_state: FormState, formData: FormData): Promise<FormState> => {
    const values = valuesFromFormData(formData);
    const result = await action(config.prepare ? config.prepare(values) : values);
    if (result.ok) {
      if (config.redirectTo) redirect(config.redirectTo(result.data, values));
      return { result: null, values: echoed(formData), done: true };
    }
    return { result, values: echoed(formData), done: false };
  };
  return Object.assign(run, { meta });
}
