// Route guards: the signed-in pages need a complete session (else login, the second factor, or the two-factor
// enrolment that some roles must finish first); some pages need an ability.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { TotpEnrolmentRequired } from '../../modules/identity/web/TotpEnrolmentRequired.tsx';
import type { Action } from '../../platform/policy/table.ts';
import { useSession } from '../api/session.ts';
import { Loading } from '../components/Loading.tsx';
import { PageHeader } from '../components/Page.tsx';
import { ProblemAlert } from '../components/ProblemAlert.tsx';

export function RequireSession() {
  const { data: session, isPending, error } = useSession();
  const location = useLocation();
  if (isPending) return <Loading />;
  if (error) return <ProblemAlert error={error} />;
  if (!session) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`} replace />;
  }
  if (session.stage === 'mfa_pending') return <Navigate to="/two-factor" replace />;
  if (session.stage === 'mfa_enrolment') return <TotpEnrolmentRequired />;
  return <Outlet />;
}

export function RequireAbility({ action, children }: { action: Action; children: ReactNode }) {
  const { t } = useTranslation();
  const { data: session } = useSession();
  if (session?.abilities[action]) return <>{children}</>;
  return (
    <>
      <PageHeader title={t('forbidden.title')} />
      <p>{t('forbidden.detail')}</p>
    </>
  );
}
