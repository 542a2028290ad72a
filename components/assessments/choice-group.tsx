import { useId, type ReactNode } from "react";

type Option = { value: string; label: ReactNode; description?: ReactNode };

/**
 * A group of radio buttons (or checkboxes with `multiple`) in a fieldset with its legend, help
 * and error, wired for screen readers. Uncontrolled: `defaultValue` only.
 */
export function ChoiceGroup({
  legend,
  name,
  options,
  defaultValue,
  hint,
  error,
  multiple,
  columns = 3,
}: {
  legend: ReactNode;
  name: string;
  options: Option[];
  defaultValue?: string | string[] | null;
  hint?: ReactNode;
  error?: string;
  multiple?: boolean;
  columns?: 2 | 3 | 4;
}) {
  const base = useId();
  const hintId = hint ? `${base}-hint` : undefined;
  const errorId = error ? `${base}-error` : undefined;
  const selected = new Set(Array.isArray(defaultValue) ? defaultValue : defaultValue ? [defaultValue] : []);
  const grid = columns === 2 ? "sm:grid-cols-2" : columns === 4 ? "sm:grid-cols-2 lg:grid-cols-4" : "sm:grid-cols-3";
  return (
    <fieldset
      aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
      aria-invalid={!!error}
      className="space-y-2"
    >
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      {hint ? (
        <p id={hintId} className="text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      <div className={`grid gap-2 ${grid}`}>
        {options.map((o) => {
          const id = `${base}-${o.value}`;
          return (
            <label
              key={o.value}
              htmlFor={id}
              className={`flex cursor-pointer items-start gap-2 rounded-md border bg-white p-3 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-600 ${error ? "border-red-600" : "border-slate-300"}`}
            >
              <input
                id={id}
                type={multiple ? "checkbox" : "radio"}
                name={name}
                value={o.value}
                defaultChecked={selected.has(o.value)}
                data-array={multiple ? "" : undefined}
                className="mt-0.5 h-4 w-4 shrink-0 focus-visible:outline-none"
              />
              <span>
                <span className="block font-medium text-slate-900">{o.label}</span>
                {o.description ? <span className="mt-0.5 block text-xs text-slate-600">{o.description}</span> : null}
              </span>
            </label>
          );
        })}
      </div>
      {error ? (
        <p id={errorId} className="text-sm font-medium text-red-700" data-field-error={name}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
