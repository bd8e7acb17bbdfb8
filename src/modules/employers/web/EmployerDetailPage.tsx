// One employer: identifiers, legal form, ATECO code with version and section, size and internships, both quotas
// with their source and band, sites and contacts. For employer users this is "La mia azienda" (/employers/mine).
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { apiGet } from '../../../web/api/client.ts';
import { Loading } from '../../../web/components/Loading.tsx';
import { PageHeader } from '../../../web/components/Page.tsx';
import { ProblemAlert } from '../../../web/components/ProblemAlert.tsx';
import type { EmployerView } from '../contract.ts';
import { atecoSections } from '../domain/ateco.ts';
import { isLegalForm, legalFormLabels } from '../domain/legal-forms.ts';
import { Contacts, Quotas, Sites } from './EmployerParts.tsx';

function Row({ label, children, testId }: { label: string; children: React.ReactNode; testId?: string }) {
  return (
    <>
      <dt className="col-sm-4">{label}</dt>
      <dd className="col-sm-8" data-testid={testId}>
        {children ?? '—'}
      </dd>
    </>
  );
}

export default function EmployerDetailPage({ own = false }: { own?: boolean }) {
  const { t, i18n } = useTranslation();
  const { id } = useParams();
  const lang = i18n.language.startsWith('en') ? 'en' : 'it';
  const query = useQuery({
    queryKey: ['employer', own ? 'mine' : id],
    queryFn: () => apiGet<EmployerView>(own ? '/employers/mine' : `/employers/${id}`),
  });
  const e = query.data;
  if (!e)
    return (
      <>
        <PageHeader title={own ? t('employers.mine') : t('employers.detail')} />
        {query.isPending ? <Loading /> : null}
        <ProblemAlert error={query.error} />
        {own && query.error ? <p>{t('employers.mineMissing')}</p> : null}
      </>
    );
  const section =
    e.atecoVersion && e.atecoSection
      ? atecoSections(e.atecoVersion).find((s) => s.letter === e.atecoSection)
      : undefined;
  return (
    <>
      <PageHeader
        title={own ? `${t('employers.mine')}: ${e.name}` : e.name}
        lead={t('employers.keptBy', { name: e.ownerOrganisationName })}
        actions={
          e.canUpdate ? (
            <Link to={`/employers/${e.id}/edit`} className="btn btn-primary" data-testid="employer-edit">
              {t('employers.edit')}
            </Link>
          ) : null
        }
      />
      <section aria-labelledby="employer-data" className="mb-4">
        <h2 id="employer-data" className="h4">
          {t('employers.data')}
        </h2>
        <dl className="row" data-testid="employer-data">
          <Row label={t('employers.fields.taxCode')}>{e.taxCode}</Row>
          <Row label={t('employers.fields.vatNumber')}>{e.vatNumber}</Row>
          <Row label={t('employers.fields.legalForm')}>
            {e.legalForm && isLegalForm(e.legalForm) ? legalFormLabels[e.legalForm][lang] : e.legalForm}
          </Row>
          <Row label={t('employers.fields.ateco')} testId="employer-ateco">
            {e.atecoCode
              ? t('employers.atecoLine', {
                  code: e.atecoCode,
                  version: e.atecoVersion,
                  section: e.atecoSection ?? '?',
                  sectionName: section?.[lang] ?? '',
                })
              : null}
          </Row>
          <Row label={t('employers.fields.employees')}>{e.employees}</Row>
          <Row label={t('employers.fields.hostsInternships')}>
            {e.hostsInternships ? t('common.yes') : t('common.no')}
          </Row>
          <Row label={t('employers.fields.email')}>{e.email}</Row>
          <Row label={t('employers.fields.phone')}>{e.phone}</Row>
          <Row label={t('employers.fields.website')}>{e.website}</Row>
          {e.notes ? <Row label={t('employers.fields.notes')}>{e.notes}</Row> : null}
        </dl>
      </section>
      <Quotas employer={e} />
      <Sites employer={e} />
      <Contacts employer={e} />
    </>
  );
}
