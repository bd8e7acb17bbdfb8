// The candidate requirements of the vacancy editor: experience, education (EQF), languages (CEFR), licences, and
// who the offer is reserved to. Errors come back from the server by field name and are shown in place.
import { useTranslation } from 'react-i18next';
import { Checkbox, SelectField, TextField } from '../../../web/components/Field.tsx';
import { cefrLevels } from '../../people/cv-contract.ts';
import { reservations } from '../contract.ts';
import { useCodeList } from './code-lists.ts';
import type { VacancyFormValues } from './form-values.ts';

type Props = {
  values: VacancyFormValues;
  set: (changes: Partial<VacancyFormValues>) => void;
  errors: Record<string, string>;
};

const LANGUAGE_CODES = ['it', 'en', 'fr', 'de', 'es', 'ro', 'ar', 'zh', 'pt', 'sq', 'uk', 'ru'];
const eqfLevels = [1, 2, 3, 4, 5, 6, 7, 8];

const toggled = (list: string[], code: string, on: boolean) =>
  on ? [...new Set([...list, code])] : list.filter((c) => c !== code);

export function VacancyRequirementFields({ values, set, errors }: Props) {
  const { t } = useTranslation();
  const driving = useCodeList('driving-licence');
  const other = useCodeList('licence');
  const licenceError = Object.entries(errors).find(([k]) => k.startsWith('licences'))?.[1];
  const languageError = Object.entries(errors).find(([k]) => k.startsWith('languages'))?.[1];
  return (
    <>
      <div className="row g-3">
        <div className="col-md-4">
          <TextField
            id="minExperienceMonths"
            label={t('vacancies.fields.minExperienceMonths')}
            type="number"
            inputMode="numeric"
            value={values.minExperienceMonths}
            onChange={(v) => set({ minExperienceMonths: v })}
            error={errors.minExperienceMonths}
            testId="vacancy-experience"
          />
        </div>
        <div className="col-md-4">
          <SelectField
            id="minEqfLevel"
            label={t('vacancies.fields.minEqfLevel')}
            value={values.minEqfLevel}
            onChange={(v) => set({ minEqfLevel: v })}
            emptyLabel={t('vacancies.noRequirement')}
            options={eqfLevels.map((l) => ({ value: String(l), label: t(`vacancies.eqf.${l}`) }))}
            error={errors.minEqfLevel}
          />
        </div>
      </div>
      <fieldset className="mb-4" aria-describedby={languageError ? 'vacancy-languages-error' : undefined}>
        <legend className="h6">{t('vacancies.fields.languages')}</legend>
        {values.languages.map((l, i) => (
          <div key={l.code} className="row g-3 align-items-end" data-testid="vacancy-language">
            <div className="col-md-4">
              <SelectField
                id={`language-${i}-code`}
                label={t('vacancies.language')}
                value={l.code}
                onChange={(code) =>
                  set({ languages: values.languages.map((x, j) => (j === i ? { ...x, code } : x)) })
                }
                options={LANGUAGE_CODES.map((c) => ({ value: c, label: t(`vacancies.languages.${c}`) }))}
              />
            </div>
            <div className="col-md-4">
              <SelectField
                id={`language-${i}-level`}
                label={t('vacancies.level')}
                value={l.level}
                onChange={(level) =>
                  set({ languages: values.languages.map((x, j) => (j === i ? { ...x, level } : x)) })
                }
                options={cefrLevels.map((c) => ({ value: c, label: c }))}
              />
            </div>
            <div className="col-md-4 rl-form-actions">
              <button
                type="button"
                className="btn btn-outline-danger"
                onClick={() => set({ languages: values.languages.filter((_, j) => j !== i) })}
              >
                {t('vacancies.removeLanguage')}
              </button>
            </div>
          </div>
        ))}
        {languageError ? (
          <div id="vacancy-languages-error" className="invalid-feedback d-block" role="alert">
            {languageError}
          </div>
        ) : null}
        <button
          type="button"
          className="btn btn-outline-primary btn-sm mt-2"
          onClick={() => {
            const code = LANGUAGE_CODES.find((c) => !values.languages.some((l) => l.code === c)) ?? 'it';
            set({ languages: [...values.languages, { code, level: 'B1' }] });
          }}
          data-testid="vacancy-language-add"
        >
          {t('vacancies.addLanguage')}
        </button>
      </fieldset>
      <fieldset className="mb-4" aria-describedby={licenceError ? 'vacancy-licences-error' : undefined}>
        <legend className="h6">{t('vacancies.fields.licences')}</legend>
        <div className="d-flex flex-wrap gap-3">
          {[...driving.items, ...other.items].map((l) => (
            <Checkbox
              key={l.code}
              id={`licence-${l.code}`}
              label={
                <span title={l.label}>
                  {l.code.length <= 3 ? `${t('vacancies.drivingLicence')} ${l.code}` : l.label}
                </span>
              }
              checked={values.licences.includes(l.code)}
              onChange={(on) => set({ licences: toggled(values.licences, l.code, on) })}
              testId={`vacancy-licence-${l.code}`}
            />
          ))}
        </div>
        {licenceError ? (
          <div id="vacancy-licences-error" className="invalid-feedback d-block" role="alert">
            {licenceError}
          </div>
        ) : null}
      </fieldset>
      <fieldset className="mb-4" aria-describedby={errors.reservedFor ? 'vacancy-reserved-error' : undefined}>
        <legend className="h6">{t('vacancies.fields.reservedFor')}</legend>
        <p className="small">{t('vacancies.reservedHint')}</p>
        <div className="d-flex flex-wrap gap-3">
          {reservations.map((r) => (
            <Checkbox
              key={r}
              id={`reserved-${r}`}
              label={t(`vacancies.reservations.${r}`)}
              checked={values.reservedFor.includes(r)}
              onChange={(on) => set({ reservedFor: toggled(values.reservedFor, r, on) })}
              testId={`vacancy-reserved-${r}`}
            />
          ))}
        </div>
        {errors.reservedFor ? (
          <div id="vacancy-reserved-error" className="invalid-feedback d-block" role="alert">
            {errors.reservedFor}
          </div>
        ) : null}
      </fieldset>
    </>
  );
}
