// Published vacancies that fit one person (reverse matching): "Offerte adatte" on the person page for operators
// (matchPerson), "Offerte per te" on the citizen's own page (/api/me/matches). Same reasons and gaps in words as
// the candidate list.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { apiGet } from '../../../web/api/client.ts';
import { Loading } from '../../../web/components/Loading.tsx';
import { ProblemAlert } from '../../../web/components/ProblemAlert.tsx';
import { useLicenceLabels } from '../../vacancies/web/code-lists.ts';
import type { PersonMatches } from '../contract.ts';
import { DistanceModeNote } from './MatchResults.tsx';
import { missingOf, reasonsOf } from './reasons.ts';

export function VacancyMatchList({ personId, self = false }: { personId?: string; self?: boolean }) {
  const { t } = useTranslation();
  const licenceLabel = useLicenceLabels();
  const path = self ? '/me/matches' : `/people/${personId}/matches`;
  const matches = useQuery({
    queryKey: ['person-matches', self ? 'me' : personId],
    queryFn: () => apiGet<PersonMatches>(path, { limit: 20 }),
    retry: false,
  });
  const data = matches.data;
  const title = self ? t('matching.forMe.title') : t('matching.forPerson.title');
  return (
    <section aria-labelledby="vacancy-matches-title" data-testid="vacancy-matches">
      <h2 id="vacancy-matches-title" className="h4">
        {title}
      </h2>
      <p>{self ? t('matching.forMe.lead') : t('matching.forPerson.lead')}</p>
      <div aria-live="polite">
        {matches.isPending ? <Loading /> : null}
        <ProblemAlert error={matches.error} />
      </div>
      {data ? (
        <>
          <DistanceModeNote mode={data.distanceMode} />
          {!data.sharesCv && !self ? (
            <p className="alert alert-warning">{t('matching.forPerson.noConsent')}</p>
          ) : null}
          {data.items.length === 0 ? <p>{t('matching.forPerson.empty')}</p> : null}
          <ol className="list-unstyled">
            {data.items.map((v) => {
              const occupation = data.labels[v.occupationUri] ?? v.title;
              const missing = missingOf(t, v.missing, data.labels, licenceLabel);
              return (
                <li key={v.vacancyId} className="card shadow-sm mb-3" data-testid="vacancy-match-item">
                  <div className="card-body">
                    <div className="d-flex flex-wrap justify-content-between gap-2">
                      <h3 className="h5 card-title mb-1">
                        <Link to={self ? `/offerte/${v.vacancyId}` : `/vacancies/${v.vacancyId}`}>
                          {v.title}
                        </Link>
                      </h3>
                      <span className="badge bg-primary fs-6">{t('matching.score', { score: v.score })}</span>
                    </div>
                    <p className="text-muted small mb-2">
                      {[v.employerName, v.siteComune.name].filter(Boolean).join(' · ')}
                    </p>
                    <p className="mb-1">
                      <strong>{t('matching.whyVacancy')}</strong>{' '}
                      {reasonsOf(t, v.factors, occupation).join(', ') || t('matching.noReasons')}
                    </p>
                    {missing.length ? (
                      <p className="mb-0">
                        <strong>{t('matching.missingTitle')}</strong> {missing.join('; ')}
                      </p>
                    ) : null}
                  </div>
                </li>
              );
            })}
          </ol>
        </>
      ) : null}
    </section>
  );
}
