// Step 3 of the import: the write. A small file answers at once; a big one runs in the background (202 {jobId})
// and its job is polled every second, with a progress bar, until it is done or failed.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { apiGet } from '../../../web/api/client.ts';
import { ProblemAlert } from '../../../web/components/ProblemAlert.tsx';
import { formatNumber } from '../../../web/i18n.ts';
import type { CommitResult, ImportJob } from './ImportSteps.tsx';

type Props = {
  /** The answer of the commit: null while it is being sent. */
  answer: CommitResult | ImportJob | null;
  error: unknown;
  onBack: () => void;
};

export function ImportCommitStep({ answer, error, onBack }: Props) {
  const { t } = useTranslation();
  const jobId = answer && 'jobId' in answer ? answer.jobId : null;
  const job = useQuery({
    queryKey: ['people-import-job', jobId],
    queryFn: () => apiGet<ImportJob>(`/people/import/${jobId}`),
    enabled: Boolean(jobId),
    refetchInterval: (q) => (q.state.data?.done ? false : 1000),
  });
  const current = job.data ?? (answer && 'jobId' in answer ? answer : null);
  const result = answer && !('jobId' in answer) ? answer : (current?.result ?? null);
  const failed = current?.error ?? null;
  const percent = result
    ? 100
    : current && current.total > 0
      ? Math.min(100, Math.round((current.processed / current.total) * 100))
      : 0;
  return (
    <>
      {!result && !failed && !error ? (
        <div aria-live="polite" className="mb-3">
          <p id="import-progress-label">
            {t(`people.import.commit.phases.${current?.phase ?? 'queued'}`)}
            {current && current.total > 0
              ? ` — ${t('people.import.commit.processed', {
                  processed: formatNumber(current.processed),
                  total: formatNumber(current.total),
                })}`
              : ''}
          </p>
        </div>
      ) : null}
      <div className="progress mb-3">
        <div
          className="progress-bar"
          role="progressbar"
          style={{ width: `${percent}%` }}
          aria-valuenow={percent}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-label={t('people.import.commit.progress')}
          data-testid="import-progress"
        />
      </div>
      <div aria-live="polite">
        <ProblemAlert error={error ?? job.error} testId="import-commit-problem" />
        {failed ? (
          <div className="alert alert-danger" role="alert" data-testid="import-failed">
            <h3 className="h5 alert-heading">{t('people.import.commit.failed')}</h3>
            <p className="mb-0">{failed.message}</p>
          </div>
        ) : null}
        {result ? (
          <div className="alert alert-success" data-testid="import-result">
            <h3 className="h5 alert-heading">{t('people.import.commit.done')}</h3>
            <p className="mb-0">
              {t('people.import.commit.created', {
                count: result.created,
                formatted: formatNumber(result.created),
              })}{' '}
              {t('people.import.commit.updated', {
                count: result.updated,
                formatted: formatNumber(result.updated),
              })}
            </p>
          </div>
        ) : null}
      </div>
      {result || failed || error ? (
        <div className="d-flex flex-wrap gap-2">
          <Link to="/people" className="btn btn-primary" data-testid="import-to-list">
            {t('people.import.commit.toList')}
          </Link>
          {failed || error ? (
            <button type="button" className="btn btn-outline-secondary" onClick={onBack}>
              {t('people.import.commit.back')}
            </button>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
