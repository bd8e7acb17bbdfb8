// "Le mie candidature" on the citizen's own page (/me): the vacancies they were proposed for, where each stands,
// and the choice to show the company their name and contacts (per vacancy, revocable at any time).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiGet, apiPost } from '../../../web/api/client.ts';
import { Loading } from '../../../web/components/Loading.tsx';
import { ProblemAlert, StatusAlert } from '../../../web/components/ProblemAlert.tsx';
import { formatDateTime } from '../../../web/i18n.ts';
import type { MyApplicationView } from '../shortlist-contract.ts';

const key = ['me', 'applications'] as const;

export function ShortlistMyApplications() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const status = useRef<HTMLDivElement>(null);
  const [done, setDone] = useState<string | null>(null);
  const list = useQuery({
    queryKey: key,
    queryFn: () => apiGet<{ items: MyApplicationView[] }>('/me/applications'),
  });
  const decide = useMutation({
    mutationFn: (p: { id: string; granted: boolean }) =>
      apiPost<MyApplicationView>(`/me/applications/${p.id}/disclosure`, { granted: p.granted }),
    onMutate: () => setDone(null),
    onSuccess: (view, p) => {
      void client.invalidateQueries({ queryKey: key });
      setDone(
        t(p.granted ? 'shortlist.mine.shownDone' : 'shortlist.mine.hiddenDone', {
          employer: view.employerName,
        }),
      );
      requestAnimationFrame(() => status.current?.focus());
    },
    onError: () => requestAnimationFrame(() => status.current?.focus()),
  });
  const items = list.data?.items ?? [];
  return (
    <section aria-labelledby="me-applications-title" data-testid="me-applications">
      <h2 id="me-applications-title" className="h4">
        {t('shortlist.mine.title')}
      </h2>
      <p>{t('shortlist.mine.lead')}</p>
      <div ref={status} tabIndex={-1} aria-live="polite">
        {list.isPending ? <Loading /> : null}
        <ProblemAlert error={list.error ?? decide.error} />
        {done ? <StatusAlert>{done}</StatusAlert> : null}
      </div>
      {list.data && items.length === 0 ? <p>{t('shortlist.mine.empty')}</p> : null}
      {items.length > 0 ? (
        <div className="table-responsive">
          <table className="table">
            <caption className="visually-hidden">{t('shortlist.mine.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('shortlist.mine.vacancy')}</th>
                <th scope="col">{t('shortlist.mine.employer')}</th>
                <th scope="col">{t('shortlist.mine.stage')}</th>
                <th scope="col">{t('shortlist.mine.identity')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((a) => (
                <tr key={a.id} data-testid="me-application" data-disclosed={String(a.disclosure.granted)}>
                  <th scope="row">
                    {a.vacancyTitle}
                    {a.comuneName ? <span className="d-block small fw-normal">{a.comuneName}</span> : null}
                  </th>
                  <td>{a.employerName}</td>
                  <td>
                    {t(`shortlist.stages.${a.stage}`)}
                    {a.interviewAt ? (
                      <span className="d-block small">
                        {t('shortlist.interviewOn', {
                          date: formatDateTime(a.interviewAt),
                          place: a.interviewPlace,
                        })}
                      </span>
                    ) : null}
                  </td>
                  <td>
                    <span className={`badge ${a.disclosure.granted ? 'bg-success' : 'bg-secondary'} me-2`}>
                      {t(a.disclosure.granted ? 'shortlist.mine.shown' : 'shortlist.mine.hidden')}
                    </span>
                    <button
                      type="button"
                      className={`btn btn-xs ${a.disclosure.granted ? 'btn-outline-danger' : 'btn-primary'}`}
                      disabled={decide.isPending}
                      onClick={() => decide.mutate({ id: a.id, granted: !a.disclosure.granted })}
                      data-testid="me-application-disclosure"
                    >
                      {t(a.disclosure.granted ? 'shortlist.mine.hide' : 'shortlist.mine.show')}
                      <span className="visually-hidden"> — {a.vacancyTitle}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
