// Hiring needs summed by occupation, sector (ATECO section) or comune, with the split by horizon: a bar chart and
// the same numbers as a table (the chart is a canvas, the table is what screen readers and printouts use).
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { apiGet } from '../../../web/api/client.ts';
import { Chart } from '../../../web/components/Chart.tsx';
import { SelectField } from '../../../web/components/Field.tsx';
import { Loading } from '../../../web/components/Loading.tsx';
import { ProblemAlert } from '../../../web/components/ProblemAlert.tsx';
import { atecoSections } from '../../employers/domain/ateco.ts';
import type { needsView } from '../contract.ts';

type Needs = z.infer<typeof needsView>;
type By = Needs['by'];

export function NeedsTable({ surveyId, by, onBy }: { surveyId?: string; by: By; onBy: (by: By) => void }) {
  const { t, i18n } = useTranslation();
  const needs = useQuery({
    queryKey: ['hiring-needs', by, surveyId ?? ''],
    queryFn: () => apiGet<Needs>('/hiring-needs', { by, surveyId }),
  });
  const lang = i18n.language === 'en' ? 'en' : 'it';
  const sectionNames = Object.fromEntries(atecoSections('2007').map((s) => [s.letter, s[lang]]));
  const labelOf = (key: string, label: string) =>
    by === 'sector'
      ? key
        ? `${key} – ${sectionNames[key] ?? ''}`
        : t('surveys.needs.noSector')
      : label || t('surveys.needs.unknown');
  const items = needs.data?.items ?? [];
  const top = items.slice(0, 15).reverse();
  return (
    <section aria-labelledby="needs-title" className="mt-5">
      <h2 id="needs-title" className="h4">
        {t('surveys.needs.title')}
      </h2>
      <div className="col-md-4">
        <SelectField
          id="needs-by"
          label={t('surveys.needs.by')}
          value={by}
          onChange={(v) => onBy(v as By)}
          options={(['occupation', 'sector', 'comune'] as const).map((d) => ({
            value: d,
            label: t(`surveys.needs.dimension.${d}`),
          }))}
          testId="needs-by"
        />
      </div>
      <ProblemAlert error={needs.error} />
      {needs.isPending ? <Loading /> : null}
      {items.length ? (
        <>
          <Chart
            label={t('surveys.needs.chartLabel', { by: t(`surveys.needs.dimension.${by}`) })}
            height={Math.max(220, top.length * 28 + 60)}
            testId="needs-chart"
            option={{
              tooltip: { trigger: 'axis' },
              legend: { top: 0 },
              grid: { left: 200, right: 20, top: 30, bottom: 20 },
              xAxis: { type: 'value' },
              yAxis: { type: 'category', data: top.map((r) => labelOf(r.key, r.label)) },
              series: [
                {
                  name: t('surveys.horizon.0_6_months'),
                  type: 'bar',
                  stack: 'n',
                  data: top.map((r) => r.positionsShort),
                },
                {
                  name: t('surveys.horizon.6_24_months'),
                  type: 'bar',
                  stack: 'n',
                  data: top.map((r) => r.positionsLong),
                },
              ],
            }}
          />
          <div className="table-responsive">
            <table className="table table-sm" data-testid="needs-table">
              <caption>{t('surveys.needs.caption', { by: t(`surveys.needs.dimension.${by}`) })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t(`surveys.needs.dimension.${by}`)}</th>
                  <th scope="col" className="text-end">
                    {t('surveys.needs.total')}
                  </th>
                  <th scope="col" className="text-end">
                    {t('surveys.horizon.0_6_months')}
                  </th>
                  <th scope="col" className="text-end">
                    {t('surveys.horizon.6_24_months')}
                  </th>
                  <th scope="col" className="text-end">
                    {t('surveys.needs.employers')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {items.map((r) => (
                  <tr key={r.key}>
                    <th scope="row">{labelOf(r.key, r.label)}</th>
                    <td className="text-end">{r.positions}</td>
                    <td className="text-end">{r.positionsShort}</td>
                    <td className="text-end">{r.positionsLong}</td>
                    <td className="text-end">{r.employers}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : needs.data ? (
        <p>{t('surveys.needs.empty')}</p>
      ) : null}
    </section>
  );
}
