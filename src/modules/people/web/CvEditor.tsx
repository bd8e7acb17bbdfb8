// The edit form of one CV section: a fieldset per entry (add, remove), occupation and skill autocomplete on the
// taxonomy, code lists for levels and contract types. Saving replaces the whole CV with the person's version.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox, SelectField, TextField } from '../../../web/components/Field.tsx';
import type { FieldErrors } from '../../../web/forms.ts';
import type { CvSection } from '../cv-contract.ts';
import { ConceptAutocomplete, type ConceptValue } from './ConceptAutocomplete.tsx';
import { type CellValue, type CvRow, cvFields, emptyRow, type FieldSpec } from './cv-sections.ts';
import { CodeListSelect } from './shared.tsx';

type CellProps = {
  id: string;
  section: CvSection;
  spec: FieldSpec;
  row: CvRow;
  onChange: (v: CellValue) => void;
  error?: string | undefined;
};

function Cell({ id, section, spec, row, onChange, error }: CellProps) {
  const { t } = useTranslation();
  const label = t(`people.cv.fields.${section}.${spec.key}`);
  const value = row[spec.key];
  const common = { id, label, error, required: spec.required ?? false, testId: `cv-${section}-${spec.key}` };
  switch (spec.kind) {
    case 'occupation':
    case 'skill':
      return (
        <ConceptAutocomplete
          {...common}
          kind={spec.kind === 'skill' ? 'skills' : 'occupations'}
          value={value as ConceptValue}
          onChange={onChange}
        />
      );
    case 'checkbox':
      return (
        <Checkbox id={id} label={label} checked={Boolean(value)} onChange={onChange} testId={common.testId} />
      );
    case 'select': {
      const props = { ...common, value: String(value ?? ''), onChange, emptyLabel: t('common.choose') };
      if (spec.codeList) {
        const scheme = typeof spec.codeList === 'function' ? spec.codeList(row) : spec.codeList;
        return <CodeListSelect {...props} scheme={scheme} />;
      }
      const options = (spec.options ?? []).map((o) => ({
        value: o,
        label: spec.rawLabels ? o : t(`people.cv.options.${spec.key}.${o}`),
      }));
      return <SelectField {...props} options={options} />;
    }
    case 'textarea':
      return (
        <div className="form-group">
          <label htmlFor={id} className="active">
            {label}
          </label>
          <textarea
            id={id}
            className={`form-control${error ? ' is-invalid' : ''}`}
            rows={3}
            value={String(value ?? '')}
            onChange={(e) => onChange(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
          />
          {error ? (
            <div id={`${id}-error`} className="invalid-feedback d-block" role="alert">
              {error}
            </div>
          ) : null}
        </div>
      );
    default:
      return (
        <TextField
          {...common}
          type={spec.kind === 'number' ? 'number' : spec.kind === 'date' ? 'date' : 'text'}
          value={String(value ?? '')}
          onChange={onChange}
        />
      );
  }
}

type Props = {
  section: CvSection;
  initial: CvRow[];
  errors: FieldErrors;
  busy: boolean;
  onSave: (rows: CvRow[]) => void;
  onCancel: () => void;
};

export function CvEditor({ section, initial, errors, busy, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<CvRow[]>(initial);
  const title = t(`people.cv.sections.${section}`);

  function submit(e: FormEvent) {
    e.preventDefault();
    onSave(rows);
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={t('people.cv.editSection', { section: title })}
      data-testid="cv-form"
    >
      {rows.length === 0 ? <p>{t('people.cv.empty')}</p> : null}
      {rows.map((row, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: entries have no identity of their own
        <fieldset key={i} className="border rounded p-3 mb-3" data-testid="cv-entry">
          <legend className="h6 w-auto px-2">{t('people.cv.entry', { section: title, n: i + 1 })}</legend>
          <div className="row">
            {cvFields[section].map((spec) => (
              <div key={spec.key} className={spec.kind === 'textarea' ? 'col-12' : 'col-md-6'}>
                <Cell
                  id={`cv-${section}-${i}-${spec.key}`}
                  section={section}
                  spec={spec}
                  row={row}
                  error={
                    errors[`${section}.${i}.${spec.key}`] ??
                    (section === 'desiredOccupations' ? errors[`${section}.${i}`] : undefined)
                  }
                  onChange={(v) => setRows((rs) => rs.map((r, j) => (j === i ? { ...r, [spec.key]: v } : r)))}
                />
              </div>
            ))}
          </div>
          <button
            type="button"
            className="btn btn-outline-danger btn-sm"
            onClick={() => setRows((rs) => rs.filter((_, j) => j !== i))}
          >
            {t('people.cv.remove')}
            <span className="visually-hidden"> {t('people.cv.entry', { section: title, n: i + 1 })}</span>
          </button>
        </fieldset>
      ))}
      {errors[section] ? (
        <p className="text-danger" role="alert">
          {errors[section]}
        </p>
      ) : null}
      <div className="d-flex flex-wrap gap-3">
        <button
          type="button"
          className="btn btn-outline-primary"
          onClick={() => setRows((rs) => [...rs, emptyRow(section)])}
          data-testid="cv-add"
        >
          {t('people.cv.add')}
        </button>
        <button type="submit" className="btn btn-primary" disabled={busy} data-testid="cv-save">
          {t('common.save')}
        </button>
        <button type="button" className="btn btn-outline-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
