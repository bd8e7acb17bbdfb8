// On a person's page, for those who may merge: the likely duplicates of the record (looked up on request, since
// the lookup reads other people's names and is audited), each with a link to the side-by-side merge page. Also the
// notices around a merge: the success message on the survivor, and the pointer on a merged record.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ApiError, apiGet } from '../../../web/api/client.ts';
import { Loading } from '../../../web/components/Loading.tsx';
import { ProblemAlert } from '../../../web/components/ProblemAlert.tsx';
import type { duplicatesOfPerson } from '../merge-contract.ts';
import { formatDate } from './shared.tsx';

type Candidates = (typeof duplicatesOfPerson)['_output'];

export function MergeCandidates({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const [asked, setAsked] = useState(false);
  const list = useQuery({
    queryKey: ['person-duplicates', personId],
    queryFn: () => apiGet<Candidates>(`/people/${personId}/duplicates`),
    enabled: asked,
  });
  return (
    <section className="mb-4" aria-labelledby="merge-candidates-title" data-testid="merge-candidates">
      <h2 id="merge-candidates-title" className="h5">
        {t('people.merge.candidatesTitle')}
      </h2>
      <p className="small">{t('people.merge.candidatesLead')}</p>
      {asked ? null : (
        <button
          type="button"
          className="btn btn-outline-primary btn-sm"
          onClick={() => setAsked(true)}
          data-testid="merge-candidates-find"
        >
          {t('people.merge.find')}
        </button>
      )}
      <div aria-live="polite">
        {asked && list.isPending ? <Loading /> : null}
        <ProblemAlert error={list.error} />
        {list.data && list.data.items.length === 0 ? <p>{t('people.merge.none')}</p> : null}
      </div>
      {list.data && list.data.items.length > 0 ? (
        <ul className="list-group" data-testid="merge-candidate-list">
          {list.data.items.map((c) => (
            <li
              key={c.id}
              className="list-group-item d-flex flex-wrap justify-content-between align-items-center"
            >
              <span>
                <strong>
                  {c.givenName} {c.familyName}
                </strong>{' '}
                · {formatDate(c.birthDate)} · <code>{c.taxCode}</code> · {c.residenceComuneName} ·{' '}
                {c.ownerOrganisationName}
                <span className="d-block small">{t(`people.duplicateReasons.${c.reason}`)}</span>
              </span>
              <Link
                to={`/people/${personId}/merge/${c.id}`}
                className="btn btn-primary btn-sm"
                data-testid="merge-candidate-open"
              >
                {t('people.merge.compare')}
                <span className="visually-hidden">
                  {' '}
                  {c.givenName} {c.familyName}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

/** Shown instead of a record that was merged into another: bookmarks still lead somewhere. */
export function MergedRecordNotice({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!(error instanceof ApiError) || error.code !== 'person_merged') return null;
  const survivorId = (error.problem as { survivorId?: string }).survivorId;
  return (
    <div className="alert alert-info" role="status" data-testid="person-merged">
      <p className="mb-2">{t('people.merge.mergedInto')}</p>
      {survivorId ? (
        <Link to={`/people/${survivorId}`} data-testid="person-merged-link">
          {t('people.merge.openSurvivor')}
        </Link>
      ) : null}
    </div>
  );
}

/** On the survivor after a merge: the success message carried in the navigation state. */
export function MergedNotice() {
  const { t } = useTranslation();
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  return (
    <div aria-live="polite">
      {notice === 'people.merge.done' ? (
        <div className="alert alert-success" role="status" data-testid="person-merge-done">
          {t('people.merge.done')}
        </div>
      ) : null}
    </div>
  );
}
