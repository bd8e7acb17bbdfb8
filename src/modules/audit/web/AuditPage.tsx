// The audit log: who did what, when, for which purpose. Filters, "load more" (keyset pagination) and export.
import { useInfiniteQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiGet, queryString } from '../../../web/api/client.ts';
import { useCurrentSession } from '../../../web/api/session.ts';
import { Checkbox, TextField } from '../../../web/components/Field.tsx';
import { Loading } from '../../../web/components/Loading.tsx';
import { PageHeader } from '../../../web/components/Page.tsx';
import { LoadMore } from '../../../web/components/Pagination.tsx';
import { ProblemAlert } from '../../../web/components/ProblemAlert.tsx';
import { formatDateTime } from '../../../web/i18n.ts';
import type { AuditEventView } from '../contract.ts';

type Filters = { from: string; to: string; action: string; entityType: string; mine: boolean };
const empty: Filters = { from: '', to: '', action: '', entityType: '', mine: false };
const limit = 50;

function toQuery(f: Filters) {
  return {
    from: f.from,
    to: f.to,
    action: f.action.trim(),
    entityType: f.entityType.trim(),
    mine: f.mine ? 'true' : undefined,
  };
}

function Details({ details }: { details: Record<string, unknown> }) {
  const { t } = useTranslation();
  if (Object.keys(details).length === 0) return null;
  return (
    <details>
      <summary>{t('audit.details')}</summary>
      <pre className="rl-pre">{JSON.stringify(details, null, 2)}</pre>
    </details>
  );
}

export default function AuditPage() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const [form, setForm] = useState<Filters>(empty);
  const [filters, setFilters] = useState<Filters>(empty);
  const events = useInfiniteQuery({
    queryKey: ['audit-events', filters],
    queryFn: ({ pageParam }) =>
      apiGet<{ items: AuditEventView[]; nextBefore: number | null }>('/audit-events', {
        ...toQuery(filters),
        limit,
        before: pageParam ?? undefined,
      }),
    initialPageParam: null as number | null,
    getNextPageParam: (last) => last.nextBefore,
  });
  const rows = events.data?.pages.flatMap((p) => p.items) ?? [];
  const set =
    <K extends keyof Filters>(key: K) =>
    (value: Filters[K]) =>
      setForm((f) => ({ ...f, [key]: value }));
  const exportQuery = toQuery(filters);

  function submit(e: FormEvent) {
    e.preventDefault();
    setFilters(form);
  }

  return (
    <>
      <PageHeader
        title={t('audit.title')}
        lead={t('audit.lead')}
        actions={
          session.abilities['audit.export'] ? (
            <>
              <a
                className="btn btn-outline-primary"
                href={`/api/audit-events/export${queryString({ format: 'xlsx', ...exportQuery })}`}
                data-testid="audit-export-xlsx"
                download
              >
                {t('audit.exportXlsx')}
              </a>
              <a
                className="btn btn-outline-primary"
                href={`/api/audit-events/export${queryString({ format: 'csv', ...exportQuery })}`}
                data-testid="audit-export-csv"
                download
              >
                {t('audit.exportCsv')}
              </a>
            </>
          ) : null
        }
      />
      <form onSubmit={submit} aria-label={t('audit.filters')} className="row g-3 align-items-end">
        <div className="col-md-3 col-lg-2">
          <TextField
            id="audit-from"
            label={t('audit.from')}
            type="date"
            value={form.from}
            onChange={set('from')}
          />
        </div>
        <div className="col-md-3 col-lg-2">
          <TextField id="audit-to" label={t('audit.to')} type="date" value={form.to} onChange={set('to')} />
        </div>
        <div className="col-md-3 col-lg-2">
          <TextField
            id="audit-action"
            label={t('audit.action')}
            hint={t('audit.actionHint')}
            value={form.action}
            onChange={set('action')}
            testId="audit-action"
          />
        </div>
        <div className="col-md-3 col-lg-2">
          <TextField
            id="audit-entity"
            label={t('audit.entityType')}
            hint={t('audit.entityHint')}
            value={form.entityType}
            onChange={set('entityType')}
            testId="audit-entity-type"
          />
        </div>
        <div className="col-md-6 col-lg-2 rl-form-actions">
          <Checkbox
            id="audit-mine"
            label={t('audit.mine')}
            checked={form.mine}
            onChange={set('mine')}
            testId="audit-mine"
            toggle
          />
        </div>
        <div className="col-md-6 col-lg-2 rl-form-actions d-flex gap-2">
          <button type="submit" className="btn btn-primary" data-testid="audit-filter">
            {t('common.filter')}
          </button>
          <button
            type="button"
            className="btn btn-outline-secondary"
            onClick={() => {
              setForm(empty);
              setFilters(empty);
            }}
          >
            {t('common.reset')}
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {events.isPending ? <Loading /> : null}
        <ProblemAlert error={events.error} />
        {events.data && rows.length === 0 ? <p>{t('audit.none')}</p> : null}
        {rows.length > 0 ? (
          <p className="visually-hidden">{t('audit.shown', { count: rows.length })}</p>
        ) : null}
      </div>
      {rows.length > 0 ? (
        <div className="table-responsive">
          <table className="table table-sm" data-testid="audit-table">
            <caption className="visually-hidden">{t('audit.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('audit.when')}</th>
                <th scope="col">{t('audit.who')}</th>
                <th scope="col">{t('audit.action')}</th>
                <th scope="col">{t('audit.entity')}</th>
                <th scope="col">{t('audit.purpose')}</th>
                <th scope="col">{t('audit.ip')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((e) => (
                <tr key={e.seq} data-testid="audit-row">
                  <td className="text-nowrap">{formatDateTime(e.at)}</td>
                  <td>
                    {e.actorName ?? t('audit.system')}
                    {e.actorOrganisationName ? (
                      <span className="d-block small">{e.actorOrganisationName}</span>
                    ) : null}
                    {e.actorRole ? (
                      <span className="d-block small">
                        {t(`roles.${e.actorRole}`, { defaultValue: e.actorRole })}
                      </span>
                    ) : null}
                  </td>
                  <td>
                    {t(`auditActions.${e.action.replace(/\./g, '_')}`, { defaultValue: e.action })}
                    <code className="d-block small">{e.action}</code>
                  </td>
                  <td>
                    {t(`entityTypes.${e.entityType}`, { defaultValue: e.entityType })}
                    {e.entityId ? <span className="d-block small text-break">{e.entityId}</span> : null}
                    <Details details={e.details} />
                  </td>
                  <td>{t(`purposes.${e.purpose}`, { defaultValue: e.purpose })}</td>
                  <td>{e.ip ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <LoadMore query={events} label={t('audit.loadMore')} testId="audit-load-more" />
    </>
  );
}
