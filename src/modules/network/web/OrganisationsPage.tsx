// The organisations in scope: search, filters by kind and network, pagination. Filters live in the URL.
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
import { type OrganisationSummary, organisationKinds } from '../contract.ts';

const limit = 25;

export default function OrganisationsPage() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const kind = params.get('kind') ?? '';
  const networkId = params.get('networkId') ?? '';
  const offset = Number(params.get('offset') ?? 0) || 0;
  const [search, setSearch] = useState(q);
  const list = useQuery({
    queryKey: ['organisations', { q, kind, networkId, offset }],
    queryFn: () =>
      apiGet<{ items: OrganisationSummary[]; total: number }>('/organisations', {
        q,
        kind,
        networkId,
        limit,
        offset,
      }),
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
    update({ q: search.trim() });
  }

  return (
    <>
      <PageHeader
        title={t('organisations.title')}
        actions={
          session.abilities['organisation.create'] ? (
            <Link to="/organisations/new" className="btn btn-primary" data-testid="organisation-new">
              {t('organisations.new')}
            </Link>
          ) : null
        }
      />
      <form onSubmit={submit} aria-label={t('organisations.filters')} className="row g-3 align-items-end">
        <div className="col-md-4">
          <TextField
            id="org-q"
            label={t('organisations.search')}
            type="search"
            value={search}
            onChange={setSearch}
            testId="organisation-search"
          />
        </div>
        <div className="col-md-3">
          <SelectField
            id="org-kind"
            label={t('fields.kind')}
            value={kind}
            onChange={(v) => update({ kind: v })}
            emptyLabel={t('common.all')}
            options={organisationKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
            testId="organisation-kind-filter"
          />
        </div>
        {session.networks.length > 1 ? (
          <div className="col-md-3">
            <SelectField
              id="org-network"
              label={t('fields.network')}
              value={networkId}
              onChange={(v) => update({ networkId: v })}
              emptyLabel={t('common.all')}
              options={session.networks.map((n) => ({ value: n.id, label: n.name }))}
              testId="organisation-network-filter"
            />
          </div>
        ) : null}
        <div className="col-md-2 rl-form-actions">
          <button type="submit" className="btn btn-primary" data-testid="organisation-search-submit">
            {t('common.search')}
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {list.isPending ? <Loading /> : null}
        <ProblemAlert error={list.error} />
        {list.data ? (
          <p data-testid="organisation-count">{t('organisations.count', { count: list.data.total })}</p>
        ) : null}
      </div>
      {list.data && list.data.items.length > 0 ? (
        <>
          <div className="table-responsive">
            <table className="table table-striped" data-testid="organisations-table">
              <caption className="visually-hidden">{t('organisations.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('fields.name')}</th>
                  <th scope="col">{t('fields.kind')}</th>
                  <th scope="col">{t('fields.comune')}</th>
                  <th scope="col">{t('organisations.networks')}</th>
                  <th scope="col" className="text-end">
                    {t('organisations.members')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.data.items.map((o) => (
                  <tr key={o.id} data-testid="organisation-row">
                    <th scope="row">
                      <Link to={`/organisations/${o.id}`}>{o.name}</Link>
                    </th>
                    <td>{t(`kinds.${o.kind}`)}</td>
                    <td>{o.comuneName}</td>
                    <td>
                      {o.networks.map((n) => (
                        <span key={n.id} className="d-block">
                          {n.name}{' '}
                          <span
                            className={`badge ${n.tier === 'coordination' ? 'bg-primary' : 'bg-secondary'}`}
                          >
                            {t(`tiers.${n.tier}`)}
                          </span>
                        </span>
                      ))}
                    </td>
                    <td className="text-end">{o.memberCount}</td>
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
