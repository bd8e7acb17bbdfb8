// Shared pieces of the Banca Dati Lavoro pages: the read purpose (asked before a record is opened, remembered for
// the browser session), the person query, code lists from the taxonomy API, and small formatting helpers.
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, apiGet } from '../../../web/api/client.ts';
import { SelectField } from '../../../web/components/Field.tsx';
import { PageHeader } from '../../../web/components/Page.tsx';
import { currentLanguage } from '../../../web/i18n.ts';
import type { CodeListEntry } from '../../taxonomy/contract.ts';
import { type PersonView, type ReadPurpose, readPurposes } from '../contract.ts';

const purposeKey = 'rl_person_purpose';

function isPurpose(value: unknown): value is ReadPurpose {
  return typeof value === 'string' && (readPurposes as readonly string[]).includes(value);
}

export function storedPurpose(): ReadPurpose | null {
  try {
    const value = sessionStorage.getItem(purposeKey);
    return isPurpose(value) ? value : null;
  } catch {
    return null;
  }
}

/** The last read purpose chosen in this browser session (null until one is chosen). */
export function usePurpose(): [ReadPurpose | null, (p: ReadPurpose | null) => void] {
  const [purpose, setPurpose] = useState<ReadPurpose | null>(storedPurpose);
  function change(p: ReadPurpose | null) {
    try {
      if (p) sessionStorage.setItem(purposeKey, p);
      else sessionStorage.removeItem(purposeKey);
    } catch {
      // Private mode: remembered for this page only.
    }
    setPurpose(p);
  }
  return [purpose, change];
}

type PurposeSelectProps = {
  id: string;
  value: ReadPurpose | '';
  onChange: (p: ReadPurpose | '') => void;
  error?: string | undefined;
  className?: string;
};

export function PurposeSelect({ id, value, onChange, error, className }: PurposeSelectProps) {
  const { t } = useTranslation();
  return (
    <SelectField
      id={id}
      label={t('people.purpose.label')}
      hint={t('people.purpose.hint')}
      value={value}
      onChange={(v) => onChange(isPurpose(v) ? v : '')}
      options={readPurposes.map((p) => ({ value: p, label: t(`people.purposes.${p}`) }))}
      emptyLabel={t('common.choose')}
      error={error}
      required
      className={className}
      testId="person-purpose"
    />
  );
}

/** Asks why the record is opened before rendering `children(purpose)`; the choice is remembered. */
export function PurposeGate({
  title,
  children,
}: {
  /** The page's h1 while the purpose is asked (when the page has no header of its own yet). */
  title?: string;
  children: (purpose: ReadPurpose, change: () => void) => ReactNode;
}) {
  const { t } = useTranslation();
  const [purpose, setPurpose] = usePurpose();
  const [choice, setChoice] = useState<ReadPurpose | ''>('');
  const [error, setError] = useState<string | undefined>();
  if (purpose) return <>{children(purpose, () => setPurpose(null))}</>;
  function submit(e: FormEvent) {
    e.preventDefault();
    if (!choice) {
      setError(t('people.purpose.required'));
      return;
    }
    setPurpose(choice);
  }
  return (
    <>
      {title ? <PageHeader title={title} /> : null}
      <form
        onSubmit={submit}
        noValidate
        className="mb-4"
        aria-labelledby="purpose-title"
        data-testid="purpose-form"
      >
        <h2 id="purpose-title" className="h4">
          {t('people.purpose.title')}
        </h2>
        <p>{t('people.purpose.lead')}</p>
        <div className="row align-items-end g-3">
          <div className="col-md-6">
            <PurposeSelect id="person-purpose" value={choice} onChange={setChoice} error={error} />
          </div>
          <div className="col-md-6 rl-form-actions">
            <button type="submit" className="btn btn-primary" data-testid="person-open">
              {t('people.purpose.open')}
            </button>
          </div>
        </div>
      </form>
    </>
  );
}

export const personKey = (id: string, purpose: string) => ['person', id, purpose] as const;

export function usePerson(id: string, purpose: ReadPurpose | null) {
  return useQuery({
    queryKey: personKey(id, purpose ?? ''),
    queryFn: () => apiGet<PersonView>(`/people/${id}`, { purpose: purpose ?? undefined }),
    enabled: Boolean(purpose),
  });
}

/** A code list of the taxonomy (e.g. co-contract) in the interface language. */
export function useCodeList(scheme: string) {
  const lang = currentLanguage();
  return useQuery({
    queryKey: ['code-list', scheme, lang],
    queryFn: () => apiGet<{ items: CodeListEntry[] }>(`/taxonomy/code-lists/${scheme}`, { lang }),
    staleTime: 30 * 60_000,
  });
}

/** A select of one code list of the taxonomy, labelled "label (code)". */
export function CodeListSelect({
  scheme,
  ...props
}: Omit<Parameters<typeof SelectField>[0], 'options'> & { scheme: string }) {
  const list = useCodeList(scheme);
  return (
    <SelectField
      {...props}
      options={(list.data?.items ?? []).map((c) => ({ value: c.code, label: `${c.label} (${c.code})` }))}
    />
  );
}

/** Age in whole years on today's date. */
export function ageOf(birthDate: string): number {
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
  const now = new Date();
  let age = now.getFullYear() - y;
  if (now.getMonth() + 1 < m || (now.getMonth() + 1 === m && now.getDate() < d)) age -= 1;
  return age;
}

/** A date (YYYY-MM-DD) in the interface language, without time. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const [y, m, d] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(currentLanguage() === 'it' ? 'it-IT' : 'en-GB', {
    dateStyle: 'medium',
  }).format(new Date(Date.UTC(y, m - 1, d, 12)));
}

/** Extension members of a problem document (RFC 9457 §3.2), e.g. `duplicates` or `changedFields`. */
export function problemMember<T>(error: unknown, name: string): T | undefined {
  if (!(error instanceof ApiError)) return undefined;
  return (error.problem as unknown as Record<string, unknown>)[name] as T | undefined;
}

/** A definition-list row; shows a dash when empty. */
export function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt className="col-sm-4 col-lg-3">{label}</dt>
      <dd className="col-sm-8 col-lg-9">{children || '—'}</dd>
    </>
  );
}
