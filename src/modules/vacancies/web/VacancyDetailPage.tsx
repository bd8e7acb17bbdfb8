// A vacancy: its summary, the lifecycle actions its state allows (from the server's allowedActions), and tabs —
// the requirements, then whatever other modules add through the extension point in detail-tabs.ts (matching
// results, the shortlist board).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { apiGet, apiPost } from '../../../web/api/client.ts';
import { useCurrentSession } from '../../../web/api/session.ts';
import { Loading } from '../../../web/components/Loading.tsx';
import { PageHeader } from '../../../web/components/Page.tsx';
import { ProblemAlert } from '../../../web/components/ProblemAlert.tsx';
import { Tabs } from '../../people/web/Tabs.tsx';
import type { VacancyView } from '../contract.ts';
import type { VacancyAction } from '../domain/lifecycle.ts';
import { useCodeList } from './code-lists.ts';
import { vacancyDetailTabs } from './detail-tabs.ts';
import { StateBadge } from './StateBadge.tsx';
import { VacancyRequirements } from './VacancyRequirements.tsx';

export default function VacancyDetailPage() {
  const { t, i18n } = useTranslation();
  const { id } = useParams();
  const session = useCurrentSession();
  const client = useQueryClient();
  const contracts = useCodeList('co-contract');
  // `?tab=shortlist` opens a tab directly (links from the list of stale shortlists).
  const [searchParams] = useSearchParams();
  const [tab, setTab] = useState(searchParams.get('tab') ?? 'requirements');
  const vacancy = useQuery({
    queryKey: ['vacancy', id],
    queryFn: () => apiGet<VacancyView>(`/vacancies/${id}`),
  });
  const act = useMutation({
    mutationFn: (action: VacancyAction) =>
      apiPost<VacancyView>(`/vacancies/${id}/${action}`, { version: vacancy.data?.version }),
    onSuccess: (saved) => {
      client.setQueryData(['vacancy', id], saved);
      void client.invalidateQueries({ queryKey: ['vacancies'] });
    },
  });
  if (vacancy.isPending) return <Loading />;
  if (vacancy.error) return <ProblemAlert error={vacancy.error} />;
  const v = vacancy.data;
  const manage = Boolean(session.abilities['vacancy.manage']);
  const editable = manage && !['closed', 'filled'].includes(v.state);
  const date = (iso: string | null) => (iso ? new Date(iso).toLocaleDateString(i18n.language) : '—');
  const tabs = [
    {
      key: 'requirements',
      order: 0,
      label: t('vacancies.tabs.requirements'),
      render: () => <VacancyRequirements vacancy={v} />,
    },
    ...vacancyDetailTabs
      .filter((x) => !x.ability || session.abilities[x.ability])
      .map((x) => ({
        key: x.key,
        order: x.order,
        label: t(x.labelKey),
        render: () => x.render({ vacancy: v, refresh: () => void vacancy.refetch() }),
      })),
  ].sort((a, b) => a.order - b.order);

  return (
    <>
      <PageHeader
        title={v.title}
        lead={
          <>
            {v.employerName} · {v.siteComuneName} <StateBadge state={v.state} />
          </>
        }
        actions={
          editable ? (
            <Link
              to={`/vacancies/${v.id}/edit`}
              className="btn btn-outline-primary"
              data-testid="vacancy-edit"
            >
              {t('common.edit')}
            </Link>
          ) : null
        }
      />
      <dl className="row" data-testid="vacancy-summary">
        <dt className="col-sm-3">{t('vacancies.fields.occupation')}</dt>
        <dd className="col-sm-9">{v.occupationLabel}</dd>
        <dt className="col-sm-3">{t('vacancies.fields.contractType')}</dt>
        <dd className="col-sm-9">
          {contracts.labelOf(v.contractType)} · {t(`vacancies.workingTimes.${v.workingTime}`)}
          {v.weeklyHours ? ` · ${t('vacancies.hoursPerWeek', { count: v.weeklyHours })}` : ''}
        </dd>
        <dt className="col-sm-3">{t('vacancies.fields.positions')}</dt>
        <dd className="col-sm-9">{t('vacancies.openOf', { open: v.openPositions, total: v.positions })}</dd>
        <dt className="col-sm-3">{t('vacancies.fields.deadline')}</dt>
        <dd className="col-sm-9">{v.deadline ?? '—'}</dd>
        <dt className="col-sm-3">{t('vacancies.fields.state')}</dt>
        <dd className="col-sm-9" data-testid="vacancy-state-text">
          {t(`vacancies.states.${v.state}`)}
          {v.stateReason ? ` — ${t(`vacancies.reasons.${v.stateReason}`)}` : ''}
          {v.staleAt ? ` · ${t('vacancies.staleAt', { date: date(v.staleAt) })}` : ''}
        </dd>
      </dl>
      {manage && v.allowedActions.length > 0 ? (
        <section aria-labelledby="vacancy-actions-title" className="mb-4">
          <h2 id="vacancy-actions-title" className="h5">
            {t('vacancies.actionsTitle')}
          </h2>
          <div className="d-flex flex-wrap gap-2">
            {v.allowedActions.map((a) => (
              <button
                key={a}
                type="button"
                className={`btn ${a === 'publish' || a === 'refresh' ? 'btn-primary' : 'btn-outline-primary'}`}
                disabled={act.isPending}
                onClick={() => act.mutate(a)}
                data-testid={`vacancy-action-${a}`}
              >
                {t(`vacancies.actions.${a}`)}
              </button>
            ))}
          </div>
          <ProblemAlert error={act.error} />
        </section>
      ) : null}
      {/* Extension point: matching results and the shortlist board register here (detail-tabs.ts). */}
      <Tabs
        id="vacancy-tabs"
        label={t('vacancies.tabsLabel')}
        items={tabs}
        selected={tab}
        onSelect={setTab}
      />
    </>
  );
}
