// A user's memberships; with membership.manage, each role can be changed and the membership removed.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiDelete, apiPatch } from '../../../web/api/client.ts';
import { useCan, useCurrentSession } from '../../../web/api/session.ts';
import { ProblemAlert } from '../../../web/components/ProblemAlert.tsx';
import type { UserSummary } from '../contract.ts';

type Membership = UserSummary['memberships'][number];

function ManagedMembership({ m, userName }: { m: Membership; userName: string }) {
  const { t } = useTranslation();
  const session = useCurrentSession();
  // The current role stays listed even when it could not be granted now, so the select shows the truth.
  const offered = session.grantableRoles.includes(m.role)
    ? session.grantableRoles
    : [m.role, ...session.grantableRoles];
  const client = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const id = `role-${m.id}`;

  async function run(action: () => Promise<unknown>) {
    setError(null);
    setBusy(true);
    try {
      await action();
      await client.invalidateQueries({ queryKey: ['users'] });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className="mb-2">
      <div className="d-flex flex-wrap align-items-center gap-2">
        <span>{m.organisationName}</span>
        <label htmlFor={id} className="visually-hidden">
          {t('users.roleIn', { name: userName, organisation: m.organisationName })}
        </label>
        <select
          id={id}
          className="form-select form-select-sm w-auto"
          value={m.role}
          disabled={busy}
          data-testid="membership-role"
          onChange={(e) => void run(() => apiPatch(`/memberships/${m.id}`, { role: e.target.value }))}
        >
          {offered.map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="btn btn-outline-danger btn-xs py-1 px-2"
          disabled={busy}
          data-testid="membership-remove"
          onClick={() => {
            if (
              window.confirm(t('users.removeConfirm', { name: userName, organisation: m.organisationName }))
            ) {
              void run(() => apiDelete(`/memberships/${m.id}`));
            }
          }}
        >
          {t('users.remove')}
          <span className="visually-hidden">
            {' '}
            {t('users.removeWho', { name: userName, organisation: m.organisationName })}
          </span>
        </button>
      </div>
      <div aria-live="assertive">
        <ProblemAlert error={error} className="mt-2" />
      </div>
    </li>
  );
}

export function MembershipList({ user }: { user: UserSummary }) {
  const { t } = useTranslation();
  const manage = useCan('membership.manage');
  const userName = `${user.givenName} ${user.familyName}`;
  if (user.memberships.length === 0) return <span>{t('users.noMemberships')}</span>;
  return (
    <ul className="list-unstyled mb-0">
      {user.memberships.map((m) =>
        manage ? (
          <ManagedMembership key={m.id} m={m} userName={userName} />
        ) : (
          <li key={m.id}>
            {m.organisationName} — {t(`roles.${m.role}`)}
          </li>
        ),
      )}
    </ul>
  );
}
