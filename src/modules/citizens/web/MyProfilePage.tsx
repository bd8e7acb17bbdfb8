// "Il mio profilo" (/me): the signed-in citizen's own record — contacts and availability, CV, consents, and the
// download of everything held about them. The CV and consent panels are the operators' ones in `self` mode.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ApiError, apiGet } from '../../../web/api/client.ts';
import { Loading } from '../../../web/components/Loading.tsx';
import { PageHeader } from '../../../web/components/Page.tsx';
import { ProblemAlert } from '../../../web/components/ProblemAlert.tsx';
import { VacancyMatchList } from '../../matching/web/VacancyMatchList.tsx';
import { ConsentPanel } from '../../people/web/ConsentPanel.tsx';
import { CvPanel } from '../../people/web/CvPanel.tsx';
import { formatDate } from '../../people/web/shared.tsx';
import { type TabItem, Tabs } from '../../people/web/Tabs.tsx';
import { ShortlistMyApplications } from '../../vacancies/web/ShortlistMyApplications.tsx';
import type { MyPersonView } from '../contract.ts';
import { MyContactsForm, myPersonKey } from './MyContactsForm.tsx';

/** The CV and consent panels only need the id and what may be done: everything, for one's own record. */
const selfTarget = (id: string) => ({ id, can: { update: true } });

function MyData() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="me-data-title">
      <h2 id="me-data-title" className="h4">
        {t('citizens.me.dataTitle')}
      </h2>
      <p>{t('citizens.me.dataLead')}</p>
      <div className="d-flex flex-wrap gap-2">
        <a
          className="btn btn-outline-primary"
          href="/api/me/data-export?format=json"
          download
          data-testid="me-export-json"
        >
          {t('citizens.me.exportJson')}
        </a>
        <a
          className="btn btn-outline-primary"
          href="/api/me/data-export?format=pdf"
          download
          data-testid="me-export-pdf"
        >
          {t('citizens.me.exportPdf')}
        </a>
      </div>
    </section>
  );
}

function Summary({ me }: { me: MyPersonView }) {
  const { t } = useTranslation();
  return (
    <div className="card-wrapper mb-4">
      <div className="card shadow-sm">
        <div className="card-body">
          <dl className="row mb-0" data-testid="me-summary">
            <dt className="col-sm-4 col-lg-3">{t('citizens.fields.taxCode')}</dt>
            <dd className="col-sm-8 col-lg-9">{me.taxCode}</dd>
            <dt className="col-sm-4 col-lg-3">{t('citizens.fields.birthDate')}</dt>
            <dd className="col-sm-8 col-lg-9">
              {formatDate(me.birthDate)}
              {me.birthComuneName ? `, ${me.birthComuneName}` : ''}
            </dd>
            <dt className="col-sm-4 col-lg-3">{t('citizens.fields.employmentStatus')}</dt>
            <dd className="col-sm-8 col-lg-9">{t(`people.statuses.${me.employmentStatus}`)}</dd>
            <dt className="col-sm-4 col-lg-3">{t('citizens.me.keptBy')}</dt>
            <dd className="col-sm-8 col-lg-9">{me.ownerOrganisationName}</dd>
          </dl>
          <p className="small mb-0 mt-2">{t('citizens.me.askOperators')}</p>
        </div>
      </div>
    </div>
  );
}

export default function MyProfilePage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const me = useQuery({
    queryKey: myPersonKey,
    queryFn: () => apiGet<MyPersonView>('/me/person'),
    retry: (count, err) => !(err instanceof ApiError && err.status === 404) && count < 2,
  });
  const data = me.data;
  const tabs: TabItem[] = data
    ? [
        {
          key: 'contacts',
          label: t('citizens.me.tabs.contacts'),
          render: () => <MyContactsForm me={data} />,
        },
        {
          key: 'cv',
          label: t('citizens.me.tabs.cv'),
          render: () => <CvPanel person={selfTarget(data.id)} purpose="data_subject_request" self />,
        },
        {
          key: 'consents',
          label: t('citizens.me.tabs.consents'),
          render: () => <ConsentPanel person={selfTarget(data.id)} purpose="data_subject_request" self />,
        },
        {
          key: 'applications',
          label: t('shortlist.mine.title'),
          render: () => <ShortlistMyApplications />,
        },
        // Matching (modules/matching): "Offerte per te", the published vacancies that fit the citizen's profile.
        { key: 'matches', label: t('matching.forMe.title'), render: () => <VacancyMatchList self /> },
        { key: 'data', label: t('citizens.me.tabs.data'), render: () => <MyData /> },
      ]
    : [];
  return (
    <>
      <PageHeader
        title={
          data ? `${t('citizens.me.title')}: ${data.givenName} ${data.familyName}` : t('citizens.me.title')
        }
        lead={t('citizens.me.lead')}
      />
      <div aria-live="polite">
        {me.isPending ? <Loading /> : null}
        <ProblemAlert error={me.error} />
      </div>
      {data ? (
        <>
          <Summary me={data} />
          <Tabs
            id="me"
            label={t('citizens.me.tabs.label')}
            items={tabs}
            selected={params.get('tab') ?? 'contacts'}
            onSelect={(key) => setParams({ tab: key }, { replace: true })}
          />
        </>
      ) : null}
    </>
  );
}
