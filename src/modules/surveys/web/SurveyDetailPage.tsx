// One survey: its state and questions, its sendings with how many answered, links to the builder and the
// results, closing it, and (for survey.manage) a new sending.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { apiGet, apiPost } from '../../../web/api/client.ts';
import { useCan } from '../../../web/api/session.ts';
import { Loading } from '../../../web/components/Loading.tsx';
import { PageHeader } from '../../../web/components/Page.tsx';
import { ProblemAlert } from '../../../web/components/ProblemAlert.tsx';
import type { CampaignView, SurveyView } from '../contract.ts';
import { CampaignForm } from './CampaignForm.tsx';

export default function SurveyDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const client = useQueryClient();
  const canManage = useCan('survey.manage');
  const survey = useQuery({ queryKey: ['survey', id], queryFn: () => apiGet<SurveyView>(`/surveys/${id}`) });
  const campaigns = useQuery({
    queryKey: ['survey-campaigns', id],
    queryFn: () => apiGet<CampaignView[]>(`/surveys/${id}/campaigns`),
  });
  const close = useMutation({
    mutationFn: () => apiPost<SurveyView>(`/surveys/${id}/close`),
    onSuccess: (s) => client.setQueryData(['survey', id], s),
  });
  if (survey.isPending) return <Loading />;
  if (survey.error) return <ProblemAlert error={survey.error} />;
  const s = survey.data;
  return (
    <>
      <PageHeader
        title={s.title}
        lead={t('surveys.detail.lead', { state: t(`surveys.state.${s.state}`), count: s.questions.length })}
        actions={
          <>
            {canManage ? (
              <Link to={`/surveys/${id}/edit`} className="btn btn-outline-primary" data-testid="survey-edit">
                {t('surveys.detail.edit')}
              </Link>
            ) : null}
            <Link to={`/surveys/${id}/results`} className="btn btn-primary" data-testid="survey-results">
              {t('surveys.detail.results')}
            </Link>
            {canManage && s.state !== 'closed' ? (
              <button type="button" className="btn btn-outline-danger" onClick={() => close.mutate()}>
                {t('surveys.detail.close')}
              </button>
            ) : null}
          </>
        }
      />
      <ProblemAlert error={close.error} />
      <h2 className="h4">{t('surveys.detail.campaigns')}</h2>
      {campaigns.data?.length ? (
        <div className="table-responsive">
          <table className="table" data-testid="campaigns-table">
            <caption className="visually-hidden">{t('surveys.detail.campaigns')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('surveys.campaign.name')}</th>
                <th scope="col">{t('surveys.campaign.closesAt')}</th>
                <th scope="col" className="text-end">
                  {t('surveys.campaign.recipients')}
                </th>
                <th scope="col" className="text-end">
                  {t('surveys.campaign.answered')}
                </th>
              </tr>
            </thead>
            <tbody>
              {campaigns.data.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    <Link to={`/surveys/campaigns/${c.id}`}>{c.name}</Link>
                    {c.sentAt ? null : (
                      <span className="badge bg-warning text-dark ms-2">{t('surveys.campaign.notSent')}</span>
                    )}
                  </th>
                  <td>{new Date(c.closesAt).toLocaleDateString()}</td>
                  <td className="text-end">{c.counts.recipients}</td>
                  <td className="text-end">{c.counts.answered}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t('surveys.detail.noCampaigns')}</p>
      )}
      {canManage && s.state !== 'closed' && s.questions.length > 0 ? <CampaignForm surveyId={id} /> : null}
    </>
  );
}
