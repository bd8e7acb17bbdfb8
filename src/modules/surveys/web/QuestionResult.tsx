// The result of one question: a bar chart of the counts (choices and scales) and the same numbers as a table;
// numbers get their mean, median and sum; text questions how many wrote something; the hiring-needs grid its
// total of positions (the breakdown is in the hiring-needs section below).
import { useTranslation } from 'react-i18next';
import { Chart } from '../../../web/components/Chart.tsx';
import type { Question } from '../domain/questions.ts';
import type { QuestionResult as Result } from '../domain/results.ts';

const fmt = (n: number | null, lang: string) =>
  n === null ? '—' : n.toLocaleString(lang === 'en' ? 'en-GB' : 'it-IT', { maximumFractionDigits: 2 });

export function QuestionResult({
  question: q,
  result: r,
  index,
}: {
  question: Question;
  result: Result;
  index: number;
}) {
  const { t, i18n } = useTranslation();
  const heading = `${index + 1}. ${q.label}`;
  const headingId = `result-${q.id}`;
  let body: React.ReactNode;
  if (r.kind === 'single_choice' || r.kind === 'multiple_choice' || r.kind === 'scale') {
    const rows = Object.entries(r.counts).map(([value, count]) => ({
      label: 'options' in q ? (q.options.find((o) => o.value === value)?.label ?? value) : value,
      count,
    }));
    body = (
      <div className="row">
        <div className="col-lg-7">
          <Chart
            label={t('surveys.results.chartLabel', { question: q.label })}
            height={Math.max(180, rows.length * 34 + 40)}
            testId={`chart-${q.id}`}
            option={{
              tooltip: { trigger: 'axis' },
              grid: { left: 160, right: 20, top: 10, bottom: 20 },
              xAxis: { type: 'value', minInterval: 1 },
              yAxis: { type: 'category', data: rows.map((x) => x.label).reverse() },
              series: [
                { type: 'bar', data: rows.map((x) => x.count).reverse(), itemStyle: { color: '#0066cc' } },
              ],
            }}
          />
        </div>
        <div className="col-lg-5">
          <table className="table table-sm" data-testid={`table-${q.id}`}>
            <caption>{t('surveys.results.tableCaption', { count: r.answered })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('surveys.results.answer')}</th>
                <th scope="col" className="text-end">
                  {t('surveys.results.count')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((x) => (
                <tr key={x.label}>
                  <th scope="row">{x.label}</th>
                  <td className="text-end">{x.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {r.kind === 'scale' ? (
            <p>{t('surveys.results.mean', { mean: fmt(r.mean, i18n.language) })}</p>
          ) : null}
        </div>
      </div>
    );
  } else if (r.kind === 'number') {
    body = (
      <dl className="row">
        {(
          [
            ['answered', r.answered],
            ['mean', r.mean],
            ['median', r.median],
            ['sum', r.sum],
          ] as const
        ).map(([k, v]) => (
          <div className="col-6 col-md-3" key={k}>
            <dt className="small">{t(`surveys.results.${k}Label`)}</dt>
            <dd className="h4">{fmt(v, i18n.language)}</dd>
          </div>
        ))}
      </dl>
    );
  } else if (r.kind === 'hiring_needs') {
    body = <p>{t('surveys.results.needsTotal', { count: r.answered, positions: r.positions })}</p>;
  } else {
    body = <p>{t('surveys.results.texts', { count: r.answered })}</p>;
  }
  return (
    <section aria-labelledby={headingId} className="mb-5" data-testid={`result-${q.id}`}>
      <h2 id={headingId} className="h5">
        {heading}
      </h2>
      {body}
    </section>
  );
}
