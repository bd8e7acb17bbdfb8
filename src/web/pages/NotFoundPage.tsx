// Unknown address.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../components/Page.tsx';

export default function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('notFound.title')} lead={t('notFound.detail')} />
      <Link to="/" className="btn btn-primary">
        {t('notFound.home')}
      </Link>
    </>
  );
}
