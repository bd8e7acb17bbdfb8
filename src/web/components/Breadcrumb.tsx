// Bootstrap Italia breadcrumb: the path from the home page to the current page.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

type Crumb = { label: string; to?: string };

export function Breadcrumb({ items }: { items: Crumb[] }) {
  const { t } = useTranslation();
  return (
    <nav className="breadcrumb-container" aria-label={t('breadcrumb.label')}>
      <ol className="breadcrumb">
        {items.map((item, i) =>
          item.to && i < items.length - 1 ? (
            <li className="breadcrumb-item" key={item.to}>
              <Link to={item.to}>{item.label}</Link>
              <span className="separator">/</span>
            </li>
          ) : (
            <li className="breadcrumb-item active" aria-current="page" key={item.label}>
              {item.label}
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}
