// Shows an API error (RFC 9457 problem+json, already in the user's language) or any other failure.
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';

export function problemTexts(error: unknown, t: (key: string) => string): { title: string; detail: string } {
  if (error instanceof ApiError) {
    if (error.status === 0) return { title: t('errors.network.title'), detail: t('errors.network.detail') };
    return {
      title: error.problem.title || t('errors.generic.title'),
      detail: error.problem.detail ?? '',
    };
  }
  return { title: t('errors.generic.title'), detail: t('errors.generic.detail') };
}

type Props = { error: unknown; className?: string; testId?: string };

export function ProblemAlert({ error, className, testId = 'problem' }: Props) {
  const { t } = useTranslation();
  if (!error) return null;
  const { title, detail } = problemTexts(error, t);
  const fieldErrors = error instanceof ApiError ? (error.problem.errors ?? []) : [];
  return (
    <div className={`alert alert-danger ${className ?? ''}`} role="alert" data-testid={testId}>
      <h2 className="h5 alert-heading">{title}</h2>
      {detail ? <p className="mb-0">{detail}</p> : null}
      {fieldErrors.length > 0 ? (
        <ul className="mb-0 mt-2">
          {fieldErrors.map((e) => (
            <li key={`${e.field}-${e.code}`}>{e.message}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** A success or information message announced by screen readers. */
export function StatusAlert({
  children,
  kind = 'success',
}: {
  children: React.ReactNode;
  kind?: 'success' | 'info';
}) {
  return (
    <div className={`alert alert-${kind}`} role="status">
      {children}
    </div>
  );
}
