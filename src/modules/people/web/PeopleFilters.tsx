// The filter form of the Banca Dati Lavoro search. The applied filters live in the URL (PeoplePage); this form
// is re-mounted when they change, so it only keeps what is being typed. Comune names travel in the URL beside the
// codes (comuneName, nearComuneName) so the autocomplete shows a name, not a code, after a reload; the same for
// occupation and skill labels (PeopleMoreFilters). Server field errors (`serverErrors`) show beside their field.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox, SelectField, TextField } from '../../../web/components/Field.tsx';
import { type FieldErrors, validate } from '../../../web/forms.ts';
import { ComuneAutocomplete, type ComuneValue } from '../../network/web/ComuneAutocomplete.tsx';
import { employmentStatuses, type ReadPurpose } from '../contract.ts';
import { searchFilters, searchTargetGroups } from '../search-contract.ts';
import { toggle } from './form-values.ts';
import { conceptLabels, conceptsOf, moreFilterKeys, PeopleMoreFilters } from './PeopleMoreFilters.tsx';
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
  ...moreFilterKeys,
] as const;
export type Filters = Record<(typeof filterKeys)[number], string>;
/** Names and labels kept in the URL beside the codes, for display only (never sent to the API). */
export const labelKeys = ['comuneName', 'nearComuneName', 'occupationLabel', 'skillLabels'] as const;
export type FilterLabels = Partial<Record<(typeof labelKeys)[number], string | undefined>>;

export function filtersOf(params: URLSearchParams): Filters {
  return Object.fromEntries(filterKeys.map((k) => [k, params.get(k) ?? ''])) as Filters;
}

/** Field errors by filter name: "querystring.licences.0" (server) or "skillUris.1" (zod) → its filter. */
export function errorsByFilter(errors: FieldErrors): FieldErrors {
  const out: FieldErrors = {};
  for (const [field, message] of Object.entries(errors)) {
    const key = field.replace(/^(querystring|filters)\./, '').split('.')[0] ?? field;
    out[key] ??= message;
  }
  return out;
}

const comuneOf = (code: string, name: string | null): ComuneValue =>
  code ? { code, name: name ?? code } : null;

type Props = {
  params: URLSearchParams;
  purpose: ReadPurpose | null;
  onPurpose: (purpose: ReadPurpose | null) => void;
  onApply: (filters: Partial<Filters>, labels?: FilterLabels) => void;
  /** The server's field errors on the applied filters (problem+json). */
  serverErrors?: FieldErrors;
};

export function PeopleFilters({ params, purpose, onPurpose, onApply, serverErrors = {} }: Props) {
  const { t } = useTranslation();
  const [form, setForm] = useState<Filters>(() => filtersOf(params));
  const [comune, setComune] = useState(() => comuneOf(form.comuneCodes, params.get('comuneName')));
  const [near, setNear] = useState(() => comuneOf(form.nearComune, params.get('nearComuneName')));
  const [occupation, setOccupation] = useState(() => conceptsOf(params).occupation);
  const [skills, setSkills] = useState(() => conceptsOf(params).skills);
  const [clientErrors, setErrors] = useState<FieldErrors>({});
  const errors = { ...errorsByFilter(serverErrors), ...clientErrors };
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
      occupationUri: occupation?.uri ?? '',
      iscoPrefix: form.iscoPrefix.trim(),
      skillUris: skills.map((s) => s.uri).join(','),
      language: form.language.trim().toLowerCase(),
    };
    const checked = validate(searchFilters, Object.fromEntries(Object.entries(next).filter(([, v]) => v)), t);
    const errs = errorsByFilter(checked.ok ? {} : checked.errors);
    if (errs.ageMax && next.ageMin && next.ageMax && Number(next.ageMin) > Number(next.ageMax))
      errs.ageMax = t('people.ageRange');
    if (next.languageLevel && !next.language) errs.language = t('people.more.languageNeeded');
    setErrors(errs);
    if (Object.keys(errs).length > 0) return;
    const labels = { comuneName: comune?.name, nearComuneName: near?.name };
    onApply(next, { ...labels, ...conceptLabels(occupation, skills) });
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
      <PeopleMoreFilters
        form={form}
        set={set}
        errors={errors}
        occupation={occupation}
        onOccupation={setOccupation}
        skills={skills}
        onSkills={setSkills}
      />
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
