// Page heading and document title: every page has exactly one <h1> and its own title.
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';

export function useDocumentTitle(title: string): void {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} – ${t('app.name')}`;
  }, [title, t]);
}

type Props = { title: string; lead?: ReactNode; actions?: ReactNode; children?: ReactNode };

/** The page's <h1> (and document.title), with an optional lead paragraph and action buttons. */
export function PageHeader({ title, lead, actions }: Props) {
  useDocumentTitle(title);
  return (
    <div className="d-flex flex-wrap align-items-start justify-content-between gap-3 mb-4">
      <div>
        <h1 className="h2 mb-2" tabIndex={-1} id="page-title">
          {title}
        </h1>
        {lead ? <p className="lead mb-0">{lead}</p> : null}
      </div>
      {actions ? <div className="d-flex flex-wrap gap-2">{actions}</div> : null}
    </div>
  );
}
