// A person's audit trail: who read or changed the record, when and for which purpose. The audit API filters by
// entity type only, so the pages of person events are filtered here by the person's id ("load more" goes on).
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiGet } from '../../../web/api/client.ts';
import { Loading } from '../../../web/components/Loading.tsx';
import { ProblemAlert } from '../../../web/components/ProblemAlert.tsx';
import { formatDateTime } from '../../../web/i18n.ts';
import type { AuditEventView } from '../../audit/contract.ts';

const limit = 500;

export function PersonAuditPanel({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const events = useInfiniteQuery({
    queryKey: ['audit-events', 'person', personId],
    queryFn: ({ pageParam }) =>
      apiGet<{ items: AuditEventView[]; nextBefore: number | null }>('/audit-events', {
        entityType: 'person',
        limit,
        before: pageParam ?? undefined,
      }),
    initialPageParam: null as number | null,
    getNextPageParam: (last) => last.nextBefore,
  });
  const rows = (events.data?.pages.flatMap((p) => p.items) ?? []).filter((e) => e.entityId === personId);
  return (
    <>
      <p>{t('people.audit.lead')}</p>
      <div aria-live="polite">
        {events.isPending ? <Loading /> : null}
        <ProblemAlert error={events.error} />
        {events.data && rows.length === 0 ? <p>{t('people.audit.none')}</p> : null}
      </div>
      {rows.length > 0 ? (
        <div className="table-responsive">
          <table className="table table-sm" data-testid="person-audit-table">
            <caption className="visually-hidden">{t('people.audit.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('audit.when')}</th>
                <th scope="col">{t('audit.who')}</th>
                <th scope="col">{t('audit.action')}</th>
                <th scope="col">{t('audit.purpose')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((e) => (
                <tr key={e.seq} data-testid="person-audit-row">
                  <td className="text-nowrap">{formatDateTime(e.at)}</td>
                  <td>
                    {e.actorName ?? t('audit.system')}
                    {e.actorOrganisationName ? (
                      <span className="d-block small">{e.actorOrganisationName}</span>
                    ) : null}
                  </td>
                  <td>
                    {t(`people.audit.actions.${e.action.replace(/\./g, '_')}`, { defaultValue: e.action })}
                    <code className="d-block small">{e.action}</code>
                  </td>
                  <td>{t(`people.purposes.${e.purpose}`, { defaultValue: e.purpose })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {events.hasNextPage ? (
        <button
          type="button"
          className="btn btn-outline-primary"
          onClick={() => void events.fetchNextPage()}
          disabled={events.isFetchingNextPage}
          data-testid="person-audit-more"
        >
          {events.isFetchingNextPage ? t('common.loading') : t('people.audit.loadMore')}
        </button>
      ) : null}
    </>
  );
}
