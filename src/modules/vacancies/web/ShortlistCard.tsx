// One candidate on the shortlist board: the anonymised card (reference, age band, comune, occupations, experience,
// skills), the name and contacts only when the caller may see them, badges for a stale wait and for disclosure,
// the facts of the stage reached, and the actions the caller may take.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPost } from '../../../web/api/client.ts';
import { ProblemAlert } from '../../../web/components/ProblemAlert.tsx';
import { formatDateTime } from '../../../web/i18n.ts';
import type { ShortlistStage } from '../domain/shortlist.ts';
import type { ShortlistEntryView } from '../shortlist-contract.ts';
import { ShortlistMoveForm, shortlistKey } from './ShortlistMoveForm.tsx';

export function ShortlistCard({
  entry,
  stages,
  canDisclose,
  onStatus,
}: {
  entry: ShortlistEntryView;
  stages: ShortlistStage[];
  canDisclose: boolean;
  onStatus: (message: string) => void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [moving, setMoving] = useState(false);
  const disclose = useMutation({
    mutationFn: (granted: boolean) =>
      apiPost<ShortlistEntryView>(`/shortlist-entries/${entry.id}/disclosure`, { granted }),
    onSuccess: (_d, granted) => {
      void client.invalidateQueries({ queryKey: shortlistKey(entry.vacancyId) });
      onStatus(t(granted ? 'shortlist.disclosureGranted' : 'shortlist.disclosureWithdrawn'));
    },
  });
  const card = entry.card;
  const title = entry.identity
    ? `${entry.identity.givenName} ${entry.identity.familyName}`
    : (card?.reference ?? t('shortlist.unavailable'));
  const canMove = entry.allowedMoves.some((s) => stages.includes(s));

  return (
    <article
      className="card shadow-sm mb-3"
      data-testid="shortlist-card"
      data-stage={entry.stage}
      data-disclosed={entry.identity ? 'true' : 'false'}
      aria-label={title}
    >
      <div className="card-body p-3">
        <h4 className="h6 card-title mb-1">{title}</h4>
        <p className="mb-2">
          {entry.stale ? (
            <span className="badge bg-warning text-dark me-1" data-testid="shortlist-stale">
              {t('shortlist.stale')}
            </span>
          ) : null}
          <span
            className={`badge ${entry.disclosure.granted ? 'bg-success' : 'bg-secondary'}`}
            data-testid="shortlist-disclosure"
          >
            {t(entry.disclosure.granted ? 'shortlist.disclosed' : 'shortlist.anonymous')}
          </span>
        </p>
        {entry.identity ? (
          <p className="small mb-2" data-testid="shortlist-identity">
            {entry.identity.email ?? '—'}
            <br />
            {entry.identity.phone ?? '—'}
          </p>
        ) : null}
        {card ? (
          <ul className="small list-unstyled mb-2">
            <li>
              {card.ageBand ? t('shortlist.ageBand', { band: card.ageBand }) : null}
              {card.ageBand ? ' · ' : null}
              {card.residenceComune.label}
            </li>
            {card.desiredOccupations.length ? (
              <li>{card.desiredOccupations.map((o) => o.label).join(', ')}</li>
            ) : null}
            {card.experience.slice(0, 2).map((x) => (
              <li key={`${x.occupationUri}-${x.months}`}>
                {t('shortlist.experience', { label: x.label ?? '—', months: x.months })}
              </li>
            ))}
            {card.skills.length ? <li>{t('shortlist.skills', { count: card.skills.length })}</li> : null}
          </ul>
        ) : (
          <p className="small">{t('shortlist.cardUnavailable')}</p>
        )}
        {entry.score !== null ? (
          <p className="small mb-1">{t('shortlist.score', { score: Math.round(entry.score) })}</p>
        ) : null}
        <p className="small text-muted mb-1">
          {t('shortlist.since', { date: formatDateTime(entry.movedAt) })}
        </p>
        {entry.interviewAt ? (
          <p className="small mb-1">
            {t('shortlist.interviewOn', {
              date: formatDateTime(entry.interviewAt),
              place: entry.interviewPlace,
            })}
          </p>
        ) : null}
        {entry.stage === 'hired' ? (
          <p className="small mb-1">
            {t('shortlist.hiredOn', { contract: entry.contractType, date: entry.startDate })}
          </p>
        ) : null}
        {entry.notSelectedReason ? (
          <p className="small mb-1">{t(`shortlist.reasons.${entry.notSelectedReason}`)}</p>
        ) : null}
        <ProblemAlert error={disclose.error} />
        <div className="d-flex flex-wrap gap-2 mt-2">
          {canMove ? (
            <button
              type="button"
              className="btn btn-outline-primary btn-xs"
              aria-expanded={moving}
              onClick={() => setMoving((m) => !m)}
              data-testid="shortlist-move"
            >
              {t('shortlist.move')}
              <span className="visually-hidden"> {title}</span>
            </button>
          ) : null}
          {canDisclose && entry.stage !== 'hired' ? (
            <button
              type="button"
              className="btn btn-outline-secondary btn-xs"
              disabled={disclose.isPending}
              onClick={() => disclose.mutate(!entry.disclosure.granted)}
              data-testid="shortlist-disclosure-toggle"
            >
              {t(entry.disclosure.granted ? 'shortlist.withdrawDisclosure' : 'shortlist.recordDisclosure')}
              <span className="visually-hidden"> {title}</span>
            </button>
          ) : null}
        </div>
        {moving ? (
          <ShortlistMoveForm
            entry={entry}
            stages={stages}
            onDone={(m) => {
              setMoving(false);
              onStatus(m);
            }}
          />
        ) : null}
      </div>
    </article>
  );
}
