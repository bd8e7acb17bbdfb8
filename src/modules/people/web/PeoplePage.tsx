// The Banca Dati Lavoro: search people by text and filters (kept in the URL, so saved searches re-apply them),
// "load more" (keyset pagination), export and saved searches. A search states its purpose like every read.
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { apiGet, queryString } from '../../../web/api/client.ts';
import { useCurrentSession } from '../../../web/api/session.ts';
import { Checkbox, SelectField, TextField } from '../../../web/components/Field.tsx';
import { Loading } from '../../../web/components/Loading.tsx';
import { PageHeader } from '../../../web/components/Page.tsx';
import { ProblemAlert } from '../../../web/components/ProblemAlert.tsx';
import { type FieldErrors, validate } from '../../../web/forms.ts';
import { formatNumber } from '../../../web/i18n.ts';
import { ComuneAutocomplete, type ComuneValue } from '../../network/web/ComuneAutocomplete.tsx';
import { employmentStatuses } from '../contract.ts';
import { type SearchPage, searchFilters, searchTargetGroups } from '../search-contract.ts';
import { toggle } from './form-values.ts';
import { GroupBadges } from './PersonSections.tsx';
import { ErasedNotice } from './RightsPanel.tsx';
import { SavedSearches } from './SavedSearches.tsx';
import { PurposeSelect, usePurpose } from './shared.tsx';

/** The filters the API takes (also what a saved search keeps). */
const filterKeys = ['q', 'comuneCodes', 'status', 'targetGroups', 'ageMin', 'ageMax'] as const;
type Filters = Record<(typeof filterKeys)[number], string>;

function filtersOf(params: URLSearchParams): Filters {
  return Object.fromEntries(filterKeys.map((k) => [k, params.get(k) ?? ''])) as Filters;
}

export default function PeoplePage() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const [params, setParams] = useSearchParams();
  const applied = filtersOf(params);
  const [form, setForm] = useState<Filters>(applied);
  const [comune, setComune] = useState<ComuneValue>(
    applied.comuneCodes
      ? { code: applied.comuneCodes, name: params.get('comuneName') ?? applied.comuneCodes }
      : null,
  );
  const [purpose, setPurpose] = usePurpose();
  const [errors, setErrors] = useState<FieldErrors>({});
  const people = useInfiniteQuery({
    queryKey: ['people', applied, purpose],
    queryFn: ({ pageParam }) =>
      apiGet<SearchPage>('/people', {
        ...applied,
        purpose: purpose ?? undefined,
        cursor: pageParam ?? undefined,
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled: Boolean(purpose),
    placeholderData: keepPreviousData,
  });
  const rows = people.data?.pages.flatMap((p) => p.items) ?? [];
  const total = people.data?.pages[0]?.total;
  const set = (key: keyof Filters) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const groups = form.targetGroups ? form.targetGroups.split(',') : [];
  const savedFilters = Object.fromEntries(Object.entries(applied).filter(([, v]) => v !== ''));

  function apply(filters: Partial<Filters>, comuneName?: string) {
    const next = new URLSearchParams();
    for (const [k, v] of Object.entries(filters)) if (v) next.set(k, v);
    if (filters.comuneCodes && comuneName) next.set('comuneName', comuneName);
    setParams(next);
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    const next = { ...form, q: form.q.trim(), comuneCodes: comune?.code ?? '' };
    const checked = validate(searchFilters, Object.fromEntries(Object.entries(next).filter(([, v]) => v)), t);
    const errs = checked.ok ? {} : checked.errors;
    if (errs.ageMax && next.ageMin && next.ageMax && Number(next.ageMin) > Number(next.ageMax))
      errs.ageMax = t('people.ageRange');
    setErrors(errs);
    if (checked.ok) apply(next, comune?.name);
  }

  return (
    <>
      <PageHeader
        title={t('people.title')}
        lead={t('people.lead')}
        actions={
          <>
            {session.abilities['person.create'] ? (
              <Link to="/people/new" className="btn btn-primary" data-testid="person-new">
                {t('people.new')}
              </Link>
            ) : null}
            {session.abilities['person.import'] ? (
              <Link to="/people/import" className="btn btn-outline-primary" data-testid="people-import">
                {t('people.import.link')}
              </Link>
            ) : null}
            {session.abilities['person.export'] && purpose
              ? (['xlsx', 'csv'] as const).map((format) => (
                  <a
                    key={format}
                    className="btn btn-outline-primary"
                    href={`/api/people/export${queryString({ ...applied, purpose, format })}`}
                    data-testid={`people-export-${format}`}
                    download
                  >
                    {t(`people.export.${format}`)}
                  </a>
                ))
              : null}
          </>
        }
      />
      <ErasedNotice />
      <form onSubmit={submit} aria-label={t('people.filters')} className="row g-3 align-items-end" noValidate>
        <div className="col-md-6 col-lg-4">
          <PurposeSelect id="people-purpose" value={purpose ?? ''} onChange={(p) => setPurpose(p || null)} />
        </div>
        <div className="col-md-6 col-lg-8">
          <TextField
            id="people-q"
            label={t('people.search')}
            hint={t('people.searchHint')}
            type="search"
            value={form.q}
            onChange={set('q')}
            testId="people-search"
          />
        </div>
        <div className="col-md-6 col-lg-4">
          <ComuneAutocomplete
            id="people-comune"
            label={t('people.fields.residenceComune')}
            value={comune}
            onChange={setComune}
            testId="people-comune"
          />
        </div>
        <div className="col-md-6 col-lg-4">
          <SelectField
            id="people-status"
            label={t('people.fields.employmentStatus')}
            value={form.status}
            onChange={set('status')}
            emptyLabel={t('common.all')}
            options={employmentStatuses.map((s) => ({ value: s, label: t(`people.statuses.${s}`) }))}
            testId="people-status"
          />
        </div>
        <div className="col-6 col-lg-2">
          <TextField
            id="people-age-min"
            label={t('people.ageMin')}
            type="number"
            inputMode="numeric"
            value={form.ageMin}
            onChange={set('ageMin')}
            error={errors.ageMin}
            extra={{ min: '14', max: '100' }}
          />
        </div>
        <div className="col-6 col-lg-2">
          <TextField
            id="people-age-max"
            label={t('people.ageMax')}
            type="number"
            inputMode="numeric"
            value={form.ageMax}
            onChange={set('ageMax')}
            error={errors.ageMax}
            extra={{ min: '14', max: '100' }}
          />
        </div>
        <fieldset className="col-12">
          <legend className="h6">{t('people.targetGroups')}</legend>
          <div className="d-flex flex-wrap column-gap-4">
            {searchTargetGroups.map((g) => (
              <Checkbox
                key={g}
                id={`people-group-${g}`}
                label={t(`people.groups.${g}`)}
                checked={groups.includes(g)}
                onChange={(on) => set('targetGroups')(toggle(groups, g, on).join(','))}
                testId={`people-group-${g}`}
              />
            ))}
          </div>
        </fieldset>
        <div className="col-12 rl-form-actions d-flex gap-2">
          <button type="submit" className="btn btn-primary" data-testid="people-search-submit">
            {t('common.search')}
          </button>
          <button
            type="button"
            className="btn btn-outline-secondary"
            onClick={() => {
              setForm(filtersOf(new URLSearchParams()));
              setComune(null);
              apply({});
            }}
          >
            {t('common.reset')}
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {!purpose ? <p className="alert alert-info">{t('people.purpose.needed')}</p> : null}
        {purpose && people.isPending ? <Loading /> : null}
        <ProblemAlert error={people.error} />
        {people.data ? (
          <p data-testid="people-count">
            {total === null || total === undefined
              ? t('people.countMany', { count: formatNumber(10_000) })
              : t('people.count', { count: total, formatted: formatNumber(total) })}
          </p>
        ) : null}
      </div>
      {rows.length > 0 ? (
        <div className="table-responsive">
          <table className="table table-striped" data-testid="people-table">
            <caption className="visually-hidden">{t('people.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('people.name')}</th>
                <th scope="col">{t('people.age')}</th>
                <th scope="col">{t('people.fields.residenceComune')}</th>
                <th scope="col">{t('people.fields.employmentStatus')}</th>
                <th scope="col">{t('people.targetGroups')}</th>
                <th scope="col">{t('people.desiredOccupations')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((p) => (
                <tr key={p.id} data-testid="people-row">
                  <th scope="row">
                    <Link to={`/people/${p.id}`}>
                      {p.familyName} {p.givenName}
                    </Link>
                  </th>
                  <td className="text-nowrap">
                    {p.age}
                    {p.ageBand ? <span className="d-block small">{p.ageBand}</span> : null}
                  </td>
                  <td>{p.residenceComuneName}</td>
                  <td>{t(`people.statuses.${p.employmentStatus}`)}</td>
                  <td>
                    <GroupBadges computed={p.targetGroups.computed} declared={p.targetGroups.declared} />
                  </td>
                  <td>{p.desiredOccupations.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {people.hasNextPage ? (
        <button
          type="button"
          className="btn btn-outline-primary"
          onClick={() => void people.fetchNextPage()}
          disabled={people.isFetchingNextPage}
          data-testid="people-load-more"
        >
          {people.isFetchingNextPage ? t('common.loading') : t('people.loadMore')}
        </button>
      ) : null}
      <SavedSearches
        filters={savedFilters}
        onApply={(f) => {
          const next = { ...filtersOf(new URLSearchParams()), ...f };
          setForm(next);
          setComune(next.comuneCodes ? { code: next.comuneCodes, name: next.comuneCodes } : null);
          apply(next);
        }}
      />
    </>
  );
}
