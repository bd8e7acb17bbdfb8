// Occupation or skill autocomplete (ARIA 1.2 combobox with a listbox) on the taxonomy API: GET
// /api/taxonomy/occupations?q= or /api/taxonomy/skills?q=, labels in the interface language.
import { useQuery } from '@tanstack/react-query';
import { type KeyboardEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiGet } from '../../../web/api/client.ts';
import { currentLanguage } from '../../../web/i18n.ts';

export type ConceptValue = { uri: string; label: string } | null;
type Concept = { uri: string; label: string; altLabels: string[] };

type Props = {
  id: string;
  label: string;
  kind: 'occupations' | 'skills';
  value: ConceptValue;
  onChange: (value: ConceptValue) => void;
  error?: string | undefined;
  required?: boolean;
  /** For picking several concepts: the input is emptied after each pick (the parent keeps the list). */
  resetOnPick?: boolean;
  testId?: string;
};

export function ConceptAutocomplete(props: Props) {
  const { id, label, kind, value, onChange, error, required, resetOnPick, testId } = props;
  const { t } = useTranslation();
  const [text, setText] = useState(value?.label ?? '');
  const [q, setQ] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  useEffect(() => setText(value?.label ?? ''), [value?.label]);
  useEffect(() => {
    const handle = window.setTimeout(() => setQ(text.trim()), 250);
    return () => window.clearTimeout(handle);
  }, [text]);
  const lang = currentLanguage();
  const search = useQuery({
    queryKey: ['taxonomy', kind, q, lang],
    queryFn: () => apiGet<{ items: Concept[] }>(`/taxonomy/${kind}`, { q, lang, limit: 15 }),
    enabled: open && q.length >= 2,
    staleTime: 5 * 60_000,
  });
  const items = open && q.length >= 2 ? (search.data?.items ?? []) : [];
  const listId = `${id}-list`;

  function pick(c: Concept) {
    onChange({ uri: c.uri, label: c.label });
    setText(resetOnPick ? '' : c.label);
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
        {value ? t('people.cv.conceptSelected', { label: value.label }) : t('people.cv.conceptHint')}
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
            key={c.uri}
            tabIndex={-1}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            data-testid="concept-option"
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => pick(c)}
          >
            {c.label}
          </div>
        ))}
      </div>
      <span className="visually-hidden" aria-live="polite">
        {open && q.length >= 2 && search.data ? t('people.cv.results', { count: items.length }) : ''}
      </span>
    </div>
  );
}
