// Home: a summary of the current organisation's networks (comuni, organisations by kind, coordination group,
// users).
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { apiGet } from '../../../web/api/client.ts';
import { useCurrentSession } from '../../../web/api/session.ts';
import { Loading } from '../../../web/components/Loading.tsx';
import { PageHeader } from '../../../web/components/Page.tsx';
import { ProblemAlert } from '../../../web/components/ProblemAlert.tsx';
import { formatNumber } from '../../../web/i18n.ts';
import type { NetworkSummary } from '../contract.ts';

function Stat({ value, label, testId }: { value: number; label: string; testId: string }) {
  return (
    <div className="col-6 col-lg-3 mb-3">
      <div className="card card-bg h-100">
        <div className="card-body">
          <p className="rl-stat mb-1" data-testid={testId}>
            {formatNumber(value)}
          </p>
          <p className="mb-0">{label}</p>
        </div>
      </div>
    </div>
  );
}

function NetworkCard({ network }: { network: NetworkSummary }) {
  const { t } = useTranslation();
  const byKind = Object.entries(network.organisationsByKind)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1]);
  return (
    <section aria-labelledby={`network-${network.id}`} className="mb-5" data-testid="network-summary">
      <h2 id={`network-${network.id}`} className="h3">
        {network.name}
      </h2>
      {network.description ? <p>{network.description}</p> : null}
      <div className="row mt-3">
        <Stat value={network.comuni.length} label={t('home.comuni')} testId="stat-comuni" />
        <Stat value={network.organisationCount} label={t('home.organisations')} testId="stat-organisations" />
        <Stat value={network.coordinationCount} label={t('home.coordination')} testId="stat-coordination" />
        <Stat value={network.userCount} label={t('home.users')} testId="stat-users" />
      </div>
      <div className="row">
        <div className="col-lg-6">
          <h3 className="h5">{t('home.comuniTitle')}</h3>
          <table className="table table-sm">
            <caption className="visually-hidden">
              {t('home.comuniCaption', { network: network.name })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('fields.comune')}</th>
                <th scope="col" className="text-end">
                  {t('home.population')}
                </th>
              </tr>
            </thead>
            <tbody>
              {network.comuni.map((c) => (
                <tr key={c.code}>
                  <th scope="row" className="fw-normal">
                    {c.name}
                  </th>
                  <td className="text-end">{c.population === null ? '—' : formatNumber(c.population)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="col-lg-6">
          <h3 className="h5">{t('home.byKindTitle')}</h3>
          {byKind.length === 0 ? (
            <p>{t('home.noOrganisations')}</p>
          ) : (
            <table className="table table-sm">
              <caption className="visually-hidden">
                {t('home.byKindCaption', { network: network.name })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('fields.kind')}</th>
                  <th scope="col" className="text-end">
                    {t('home.count')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {byKind.map(([kind, n]) => (
                  <tr key={kind}>
                    <th scope="row" className="fw-normal">
                      <Link to={`/organisations?kind=${kind}&networkId=${network.id}`}>
                        {t(`kinds.${kind}`)}
                      </Link>
                    </th>
                    <td className="text-end">{formatNumber(n)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      </div>
    </section>
  );
}

export default function HomePage() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const networks = useQuery({
    queryKey: ['networks'],
    queryFn: () => apiGet<{ items: NetworkSummary[] }>('/networks'),
    enabled: Boolean(session.abilities['network.read']),
  });
  // Citizens have no network to look at: their home is their own profile (sign-in lands on "/").
  if (session.abilities['person.self.read']) return <Navigate to="/me" replace />;
  return (
    <>
      <PageHeader
        title={t('home.title')}
        lead={t('home.welcome', {
          name: session.user.givenName,
          organisation: session.currentOrganisation?.name ?? '—',
        })}
      />
      {session.abilities['network.read'] ? (
        <div aria-live="polite">
          {networks.isPending ? <Loading /> : null}
          <ProblemAlert error={networks.error} />
          {networks.data && networks.data.items.length === 0 ? <p>{t('home.noNetworks')}</p> : null}
        </div>
      ) : (
        <p>{t('home.noNetworkAccess')}</p>
      )}
      {networks.data?.items.map((n) => (
        <NetworkCard key={n.id} network={n} />
      ))}
    </>
  );
}
