// An organisation's place in the networks: read-only for most; coordinators (network.manage) change the tier
// (coordination group or wider network), add it to one of their networks, or take it out.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiDelete, apiGet, apiPut } from '../../../web/api/client.ts';
import { useCan } from '../../../web/api/session.ts';
import { ProblemAlert } from '../../../web/components/ProblemAlert.tsx';
import { type NetworkSummary, type NetworkTier, networkTiers, type OrganisationDetail } from '../contract.ts';

export function NetworkPlacement({ organisation }: { organisation: OrganisationDetail }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const canManage = useCan('network.manage');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [adding, setAdding] = useState('');
  // The networks the caller may manage: their own (or every network, for platform administrators).
  const manageable = useQuery({
    queryKey: ['networks'],
    queryFn: () => apiGet<{ items: NetworkSummary[] }>('/networks'),
    enabled: canManage,
  });
  const manageableIds = new Set((manageable.data?.items ?? []).map((n) => n.id));
  const candidates = (manageable.data?.items ?? []).filter(
    (n) => !organisation.networks.some((m) => m.id === n.id),
  );

  async function change(action: () => Promise<unknown>) {
    setError(null);
    setBusy(true);
    try {
      await action();
      await client.invalidateQueries({ queryKey: ['organisation', organisation.id] });
      await client.invalidateQueries({ queryKey: ['networks'] });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }
  const path = (networkId: string) => `/networks/${networkId}/members/${organisation.id}`;

  return (
    <section aria-labelledby="org-networks-title" className="mt-4">
      <h2 id="org-networks-title" className="h4">
        {t('organisations.networks')}
      </h2>
      <div aria-live="polite">
        <ProblemAlert error={error} />
      </div>
      {organisation.networks.length === 0 ? <p>{t('organisations.noNetworks')}</p> : null}
      <ul className="list-unstyled">
        {organisation.networks.map((n) => {
          const editable = canManage && manageableIds.has(n.id);
          const id = `tier-${n.id}`;
          return (
            <li
              key={n.id}
              className="d-flex flex-wrap align-items-center gap-3 mb-2"
              data-testid="org-network-row"
            >
              <span>{n.name}</span>
              {editable ? (
                <>
                  <label htmlFor={id} className="visually-hidden">
                    {t('organisations.tierIn', { network: n.name })}
                  </label>
                  <select
                    id={id}
                    className="form-select form-select-sm w-auto"
                    value={n.tier}
                    disabled={busy}
                    data-testid="org-network-tier-select"
                    onChange={(e) => void change(() => apiPut(path(n.id), { tier: e.target.value }))}
                  >
                    {networkTiers.map((tier) => (
                      <option key={tier} value={tier}>
                        {t(`tiers.${tier}`)}
                      </option>
                    ))}
                  </select>
                  <button
                    type="button"
                    className="btn btn-outline-danger btn-sm"
                    disabled={busy}
                    onClick={() => {
                      if (window.confirm(t('organisations.removeFromNetworkConfirm', { network: n.name }))) {
                        void change(() => apiDelete(path(n.id)));
                      }
                    }}
                  >
                    {t('organisations.removeFromNetwork')}
                    <span className="visually-hidden"> {n.name}</span>
                  </button>
                </>
              ) : (
                <span className="badge bg-secondary">{t(`tiers.${n.tier}`)}</span>
              )}
            </li>
          );
        })}
      </ul>
      {canManage && candidates.length > 0 ? (
        <form
          className="d-flex flex-wrap align-items-end gap-3"
          onSubmit={(e) => {
            e.preventDefault();
            if (adding)
              void change(() => apiPut(path(adding), { tier: 'wider' as NetworkTier })).then(() =>
                setAdding(''),
              );
          }}
        >
          <div>
            <label htmlFor="add-to-network">{t('organisations.addToNetwork')}</label>
            <select
              id="add-to-network"
              className="form-select"
              value={adding}
              onChange={(e) => setAdding(e.target.value)}
            >
              <option value="">{t('organisations.chooseNetwork')}</option>
              {candidates.map((n) => (
                <option key={n.id} value={n.id}>
                  {n.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="btn btn-outline-primary" disabled={busy || !adding}>
            {t('common.add')}
          </button>
        </form>
      ) : null}
    </section>
  );
}
