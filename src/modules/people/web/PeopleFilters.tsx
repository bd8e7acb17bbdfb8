// The filter form of the Banca Dati Lavoro search. The applied filters live in the URL (PeoplePage); this form
// is re-mounted when they change, so it only keeps what is being typed. Comune names travel in the URL beside the
// codes (comuneName, nearComuneName) so the autocomplete shows a name, not a code, after a reload.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox, SelectField, TextField } from '../../../web/components/Field.tsx';
import { type FieldErrors, validate } from '../../../web/forms.ts';
import { ComuneAutocomplete, type ComuneValue } from '../../network/web/ComuneAutocomplete.tsx';
import { employmentStatuses, type ReadPurpose } from '../contract.ts';
import { searchFilters, searchTargetGroups } from '../search-contract.ts';
import { toggle } from './form-values.ts';
import { PurposeSelect } from './shared.tsx';

/** The filters the API takes (also what a saved search keeps). */
export const filterKeys = [
  'q',
  'comuneCodes',
  'status',
  'targetGroups',
  'ageMin',
  'ageMax',
  'nearComune',
  'withinKm',
] as const;
export type Filters = Record<(typeof filterKeys)[number], string>;
export type ComuneNames = { comuneName?: string | undefined; nearComuneName?: string | undefined };

export function filtersOf(params: URLSearchParams): Filters {
  return Object.fromEntries(filterKeys.map((k) => [k, params.get(k) ?? ''])) as Filters;
}

const comuneOf = (code: string, name: string | null): ComuneValue =>
  code ? { code, name: name ?? code } : null;

type Props = {
  params: URLSearchParams;
  purpose: ReadPurpose | null;
  onPurpose: (purpose: ReadPurpose | null) => void;
  onApply: (filters: Partial<Filters>, names?: ComuneNames) => void;
};

export function PeopleFilters({ params, purpose, onPurpose, onApply }: Props) {
  const { t } = useTranslation();
  const [form, setForm] = useState<Filters>(() => filtersOf(params));
  const [comune, setComune] = useState(() => comuneOf(form.comuneCodes, params.get('comuneName')));
  const [near, setNear] = useState(() => comuneOf(form.nearComune, params.get('nearComuneName')));
  const [errors, setErrors] = useState<FieldErrors>({});
  const set = (key: keyof Filters) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const groups = form.targetGroups ? form.targetGroups.split(',') : [];

  function submit(e: FormEvent) {
    e.preventDefault();
    const next = {
      ...form,
      q: form.q.trim(),
      comuneCodes: comune?.code ?? '',
      nearComune: near?.code ?? '',
      withinKm: form.withinKm.trim(),
    };
    const checked = validate(searchFilters, Object.fromEntries(Object.entries(next).filter(([, v]) => v)), t);
    const errs = checked.ok ? {} : checked.errors;
    if (errs.ageMax && next.ageMin && next.ageMax && Number(next.ageMin) > Number(next.ageMax))
      errs.ageMax = t('people.ageRange');
    setErrors(errs);
    if (checked.ok) onApply(next, { comuneName: comune?.name, nearComuneName: near?.name });
  }

  return (
    <form onSubmit={submit} aria-label={t('people.filters')} className="row g-3 align-items-end" noValidate>
      <div className="col-md-6 col-lg-4">
        <PurposeSelect id="people-purpose" value={purpose ?? ''} onChange={(p) => onPurpose(p || null)} />
      </div>
      <div className="col-md-6 col-lg-8">
        <TextField
          id="people-q"
          label={t('people.search')}
          hint={t('people.searchHint')}
          type="search"
          value={form.q}
          onChange={set('q')}
          testId="people-search"
        />
      </div>
      <div className="col-md-6 col-lg-4">
        <ComuneAutocomplete
          id="people-comune"
          label={t('people.fields.residenceComune')}
          value={comune}
          onChange={setComune}
          testId="people-comune"
        />
      </div>
      <div className="col-md-6 col-lg-4">
        <SelectField
          id="people-status"
          label={t('people.fields.employmentStatus')}
          value={form.status}
          onChange={set('status')}
          emptyLabel={t('common.all')}
          options={employmentStatuses.map((s) => ({ value: s, label: t(`people.statuses.${s}`) }))}
          testId="people-status"
        />
      </div>
      <div className="col-6 col-lg-2">
        <TextField
          id="people-age-min"
          label={t('people.ageMin')}
          type="number"
          inputMode="numeric"
          value={form.ageMin}
          onChange={set('ageMin')}
          error={errors.ageMin}
          extra={{ min: '14', max: '100' }}
        />
      </div>
      <div className="col-6 col-lg-2">
        <TextField
          id="people-age-max"
          label={t('people.ageMax')}
          type="number"
          inputMode="numeric"
          value={form.ageMax}
          onChange={set('ageMax')}
          error={errors.ageMax}
          extra={{ min: '14', max: '100' }}
        />
      </div>
      <fieldset className="col-12 row g-3 mx-0 px-0" data-testid="people-distance">
        <legend className="h6">{t('people.distance.legend')}</legend>
        <div className="col-6 col-lg-2">
          <TextField
            id="people-within-km"
            label={t('people.distance.km')}
            type="number"
            inputMode="numeric"
            value={form.withinKm}
            onChange={set('withinKm')}
            error={errors.withinKm}
            extra={{ min: '1', max: '300' }}
            testId="people-within-km"
          />
        </div>
        <div className="col-md-6 col-lg-4">
          <ComuneAutocomplete
            id="people-near-comune"
            label={t('people.distance.from')}
            value={near}
            onChange={setNear}
            error={errors.nearComune}
            testId="people-near-comune"
          />
        </div>
      </fieldset>
      <fieldset className="col-12">
        <legend className="h6">{t('people.targetGroups')}</legend>
        <div className="d-flex flex-wrap column-gap-4">
          {searchTargetGroups.map((g) => (
            <Checkbox
              key={g}
              id={`people-group-${g}`}
              label={t(`people.groups.${g}`)}
              checked={groups.includes(g)}
              onChange={(on) => set('targetGroups')(toggle(groups, g, on).join(','))}
              testId={`people-group-${g}`}
            />
          ))}
        </div>
      </fieldset>
      <div className="col-12 rl-form-actions d-flex gap-2">
        <button type="submit" className="btn btn-primary" data-testid="people-search-submit">
          {t('common.search')}
        </button>
        <button type="button" className="btn btn-outline-secondary" onClick={() => onApply({})}>
          {t('common.reset')}
        </button>
      </div>
    </form>
  );
}
