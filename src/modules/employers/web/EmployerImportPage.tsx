// Importing employers from a CSV or XLSX file: choose the file (and the ATECO version of its codes) → the dry run
// lists every bad row with the column and the reason, and which field each column feeds (the server's guess from
// the headers, changeable: "Verifica di nuovo" checks the new mapping) → commit, all rows or none, only once a
// check of the mapping shown found no error. The file's media type comes from the people import's helper.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { apiUpload } from '../../../web/api/client.ts';
import {
  ColumnMapping,
  type ColumnTargets,
  mappingOf,
  targetsOf,
} from '../../../web/components/ColumnMapping.tsx';
import { SelectField } from '../../../web/components/Field.tsx';
import { PageHeader } from '../../../web/components/Page.tsx';
import { ProblemAlert } from '../../../web/components/ProblemAlert.tsx';
import { formatNumber } from '../../../web/i18n.ts';
import { withImportType } from '../../people/web/ImportFileStep.tsx';
import type { EmployerCommit, EmployerDryRun } from '../import/import.ts';
import { employerImportTargets } from '../import/mapping.ts';

export default function EmployerImportPage() {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [version, setVersion] = useState('2025');
  const [report, setReport] = useState<EmployerDryRun | null>(null);
  const [result, setResult] = useState<EmployerCommit | null>(null);
  const [busy, setBusy] = useState<'check' | 'commit' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState(false);
  // The mapping shown (null before the first check: the server guesses it) and whether the report is of it.
  const [targets, setTargets] = useState<ColumnTargets | null>(null);
  const [current, setCurrent] = useState(false);

  async function run(dryRun: boolean) {
    if (!file) return setMissing(true);
    setMissing(false);
    setError(null);
    setBusy(dryRun ? 'check' : 'commit');
    try {
      const mapping = report && targets ? JSON.stringify(mappingOf(report.columns, targets)) : undefined;
      const query = { dryRun: String(dryRun), atecoVersion: version, ...(mapping ? { mapping } : {}) };
      if (dryRun) {
        setResult(null);
        const checked = await apiUpload<EmployerDryRun>('/employers/import', withImportType(file), query);
        setReport(checked);
        setTargets(targetsOf(checked.columns, checked.mapping));
        setCurrent(true);
      } else setResult(await apiUpload<EmployerCommit>('/employers/import', withImportType(file), query));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  }
  const check = (e: FormEvent) => {
    e.preventDefault();
    void run(true);
  };

  return (
    <>
      <PageHeader title={t('employers.import.title')} lead={t('employers.import.lead')} />
      <form onSubmit={check} className="mb-4" data-testid="employers-import-form" noValidate>
        <div className="row g-3 align-items-end">
          <div className="col-md-6">
            <label htmlFor="employers-import-file" className="form-label">
              {t('employers.import.file')}
            </label>
            <input
              id="employers-import-file"
              type="file"
              className={`form-control${missing ? ' is-invalid' : ''}`}
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-describedby="employers-import-hint"
              aria-invalid={missing || undefined}
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                setReport(null);
                setTargets(null);
                setResult(null);
              }}
              data-testid="employers-import-file"
            />
            <small id="employers-import-hint" className="form-text d-block">
              {t('employers.import.hint')}
            </small>
            {missing ? (
              <div className="invalid-feedback d-block" role="alert">
                {t('employers.import.chooseFile')}
              </div>
            ) : null}
          </div>
          <div className="col-md-3">
            <SelectField
              id="employers-import-version"
              label={t('employers.fields.atecoVersion')}
              value={version}
              onChange={setVersion}
              options={[
                { value: '2025', label: 'ATECO 2025' },
                { value: '2007', label: 'ATECO 2007' },
              ]}
            />
          </div>
          <div className="col-md-3">
            <button
              type="submit"
              className="btn btn-primary"
              disabled={busy !== null}
              data-testid="employers-import-check"
            >
              {t('employers.import.check')}
            </button>
          </div>
        </div>
      </form>
      <div aria-live="polite">
        <ProblemAlert error={error} />
        {busy ? (
          <div className="progress-bar-wrapper mb-3" data-testid="employers-import-progress">
            <p className="mb-1">
              {t(busy === 'check' ? 'employers.import.checking' : 'employers.import.writing')}
            </p>
            <div className="progress progress-indeterminate">
              <span className="visually-hidden">{t('employers.import.wait')}</span>
              <div className="progress-bar" role="progressbar" aria-label={t('employers.import.wait')} />
            </div>
          </div>
        ) : null}
        {result ? (
          <div className="alert alert-success" data-testid="employers-import-done">
            {t('employers.import.done', { created: result.created, updated: result.updated })}{' '}
            <Link to="/employers">{t('employers.import.toRegistry')}</Link>
          </div>
        ) : null}
      </div>
      {report && !result ? (
        <section aria-labelledby="employers-import-report" data-testid="employers-import-report">
          <h2 id="employers-import-report" className="h4">
            {t('employers.import.report')}
          </h2>
          <p>{t('employers.import.mappingLead')}</p>
          <ColumnMapping
            columns={report.columns}
            targets={targets ?? []}
            options={employerImportTargets.map((target) => ({
              value: target,
              label: t(`employers.import.targets.${target}`),
            }))}
            onChange={(next) => {
              setTargets(next);
              setCurrent(false);
            }}
            idPrefix="employers-import-mapping"
            testId="employers-import-mapping"
          />
          {current ? null : (
            <p className="alert alert-info" data-testid="employers-import-stale">
              {t('employers.import.stale')}
            </p>
          )}
          <button
            type="button"
            className="btn btn-outline-primary mb-3"
            disabled={busy !== null}
            onClick={() => void run(true)}
            data-testid="employers-import-recheck"
          >
            {t('employers.import.recheck')}
          </button>
          <p data-testid="employers-import-counts">
            {t('employers.import.counts', {
              rows: formatNumber(report.rows),
              toCreate: formatNumber(report.toCreate),
              toUpdate: formatNumber(report.toUpdate),
              errors: formatNumber(report.errorCount),
            })}
          </p>
          {report.errorCount > 0 ? (
            <>
              <p className="alert alert-warning">{t('employers.import.fixFirst')}</p>
              <div className="table-responsive">
                <table className="table table-sm" data-testid="employers-import-errors">
                  <caption>{t('employers.import.errorsCaption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('employers.import.row')}</th>
                      <th scope="col">{t('employers.import.column')}</th>
                      <th scope="col">{t('employers.import.reason')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {report.errors.map((e) => (
                      <tr key={`${e.row}-${e.field}-${e.code}`}>
                        <td>{e.row}</td>
                        <td>{e.column || e.field}</td>
                        <td>{e.message}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          ) : (
            <button
              type="button"
              className="btn btn-primary"
              disabled={busy !== null || !current}
              onClick={() => void run(false)}
              data-testid="employers-import-commit"
            >
              {t('employers.import.commit', { count: report.valid })}
            </button>
          )}
        </section>
      ) : null}
    </>
  );
}
