// The employers registry: search by name or codice fiscale, filters (comune of a site, ATECO section, hosts
// internships) kept in the URL, "load more" with the API's keyset cursor. Employer users land on their own company.
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import { apiGet } from '../../../web/api/client.ts';
import { useCurrentSession } from '../../../web/api/session.ts';
import { Checkbox, SelectField, TextField } from '../../../web/components/Field.tsx';
import { Loading } from '../../../web/components/Loading.tsx';
import { PageHeader } from '../../../web/components/Page.tsx';
import { LoadMore } from '../../../web/components/Pagination.tsx';
import { ProblemAlert } from '../../../web/components/ProblemAlert.tsx';
import { ComuneAutocomplete, type ComuneValue } from '../../network/web/ComuneAutocomplete.tsx';
import type { EmployerListView } from '../contract.ts';
import { atecoSections } from '../domain/ateco.ts';

/** Section letters of both versions: where a letter means different things, both names are shown. */
function sectionOptions(lang: 'it' | 'en') {
  const old = new Map(atecoSections('2007').map((s) => [s.letter, s[lang]]));
  return atecoSections('2025').map((s) => {
    const before = old.get(s.letter);
    const label = !before || before === s[lang] ? s[lang] : `${before} (2007) · ${s[lang]} (2025)`;
    return { value: s.letter, label: `${s.letter} – ${label}` };
  });
}

export default function EmployersPage() {
  const { t, i18n } = useTranslation();
  const session = useCurrentSession();
  const [params, setParams] = useSearchParams();
  const applied = {
    q: params.get('q') ?? '',
    comune: params.get('comune') ?? '',
    section: params.get('section') ?? '',
    hostsInternships: params.get('hostsInternships') ?? '',
  };
  const [q, setQ] = useState(applied.q);
  const [comune, setComune] = useState<ComuneValue>(
    applied.comune ? { code: applied.comune, name: params.get('comuneName') ?? applied.comune } : null,
  );
  const [section, setSection] = useState(applied.section);
  const [hosts, setHosts] = useState(applied.hostsInternships === 'true');
  const list = useInfiniteQuery({
    queryKey: ['employers', applied],
    queryFn: ({ pageParam }) =>
      apiGet<EmployerListView>('/employers', {
        q: applied.q || undefined,
        comune: applied.comune || undefined,
        section: applied.section || undefined,
        hostsInternships: applied.hostsInternships || undefined,
        cursor: pageParam ?? undefined,
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
  if (session.abilities['employer.read'] === 'organisation') return <Navigate to="/employers/mine" replace />;
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const lang = i18n.language.startsWith('en') ? 'en' : 'it';

  function apply(e: React.FormEvent) {
    e.preventDefault();
    const next = new URLSearchParams();
    if (q.trim()) next.set('q', q.trim());
    if (comune) {
      next.set('comune', comune.code);
      next.set('comuneName', comune.name);
    }
    if (section) next.set('section', section);
    if (hosts) next.set('hostsInternships', 'true');
    setParams(next);
  }

  return (
    <>
      <PageHeader
        title={t('employers.title')}
        lead={t('employers.lead')}
        actions={
          <>
            {session.abilities['employer.create'] ? (
              <Link to="/employers/new" className="btn btn-primary" data-testid="employer-new">
                {t('employers.new')}
              </Link>
            ) : null}
            {session.abilities['employer.import'] ? (
              <Link to="/employers/import" className="btn btn-outline-primary" data-testid="employers-import">
                {t('employers.import.link')}
              </Link>
            ) : null}
          </>
        }
      />
      <form
        className="row g-3 mb-4"
        onSubmit={apply}
        aria-label={t('employers.filters')}
        data-testid="employers-filters"
      >
        <div className="col-md-6 col-lg-4">
          <TextField
            id="employers-q"
            label={t('employers.search')}
            hint={t('employers.searchHint')}
            type="search"
            value={q}
            onChange={setQ}
            testId="employers-q"
          />
        </div>
        <div className="col-md-6 col-lg-4">
          <ComuneAutocomplete
            id="employers-comune"
            label={t('employers.fields.comune')}
            value={comune}
            onChange={setComune}
            testId="employers-comune"
          />
        </div>
        <div className="col-md-6 col-lg-4">
          <SelectField
            id="employers-section"
            label={t('employers.fields.atecoSection')}
            value={section}
            onChange={setSection}
            emptyLabel={t('employers.anySection')}
            options={sectionOptions(lang)}
            hint={t('employers.sectionHint')}
            testId="employers-section"
          />
        </div>
        <div className="col-12 d-flex flex-wrap align-items-center gap-3">
          <Checkbox
            id="employers-hosts"
            label={t('employers.fields.hostsInternships')}
            checked={hosts}
            onChange={setHosts}
            testId="employers-hosts"
          />
          <button type="submit" className="btn btn-primary" data-testid="employers-apply">
            {t('employers.apply')}
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {list.isPending ? <Loading /> : null}
        <ProblemAlert error={list.error} />
        {list.data && rows.length === 0 ? <p className="alert alert-info">{t('employers.none')}</p> : null}
      </div>
      {rows.length > 0 ? (
        <div className="table-responsive">
          <table className="table table-striped" data-testid="employers-table">
            <caption className="visually-hidden">{t('employers.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('employers.fields.name')}</th>
                <th scope="col">{t('employers.fields.taxCode')}</th>
                <th scope="col">{t('employers.fields.ateco')}</th>
                <th scope="col">{t('employers.fields.employees')}</th>
                <th scope="col">{t('employers.fields.comuni')}</th>
                <th scope="col">{t('employers.fields.hostsInternships')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((e) => (
                <tr key={e.id} data-testid="employer-row">
                  <th scope="row">
                    <Link to={`/employers/${e.id}`}>{e.name}</Link>
                  </th>
                  <td className="text-nowrap">{e.taxCode}</td>
                  <td className="text-nowrap">
                    {e.atecoCode ? `${e.atecoSection ?? ''} ${e.atecoCode} (${e.atecoVersion})` : '—'}
                  </td>
                  <td>{e.employees ?? '—'}</td>
                  <td>{e.comuni.join(', ')}</td>
                  <td>{e.hostsInternships ? t('common.yes') : t('common.no')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <LoadMore query={list} label={t('employers.loadMore')} testId="employers-load-more" />
    </>
  );
}
