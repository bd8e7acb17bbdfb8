// The territorial map's numbers as a table (the accessible twin of the canvas map): one row per comune, columns
// sortable with buttons in the headers (aria-sort says the order), totals in the footer.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../web/i18n.ts';

export type Row = {
  code: string;
  name: string;
  employers: number;
  employees: number;
  needs: number;
  needsShort: number;
  needsLong: number;
};
type Key = keyof Omit<Row, 'code'>;
const columns: Key[] = ['name', 'employers', 'employees', 'needs', 'needsShort', 'needsLong'];

export function TerritoryTable({
  rows,
  totals,
  onPick,
}: {
  rows: Row[];
  totals: Omit<Row, 'code' | 'name'>;
  onPick: (code: string) => void;
}) {
  const { t } = useTranslation();
  const [sort, setSort] = useState<{ key: Key; desc: boolean }>({ key: 'name', desc: false });
  const sorted = [...rows].sort((a, b) => {
    const d =
      sort.key === 'name'
        ? a.name.localeCompare(b.name, 'it')
        : (a[sort.key] as number) - (b[sort.key] as number);
    return sort.desc ? -d : d;
  });
  const toggle = (key: Key) =>
    setSort((s) => (s.key === key ? { key, desc: !s.desc } : { key, desc: key !== 'name' }));
  return (
    <div className="table-responsive">
      <table className="table table-sm table-hover" data-testid="territory-table">
        <caption className="visually-hidden">{t('territory.table.caption')}</caption>
        <thead>
          <tr>
            {columns.map((key) => (
              <th
                key={key}
                scope="col"
                className={key === 'name' ? undefined : 'text-end'}
                aria-sort={sort.key === key ? (sort.desc ? 'descending' : 'ascending') : undefined}
              >
                <button
                  type="button"
                  className="btn btn-link p-0 text-decoration-none fw-semibold"
                  onClick={() => toggle(key)}
                  data-testid={`territory-sort-${key}`}
                >
                  {t(`territory.table.columns.${key}`)}
                  {sort.key === key ? <span aria-hidden="true">{sort.desc ? ' ▼' : ' ▲'}</span> : null}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((r) => (
            <tr key={r.code} data-testid="territory-row" data-code={r.code}>
              <th scope="row">
                <button
                  type="button"
                  className="btn btn-link p-0 text-start"
                  onClick={() => onPick(r.code)}
                  aria-label={t('territory.table.pick', { name: r.name })}
                >
                  {r.name}
                </button>
              </th>
              <td className="text-end">{formatNumber(r.employers)}</td>
              <td className="text-end">{formatNumber(r.employees)}</td>
              <td className="text-end">{formatNumber(r.needs)}</td>
              <td className="text-end">{formatNumber(r.needsShort)}</td>
              <td className="text-end">{formatNumber(r.needsLong)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('territory.table.total')}</th>
            <td className="text-end">{formatNumber(totals.employers)}</td>
            <td className="text-end">{formatNumber(totals.employees)}</td>
            <td className="text-end">{formatNumber(totals.needs)}</td>
            <td className="text-end">{formatNumber(totals.needsShort)}</td>
            <td className="text-end">{formatNumber(totals.needsLong)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
