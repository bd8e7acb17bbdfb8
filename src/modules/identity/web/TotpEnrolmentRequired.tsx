// Shown instead of every page while a role that must use two-factor sign-in has not enrolled yet.
import { useTranslation } from 'react-i18next';
import { useRefreshSession } from '../../../web/api/session.ts';
import { PageHeader } from '../../../web/components/Page.tsx';
import { TotpEnrolment } from './TotpEnrolment.tsx';

export function TotpEnrolmentRequired() {
  const { t } = useTranslation();
  const refresh = useRefreshSession();
  return (
    <div className="row justify-content-center">
      <div className="col-12 col-lg-8">
        <PageHeader title={t('totp.requiredTitle')} lead={t('totp.requiredLead')} />
        <TotpEnrolment onDone={() => void refresh()} />
      </div>
    </div>
  );
}
