import { useTranslations } from "next-intl";
import { useId, type ComponentProps, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";

const control =
  "block w-full rounded-md border bg-white px-3 py-2 text-sm text-slate-900 shadow-sm placeholder:text-slate-500 disabled:bg-slate-100 aria-[invalid=true]:border-red-600 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-600 border-slate-300 focus-visible:outline-2 focus-visible:outline-brand-600";

type FieldProps = {
  label: ReactNode;
  /** The input's name; also the key of its error in `errors`. */
  name: string;
  error?: string;
  hint?: ReactNode;
  /** Marks the label "(optional)", from the common catalog. */
  optional?: boolean;
  className?: string;
  children: (ids: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
};

/** Label + control + hint + the field's error, wired with ids for screen readers. */
export function Field({ label, name, error, hint, optional, className, children }: FieldProps) {
  const tc = useTranslations("common");
  const id = `${useId()}-${name}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={cn("space-y-1", className)}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
        {optional ? <span className="ml-1 font-normal text-slate-600">{tc("optional")}</span> : null}
      </label>
      {children({ id, describedBy, invalid: !!error })}
      {hint ? (
        <p id={hintId} className="text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="text-sm font-medium text-red-700" data-field-error={name}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

type Common = {
  label: ReactNode;
  name: string;
  error?: string;
  hint?: ReactNode;
  optional?: boolean;
  className?: string;
};

export function TextField({
  label,
  name,
  error,
  hint,
  optional,
  className,
  ...input
}: Common & Omit<ComponentProps<"input">, "name">) {
  return (
    <Field label={label} name={name} error={error} hint={hint} optional={optional} className={className}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          name={name}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          className={control}
          {...input}
        />
      )}
    </Field>
  );
}

export function TextAreaField({
  label,
  name,
  error,
  hint,
  optional,
  className,
  ...input
}: Common & Omit<ComponentProps<"textarea">, "name">) {
  return (
    <Field label={label} name={name} error={error} hint={hint} optional={optional} className={className}>
      {({ id, describedBy, invalid }) => (
        <textarea
          id={id}
          name={name}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          className={cn(control, "min-h-24")}
          rows={4}
          {...input}
        />
      )}
    </Field>
  );
}

export function SelectField({
  label,
  name,
  error,
  hint,
  optional,
  className,
  options,
  placeholder,
  ...select
}: Common &
  Omit<ComponentProps<"select">, "name"> & {
    options: { value: string; label: string; lang?: string }[];
    placeholder?: string;
  }) {
  return (
    <Field label={label} name={name} error={error} hint={hint} optional={optional} className={className}>
      {({ id, describedBy, invalid }) => (
        <select
          id={id}
          name={name}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          className={control}
          {...select}
        >
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((o) => (
            <option key={o.value} value={o.value} lang={o.lang}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function CheckboxField({
  label,
  name,
  error,
  hint,
  className,
  ...input
}: Omit<Common, "optional"> & Omit<ComponentProps<"input">, "name" | "type">) {
  const id = `${useId()}-${name}`;
  const errorId = error ? `${id}-error` : undefined;
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className={cn("flex items-start gap-3", className)}>
      <input
        id={id}
        name={name}
        type="checkbox"
        aria-invalid={!!error}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        className="mt-0.5 h-4 w-4 rounded border-slate-400 text-brand-700 focus-visible:outline-2 focus-visible:outline-brand-600"
        {...input}
      />
      <div>
        <label htmlFor={id} className="text-sm font-medium text-slate-800">
          {label}
        </label>
        {hint ? (
          <p id={hintId} className="text-xs text-slate-600">
            {hint}
          </p>
        ) : null}
        {error ? (
          <p id={errorId} className="text-sm font-medium text-red-700" data-field-error={name}>
            {error}
          </p>
        ) : null}
      </div>
    </div>
  );
}

export { control as controlClass };
