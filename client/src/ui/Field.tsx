import type { ComponentChildren, JSX } from 'preact';
import { useId } from 'preact/hooks';

interface Shell {
  label: string;
  error?: string;
  hint?: ComponentChildren;
  class?: string;
}

interface Ids {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
}

/** Label + control + hint + inline error, wired up with ids for screen readers and tests. */
function FieldShell({ label, error, hint, class: cls, render }: Shell & { render: (ids: Ids) => JSX.Element }) {
  const id = useId();
  const described = [hint ? `${id}-hint` : '', error ? `${id}-err` : ''].filter(Boolean).join(' ');
  return (
    <div class={`field${error ? ' field-invalid' : ''}${cls ? ` ${cls}` : ''}`}>
      <label for={id}>{label}</label>
      {render({ id, 'aria-invalid': !!error, 'aria-describedby': described || undefined })}
      {hint && (
        <p class="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="field-error" id={`${id}-err`}>
          {error}
        </p>
      )}
    </div>
  );
}

type InputProps = Omit<JSX.InputHTMLAttributes<HTMLInputElement>, 'value' | 'onInput' | 'label' | 'class'>;

export function TextField({
  label,
  error,
  hint,
  class: cls,
  value,
  onValue,
  ...rest
}: Shell & InputProps & { value: string; onValue: (v: string) => void }) {
  return (
    <FieldShell
      {...{ label, error, hint, class: cls }}
      render={(ids) => (
        <input {...rest} {...ids} value={value} onInput={(e) => onValue(e.currentTarget.value)} />
      )}
    />
  );
}

type AreaProps = Omit<JSX.TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onInput' | 'label' | 'class'>;

export function TextArea({
  label,
  error,
  hint,
  class: cls,
  value,
  onValue,
  ...rest
}: Shell & AreaProps & { value: string; onValue: (v: string) => void }) {
  return (
    <FieldShell
      {...{ label, error, hint, class: cls }}
      render={(ids) => (
        <textarea rows={4} {...rest} {...ids} value={value} onInput={(e) => onValue(e.currentTarget.value)} />
      )}
    />
  );
}

export interface Option {
  value: string;
  label: string;
}

export function SelectField({
  label,
  error,
  hint,
  class: cls,
  value,
  onValue,
  options,
  placeholder,
  disabled,
}: Shell & {
  value: string;
  onValue: (v: string) => void;
  options: Option[];
  placeholder?: string;
  disabled?: boolean;
}) {
  return (
    <FieldShell
      {...{ label, error, hint, class: cls }}
      render={(ids) => (
        <select {...ids} value={value} disabled={disabled} onChange={(e) => onValue(e.currentTarget.value)}>
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    />
  );
}
