// Step 2 of the import: which field each column of the file feeds (prefilled with the server's suggestion, or the
// organisation's last mapping), "Verifica" runs the dry run; "Importa" only once a dry run of THIS mapping has no
// errors.
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../web/components/ProblemAlert.tsx';
import { importTargets } from '../import/mapping.ts';
import { ImportReport } from './ImportReport.tsx';
import type { ColumnTargets, DryRunResult } from './ImportSteps.tsx';

/** The API's mapping (target → header) as one target per column ('' = ignored). */
export function targetsOf(columns: string[], mapping: Record<string, string | undefined>): ColumnTargets {
  const targets = columns.map(() => '');
  for (const [target, header] of Object.entries(mapping)) {
    const i = header === undefined ? -1 : columns.indexOf(header);
    if (i >= 0) targets[i] = target;
  }
  return targets;
}

/** One target per column back into the API's mapping. */
export function mappingOf(columns: string[], targets: ColumnTargets): Record<string, string> {
  const mapping: Record<string, string> = {};
  targets.forEach((target, i) => {
    const header = columns[i];
    if (target && header) mapping[target] = header;
  });
  return mapping;
}

type Props = {
  columns: string[];
  targets: ColumnTargets;
  onChange: (targets: ColumnTargets) => void;
  report: DryRunResult | null;
  /** The report is of the mapping shown (not of an earlier one). */
  current: boolean;
  busy: boolean;
  error: unknown;
  onVerify: () => void;
  onCommit: () => void;
  onBack: () => void;
};

export function ImportMappingStep(props: Props) {
  const { t } = useTranslation();
  const { columns, targets, report, current, busy } = props;
  const canCommit = Boolean(report && current && report.errorCount === 0 && report.valid > 0);
  function choose(index: number, target: string) {
    // A field is fed by one column: choosing it here frees it elsewhere.
    props.onChange(targets.map((old, i) => (i === index ? target : target && old === target ? '' : old)));
  }
  return (
    <>
      <p>{t('people.import.mapping.lead')}</p>
      <div className="table-responsive">
        <table className="table" data-testid="import-mapping">
          <caption className="visually-hidden">{t('people.import.mapping.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('people.import.mapping.column')}</th>
              <th scope="col">{t('people.import.mapping.target')}</th>
            </tr>
          </thead>
          <tbody>
            {columns.map((column, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the file's columns keep their order; headers may repeat
              <tr key={`${column}-${i}`}>
                <th scope="row">
                  <label htmlFor={`import-mapping-${i}`} className="mb-0 fw-semibold">
                    {column || t('people.import.mapping.untitled', { n: i + 1 })}
                  </label>
                </th>
                <td>
                  <select
                    id={`import-mapping-${i}`}
                    className="form-select"
                    value={targets[i] ?? ''}
                    onChange={(e) => choose(i, e.target.value)}
                    data-testid={`import-mapping-${i}`}
                  >
                    <option value="">{t('people.import.mapping.ignore')}</option>
                    {importTargets.map((target) => (
                      <option key={target} value={target}>
                        {t(`people.import.targets.${target}`)}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="d-flex flex-wrap gap-2 mb-4">
        <button
          type="button"
          className="btn btn-outline-secondary"
          onClick={props.onBack}
          data-testid="import-back"
        >
          {t('people.import.mapping.back')}
        </button>
        <button
          type="button"
          className="btn btn-outline-primary"
          onClick={props.onVerify}
          disabled={busy}
          data-testid="import-verify"
        >
          {busy ? t('people.import.mapping.verifying') : t('people.import.mapping.verify')}
        </button>
        <button
          type="button"
          className="btn btn-primary"
          onClick={props.onCommit}
          disabled={!canCommit || busy}
          aria-describedby="import-commit-hint"
          data-testid="import-commit"
        >
          {t('people.import.mapping.commit')}
        </button>
      </div>
      <p id="import-commit-hint" className="small">
        {canCommit ? t('people.import.mapping.ready') : t('people.import.mapping.commitHint')}
      </p>
      <div aria-live="polite" data-testid="import-dry-run">
        <ProblemAlert error={props.error} testId="import-verify-problem" />
        {report && !current ? (
          <p className="alert alert-info" data-testid="import-stale">
            {t('people.import.mapping.stale')}
          </p>
        ) : null}
        {report ? <ImportReport report={report} /> : null}
      </div>
    </>
  );
}
