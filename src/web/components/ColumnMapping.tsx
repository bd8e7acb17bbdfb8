// Which field each column of an imported spreadsheet feeds: one select per column, prefilled with the server's
// suggestion (a mapping target → header). Shared by the people and the employers imports.
import { useTranslation } from 'react-i18next';

/** One target per column of the file; '' = the column is ignored. */
export type ColumnTargets = string[];

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
  /** The fields a column may feed, with their labels in the reader's language. */
  options: { value: string; label: string }[];
  onChange: (targets: ColumnTargets) => void;
  /** Prefix of the ids and test ids of the selects (`${idPrefix}-${column index}`). */
  idPrefix: string;
  testId: string;
};

export function ColumnMapping({ columns, targets, options, onChange, idPrefix, testId }: Props) {
  const { t } = useTranslation();
  function choose(index: number, target: string) {
    // A field is fed by one column: choosing it here frees it elsewhere.
    onChange(targets.map((old, i) => (i === index ? target : target && old === target ? '' : old)));
  }
  return (
    <div className="table-responsive">
      <table className="table" data-testid={testId}>
        <caption className="visually-hidden">{t('importMapping.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('importMapping.column')}</th>
            <th scope="col">{t('importMapping.target')}</th>
          </tr>
        </thead>
        <tbody>
          {columns.map((column, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the file's columns keep their order; headers may repeat
            <tr key={`${column}-${i}`}>
              <th scope="row">
                <label htmlFor={`${idPrefix}-${i}`} className="mb-0 fw-semibold">
                  {column || t('importMapping.untitled', { n: i + 1 })}
                </label>
              </th>
              <td>
                <select
                  id={`${idPrefix}-${i}`}
                  className="form-select"
                  value={targets[i] ?? ''}
                  onChange={(e) => choose(i, e.target.value)}
                  data-testid={`${idPrefix}-${i}`}
                >
                  <option value="">{t('importMapping.ignore')}</option>
                  {options.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
