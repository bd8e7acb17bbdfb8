// Offset pagination: previous / next with the current page, as a labelled navigation landmark.
import { useTranslation } from 'react-i18next';

type Props = {
  total: number;
  limit: number;
  offset: number;
  onChange: (offset: number) => void;
  label?: string;
};

export function Pagination({ total, limit, offset, onChange, label }: Props) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / limit));
  const page = Math.floor(offset / limit) + 1;
  if (total <= limit) return null;
  return (
    <nav className="pagination-wrapper justify-content-center" aria-label={label ?? t('pagination.label')}>
      <ul className="pagination">
        <li className={`page-item${page <= 1 ? ' disabled' : ''}`}>
          <button
            type="button"
            className="page-link"
            disabled={page <= 1}
            onClick={() => onChange(Math.max(0, offset - limit))}
            data-testid="page-previous"
          >
            {t('pagination.previous')}
          </button>
        </li>
        <li className="page-item">
          <span className="page-link" aria-current="page">
            {t('pagination.pageOf', { page, pages })}
          </span>
        </li>
        <li className={`page-item${page >= pages ? ' disabled' : ''}`}>
          <button
            type="button"
            className="page-link"
            disabled={page >= pages}
            onClick={() => onChange(offset + limit)}
            data-testid="page-next"
          >
            {t('pagination.next')}
          </button>
        </li>
      </ul>
    </nav>
  );
}

/** "Load more" under a keyset-paginated list (a react-query infinite query); hidden when there is no next page. */
export function LoadMore(props: {
  query: { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => Promise<unknown> };
  label: string;
  testId: string;
}) {
  const { t } = useTranslation();
  const { query } = props;
  if (!query.hasNextPage) return null;
  return (
    <button
      type="button"
      className="btn btn-outline-primary"
      onClick={() => void query.fetchNextPage()}
      disabled={query.isFetchingNextPage}
      data-testid={props.testId}
    >
      {query.isFetchingNextPage ? t('common.loading') : props.label}
    </button>
  );
}
