// Loading state: a Bootstrap Italia spinner with a text for screen readers, announced politely.
import { useTranslation } from 'react-i18next';

export function Loading({ label, inline = false }: { label?: string; inline?: boolean }) {
  const { t } = useTranslation();
  const text = label ?? t('common.loading');
  return (
    <div
      className={inline ? 'd-inline-flex align-items-center' : 'd-flex align-items-center py-4'}
      role="status"
    >
      <div className="progress-spinner progress-spinner-active size-sm" aria-hidden="true" />
      <span className="ms-2">{text}</span>
    </div>
  );
}
