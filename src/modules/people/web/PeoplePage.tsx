// The Banca Dati Lavoro: search people by text and filters (kept in the URL, so saved searches re-apply them),
// "load more" (keyset pagination), export and saved searches. A search states its purpose like every read. The sort
// order is in the URL too (`sort`) but is not a filter: saved searches do not keep it.
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { apiGet, queryString } from '../../../web/api/client.ts';
import { useCurrentSession } from '../../../web/api/session.ts';
import { SelectField } from '../../../web/components/Field.tsx';
import { Loading } from '../../../web/components/Loading.tsx';
import { PageHeader } from '../../../web/components/Page.tsx';
import { LoadMore } from '../../../web/components/Pagination.tsx';
import { ProblemAlert } from '../../../web/components/ProblemAlert.tsx';
import { serverFieldErrors } from '../../../web/forms.ts';
import { formatNumber } from '../../../web/i18n.ts';
import { type SearchPage, type SearchSort, searchSorts } from '../search-contract.ts';
import { type FilterLabels, type Filters, filtersOf, labelKeys, PeopleFilters } from './PeopleFilters.tsx';
import { GroupBadges } from './PersonSections.tsx';
import { ErasedNotice } from './RightsPanel.tsx';
import { SavedSearches } from './SavedSearches.tsx';
import { usePurpose } from './shared.tsx';

/** Says how a distance filter was applied when it could not measure by centroids, and who it left out. */
function DistanceNotice({ distance }: { distance: SearchPage['distance'] }) {
  const { t } = useTranslation();
  if (!distance) return null;
  return (
    <>
      {distance.mode !== 'centroids' ? (
        <p className="alert alert-warning" data-testid="people-distance-fallback">
          {t(`people.distance.fallback.${distance.mode}`)}
        </p>
      ) : null}
      {distance.missingCoordinates ? (
        <p className="alert alert-info" data-testid="people-distance-missing">
          {t('people.distance.missing', { count: distance.missingCoordinates })}
        </p>
      ) : null}
    </>
  );
}

/** The sort order asked in the URL, if it is one the API knows. */
function sortOf(params: URLSearchParams): SearchSort | undefined {
  const sort = params.get('sort');
  return (searchSorts as readonly (string | null)[]).includes(sort) ? (sort as SearchSort) : undefined;
}

/** The sort order beside the results count; relevance only when searching by text (as the API). */
function SortSelect({
  sort,
  hasText,
  onChange,
}: {
  sort?: SearchSort;
  hasText: boolean;
  onChange: (s: string) => void;
}) {
  const { t } = useTranslation();
  const effective = !sort || (sort === 'relevance' && !hasText) ? (hasText ? 'relevance' : 'name') : sort;
  return (
    <SelectField
      id="people-sort"
      label={t('people.sort.label')}
      value={effective}
      onChange={onChange}
      options={searchSorts
        .filter((s) => hasText || s !== 'relevance')
        .map((s) => ({ value: s, label: t(`people.sort.options.${s}`) }))}
      className="rl-sort mb-0"
      testId="people-sort"
    />
  );
}

export default function PeoplePage() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const [params, setParams] = useSearchParams();
  const applied = filtersOf(params);
  const sort = sortOf(params);
  // Re-mounts the filter form whenever filters are applied (search, reset, a saved search): it starts from the URL.
  // The URL is part of the key because the router may update it a render after `formKey` (not the sort order:
  // changing it keeps what is being typed).
  const [formKey, setFormKey] = useState(0);
  const filterUrl = new URLSearchParams(params);
  filterUrl.delete('sort');
  const [purpose, setPurpose] = usePurpose();
  const people = useInfiniteQuery({
    queryKey: ['people', applied, sort, purpose],
    queryFn: ({ pageParam }) =>
      apiGet<SearchPage>('/people', {
        ...applied,
        sort,
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
  const savedFilters = Object.fromEntries(Object.entries(applied).filter(([, v]) => v !== ''));

  function apply(filters: Partial<Filters>, labels: FilterLabels = {}) {
    const next = new URLSearchParams();
    for (const [k, v] of Object.entries(filters)) if (v) next.set(k, v);
    for (const k of labelKeys) {
      const label = labels[k];
      if (label) next.set(k, label);
    }
    if (sort) next.set('sort', sort);
    setParams(next);
    setFormKey((k) => k + 1);
  }

  function changeSort(value: string) {
    const next = new URLSearchParams(params);
    next.set('sort', value);
    setParams(next);
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
                    href={`/api/people/export${queryString({ ...applied, sort, purpose, format })}`}
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
      <PeopleFilters
        key={`${formKey}?${filterUrl}`}
        params={params}
        purpose={purpose}
        onPurpose={setPurpose}
        onApply={apply}
        serverErrors={serverFieldErrors(people.error)}
      />
      <div className="d-flex flex-wrap align-items-end column-gap-4 mb-3">
        <div aria-live="polite" className="flex-grow-1">
          {!purpose ? <p className="alert alert-info">{t('people.purpose.needed')}</p> : null}
          {purpose && people.isPending ? <Loading /> : null}
          <ProblemAlert error={people.error} />
          <DistanceNotice distance={people.data?.pages[0]?.distance ?? null} />
          {people.data ? (
            <p data-testid="people-count">
              {total === null || total === undefined
                ? t('people.countMany', { count: formatNumber(10_000) })
                : t('people.count', { count: total, formatted: formatNumber(total) })}
            </p>
          ) : null}
        </div>
        {people.data ? <SortSelect sort={sort} hasText={Boolean(applied.q)} onChange={changeSort} /> : null}
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
      <LoadMore query={people} label={t('people.loadMore')} testId="people-load-more" />
      <SavedSearches
        filters={savedFilters}
        onApply={(f) => apply({ ...filtersOf(new URLSearchParams()), ...f })}
      />
    </>
  );
}
