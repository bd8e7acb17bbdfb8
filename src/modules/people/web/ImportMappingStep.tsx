// Step 2 of the import: which field each column of the file feeds (prefilled with the server's suggestion, or the
// organisation's last mapping), "Verifica" runs the dry run; "Importa" only once a dry run of THIS mapping has no
// errors.
import { useTranslation } from 'react-i18next';
import { ColumnMapping } from '../../../web/components/ColumnMapping.tsx';
import { ProblemAlert } from '../../../web/components/ProblemAlert.tsx';
import { importTargets } from '../import/mapping.ts';
import { ImportReport } from './ImportReport.tsx';
import type { ColumnTargets, DryRunResult } from './ImportSteps.tsx';

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
  return (
    <>
      <p>{t('people.import.mapping.lead')}</p>
      <ColumnMapping
        columns={columns}
        targets={targets}
        options={importTargets.map((target) => ({
          value: target,
          label: t(`people.import.targets.${target}`),
        }))}
        onChange={props.onChange}
        idPrefix="import-mapping"
        testId="import-mapping"
      />
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
