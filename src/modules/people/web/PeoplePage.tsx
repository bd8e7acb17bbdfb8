// The Banca Dati Lavoro: search people by text and filters (kept in the URL, so saved searches re-apply them),
// "load more" (keyset pagination), export and saved searches. A search states its purpose like every read.
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { apiGet, queryString } from '../../../web/api/client.ts';
import { useCurrentSession } from '../../../web/api/session.ts';
import { Loading } from '../../../web/components/Loading.tsx';
import { PageHeader } from '../../../web/components/Page.tsx';
import { ProblemAlert } from '../../../web/components/ProblemAlert.tsx';
import { formatNumber } from '../../../web/i18n.ts';
import type { SearchPage } from '../search-contract.ts';
import { type ComuneNames, type Filters, filtersOf, PeopleFilters } from './PeopleFilters.tsx';
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

export default function PeoplePage() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const [params, setParams] = useSearchParams();
  const applied = filtersOf(params);
  // Re-mounts the filter form whenever filters are applied (search, reset, a saved search): it starts from the URL.
  const [formKey, setFormKey] = useState(0);
  const [purpose, setPurpose] = usePurpose();
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
  const savedFilters = Object.fromEntries(Object.entries(applied).filter(([, v]) => v !== ''));

  function apply(filters: Partial<Filters>, names: ComuneNames = {}) {
    const next = new URLSearchParams();
    for (const [k, v] of Object.entries(filters)) if (v) next.set(k, v);
    if (filters.comuneCodes && names.comuneName) next.set('comuneName', names.comuneName);
    if (filters.nearComune && names.nearComuneName) next.set('nearComuneName', names.nearComuneName);
    setParams(next);
    setFormKey((k) => k + 1);
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
      <PeopleFilters key={formKey} params={params} purpose={purpose} onPurpose={setPurpose} onApply={apply} />
      <div aria-live="polite">
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
        onApply={(f) => apply({ ...filtersOf(new URLSearchParams()), ...f })}
      />
    </>
  );
}
