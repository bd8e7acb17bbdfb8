// /collega-account/:token — the link of an operator's self-service invitation. Signed in as a citizen: one button
// links the record to the account. Otherwise: sign in first (coming back here) or sign up with the invitation.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { apiPost } from '../../../web/api/client.ts';
import { useSession } from '../../../web/api/session.ts';
import { Loading } from '../../../web/components/Loading.tsx';
import { PageHeader } from '../../../web/components/Page.tsx';
import { ProblemAlert, StatusAlert } from '../../../web/components/ProblemAlert.tsx';

export default function LinkAccountPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const { data: session, isPending } = useSession();
  const client = useQueryClient();
  const link = useMutation({
    mutationFn: () => apiPost<{ personId: string }>('/me/link', { token }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['me'] }),
  });
  if (isPending) return <Loading />;
  const here = `/collega-account/${token}`;
  const signedIn = session?.stage === 'complete';
  return (
    <div className="row justify-content-center">
      <div className="col-12 col-md-8">
        <PageHeader title={t('citizens.link.title')} lead={t('citizens.link.lead')} />
        <div aria-live="polite">
          <ProblemAlert error={link.error} />
          {link.data ? <StatusAlert>{t('citizens.link.done')}</StatusAlert> : null}
        </div>
        {link.data ? (
          <Link to="/me" className="btn btn-primary">
            {t('citizens.me.title')}
          </Link>
        ) : signedIn && session.role === 'citizen' ? (
          <button
            type="button"
            className="btn btn-primary"
            disabled={link.isPending}
            onClick={() => link.mutate()}
            data-testid="link-account"
          >
            {t('citizens.link.submit')}
          </button>
        ) : signedIn ? (
          <p>{t('citizens.link.notCitizen')}</p>
        ) : (
          <div className="d-flex flex-wrap gap-3">
            <Link to={`/login?next=${encodeURIComponent(here)}`} className="btn btn-primary">
              {t('citizens.link.signIn')}
            </Link>
            <Link to={`/registrati?invito=${encodeURIComponent(token)}`} className="btn btn-outline-primary">
              {t('citizens.link.signUp')}
            </Link>
          </div>
        )}
      </div>
    </div>
  );
}
