// The report of a dry run: the counts, the errors (row, column, reason; 20 a page, the server sends the first
// 1,000 with the total) and a few sample rows as they would be saved.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Pagination } from '../../../web/components/Pagination.tsx';
import { formatNumber } from '../../../web/i18n.ts';
import type { DryRunResult } from './ImportSteps.tsx';

const PAGE = 20;
const sampleFields = ['taxCode', 'familyName', 'givenName', 'birthDate', 'employmentStatus'] as const;

export function ImportReport({ report }: { report: DryRunResult }) {
  const { t } = useTranslation();
  const [offset, setOffset] = useState(0);
  const counts = [
    ['rows', report.rows],
    ['valid', report.valid],
    ['toCreate', report.toCreate],
    ['toUpdate', report.toUpdate],
    ['errors', report.errorCount],
  ] as const;
  return (
    <section aria-labelledby="import-report-title" data-testid="import-report">
      <h3 id="import-report-title" className="h5">
        {t('people.import.report.title')}
      </h3>
      <dl className="row mb-3" data-testid="import-counts">
        {counts.map(([key, value]) => (
          <div key={key} className="col-6 col-md-auto">
            <dt className="small">{t(`people.import.report.${key}`)}</dt>
            <dd className="h5 mb-0" data-testid={`import-count-${key}`}>
              {formatNumber(value)}
            </dd>
          </div>
        ))}
      </dl>
      {report.errorCount === 0 ? (
        <p className="alert alert-success" data-testid="import-no-errors">
          {t('people.import.report.noErrors')}
        </p>
      ) : (
        <>
          <p className="alert alert-warning">
            {report.errors.length < report.errorCount
              ? t('people.import.report.errorsCapped', {
                  shown: formatNumber(report.errors.length),
                  total: formatNumber(report.errorCount),
                })
              : t('people.import.report.errorsLead', { count: report.errorCount })}
          </p>
          <div className="table-responsive">
            <table className="table table-sm" data-testid="import-errors">
              <caption className="visually-hidden">{t('people.import.report.errorsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('people.import.report.row')}</th>
                  <th scope="col">{t('people.import.report.column')}</th>
                  <th scope="col">{t('people.import.report.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {report.errors.slice(offset, offset + PAGE).map((e, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list; one cell may have several errors
                  <tr key={`${e.row}-${e.field}-${e.code}-${i}`} data-testid="import-error-row">
                    <th scope="row">{e.row}</th>
                    <td>{e.column}</td>
                    <td>{e.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination
            total={report.errors.length}
            limit={PAGE}
            offset={offset}
            onChange={setOffset}
            label={t('people.import.report.errorsPages')}
          />
        </>
      )}
      {report.sample.length > 0 ? (
        <div className="table-responsive">
          <table className="table table-sm table-striped" data-testid="import-sample">
            <caption>{t('people.import.report.sample')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('people.import.report.row')}</th>
                {sampleFields.map((f) => (
                  <th key={f} scope="col">
                    {t(`people.import.targets.${f}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {report.sample.map((s) => (
                <tr key={String(s.row)}>
                  <th scope="row">{String(s.row)}</th>
                  {sampleFields.map((f) => (
                    <td key={f}>
                      {f === 'employmentStatus' && s[f]
                        ? t(`people.statuses.${String(s[f])}`)
                        : String(s[f] ?? '')}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
