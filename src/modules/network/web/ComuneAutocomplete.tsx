// Comune autocomplete (ARIA 1.2 combobox with a listbox): types a name, picks one of GET /api/comuni?q=.
import { useQuery } from '@tanstack/react-query';
import { type KeyboardEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { apiGet } from '../../../web/api/client.ts';
import type { comune } from '../contract.ts';

type Comune = z.infer<typeof comune>;
export type ComuneValue = { code: string; name: string } | null;

type Props = {
  id: string;
  label: string;
  value: ComuneValue;
  onChange: (value: ComuneValue) => void;
  error?: string | undefined;
  required?: boolean;
  testId?: string;
  /** The search endpoint: GET /comuni for signed-in users, the public /citizens/comuni on the sign-up page. */
  source?: string;
};

function useDebounced(value: string, ms: number): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const handle = window.setTimeout(() => setDebounced(value), ms);
    return () => window.clearTimeout(handle);
  }, [value, ms]);
  return debounced;
}

export function ComuneAutocomplete({
  id,
  label,
  value,
  onChange,
  error,
  required,
  testId,
  source = '/comuni',
}: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(value?.name ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  useEffect(() => setText(value?.name ?? ''), [value?.name]);
  const q = useDebounced(text.trim(), 250);
  const search = useQuery({
    queryKey: ['comuni', source, q],
    queryFn: () => apiGet<{ items: Comune[] }>(source, { q, limit: 20 }),
    enabled: open && q.length >= 2,
    staleTime: 5 * 60_000,
  });
  const items = open && q.length >= 2 ? (search.data?.items ?? []) : [];
  const listId = `${id}-list`;
  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ');

  function pick(c: Comune) {
    onChange({ code: c.code, name: c.name });
    setText(c.name);
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
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        data-testid={testId}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(-1);
          if (value) onChange(null);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => window.setTimeout(() => setOpen(false), 150)}
      />
      <small id={`${id}-hint`} className="form-text d-block">
        {value ? t('comune.selected', { name: value.name, code: value.code }) : t('comune.hint')}
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
        {items.map((c, i) => (
          // biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard is handled by the combobox input
          <div
            key={c.code}
            tabIndex={-1}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            data-testid="comune-option"
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => pick(c)}
          >
            {c.name} ({c.provinceAcr})
          </div>
        ))}
      </div>
      <span className="visually-hidden" aria-live="polite">
        {open && q.length >= 2 && search.data ? t('comune.results', { count: items.length }) : ''}
      </span>
    </div>
  );
}
