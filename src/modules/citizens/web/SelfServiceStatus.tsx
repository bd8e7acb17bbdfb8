// On an operator's person page: whether the record is linked to the person's own self-service account (and whether
// the person registered it themselves), and — when it is not — a button that e-mails a link invitation to the
// address on the record.
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiPost } from '../../../web/api/client.ts';
import { ProblemAlert, StatusAlert } from '../../../web/components/ProblemAlert.tsx';
import type { PersonView } from '../../people/contract.ts';

export function SelfServiceStatus({ p }: { p: PersonView }) {
  const { t } = useTranslation();
  const invite = useMutation({
    mutationFn: () =>
      apiPost<{ email: string; expiresAt: string }>(`/people/${p.id}/self-service-invitation`),
  });
  const { linked, selfRegistered } = p.selfService;
  return (
    <div data-testid="person-self-service">
      <span className={`badge ${linked ? 'bg-primary' : 'bg-secondary'}`} data-linked={linked}>
        {linked
          ? selfRegistered
            ? t('citizens.status.selfRegistered')
            : t('citizens.status.linked')
          : t('citizens.status.notLinked')}
      </span>
      {!linked && p.can.update && p.email ? (
        <button
          type="button"
          className="btn btn-link btn-xs p-0 ms-2"
          disabled={invite.isPending || Boolean(invite.data)}
          onClick={() => invite.mutate()}
          data-testid="person-self-service-invite"
        >
          {t('citizens.status.invite')}
        </button>
      ) : null}
      <div aria-live="polite">
        <ProblemAlert error={invite.error} />
        {invite.data ? (
          <StatusAlert>{t('citizens.status.invited', { email: invite.data.email })}</StatusAlert>
        ) : null}
      </div>
    </div>
  );
}
