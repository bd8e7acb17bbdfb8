// One form to register a person (/people/new) and to correct a record (/people/:id/edit, with the version read:
// optimistic locking). Likely duplicates are looked for as soon as the birth date is given, and again on saving.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { z } from 'zod';
import { ApiError, apiGet, apiPost, apiPut } from '../../../web/api/client.ts';
import { Breadcrumb } from '../../../web/components/Breadcrumb.tsx';
import { Loading } from '../../../web/components/Loading.tsx';
import { PageHeader } from '../../../web/components/Page.tsx';
import { ProblemAlert } from '../../../web/components/ProblemAlert.tsx';
import { type FieldErrors, serverFieldErrors, validate } from '../../../web/forms.ts';
import type { subdivision } from '../../network/contract.ts';
import {
  type duplicateCandidate,
  type PersonView,
  personInput,
  personUpdate,
  type ReadPurpose,
} from '../contract.ts';
import { initialValues, type PersonValues, taxCodeErrors, toPayload } from './form-values.ts';
import { PersonFormFields } from './PersonFormFields.tsx';
import { PurposeGate, personKey, problemMember, usePerson } from './shared.tsx';

type Duplicate = z.infer<typeof duplicateCandidate>;
type Subdivision = z.infer<typeof subdivision>;

/** Every message the server gave for the codice fiscale (one per wrong part), the first one for other fields. */
function fieldErrorsOf(error: unknown): FieldErrors {
  const errors = serverFieldErrors(error);
  if (error instanceof ApiError) {
    const parts = (error.problem.errors ?? []).filter((e) => e.field === 'taxCode').map((e) => e.message);
    if (parts.length > 1) errors.taxCode = parts.join(' ');
  }
  return errors;
}

function DuplicateList({ items, testId }: { items: Duplicate[]; testId: string }) {
  const { t } = useTranslation();
  return (
    <ul data-testid={testId}>
      {items.map((d) => (
        <li key={d.id}>
          <Link to={`/people/${d.id}`} target="_blank" rel="noopener">
            {d.givenName} {d.familyName}
            <span className="visually-hidden"> {t('common.newWindow')}</span>
          </Link>{' '}
          — {d.birthDate}, {d.residenceComuneName} ({t(`people.duplicateReasons.${d.reason}`)})
        </li>
      ))}
    </ul>
  );
}

function PersonForm({ existing, purpose }: { existing?: PersonView; purpose?: ReadPurpose }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [values, setValues] = useState<PersonValues>(() => initialValues(existing));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [early, setEarly] = useState<Duplicate[]>([]);
  const comuneCode = values.residenceComune?.code ?? '';
  const subdivisions = useQuery({
    queryKey: ['subdivisions', comuneCode],
    queryFn: () => apiGet<{ items: Subdivision[] }>(`/comuni/${comuneCode}/subdivisions`),
    enabled: comuneCode !== '',
    staleTime: 10 * 60_000,
  });
  const subdivisionItems = subdivisions.data?.items ?? [];
  const set =
    <K extends keyof PersonValues>(key: K) =>
    (value: PersonValues[K]) =>
      setValues((v) => ({ ...v, [key]: value }));
  const code = error instanceof ApiError ? error.code : undefined;
  const duplicates =
    code === 'possible_duplicates' ? (problemMember<Duplicate[]>(error, 'duplicates') ?? []) : [];
  const duplicateOf = code === 'conflict' ? problemMember<string>(error, 'duplicateOf') : undefined;
  const changedFields =
    code === 'version_conflict' ? (problemMember<string[]>(error, 'changedFields') ?? []) : [];

  async function checkDuplicates() {
    if (existing || !values.givenName.trim() || !values.familyName.trim()) return;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.birthDate)) return;
    try {
      const found = await apiPost<{ items: Duplicate[] }>('/people/duplicates', {
        givenName: values.givenName.trim(),
        familyName: values.familyName.trim(),
        birthDate: values.birthDate,
        ...(values.taxCode.trim() ? { taxCode: values.taxCode.trim() } : {}),
      });
      setEarly(found.items);
    } catch {
      setEarly([]); // Only an early warning: the server checks again on saving.
    }
  }

  async function save(confirmNotDuplicate = false) {
    setError(null);
    const payload = toPayload(values, subdivisionItems.length > 0);
    const checked = existing
      ? validate(personUpdate, { ...payload, version: existing.version }, t)
      : validate(personInput, { ...payload, ...(confirmNotDuplicate ? { confirmNotDuplicate } : {}) }, t);
    const extra = taxCodeErrors(values, t);
    if (!checked.ok || Object.keys(extra).length > 0) {
      setErrors({ ...(checked.ok ? {} : checked.errors), ...extra });
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const saved = existing
        ? await apiPut<PersonView>(`/people/${existing.id}`, checked.data)
        : await apiPost<PersonView>('/people', checked.data);
      if (purpose) client.setQueryData(personKey(saved.id, purpose), saved);
      else await client.invalidateQueries({ queryKey: ['person', saved.id] });
      await client.invalidateQueries({ queryKey: ['people'] });
      navigate(`/people/${saved.id}`);
    } catch (err) {
      setError(err);
      setErrors(fieldErrorsOf(err));
    } finally {
      setBusy(false);
    }
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    void save(false);
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="page-title" data-testid="person-form">
      <div aria-live="assertive">
        <ProblemAlert error={error} />
        {duplicates.length > 0 ? (
          <div className="alert alert-warning" data-testid="duplicates">
            <p>{t('people.duplicatesLead')}</p>
            <DuplicateList items={duplicates} testId="duplicate-list" />
            <button
              type="button"
              className="btn btn-outline-primary"
              disabled={busy}
              onClick={() => void save(true)}
              data-testid="duplicate-confirm"
            >
              {t('people.duplicateConfirm')}
            </button>
          </div>
        ) : null}
        {duplicateOf ? (
          <p>
            <Link to={`/people/${duplicateOf}`} data-testid="duplicate-of">
              {t('people.openExisting')}
            </Link>
          </p>
        ) : null}
        {code === 'version_conflict' ? (
          <div className="alert alert-warning" data-testid="version-conflict">
            <p>{t('people.versionConflict')}</p>
            {changedFields.length > 0 ? (
              <ul>
                {changedFields.map((f) => (
                  <li key={f}>{t(`people.fields.${f}`, { defaultValue: f })}</li>
                ))}
              </ul>
            ) : null}
            <button
              type="button"
              className="btn btn-outline-primary"
              onClick={() => void client.invalidateQueries({ queryKey: ['person', existing?.id] })}
              data-testid="person-reload"
            >
              {t('people.reload')}
            </button>
          </div>
        ) : null}
      </div>
      <p className="small">{t('common.requiredNote')}</p>
      <PersonFormFields
        values={values}
        set={set}
        errors={errors}
        subdivisions={subdivisionItems}
        onBirthDateBlur={() => void checkDuplicates()}
      />
      <div aria-live="polite">
        {early.length > 0 && duplicates.length === 0 ? (
          <div className="alert alert-info" data-testid="duplicates-early">
            <p>{t('people.duplicatesEarly')}</p>
            <DuplicateList items={early} testId="duplicate-early-list" />
          </div>
        ) : null}
      </div>
      <div className="d-flex gap-3">
        <button type="submit" className="btn btn-primary" disabled={busy} data-testid="person-submit">
          {existing ? t('common.save') : t('people.create')}
        </button>
        <button type="button" className="btn btn-outline-secondary" onClick={() => navigate(-1)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

function EditPerson({ id, purpose }: { id: string; purpose: ReadPurpose }) {
  const person = usePerson(id, purpose);
  return (
    <>
      {person.isPending ? <Loading /> : null}
      <ProblemAlert error={person.error} />
      {person.data ? (
        <>
          <p className="lead">
            {person.data.givenName} {person.data.familyName}
          </p>
          <PersonForm key={person.data.version} existing={person.data} purpose={purpose} />
        </>
      ) : null}
    </>
  );
}

export default function PersonFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const title = id ? t('people.editTitle') : t('people.newTitle');
  const crumbs = [
    { label: t('nav.home'), to: '/' },
    { label: t('people.title'), to: '/people' },
    ...(id ? [{ label: t('people.detailTitle'), to: `/people/${id}` }] : []),
    { label: title },
  ];
  return (
    <>
      <Breadcrumb items={crumbs} />
      <PageHeader title={title} />
      {id ? (
        <PurposeGate>{(purpose) => <EditPerson id={id} purpose={purpose} />}</PurposeGate>
      ) : (
        <PersonForm />
      )}
    </>
  );
}
