// One published offer for citizens (/offerte/:id), no login: what the job is, what it asks, where, and how to
// apply (through the employment services of the network, quoting the offer's reference).
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { apiGet } from '../../../web/api/client.ts';
import { Loading } from '../../../web/components/Loading.tsx';
import { PageHeader } from '../../../web/components/Page.tsx';
import { ProblemAlert } from '../../../web/components/ProblemAlert.tsx';
import { currentLanguage } from '../../../web/i18n.ts';
import type { PublicVacancyView } from '../contract.ts';
import { VacancyRequirements } from './VacancyRequirements.tsx';

export default function PublicVacancyPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const lang = currentLanguage();
  const vacancy = useQuery({
    queryKey: ['public-vacancy', id, lang],
    queryFn: () => apiGet<PublicVacancyView>(`/public/vacancies/${id}`),
  });
  if (vacancy.isPending) return <Loading />;
  if (vacancy.error)
    return (
      <>
        <PageHeader title={t('vacancies.public.notFound')} />
        <ProblemAlert error={vacancy.error} />
        <Link to="/offerte">{t('vacancies.public.back')}</Link>
      </>
    );
  const v = vacancy.data;
  return (
    <>
      <PageHeader
        title={v.title}
        lead={
          <>
            <strong data-testid="public-vacancy-employer">{v.employerName}</strong> · {v.siteComuneName}
          </>
        }
      />
      <p>
        {v.occupationLabel} · {v.contractTypeLabel} · {t(`vacancies.workingTimes.${v.workingTime}`)}
        {v.weeklyHours ? ` · ${t('vacancies.hoursPerWeek', { count: v.weeklyHours })}` : ''} ·{' '}
        {t('vacancies.public.positions', { count: v.positions })}
      </p>
      {v.deadline ? <p>{t('vacancies.public.until', { date: v.deadline })}</p> : null}
      <VacancyRequirements vacancy={v} />
      <div className="callout note" data-testid="public-vacancy-apply">
        <div className="callout-title">{t('vacancies.public.applyTitle')}</div>
        <p>{t('vacancies.public.apply', { reference: v.id.slice(0, 8).toUpperCase() })}</p>
      </div>
      <Link to="/offerte">{t('vacancies.public.back')}</Link>
    </>
  );
}
