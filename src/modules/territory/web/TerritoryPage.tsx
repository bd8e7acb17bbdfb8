// /territorio — the territorial map: employers, employees or hiring needs by comune of the caller's networks, as
// a choropleth (ECharts on the comuni outlines, no tile server) and as the same numbers in a sortable table. A
// click on a comune narrows the table to it. Without imported boundaries the page says so and shows the table.
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiGet } from '../../../web/api/client.ts';
import { Chart, type ChartOption, registerMap } from '../../../web/components/Chart.tsx';
import { SelectField } from '../../../web/components/Field.tsx';
import { Loading } from '../../../web/components/Loading.tsx';
import { PageHeader } from '../../../web/components/Page.tsx';
import { ProblemAlert, StatusAlert } from '../../../web/components/ProblemAlert.tsx';
import { currentLanguage, formatNumber } from '../../../web/i18n.ts';
import {
  type ActivitiesView,
  hiringHorizons,
  type MapView,
  type Measure,
  measures,
  type NeedsView,
} from '../contract.ts';
import { type Row, TerritoryTable } from './TerritoryTable.tsx';

/** A short stable name for the set of outlines (ECharts keeps registered maps by name). */
function mapName(map: MapView): string {
  let h = 0;
  for (const f of map.features) for (const ch of f.id) h = (h * 31 + ch.charCodeAt(0)) | 0;
  return `territorio-${map.features.length}-${(h >>> 0).toString(36)}`;
}

export default function TerritoryPage() {
  const { t } = useTranslation();
  const [measure, setMeasure] = useState<Measure>('employers');
  const [section, setSection] = useState('');
  const [horizon, setHorizon] = useState('');
  const [selected, setSelected] = useState<string | null>(null);

  const activities = useQuery({
    queryKey: ['territory', 'activities', section],
    queryFn: () => apiGet<ActivitiesView>('/territory/activities', { section }),
  });
  const needs = useQuery({
    queryKey: ['territory', 'needs', section, horizon],
    queryFn: () => apiGet<NeedsView>('/territory/hiring-needs', { section, horizon }),
  });
  const map = useQuery({
    queryKey: ['territory', 'map'],
    queryFn: () => apiGet<MapView>('/territory/map'),
    staleTime: 3600_000,
  });

  const rows: Row[] = useMemo(() => {
    if (!activities.data) return [];
    return activities.data.comuni.map((c) => {
      const n = needs.data?.comuni.find((x) => x.code === c.code);
      return {
        code: c.code,
        name: c.name,
        employers: c.employers,
        employees: c.employees,
        needs: n?.positions ?? 0,
        needsShort: n?.positionsShort ?? 0,
        needsLong: n?.positionsLong ?? 0,
      };
    });
  }, [activities.data, needs.data]);

  const hasOutlines = (map.data?.features.length ?? 0) > 0;
  const name = map.data && hasOutlines ? mapName(map.data) : null;
  if (map.data && name) registerMap(name, map.data);

  const option: ChartOption | null = useMemo(() => {
    if (!name) return null;
    const values = rows.map((r) => r[measure]);
    const measureLabel = t(`territory.measures.${measure}`);
    return {
      tooltip: {
        trigger: 'item',
        formatter: (p: { data?: { comune: string; value: number } }) =>
          p.data ? `${p.data.comune}<br/>${measureLabel}: ${formatNumber(p.data.value)}` : '',
      },
      visualMap: {
        min: 0,
        max: Math.max(1, ...values),
        calculable: true,
        left: 'left',
        bottom: 10,
        text: [t('territory.map.high'), t('territory.map.low')],
        inRange: { color: ['#e6f0fa', '#0066cc', '#003366'] },
      },
      series: [
        {
          type: 'map',
          map: name,
          nameProperty: 'code',
          roam: true,
          selectedMode: false,
          emphasis: { label: { show: false }, itemStyle: { areaColor: '#ffcc00' } },
          data: rows.map((r) => ({ name: r.code, value: r[measure], comune: r.name })),
        },
      ],
    };
  }, [name, rows, measure, t]);

  const sectionOptions = (activities.data?.sections ?? []).map((s) => ({
    value: s.letter,
    label: `${s.letter} — ${currentLanguage() === 'en' ? s.en : s.it}`,
  }));
  const selectedName = rows.find((r) => r.code === selected)?.name;

  return (
    <>
      <PageHeader title={t('territory.title')} lead={t('territory.lead')} />
      <form className="row g-3 mb-3" aria-label={t('territory.filters')} onSubmit={(e) => e.preventDefault()}>
        <SelectField
          className="col-md-4"
          id="territory-measure"
          label={t('territory.measure')}
          value={measure}
          onChange={(v) => setMeasure(v as Measure)}
          options={measures.map((m) => ({ value: m, label: t(`territory.measures.${m}`) }))}
          testId="territory-measure"
        />
        <SelectField
          className="col-md-4"
          id="territory-section"
          label={t('territory.section')}
          value={section}
          onChange={setSection}
          emptyLabel={t('territory.allSections')}
          options={sectionOptions}
          testId="territory-section"
        />
        <SelectField
          className="col-md-4"
          id="territory-horizon"
          label={t('territory.horizon')}
          hint={t('territory.horizonHint')}
          value={horizon}
          onChange={setHorizon}
          emptyLabel={t('territory.allHorizons')}
          options={hiringHorizons.map((h) => ({ value: h, label: t(`territory.horizons.${h}`) }))}
          testId="territory-horizon"
        />
      </form>
      <div aria-live="polite">
        {activities.isPending || map.isPending ? <Loading /> : null}
        <ProblemAlert error={activities.error ?? needs.error ?? map.error} />
        {map.data && !hasOutlines ? (
          <StatusAlert kind="info">
            <span data-testid="territory-no-boundaries">{t('territory.noBoundaries')}</span>
          </StatusAlert>
        ) : null}
        {map.data && hasOutlines && map.data.withOutline < map.data.comuni ? (
          <p className="small">
            {t('territory.someMissing', {
              missing: map.data.comuni - map.data.withOutline,
              total: map.data.comuni,
            })}
          </p>
        ) : null}
      </div>
      {option ? (
        <section className="mb-4" aria-labelledby="territory-map-title">
          <h2 id="territory-map-title" className="h4">
            {t('territory.map.title', { measure: t(`territory.measures.${measure}`) })}
          </h2>
          <p className="small">{t('territory.map.help')}</p>
          <Chart
            option={option}
            label={t('territory.map.label', { measure: t(`territory.measures.${measure}`) })}
            height={480}
            testId="territory-map"
            onClick={(code) => setSelected(code)}
          />
        </section>
      ) : null}
      {activities.data ? (
        <section aria-labelledby="territory-table-title">
          <h2 id="territory-table-title" className="h4">
            {t('territory.table.title')}
          </h2>
          {selected ? (
            <StatusAlert kind="info">
              <span data-testid="territory-selected">
                {t('territory.table.only', { name: selectedName })}
              </span>{' '}
              <button
                type="button"
                className="btn btn-link p-0 align-baseline"
                onClick={() => setSelected(null)}
                data-testid="territory-show-all"
              >
                {t('territory.table.showAll')}
              </button>
            </StatusAlert>
          ) : null}
          <TerritoryTable
            rows={selected ? rows.filter((r) => r.code === selected) : rows}
            totals={{
              employers: activities.data.totals.employers,
              employees: activities.data.totals.employees,
              needs: needs.data?.totals.positions ?? 0,
              needsShort: needs.data?.totals.positionsShort ?? 0,
              needsLong: needs.data?.totals.positionsLong ?? 0,
            }}
            onPick={setSelected}
          />
        </section>
      ) : null}
    </>
  );
}
