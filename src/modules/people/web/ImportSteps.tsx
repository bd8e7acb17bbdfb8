// The import wizard's step indicator (an ordered list; the current step has aria-current="step") and the types the
// wizard's steps share.
import { useTranslation } from 'react-i18next';
import type { CommitResult, DryRunResult, ImportJob } from '../import/service.ts';

export type { CommitResult, DryRunResult, ImportJob };
export const importSteps = ['file', 'mapping', 'commit'] as const;
export type ImportStep = (typeof importSteps)[number];

export type { ColumnTargets } from '../../../web/components/ColumnMapping.tsx';

export function StepIndicator({ current }: { current: ImportStep }) {
  const { t } = useTranslation();
  const index = importSteps.indexOf(current);
  return (
    <nav aria-label={t('people.import.steps.label')} className="mb-4">
      <ol className="list-unstyled d-flex flex-wrap gap-3 mb-0">
        {importSteps.map((step, i) => (
          <li
            key={step}
            aria-current={step === current ? 'step' : undefined}
            className={`d-flex align-items-center gap-2${step === current ? ' fw-bold' : ''}`}
          >
            <span
              className={`badge rounded-pill ${i <= index ? 'bg-primary' : 'bg-secondary'}`}
              aria-hidden="true"
            >
              {i + 1}
            </span>
            <span>
              <span className="visually-hidden">{t('people.import.steps.number', { n: i + 1 })} </span>
              {t(`people.import.steps.${step}`)}
              {i < index ? <span className="visually-hidden"> ({t('people.import.steps.done')})</span> : null}
            </span>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** Bytes as "12,3 kB" / "1,2 MB" in the interface language. */
export function formatBytes(bytes: number, lang: string): string {
  const nf = (n: number) =>
    new Intl.NumberFormat(lang === 'it' ? 'it-IT' : 'en-GB', { maximumFractionDigits: 1 }).format(n);
  if (bytes < 1024) return `${nf(bytes)} B`;
  if (bytes < 1024 * 1024) return `${nf(bytes / 1024)} kB`;
  return `${nf(bytes / (1024 * 1024))} MB`;
}
