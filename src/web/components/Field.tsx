// Form fields with a visible label (id + <label for>), an optional hint and an inline validation message tied to
// the control with aria-describedby / aria-invalid.
import type { ChangeEvent, ReactNode } from 'react';

type Common = {
  id: string;
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
  required?: boolean;
  testId?: string;
  className?: string;
};

function describedBy(id: string, error?: string, hint?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function Messages({
  id,
  error,
  hint,
}: {
  id: string;
  error?: string | undefined;
  hint?: string | undefined;
}) {
  return (
    <>
      {hint ? (
        <small id={`${id}-hint`} className="form-text d-block">
          {hint}
        </small>
      ) : null}
      {error ? (
        <div id={`${id}-error`} className="invalid-feedback d-block" role="alert">
          {error}
        </div>
      ) : null}
    </>
  );
}

function RequiredMark({ required }: { required?: boolean | undefined }) {
  return required ? <span aria-hidden="true"> *</span> : null;
}

type TextFieldProps = Common & {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'password' | 'tel' | 'url' | 'date' | 'search' | 'number';
  autoComplete?: string;
  inputMode?: 'text' | 'numeric' | 'email' | 'tel' | 'url' | 'search';
  maxLength?: number;
  placeholder?: string;
  autoFocus?: boolean;
  list?: string;
  onBlur?: () => void;
  extra?: Record<string, string | boolean | undefined>;
};

export function TextField(props: TextFieldProps) {
  const { id, label, error, hint, required, testId, value, onChange, type = 'text' } = props;
  return (
    <div className={`form-group ${props.className ?? ''}`}>
      <label htmlFor={id} className="active">
        {label}
        <RequiredMark required={required} />
      </label>
      <input
        id={id}
        name={id}
        type={type}
        className={`form-control${error ? ' is-invalid' : ''}`}
        value={value}
        onChange={(e: ChangeEvent<HTMLInputElement>) => onChange(e.target.value)}
        required={required}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        autoComplete={props.autoComplete}
        inputMode={props.inputMode}
        maxLength={props.maxLength}
        placeholder={props.placeholder}
        // biome-ignore lint/a11y/noAutofocus: used only on single-purpose pages (login, codes)
        autoFocus={props.autoFocus}
        list={props.list}
        onBlur={props.onBlur}
        data-testid={testId}
        {...props.extra}
      />
      <Messages id={id} error={error} hint={hint} />
    </div>
  );
}

type Option = { value: string; label: string };

type SelectFieldProps = Common & {
  value: string;
  onChange: (value: string) => void;
  options: Option[];
  /** Text of an empty first option (e.g. "All" or "Choose…"); omitted when not given. */
  emptyLabel?: string;
};

export function SelectField(props: SelectFieldProps) {
  const { id, label, error, hint, required, testId, value, onChange, options } = props;
  return (
    <div className={`select-wrapper ${props.className ?? ''}`}>
      <label htmlFor={id}>
        {label}
        <RequiredMark required={required} />
      </label>
      <select
        id={id}
        name={id}
        className={`form-select${error ? ' is-invalid' : ''}`}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        data-testid={testId}
      >
        {props.emptyLabel !== undefined ? <option value="">{props.emptyLabel}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Messages id={id} error={error} hint={hint} />
    </div>
  );
}

type CheckboxProps = {
  id: string;
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  testId?: string;
  toggle?: boolean;
};

export function Checkbox({ id, label, checked, onChange, testId, toggle }: CheckboxProps) {
  if (toggle) {
    return (
      <div className="form-check form-check-inline toggles">
        <label htmlFor={id}>
          {label}
          <input
            id={id}
            type="checkbox"
            checked={checked}
            onChange={(e) => onChange(e.target.checked)}
            data-testid={testId}
          />
          <span className="lever" />
        </label>
      </div>
    );
  }
  return (
    <div className="form-check">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        data-testid={testId}
      />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
