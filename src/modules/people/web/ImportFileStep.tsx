// Step 1 of the import: choose the CSV or XLSX file; its size is shown. The server decides whether it can read it
// (type, size, rows): its answer to the first dry run is shown here when it refuses the file.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../web/components/ProblemAlert.tsx';
import { currentLanguage } from '../../../web/i18n.ts';
import { formatBytes } from './ImportSteps.tsx';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const accept = `.csv,.xlsx,text/csv,${XLSX_TYPE}`;

/** The file with the media type the API expects, from its extension (browsers differ on CSV types). */
export function withImportType(file: File): File {
  const name = file.name.toLowerCase();
  const type = name.endsWith('.xlsx') ? XLSX_TYPE : name.endsWith('.csv') ? 'text/csv' : file.type;
  return type === file.type ? file : new File([file], file.name, { type });
}

type Props = { file: File | null; busy: boolean; error: unknown; onSubmit: (file: File) => void };

export function ImportFileStep({ file, busy, error, onSubmit }: Props) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<File | null>(file);
  const [missing, setMissing] = useState(false);
  function submit(e: FormEvent) {
    e.preventDefault();
    setMissing(!chosen);
    if (chosen) onSubmit(chosen);
  }
  return (
    <form onSubmit={submit} noValidate aria-labelledby="import-step-title" data-testid="import-file-form">
      <p>{t('people.import.file.lead')}</p>
      <div className="form-group">
        <label htmlFor="import-file" className="active d-block">
          {t('people.import.file.label')}
          <span aria-hidden="true"> *</span>
        </label>
        <input
          id="import-file"
          type="file"
          className={`form-control${missing ? ' is-invalid' : ''}`}
          accept={accept}
          required
          aria-invalid={missing || undefined}
          aria-describedby={`import-file-hint${missing ? ' import-file-error' : ''}`}
          onChange={(e) => {
            setChosen(e.target.files?.[0] ?? null);
            setMissing(false);
          }}
          data-testid="import-file"
        />
        <small id="import-file-hint" className="form-text d-block">
          {t('people.import.file.hint')}
        </small>
        {missing ? (
          <div id="import-file-error" className="invalid-feedback d-block" role="alert">
            {t('people.import.file.required')}
          </div>
        ) : null}
      </div>
      <div aria-live="polite">
        {chosen ? (
          <p data-testid="import-file-size">
            {t('people.import.file.chosen', {
              name: chosen.name,
              size: formatBytes(chosen.size, currentLanguage()),
            })}
          </p>
        ) : null}
        <ProblemAlert error={error} testId="import-file-problem" />
      </div>
      <button type="submit" className="btn btn-primary" disabled={busy} data-testid="import-file-next">
        {busy ? t('people.import.file.reading') : t('people.import.file.next')}
      </button>
    </form>
  );
}
