// The networks (territories) in scope: one section per network with its counts and its comuni. Coordinators edit
// their own networks; platform administrators edit every network and create new ones.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { apiGet } from '../../../web/api/client.ts';
import { useCurrentSession } from '../../../web/api/session.ts';
import { Loading } from '../../../web/components/Loading.tsx';
import { PageHeader } from '../../../web/components/Page.tsx';
import { ProblemAlert } from '../../../web/components/ProblemAlert.tsx';
import { formatNumber } from '../../../web/i18n.ts';
import type { SessionView } from '../../identity/contract.ts';
import type { NetworkSummary } from '../contract.ts';

/** Longer lists of comuni are collapsed in a <details>. */
const shortList = 10;

/** Whether the session may change this network: everywhere ('all'), or only its own networks ('network'). */
export function mayManageNetwork(session: SessionView, networkId: string): boolean {
  const scope = session.abilities['network.manage'];
  return scope === 'all' || (scope === 'network' && session.networks.some((n) => n.id === networkId));
}

function Counts({ network }: { network: NetworkSummary }) {
  const { t } = useTranslation();
  const counts = [
    { key: 'comuni', value: network.comuni.length },
    { key: 'organisations', value: network.organisationCount },
    { key: 'coordination', value: network.coordinationCount },
    { key: 'users', value: network.userCount },
  ];
  return (
    <dl className="row mb-3">
      {counts.map((c) => (
        <div key={c.key} className="col-6 col-lg-3 mb-2">
          <dt className="fw-normal">{t(`networks.${c.key}`)}</dt>
          <dd className="rl-stat mb-0" data-testid={`network-count-${c.key}`}>
            {formatNumber(c.value)}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function ComuniList({ network }: { network: NetworkSummary }) {
  const { t } = useTranslation();
  if (network.comuni.length === 0) return <p>{t('networks.noComuni')}</p>;
  const list = (
    <ul className="rl-comuni-list" aria-label={t('networks.comuniOf', { network: network.name })}>
      {network.comuni.map((c) => (
        <li key={c.code}>{c.name}</li>
      ))}
    </ul>
  );
  if (network.comuni.length <= shortList) return list;
  return (
    <details>
      <summary>{t('networks.showComuni', { count: network.comuni.length })}</summary>
      {list}
    </details>
  );
}

function NetworkCard({ network, editable }: { network: NetworkSummary; editable: boolean }) {
  const { t } = useTranslation();
  const headingId = `network-${network.id}`;
  return (
    <section aria-labelledby={headingId} className="card card-bg mb-4" data-testid="network-card">
      <div className="card-body">
        <div className="d-flex flex-wrap align-items-start justify-content-between gap-3">
          <h2 id={headingId} className="h3 card-title">
            {network.name}
          </h2>
          {editable ? (
            <Link
              to={`/networks/${network.id}/edit`}
              className="btn btn-outline-primary btn-sm"
              data-testid="network-edit"
            >
              {t('networks.edit')}
              <span className="visually-hidden"> {network.name}</span>
            </Link>
          ) : null}
        </div>
        {network.description ? <p>{network.description}</p> : null}
        <Counts network={network} />
        <h3 className="h5">{t('networks.comuniTitle')}</h3>
        <ComuniList network={network} />
      </div>
    </section>
  );
}

export default function NetworksPage() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const networks = useQuery({
    queryKey: ['networks'],
    queryFn: () => apiGet<{ items: NetworkSummary[] }>('/networks'),
  });
  return (
    <div data-testid="networks-page">
      <PageHeader
        title={t('networks.title')}
        lead={t('networks.lead')}
        actions={
          session.abilities['network.manage'] === 'all' ? (
            <Link to="/networks/new" className="btn btn-primary" data-testid="network-new">
              {t('networks.new')}
            </Link>
          ) : null
        }
      />
      <div aria-live="polite">
        {networks.isPending ? <Loading /> : null}
        <ProblemAlert error={networks.error} />
        {networks.data && networks.data.items.length === 0 ? <p>{t('networks.none')}</p> : null}
      </div>
      {networks.data?.items.map((n) => (
        <NetworkCard key={n.id} network={n} editable={mayManageNetwork(session, n.id)} />
      ))}
    </div>
  );
}
