// One sending: how many were sent, opened the link, answered and were reminded; the buttons to send it and to
// remind non-responders; the recipients one by one (names and e-mails: reading them is audited).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { z } from 'zod';
import { apiGet, apiPost } from '../../../web/api/client.ts';
import { useCan } from '../../../web/api/session.ts';
import { Loading } from '../../../web/components/Loading.tsx';
import { PageHeader } from '../../../web/components/Page.tsx';
import { ProblemAlert, StatusAlert } from '../../../web/components/ProblemAlert.tsx';
import type { CampaignView, recipientList } from '../contract.ts';

type Recipients = z.infer<typeof recipientList>;
const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : '—');

export default function CampaignPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const client = useQueryClient();
  const canManage = useCan('survey.manage');
  const campaign = useQuery({
    queryKey: ['survey-campaign', id],
    queryFn: () => apiGet<CampaignView>(`/survey-campaigns/${id}`),
    refetchInterval: 30_000,
  });
  const recipients = useQuery({
    queryKey: ['survey-campaign-recipients', id],
    queryFn: () => apiGet<Recipients>(`/survey-campaigns/${id}/recipients`),
    enabled: canManage,
  });
  const refresh = () => {
    void client.invalidateQueries({ queryKey: ['survey-campaign', id] });
    void client.invalidateQueries({ queryKey: ['survey-campaign-recipients', id] });
  };
  const send = useMutation({
    mutationFn: () => apiPost<{ sent: number }>(`/survey-campaigns/${id}/send`),
    onSuccess: refresh,
  });
  const remind = useMutation({
    mutationFn: () => apiPost<{ sent: number }>(`/survey-campaigns/${id}/remind`),
    onSuccess: refresh,
  });
  if (campaign.isPending) return <Loading />;
  if (campaign.error) return <ProblemAlert error={campaign.error} />;
  const c = campaign.data;
  const counts = [
    ['recipients', c.counts.recipients],
    ['sent', c.counts.sent],
    ['opened', c.counts.opened],
    ['answered', c.counts.answered],
    ['reminded', c.counts.reminded],
  ] as const;
  return (
    <>
      <PageHeader
        title={c.name}
        lead={t('surveys.campaign.lead', {
          survey: c.surveyTitle,
          closes: new Date(c.closesAt).toLocaleDateString(),
        })}
        actions={
          <>
            <Link to={`/surveys/${c.surveyId}`} className="btn btn-outline-primary">
              {t('surveys.campaign.backToSurvey')}
            </Link>
            {canManage && !c.sentAt ? (
              <button
                type="button"
                className="btn btn-primary"
                onClick={() => send.mutate()}
                disabled={send.isPending}
                data-testid="campaign-send"
              >
                {t('surveys.campaign.send', { count: c.counts.recipients })}
              </button>
            ) : null}
            {canManage && c.sentAt ? (
              <button
                type="button"
                className="btn btn-outline-primary"
                onClick={() => remind.mutate()}
                disabled={remind.isPending}
                data-testid="campaign-remind"
              >
                {t('surveys.campaign.remind')}
              </button>
            ) : null}
          </>
        }
      />
      <ProblemAlert error={send.error ?? remind.error} />
      {send.data ? (
        <StatusAlert>{t('surveys.campaign.sentDone', { count: send.data.sent })}</StatusAlert>
      ) : null}
      {remind.data ? (
        <StatusAlert>{t('surveys.campaign.remindDone', { count: remind.data.sent })}</StatusAlert>
      ) : null}
      <dl className="row" data-testid="campaign-counts">
        {counts.map(([key, n]) => (
          <div className="col-6 col-md-2" key={key}>
            <dt className="small">{t(`surveys.campaign.${key}`)}</dt>
            <dd className="h3" data-testid={`count-${key}`}>
              {n}
            </dd>
          </div>
        ))}
      </dl>
      {c.counts.recipients > 0 ? (
        <div className="progress mb-4" style={{ height: 12 }}>
          <div
            className="progress-bar bg-success"
            role="progressbar"
            aria-label={t('surveys.campaign.progress')}
            aria-valuenow={c.counts.answered}
            aria-valuemin={0}
            aria-valuemax={c.counts.recipients}
            style={{ width: `${(100 * c.counts.answered) / c.counts.recipients}%` }}
          />
        </div>
      ) : null}
      {recipients.data ? (
        <div className="table-responsive">
          <table className="table table-sm" data-testid="recipients-table">
            <caption>{t('surveys.campaign.recipientsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('surveys.campaign.recipient')}</th>
                <th scope="col">{t('surveys.campaign.email')}</th>
                <th scope="col">{t('surveys.campaign.sentAt')}</th>
                <th scope="col">{t('surveys.campaign.openedAt')}</th>
                <th scope="col">{t('surveys.campaign.remindedAt')}</th>
                <th scope="col">{t('surveys.campaign.respondedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {recipients.data.items.map((r) => (
                <tr key={r.id}>
                  <th scope="row">{r.name}</th>
                  <td>{r.email}</td>
                  <td>{when(r.sentAt)}</td>
                  <td>{when(r.openedAt)}</td>
                  <td>{r.reminders ? `${when(r.remindedAt)} (${r.reminders})` : '—'}</td>
                  <td>{when(r.respondedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}
