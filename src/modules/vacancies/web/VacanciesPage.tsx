// The vacancies of the caller's scope (an employer user: their own company's): words, state, occupation and
// comune filters kept in the URL, newest change first.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { apiGet } from '../../../web/api/client.ts';
import { useCurrentSession } from '../../../web/api/session.ts';
import { SelectField, TextField } from '../../../web/components/Field.tsx';
import { Loading } from '../../../web/components/Loading.tsx';
import { PageHeader } from '../../../web/components/Page.tsx';
import { Pagination } from '../../../web/components/Pagination.tsx';
import { ProblemAlert } from '../../../web/components/ProblemAlert.tsx';
import { ComuneAutocomplete, type ComuneValue } from '../../network/web/ComuneAutocomplete.tsx';
import { ConceptAutocomplete, type ConceptValue } from '../../people/web/ConceptAutocomplete.tsx';
import type { VacancyPage } from '../contract.ts';
import { type VacancyState, vacancyStates } from '../domain/lifecycle.ts';
import { StateBadge } from './StateBadge.tsx';

const limit = 25;

export default function VacanciesPage() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const state = params.get('state') ?? '';
  const occupationUri = params.get('occupationUri') ?? '';
  const comuneCode = params.get('comuneCode') ?? '';
  const offset = Number(params.get('offset') ?? 0) || 0;
  const [search, setSearch] = useState(q);
  const [occupation, setOccupation] = useState<ConceptValue>(null);
  const [comune, setComune] = useState<ComuneValue>(null);
  const list = useQuery({
    queryKey: ['vacancies', { q, state, occupationUri, comuneCode, offset }],
    queryFn: () => apiGet<VacancyPage>('/vacancies', { q, state, occupationUri, comuneCode, limit, offset }),
    placeholderData: keepPreviousData,
  });

  function update(changes: Record<string, string>) {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    if (!('offset' in changes)) next.delete('offset');
    setParams(next);
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    update({ q: search.trim(), occupationUri: occupation?.uri ?? '', comuneCode: comune?.code ?? '' });
  }

  return (
    <>
      <PageHeader
        title={t('vacancies.title')}
        lead={t('vacancies.lead')}
        actions={
          <>
            {session.abilities['shortlist.propose'] ? (
              <Link
                to="/vacancies/rose-ferme"
                className="btn btn-outline-primary me-2"
                data-testid="stale-link"
              >
                {t('staleShortlists.link')}
              </Link>
            ) : null}
            {session.abilities['vacancy.manage'] ? (
              <Link to="/vacancies/new" className="btn btn-primary" data-testid="vacancy-new">
                {t('vacancies.new')}
              </Link>
            ) : null}
          </>
        }
      />
      <form onSubmit={submit} aria-label={t('vacancies.filters')} className="row g-3 align-items-end">
        <div className="col-md-3">
          <TextField
            id="vacancy-q"
            label={t('vacancies.search')}
            type="search"
            value={search}
            onChange={setSearch}
            testId="vacancy-search"
          />
        </div>
        <div className="col-md-2">
          <SelectField
            id="vacancy-state-filter"
            label={t('vacancies.fields.state')}
            value={state}
            onChange={(v) => update({ state: v })}
            emptyLabel={t('common.all')}
            options={vacancyStates.map((s) => ({ value: s, label: t(`vacancies.states.${s}`) }))}
            testId="vacancy-state-filter"
          />
        </div>
        <div className="col-md-3">
          <ConceptAutocomplete
            id="vacancy-occupation-filter"
            label={t('vacancies.fields.occupation')}
            kind="occupations"
            value={occupation}
            onChange={setOccupation}
          />
        </div>
        <div className="col-md-2">
          <ComuneAutocomplete
            id="vacancy-comune-filter"
            label={t('vacancies.fields.comune')}
            value={comune}
            onChange={setComune}
          />
        </div>
        <div className="col-md-2 rl-form-actions">
          <button type="submit" className="btn btn-primary" data-testid="vacancy-search-submit">
            {t('common.search')}
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {list.isPending ? <Loading /> : null}
        <ProblemAlert error={list.error} />
        {list.data ? (
          <p data-testid="vacancy-count">{t('vacancies.count', { count: list.data.total })}</p>
        ) : null}
      </div>
      {list.data && list.data.items.length > 0 ? (
        <>
          <div className="table-responsive">
            <table className="table table-striped" data-testid="vacancies-table">
              <caption className="visually-hidden">{t('vacancies.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('vacancies.fields.title')}</th>
                  <th scope="col">{t('vacancies.fields.employer')}</th>
                  <th scope="col">{t('vacancies.fields.occupation')}</th>
                  <th scope="col">{t('vacancies.fields.comune')}</th>
                  <th scope="col">{t('vacancies.fields.state')}</th>
                  <th scope="col">{t('vacancies.fields.deadline')}</th>
                  <th scope="col" className="text-end">
                    {t('vacancies.fields.positions')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.data.items.map((v) => (
                  <tr key={v.id} data-testid="vacancy-row">
                    <th scope="row">
                      <Link to={`/vacancies/${v.id}`}>{v.title}</Link>
                    </th>
                    <td>{v.employerName}</td>
                    <td>{v.occupationLabel}</td>
                    <td>{v.siteComuneName}</td>
                    <td>
                      <StateBadge state={v.state as VacancyState} />
                    </td>
                    <td>{v.deadline ?? '—'}</td>
                    <td className="text-end">{v.positions}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination
            total={list.data.total}
            limit={limit}
            offset={offset}
            onChange={(o) => update({ offset: o ? String(o) : '' })}
          />
        </>
      ) : null}
    </>
  );
}
