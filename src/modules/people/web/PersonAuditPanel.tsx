// A person's audit trail: who read or changed the record, when, for which purpose and which fields — from
// GET /api/people/:id/audit-trail, which also holds what the person did themselves through self-service (shown as
// "the person themselves": the audit log page's organisation scope would not show those events).
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiGet } from '../../../web/api/client.ts';
import { Loading } from '../../../web/components/Loading.tsx';
import { LoadMore } from '../../../web/components/Pagination.tsx';
import { ProblemAlert } from '../../../web/components/ProblemAlert.tsx';
import { formatDateTime } from '../../../web/i18n.ts';
import type { PersonAuditEvent } from '../audit-trail.ts';

const limit = 100;

export function PersonAuditPanel({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const events = useInfiniteQuery({
    queryKey: ['audit-events', 'person', personId],
    queryFn: ({ pageParam }) =>
      apiGet<{ items: PersonAuditEvent[]; nextBefore: number | null }>(`/people/${personId}/audit-trail`, {
        limit,
        before: pageParam ?? undefined,
      }),
    initialPageParam: null as number | null,
    getNextPageParam: (last) => last.nextBefore,
  });
  const rows = events.data?.pages.flatMap((p) => p.items) ?? [];
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
                <tr key={e.seq} data-testid="person-audit-row" data-by-subject={e.bySubject}>
                  <td className="text-nowrap">{formatDateTime(e.at)}</td>
                  <td>
                    {e.bySubject ? (
                      <>
                        <span className="badge bg-primary me-1" data-testid="person-audit-subject">
                          {t('people.audit.bySubject')}
                        </span>
                        <span className="d-block small">{e.actorName}</span>
                      </>
                    ) : (
                      <>
                        {e.actorName ?? t('audit.system')}
                        {e.actorOrganisationName ? (
                          <span className="d-block small">{e.actorOrganisationName}</span>
                        ) : null}
                      </>
                    )}
                  </td>
                  <td>
                    {t(`people.audit.actions.${e.action.replace(/\./g, '_')}`, { defaultValue: e.action })}
                    <code className="d-block small">{e.action}</code>
                    {e.changed.length ? (
                      <span className="d-block small">
                        {t('people.audit.changed', { fields: e.changed.join(', ') })}
                      </span>
                    ) : null}
                  </td>
                  <td>{t(`people.purposes.${e.purpose}`, { defaultValue: e.purpose })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <LoadMore query={events} label={t('people.audit.loadMore')} testId="person-audit-more" />
    </>
  );
}
