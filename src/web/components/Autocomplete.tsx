// An autocomplete field (ARIA 1.2 combobox with a listbox): the user types, the list comes from an API after a
// short pause, arrows move through it, Enter or a click picks. The comune and taxonomy pickers are thin wrappers
// that say where the options come from and how to show them.
import { useQuery } from '@tanstack/react-query';
import { type KeyboardEvent, type ReactNode, useEffect, useState } from 'react';

export type AutocompleteProps<T> = {
  id: string;
  label: string;
  /** The text of the current value ('' without one); the input shows it again when the value changes. */
  valueText: string;
  hasValue: boolean;
  hint: string;
  error?: string | undefined;
  required?: boolean;
  testId?: string | undefined;
  optionTestId: string;
  /** Announced to screen readers when results arrive. */
  resultsText: (count: number) => string;
  queryKey: (q: string) => unknown[];
  fetchOptions: (q: string) => Promise<T[]>;
  keyOf: (item: T) => string;
  renderOption: (item: T) => ReactNode;
  textOf: (item: T) => string;
  onPick: (item: T) => void;
  /** Typing after a pick clears the value (the text no longer names it). */
  onClear: () => void;
  /** For picking several items: the input is emptied after each pick (the parent keeps the list). */
  resetOnPick?: boolean | undefined;
};

function useDebounced(value: string, ms: number): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const handle = window.setTimeout(() => setDebounced(value), ms);
    return () => window.clearTimeout(handle);
  }, [value, ms]);
  return debounced;
}

export function Autocomplete<T>(p: AutocompleteProps<T>) {
  const { id, label, error, required } = p;
  const [text, setText] = useState(p.valueText);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  useEffect(() => setText(p.valueText), [p.valueText]);
  const q = useDebounced(text.trim(), 250);
  const search = useQuery({
    queryKey: p.queryKey(q),
    queryFn: () => p.fetchOptions(q),
    enabled: open && q.length >= 2,
    staleTime: 5 * 60_000,
  });
  const items = open && q.length >= 2 ? (search.data ?? []) : [];
  const listId = `${id}-list`;

  function pick(item: T) {
    p.onPick(item);
    setText(p.resetOnPick ? '' : p.textOf(item));
    setOpen(false);
    setActive(-1);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(items.length - 1, a + 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(0, a - 1));
    } else if (e.key === 'Enter' && open && active >= 0 && items[active]) {
      e.preventDefault();
      pick(items[active]);
    } else if (e.key === 'Escape') {
      setOpen(false);
    }
  }

  return (
    <div className="form-group rl-autocomplete">
      <label htmlFor={id} className="active">
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      <input
        id={id}
        type="text"
        role="combobox"
        className={`form-control${error ? ' is-invalid' : ''}`}
        value={text}
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={items.length > 0}
        aria-controls={listId}
        aria-activedescendant={active >= 0 && items[active] ? `${listId}-${active}` : undefined}
        aria-describedby={[`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ')}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        data-testid={p.testId}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(-1);
          if (p.hasValue) p.onClear();
        }}
        onKeyDown={onKeyDown}
        onBlur={() => window.setTimeout(() => setOpen(false), 150)}
      />
      <small id={`${id}-hint`} className="form-text d-block">
        {p.hint}
      </small>
      {error ? (
        <div id={`${id}-error`} className="invalid-feedback d-block" role="alert">
          {error}
        </div>
      ) : null}
      <div
        id={listId}
        role="listbox"
        aria-label={label}
        className="rl-autocomplete-list"
        hidden={items.length === 0}
      >
        {items.map((item, i) => (
          // biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard is handled by the combobox input
          <div
            key={p.keyOf(item)}
            tabIndex={-1}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            data-testid={p.optionTestId}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => pick(item)}
          >
            {p.renderOption(item)}
          </div>
        ))}
      </div>
      <span className="visually-hidden" aria-live="polite">
        {open && q.length >= 2 && search.data ? p.resultsText(items.length) : ''}
      </span>
    </div>
  );
}
