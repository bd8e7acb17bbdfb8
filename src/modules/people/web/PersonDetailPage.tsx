// One person of the Banca Dati Lavoro: opened for a stated purpose (asked first, shown in the page), with one tab
// per section of the record. The selected tab lives in the URL (?tab=…).
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../../../web/api/client.ts';
import { useCurrentSession } from '../../../web/api/session.ts';
import { Breadcrumb } from '../../../web/components/Breadcrumb.tsx';
import { Loading } from '../../../web/components/Loading.tsx';
import { PageHeader } from '../../../web/components/Page.tsx';
import { ProblemAlert } from '../../../web/components/ProblemAlert.tsx';
import { SelfServiceStatus } from '../../citizens/web/SelfServiceStatus.tsx';
import { VacancyMatchList } from '../../matching/web/VacancyMatchList.tsx';
import type { PersonView, ReadPurpose } from '../contract.ts';
import { ConsentPanel } from './ConsentPanel.tsx';
import { CvPanel } from './CvPanel.tsx';
import { DocumentsPanel } from './DocumentsPanel.tsx';
import { MergeCandidates, MergedNotice, MergedRecordNotice } from './MergeCandidates.tsx';
import { PersonAuditPanel } from './PersonAuditPanel.tsx';
import { AdministrativePanel, AvailabilityPanel, GroupBadges, IdentityPanel } from './PersonSections.tsx';
import { RightsPanel } from './RightsPanel.tsx';
import { SpecialRecordsPanel } from './SpecialRecordsPanel.tsx';
import { PurposeGate, usePerson } from './shared.tsx';
import { type TabItem, Tabs } from './Tabs.tsx';

function PersonRecord({
  p,
  purpose,
  changePurpose,
}: {
  p: PersonView;
  purpose: ReadPurpose;
  changePurpose: () => void;
}) {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const [params, setParams] = useSearchParams();
  const tabs: TabItem[] = [
    { key: 'identity', label: t('people.tabs.identity'), render: () => <IdentityPanel p={p} /> },
    {
      key: 'administrative',
      label: t('people.tabs.administrative'),
      render: () => <AdministrativePanel p={p} />,
    },
    { key: 'availability', label: t('people.tabs.availability'), render: () => <AvailabilityPanel p={p} /> },
    { key: 'cv', label: t('people.tabs.cv'), render: () => <CvPanel person={p} purpose={purpose} /> },
    {
      key: 'documents',
      label: t('people.tabs.documents'),
      render: () => <DocumentsPanel person={p} purpose={purpose} />,
    },
  ];
  tabs.push({
    key: 'consents',
    label: t('people.tabs.consents'),
    render: () => <ConsentPanel person={p} purpose={purpose} />,
  });
  if (
    session.abilities['person.data_export'] ||
    session.abilities['person.card.read'] ||
    session.abilities['person.erase']
  ) {
    tabs.push({ key: 'rights', label: t('people.tabs.rights'), render: () => <RightsPanel person={p} /> });
  }
  if (p.can.readSpecialCategory || p.hasSpecialCategory) {
    tabs.push({
      key: 'special',
      label: t('people.tabs.special'),
      render: () => <SpecialRecordsPanel person={p} purpose={purpose} />,
    });
  }
  // Matching (modules/matching): the published vacancies that fit this person ("Offerte adatte").
  if (session.abilities['match.run']) {
    tabs.push({
      key: 'matches',
      label: t('matching.forPerson.title'),
      render: () => <VacancyMatchList personId={p.id} />,
    });
  }
  if (session.abilities['audit.read']) {
    tabs.push({
      key: 'audit',
      label: t('people.tabs.audit'),
      render: () => <PersonAuditPanel personId={p.id} />,
    });
  }
  return (
    <>
      <div className="card-wrapper mb-4">
        <div className="card shadow-sm">
          <div className="card-body">
            <dl className="row mb-0" data-testid="person-header">
              <dt className="col-sm-4 col-lg-3">{t('people.age')}</dt>
              <dd className="col-sm-8 col-lg-9">
                {t('people.ageYears', { count: p.targetGroups.age })}
                {p.targetGroups.ageBand ? ` (${p.targetGroups.ageBand})` : ''}
              </dd>
              <dt className="col-sm-4 col-lg-3">{t('people.fields.residenceComune')}</dt>
              <dd className="col-sm-8 col-lg-9">{p.residenceComuneName}</dd>
              <dt className="col-sm-4 col-lg-3">{t('people.owner')}</dt>
              <dd className="col-sm-8 col-lg-9">{p.ownerOrganisationName}</dd>
              <dt className="col-sm-4 col-lg-3">{t('people.fields.employmentStatus')}</dt>
              <dd className="col-sm-8 col-lg-9">{t(`people.statuses.${p.employmentStatus}`)}</dd>
              <dt className="col-sm-4 col-lg-3">{t('people.targetGroups')}</dt>
              <dd className="col-sm-8 col-lg-9">
                <GroupBadges computed={p.targetGroups.computed} declared={p.targetGroups.declared} />
                {p.targetGroups.computed.length + p.targetGroups.declared.length === 0 ? '—' : null}
              </dd>
              <dt className="col-sm-4 col-lg-3">{t('citizens.status.label')}</dt>
              <dd className="col-sm-8 col-lg-9">
                <SelfServiceStatus p={p} />
              </dd>
              <dt className="col-sm-4 col-lg-3">{t('people.purpose.current')}</dt>
              <dd className="col-sm-8 col-lg-9" data-testid="person-read-purpose">
                {t(`people.purposes.${purpose}`)}{' '}
                <button type="button" className="btn btn-link btn-xs p-0 ms-2" onClick={changePurpose}>
                  {t('people.purpose.change')}
                </button>
              </dd>
            </dl>
          </div>
        </div>
      </div>
      {session.abilities['person.merge'] ? <MergeCandidates personId={p.id} /> : null}
      <Tabs
        id="person"
        label={t('people.tabs.label')}
        items={tabs}
        selected={params.get('tab') ?? 'identity'}
        onSelect={(key) => setParams({ tab: key }, { replace: true })}
      />
    </>
  );
}

function PersonLoader({
  id,
  purpose,
  changePurpose,
}: {
  id: string;
  purpose: ReadPurpose;
  changePurpose: () => void;
}) {
  const { t } = useTranslation();
  const person = usePerson(id, purpose);
  const p = person.data;
  return (
    <>
      <PageHeader
        title={p ? `${p.givenName} ${p.familyName}` : t('people.detailTitle')}
        actions={
          p?.can.update ? (
            <Link to={`/people/${p.id}/edit`} className="btn btn-primary" data-testid="person-edit">
              {t('common.edit')}
            </Link>
          ) : null
        }
      />
      <MergedNotice />
      <div aria-live="polite">
        {person.isPending ? <Loading /> : null}
        {/* A merged duplicate is not an error for the user: say where the record lives now. */}
        <MergedRecordNotice error={person.error} />
        {person.error instanceof ApiError && person.error.code === 'person_merged' ? null : (
          <ProblemAlert error={person.error} />
        )}
      </div>
      {p ? <PersonRecord p={p} purpose={purpose} changePurpose={changePurpose} /> : null}
    </>
  );
}

export default function PersonDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return (
    <>
      <Breadcrumb
        items={[
          { label: t('nav.home'), to: '/' },
          { label: t('people.title'), to: '/people' },
          { label: t('people.detailTitle') },
        ]}
      />
      <PurposeGate title={t('people.detailTitle')}>
        {(purpose, change) => <PersonLoader id={id} purpose={purpose} changePurpose={change} />}
      </PurposeGate>
    </>
  );
}
