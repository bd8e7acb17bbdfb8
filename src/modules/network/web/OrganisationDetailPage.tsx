// One organisation: its data, its networks, its users and (for who may invite) its invitations.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { apiGet } from '../../../web/api/client.ts';
import { Breadcrumb } from '../../../web/components/Breadcrumb.tsx';
import { Loading } from '../../../web/components/Loading.tsx';
import { PageHeader } from '../../../web/components/Page.tsx';
import { ProblemAlert } from '../../../web/components/ProblemAlert.tsx';
import { formatDateTime } from '../../../web/i18n.ts';
import { InvitationsPanel } from '../../identity/web/InvitationsPanel.tsx';
import { OrganisationUsers } from '../../identity/web/OrganisationUsers.tsx';
import type { OrganisationDetail } from '../contract.ts';
import { NetworkPlacement } from './NetworkPlacement.tsx';

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <>
      <dt className="col-sm-4 col-lg-3">{label}</dt>
      <dd className="col-sm-8 col-lg-9">{children || '—'}</dd>
    </>
  );
}

export default function OrganisationDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const org = useQuery({
    queryKey: ['organisation', id],
    queryFn: () => apiGet<OrganisationDetail>(`/organisations/${id}`),
  });
  const o = org.data;
  return (
    <>
      <Breadcrumb
        items={[
          { label: t('nav.home'), to: '/' },
          { label: t('organisations.title'), to: '/organisations' },
          { label: o?.name ?? t('organisations.detailTitle') },
        ]}
      />
      <PageHeader
        title={o?.name ?? t('organisations.detailTitle')}
        lead={o ? t(`kinds.${o.kind}`) : undefined}
        actions={
          o?.can.update ? (
            <Link
              to={`/organisations/${o.id}/edit`}
              className="btn btn-primary"
              data-testid="organisation-edit"
            >
              {t('common.edit')}
            </Link>
          ) : null
        }
      />
      <div aria-live="polite">
        {org.isPending ? <Loading /> : null}
        <ProblemAlert error={org.error} />
      </div>
      {o ? (
        <>
          <section aria-labelledby="org-data-title">
            <h2 id="org-data-title" className="h4">
              {t('organisations.dataTitle')}
            </h2>
            <dl className="row" data-testid="organisation-data">
              <Row label={t('fields.kind')}>{t(`kinds.${o.kind}`)}</Row>
              <Row label={t('fields.taxCode')}>{o.taxCode}</Row>
              <Row label={t('fields.vatNumber')}>{o.vatNumber}</Row>
              <Row label={t('fields.comune')}>{o.comuneName}</Row>
              {o.subdivisionName ? <Row label={t('fields.subdivision')}>{o.subdivisionName}</Row> : null}
              {o.parentName ? <Row label={t('fields.parent')}>{o.parentName}</Row> : null}
              <Row label={t('fields.address')}>{o.address}</Row>
              <Row label={t('fields.email')}>
                {o.email ? <a href={`mailto:${o.email}`}>{o.email}</a> : null}
              </Row>
              <Row label={t('fields.phone')}>{o.phone}</Row>
              <Row label={t('fields.website')}>
                {o.website ? (
                  <a href={o.website} rel="noopener noreferrer" target="_blank">
                    {o.website} <span className="visually-hidden">{t('common.newWindow')}</span>
                  </a>
                ) : null}
              </Row>
              <Row label={t('organisations.members')}>{String(o.memberCount)}</Row>
              <Row label={t('organisations.updatedAt')}>{formatDateTime(o.updatedAt)}</Row>
            </dl>
          </section>
          <NetworkPlacement organisation={o} />
          {o.can.readUsers ? <OrganisationUsers organisationId={o.id} /> : null}
          {o.can.invite ? <InvitationsPanel organisationId={o.id} canInvite={o.can.invite} /> : null}
        </>
      ) : null}
    </>
  );
}
