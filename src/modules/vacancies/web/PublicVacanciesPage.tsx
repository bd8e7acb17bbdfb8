// The public page of job offers (/offerte), no login: published vacancies with filters for citizens — words,
// comune and distance, contract type, working time. Filters live in the URL so a search can be shared.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { z } from 'zod';
import { apiGet } from '../../../web/api/client.ts';
import { SelectField, TextField } from '../../../web/components/Field.tsx';
import { Loading } from '../../../web/components/Loading.tsx';
import { PageHeader } from '../../../web/components/Page.tsx';
import { Pagination } from '../../../web/components/Pagination.tsx';
import { ProblemAlert } from '../../../web/components/ProblemAlert.tsx';
import { currentLanguage } from '../../../web/i18n.ts';
import { ComuneAutocomplete, type ComuneValue } from '../../network/web/ComuneAutocomplete.tsx';
import { type codeLabel, type publicVacancyPage, workingTimes } from '../contract.ts';

const limit = 20;
const distances = [5, 10, 20, 30, 50];

export default function PublicVacanciesPage() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [params, setParams] = useSearchParams();
  const get = (k: string) => params.get(k) ?? '';
  const offset = Number(get('offset')) || 0;
  const [q, setQ] = useState(get('q'));
  const [comune, setComune] = useState<ComuneValue>(
    get('comuneCode') ? { code: get('comuneCode'), name: get('comuneName') } : null,
  );
  const [km, setKm] = useState(get('km'));
  const query = {
    q: get('q'),
    comuneCode: get('comuneCode'),
    km: get('comuneCode') ? get('km') : '',
    contractType: get('contractType'),
    workingTime: get('workingTime'),
    lang,
    limit,
    offset,
  };
  const list = useQuery({
    queryKey: ['public-vacancies', query],
    queryFn: () => apiGet<z.infer<typeof publicVacancyPage>>('/public/vacancies', query),
    placeholderData: keepPreviousData,
  });
  const contracts = useQuery({
    queryKey: ['public-contract-types', lang],
    queryFn: () => apiGet<{ items: z.infer<typeof codeLabel>[] }>('/public/vacancies/contract-types'),
    staleTime: 60 * 60_000,
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
    update({ q: q.trim(), comuneCode: comune?.code ?? '', comuneName: comune?.name ?? '', km });
  }

  return (
    <>
      <PageHeader title={t('vacancies.public.title')} lead={t('vacancies.public.lead')} />
      <form onSubmit={submit} aria-label={t('vacancies.filters')} className="row g-3 align-items-end mb-3">
        <div className="col-md-4">
          <TextField
            id="public-q"
            label={t('vacancies.public.search')}
            type="search"
            value={q}
            onChange={setQ}
            testId="public-vacancy-search"
          />
        </div>
        <div className="col-md-3">
          <ComuneAutocomplete
            id="public-comune"
            label={t('vacancies.fields.comune')}
            value={comune}
            onChange={setComune}
            source="/citizens/comuni"
            testId="public-vacancy-comune"
          />
        </div>
        <div className="col-md-2">
          <SelectField
            id="public-km"
            label={t('vacancies.public.within')}
            value={km}
            onChange={setKm}
            emptyLabel={t('vacancies.public.onlyComune')}
            options={distances.map((d) => ({
              value: String(d),
              label: t('vacancies.public.km', { count: d }),
            }))}
          />
        </div>
        <div className="col-md-3 rl-form-actions">
          <button type="submit" className="btn btn-primary" data-testid="public-vacancy-submit">
            {t('common.search')}
          </button>
        </div>
        <div className="col-md-4">
          <SelectField
            id="public-contract"
            label={t('vacancies.fields.contractType')}
            value={get('contractType')}
            onChange={(v) => update({ contractType: v })}
            emptyLabel={t('common.all')}
            options={(contracts.data?.items ?? []).map((c) => ({ value: c.code, label: c.label }))}
          />
        </div>
        <div className="col-md-3">
          <SelectField
            id="public-working-time"
            label={t('vacancies.fields.workingTime')}
            value={get('workingTime')}
            onChange={(v) => update({ workingTime: v })}
            emptyLabel={t('common.all')}
            options={workingTimes.map((w) => ({ value: w, label: t(`vacancies.workingTimes.${w}`) }))}
          />
        </div>
      </form>
      <div aria-live="polite">
        {list.isPending ? <Loading /> : null}
        <ProblemAlert error={list.error} />
        {list.data ? (
          <p data-testid="public-vacancy-count">
            {t('vacancies.public.count', { count: list.data.total })}
            {list.data.distance && list.data.distance.mode !== 'centroids'
              ? ` ${t(`vacancies.public.distance.${list.data.distance.mode}`)}`
              : ''}
          </p>
        ) : null}
      </div>
      <ul className="list-unstyled" data-testid="public-vacancies">
        {(list.data?.items ?? []).map((v) => (
          <li key={v.id} className="card-wrapper card-space mb-3" data-testid="public-vacancy">
            <article className="card card-bg">
              <div className="card-body">
                <h2 className="card-title h5">
                  <Link to={`/offerte/${v.id}`}>{v.title}</Link>
                </h2>
                <p className="card-text mb-1">
                  <strong>{v.employerName}</strong> · {v.siteComuneName}
                </p>
                <p className="card-text small mb-0">
                  {v.occupationLabel} · {v.contractTypeLabel} · {t(`vacancies.workingTimes.${v.workingTime}`)}
                  {v.deadline ? ` · ${t('vacancies.public.until', { date: v.deadline })}` : ''}
                </p>
              </div>
            </article>
          </li>
        ))}
      </ul>
      {list.data ? (
        <Pagination
          total={list.data.total}
          limit={limit}
          offset={offset}
          onChange={(o) => update({ offset: o ? String(o) : '' })}
        />
      ) : null}
    </>
  );
}
