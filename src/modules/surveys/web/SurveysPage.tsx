// The surveys of the caller's networks: title, state, questions, sendings and answers; new surveys start empty or
// from the "Fabbisogni professionali" template.
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { apiGet, apiPost } from '../../../web/api/client.ts';
import { useCan } from '../../../web/api/session.ts';
import { Loading } from '../../../web/components/Loading.tsx';
import { PageHeader } from '../../../web/components/Page.tsx';
import { ProblemAlert } from '../../../web/components/ProblemAlert.tsx';
import type { SurveySummary, SurveyView } from '../contract.ts';

export default function SurveysPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canManage = useCan('survey.manage');
  const list = useQuery({ queryKey: ['surveys'], queryFn: () => apiGet<SurveySummary[]>('/surveys') });
  const create = useMutation({
    mutationFn: (template: boolean) =>
      template
        ? apiPost<SurveyView>('/surveys/from-template', { template: 'hiring_needs' })
        : apiPost<SurveyView>('/surveys', { title: t('surveys.list.untitled'), questions: [] }),
    onSuccess: (s) => navigate(`/surveys/${s.id}/edit`),
  });
  return (
    <>
      <PageHeader
        title={t('surveys.list.title')}
        lead={t('surveys.list.lead')}
        actions={
          canManage ? (
            <>
              <button
                type="button"
                className="btn btn-primary"
                onClick={() => create.mutate(true)}
                data-testid="survey-new-template"
              >
                {t('surveys.list.newFromTemplate')}
              </button>
              <button
                type="button"
                className="btn btn-outline-primary"
                onClick={() => create.mutate(false)}
                data-testid="survey-new"
              >
                {t('surveys.list.new')}
              </button>
            </>
          ) : null
        }
      />
      <ProblemAlert error={create.error ?? list.error} />
      <p>
        <Link to="/surveys/hiring-needs">{t('surveys.needs.pageLink')}</Link>
      </p>
      {list.isPending ? (
        <Loading />
      ) : list.data?.length ? (
        <div className="table-responsive">
          <table className="table" data-testid="surveys-table">
            <caption className="visually-hidden">{t('surveys.list.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('surveys.list.colTitle')}</th>
                <th scope="col">{t('surveys.list.colState')}</th>
                <th scope="col" className="text-end">
                  {t('surveys.list.colQuestions')}
                </th>
                <th scope="col" className="text-end">
                  {t('surveys.list.colCampaigns')}
                </th>
                <th scope="col" className="text-end">
                  {t('surveys.list.colResponses')}
                </th>
                <th scope="col">{t('surveys.list.colOwner')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((s) => (
                <tr key={s.id}>
                  <th scope="row">
                    <Link to={`/surveys/${s.id}`}>{s.title}</Link>
                  </th>
                  <td>
                    <span
                      className={`badge ${s.state === 'open' ? 'bg-success' : s.state === 'closed' ? 'bg-secondary' : 'bg-warning text-dark'}`}
                    >
                      {t(`surveys.state.${s.state}`)}
                    </span>
                  </td>
                  <td className="text-end">{s.questions}</td>
                  <td className="text-end">{s.campaigns}</td>
                  <td className="text-end">{s.responses}</td>
                  <td>{s.ownerOrganisationName}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p data-testid="surveys-empty">{t('surveys.list.empty')}</p>
      )}
    </>
  );
}
