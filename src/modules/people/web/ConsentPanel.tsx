// Consent per purpose of a person: the current state of each purpose (with the notice version and who recorded it),
// buttons to record a grant or a withdrawal against the notice version in force, and the full history, newest first.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiGet, apiPost } from '../../../web/api/client.ts';
import { useCurrentSession } from '../../../web/api/session.ts';
import { Loading } from '../../../web/components/Loading.tsx';
import { ProblemAlert, StatusAlert } from '../../../web/components/ProblemAlert.tsx';
import { formatDateTime } from '../../../web/i18n.ts';
import type { ConsentInput, ConsentsView } from '../consent-contract.ts';
import type { PersonView, ReadPurpose } from '../contract.ts';
import type { ConsentPurpose } from '../domain/consents.ts';

const consentsKey = (id: string) => ['consents', id] as const;

/**
 * `self`: the citizen's own consents ("Il mio profilo"), read and recorded through /api/me/consents without a
 * purpose; otherwise an operator's view of a person's consents.
 */
export function ConsentPanel({
  person,
  purpose,
  self = false,
}: {
  person: { id: string; can: Pick<PersonView['can'], 'update'> };
  purpose: ReadPurpose;
  self?: boolean;
}) {
  const { t } = useTranslation();
  const url = self ? '/me/consents' : `/people/${person.id}/consents`;
  const client = useQueryClient();
  const status = useRef<HTMLDivElement>(null);
  const [done, setDone] = useState<string | null>(null);
  const consents = useQuery({
    queryKey: [...consentsKey(person.id), purpose],
    queryFn: () => apiGet<ConsentsView>(url, self ? {} : { purpose }),
  });
  const record = useMutation({
    mutationFn: (input: ConsentInput) => apiPost<ConsentsView>(url, input),
    onMutate: () => setDone(null),
    onSuccess: (data, input) => {
      client.setQueryData([...consentsKey(person.id), purpose], data);
      void client.invalidateQueries({ queryKey: ['audit-events', 'person', person.id] });
      setDone(
        t(input.granted ? 'people.consents.granted' : 'people.consents.withdrawn', {
          purpose: t(`people.consents.purposes.${input.purpose}`),
        }),
      );
      // The result is announced and receives the focus, since the pressed button may have gone.
      requestAnimationFrame(() => status.current?.focus());
    },
    onError: () => requestAnimationFrame(() => status.current?.focus()),
  });
  const data = consents.data;
  const session = useCurrentSession();
  const canUpdate = self
    ? Boolean(session.abilities['person.self.update'])
    : Boolean(session.abilities['person.update']) && person.can.update;

  function change(p: ConsentPurpose, granted: boolean) {
    if (!data) return;
    record.mutate({
      purpose: p,
      granted,
      noticeVersion: data.currentNoticeVersion as ConsentInput['noticeVersion'],
    });
  }

  const who = (r: { name: string | null } | null) => r?.name ?? '—';

  return (
    <>
      <p>{t('people.consents.lead')}</p>
      {data ? (
        <p data-testid="consent-notice">
          {t('people.consents.currentNotice', { version: data.currentNoticeVersion })}
        </p>
      ) : null}
      <div ref={status} tabIndex={-1} aria-live="polite" data-testid="consent-status">
        {consents.isPending ? <Loading /> : null}
        <ProblemAlert error={consents.error ?? record.error} />
        {done ? <StatusAlert>{done}</StatusAlert> : null}
      </div>
      {data ? (
        <div className="table-responsive">
          <table className="table" data-testid="consent-table">
            <caption className="visually-hidden">{t('people.consents.currentCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('people.consents.purpose')}</th>
                <th scope="col">{t('people.consents.state')}</th>
                <th scope="col">{t('people.consents.at')}</th>
                <th scope="col">{t('people.consents.noticeVersion')}</th>
                <th scope="col">{t('people.consents.recordedBy')}</th>
                {canUpdate ? <th scope="col">{t('common.actions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {data.items.map((c) => (
                <tr key={c.purpose} data-testid="consent-row" data-purpose={c.purpose} data-state={c.state}>
                  <th scope="row">{t(`people.consents.purposes.${c.purpose}`)}</th>
                  <td>
                    <span
                      className={`badge ${c.state === 'granted' ? 'bg-success' : c.state === 'withdrawn' ? 'bg-danger' : 'bg-secondary'}`}
                    >
                      {t(`people.consents.states.${c.state}`)}
                    </span>
                  </td>
                  <td>{c.at ? formatDateTime(c.at) : '—'}</td>
                  <td>{c.noticeVersion ?? '—'}</td>
                  <td>{c.recordedBy ? who(c.recordedBy) : '—'}</td>
                  {canUpdate ? (
                    <td className="text-nowrap">
                      {c.state !== 'granted' ? (
                        <button
                          type="button"
                          className="btn btn-primary btn-xs me-2"
                          disabled={record.isPending}
                          onClick={() => change(c.purpose, true)}
                          aria-label={t('people.consents.grantFor', {
                            purpose: t(`people.consents.purposes.${c.purpose}`),
                          })}
                          data-testid={`consent-grant-${c.purpose}`}
                        >
                          {t('people.consents.grant')}
                        </button>
                      ) : null}
                      {c.state === 'granted' ? (
                        <button
                          type="button"
                          className="btn btn-outline-danger btn-xs"
                          disabled={record.isPending}
                          onClick={() => change(c.purpose, false)}
                          aria-label={t('people.consents.withdrawFor', {
                            purpose: t(`people.consents.purposes.${c.purpose}`),
                          })}
                          data-testid={`consent-withdraw-${c.purpose}`}
                        >
                          {t('people.consents.withdraw')}
                        </button>
                      ) : null}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {data ? (
        <>
          <h3 className="h5 mt-4" id="consent-history-title">
            {t('people.consents.history')}
          </h3>
          {data.history.length === 0 ? (
            <p>{t('people.consents.noHistory')}</p>
          ) : (
            <div className="table-responsive">
              <table
                className="table table-sm"
                aria-labelledby="consent-history-title"
                data-testid="consent-history"
              >
                <thead>
                  <tr>
                    <th scope="col">{t('people.consents.at')}</th>
                    <th scope="col">{t('people.consents.purpose')}</th>
                    <th scope="col">{t('people.consents.event')}</th>
                    <th scope="col">{t('people.consents.noticeVersion')}</th>
                    <th scope="col">{t('people.consents.recordedBy')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.history.map((e) => (
                    <tr key={`${e.at}-${e.purpose}-${e.granted}`} data-testid="consent-history-row">
                      <td className="text-nowrap">{formatDateTime(e.at)}</td>
                      <td>{t(`people.consents.purposes.${e.purpose}`)}</td>
                      <td>
                        {e.granted
                          ? t('people.consents.states.granted')
                          : t('people.consents.states.withdrawn')}
                      </td>
                      <td>{e.noticeVersion}</td>
                      <td>{who(e.recordedBy)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      ) : null}
    </>
  );
}
