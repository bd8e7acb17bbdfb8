// "Candidati proposti": the best candidates of the Banca Dati for a vacancy (matchVacancy), each with its score,
// the reasons in words and what is missing, how distances were obtained, and a button to add the person to the
// vacancy's shortlist (addToShortlist) with the explanation as shown.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { apiGet, apiPost } from '../../../web/api/client.ts';
import { useCan } from '../../../web/api/session.ts';
import { Loading } from '../../../web/components/Loading.tsx';
import { ProblemAlert, StatusAlert } from '../../../web/components/ProblemAlert.tsx';
import { useLicenceLabels } from '../../vacancies/web/code-lists.ts';
import type { CandidateMatch, VacancyMatches } from '../contract.ts';
import { missingOf, reasonsOf } from './reasons.ts';

export const matchesKey = (vacancyId: string) => ['matches', vacancyId] as const;

export function DistanceModeNote({ mode }: { mode: VacancyMatches['distanceMode'] }) {
  const { t } = useTranslation();
  return (
    <p className="small text-muted" data-testid="match-distance-mode">
      {t(`matching.distanceMode.${mode}`)}
    </p>
  );
}

function Candidate({
  m,
  rank,
  data,
  onStatus,
}: {
  m: CandidateMatch;
  rank: number;
  data: VacancyMatches;
  onStatus: (s: string) => void;
}) {
  const { t } = useTranslation();
  const licenceLabel = useLicenceLabels();
  const client = useQueryClient();
  const canPropose = useCan('shortlist.propose');
  const canReadPerson = useCan('person.read');
  const add = useMutation({
    mutationFn: () =>
      apiPost(`/vacancies/${data.vacancy.id}/shortlist`, {
        personId: m.personId,
        score: m.score,
        explanation: { factors: m.factors, missing: m.missing, weightsVersion: data.weightsVersion },
      }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: matchesKey(data.vacancy.id) });
      void client.invalidateQueries({ queryKey: ['shortlist', data.vacancy.id] });
      onStatus(t('matching.added', { name: m.name ?? t('matching.candidate', { rank }) }));
    },
  });
  const title = m.name ?? t('matching.candidate', { rank });
  const reasons = reasonsOf(t, m.factors, data.vacancy.occupationLabel);
  const missing = missingOf(t, m.missing, data.labels, licenceLabel);
  const headingId = `match-${m.personId}`;
  return (
    <li className="card shadow-sm mb-3" aria-labelledby={headingId} data-testid="match-item">
      <div className="card-body">
        <div className="d-flex flex-wrap justify-content-between gap-2">
          <h3 id={headingId} className="h5 card-title mb-1">
            {rank}. {m.name && canReadPerson ? <Link to={`/people/${m.personId}`}>{title}</Link> : title}
          </h3>
          <span className="badge bg-primary fs-6" data-testid="match-score">
            {t('matching.score', { score: m.score })}
          </span>
        </div>
        <p className="text-muted small mb-2">
          {[m.ageBand ? t('matching.ageBand', { band: m.ageBand }) : null, m.comune.name]
            .filter(Boolean)
            .join(' · ')}
          {m.fairnessPenalty > 0 ? ` · ${t('matching.fairness', { points: m.fairnessPenalty })}` : ''}
        </p>
        <p className="mb-1" data-testid="match-reasons">
          <strong>{t('matching.why')}</strong> {reasons.join(', ') || t('matching.noReasons')}
        </p>
        {missing.length ? (
          <p className="mb-2" data-testid="match-missing">
            <strong>{t('matching.missingTitle')}</strong> {missing.join('; ')}
          </p>
        ) : null}
        {m.shortlistStage ? (
          <span className="badge bg-secondary">
            {t('matching.inShortlist', { stage: t(`shortlist.stages.${m.shortlistStage}`) })}
          </span>
        ) : canPropose ? (
          <button
            type="button"
            className="btn btn-outline-primary btn-sm"
            disabled={add.isPending}
            onClick={() => add.mutate()}
            aria-describedby={headingId}
          >
            {t('matching.addToShortlist')}
          </button>
        ) : null}
        <ProblemAlert error={add.error} />
      </div>
    </li>
  );
}

export function MatchResults({ vacancyId }: { vacancyId: string }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<string | null>(null);
  const matches = useQuery({
    queryKey: matchesKey(vacancyId),
    queryFn: () => apiGet<VacancyMatches>(`/vacancies/${vacancyId}/matches`, { limit: 50 }),
    retry: false,
  });
  const data = matches.data;
  return (
    <section aria-labelledby="matches-title" data-testid="match-results">
      <h2 id="matches-title" className="h4">
        {t('matching.title')}
      </h2>
      <p>{t('matching.lead')}</p>
      <div aria-live="polite">
        {matches.isPending ? <Loading /> : null}
        <ProblemAlert error={matches.error} />
        {status ? <StatusAlert>{status}</StatusAlert> : null}
      </div>
      {data ? (
        <>
          <DistanceModeNote mode={data.distanceMode} />
          <p className="small" data-testid="match-summary">
            {t('matching.summary', {
              count: data.items.length,
              considered: data.considered,
              version: data.weightsVersion,
            })}
          </p>
          {data.items.length === 0 ? <p>{t('matching.empty')}</p> : null}
          <ol className="list-unstyled">
            {data.items.map((m, i) => (
              <Candidate key={m.personId} m={m} rank={i + 1} data={data} onStatus={setStatus} />
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}
