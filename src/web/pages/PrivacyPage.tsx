// Informativa sul trattamento dei dati personali (GDPR art. 13).
import { useTranslation } from 'react-i18next';
import { useSession } from '../api/session.ts';
import { LegalPage } from './LegalPage.tsx';

export default function PrivacyPage() {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const names = session?.stage === 'complete' ? session.networks.map((n) => n.name).join(', ') : '';
  return <LegalPage prefix="privacy" values={{ network: names || t('privacy.anyNetwork') }} />;
}
