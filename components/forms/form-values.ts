import { BAD_DATE_INPUT } from "@/lib/validation/dates";

/** Inputs whose value the browser empties when what was typed is unfinished or impossible (31 February). */
const DATE_INPUT_TYPES = new Set(["date", "datetime-local", "month", "week", "time"]);

/**
 * Reads a form into the plain object a server action validates. Names with dots
 * nest ("economics.hourlyRate"); checkboxes marked data-array collect into
 * arrays; other checkboxes are booleans; everything else stays a string (the
 * server's zod schema parses numbers and dates and says what is wrong); React's `$ACTION_…`
 * fields are left out. A date
 * input holding an impossible or unfinished date sends BAD_DATE_INPUT, which the
 * server refuses next to the field, instead of "" (which would mean "not given").
 */
export function formValues(form: HTMLFormElement): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const set = (path: string, value: unknown) => {
    const keys = path.split(".");
    let node = out;
    keys.forEach((key, i) => {
      if (key === "__proto__" || key === "constructor" || key === "prototype") return;
      if (i === keys.length - 1) node[key] = value;
      else node = (node[key] ??= {}) as Record<string, unknown>;
    });
  };
  const arrays = new Map<string, string[]>();
  for (const element of Array.from(form.elements)) {
    if (!(
      element instanceof HTMLInputElement ||
      element instanceof HTMLSelectElement ||
      element instanceof HTMLTextAreaElement
    ))
      continue;
    const name = element.name;
    if (!name || element.disabled || element.dataset.ignore !== undefined) continue;
    // React's own fields of a form whose action is a server action (use-progressive-form.ts).
    if (name.startsWith("$ACTION")) continue;
    if (element instanceof HTMLInputElement && element.type === "checkbox") {
      if (element.dataset.array !== undefined) {
        const list = arrays.get(name) ?? [];
        if (element.checked) list.push(element.value);
        arrays.set(name, list);
      } else set(name, element.checked);
      continue;
    }
    if (element instanceof HTMLInputElement && element.type === "radio") {
      if (element.checked) set(name, element.value);
      continue;
    }
    if (element instanceof HTMLInputElement && (element.type === "submit" || element.type === "button")) continue;
    if (element instanceof HTMLInputElement && DATE_INPUT_TYPES.has(element.type) && element.validity.badInput) {
      set(name, BAD_DATE_INPUT);
      continue;
    }
    set(name, element.value);
  }
  for (const [name, list] of arrays) set(name, list);
  return out;
}
