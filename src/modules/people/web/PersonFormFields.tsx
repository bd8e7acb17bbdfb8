// The registration form's fieldsets, following the sections of the Scheda Anagrafico-Professionale (SAP).
import { useTranslation } from 'react-i18next';
import { Checkbox, SelectField, TextField } from '../../../web/components/Field.tsx';
import type { FieldErrors } from '../../../web/forms.ts';
import { ComuneAutocomplete } from '../../network/web/ComuneAutocomplete.tsx';
import { employmentStatuses, incomeSupportKinds, shiftKinds, workingTimes } from '../contract.ts';
import { declarableGroups } from '../domain/target-groups.ts';
import { type PersonValues, toggle } from './form-values.ts';
import { useCodeList } from './shared.tsx';

type Set = <K extends keyof PersonValues>(key: K) => (value: PersonValues[K]) => void;
type Props = {
  values: PersonValues;
  set: Set;
  errors: FieldErrors;
  subdivisions: { id: string; name: string }[];
  onBirthDateBlur: () => void;
};

function errorOf(errors: FieldErrors, key: string): string | undefined {
  return errors[key] ?? Object.entries(errors).find(([k]) => k.startsWith(`${key}.`))?.[1];
}

type GroupProps = {
  id: string;
  legend: string;
  options: { value: string; label: string }[];
  value: string[];
  onChange: (value: string[]) => void;
  error?: string | undefined;
  scroll?: boolean;
};

/** A multiple choice as a fieldset of checkboxes. */
export function CheckboxGroup({ id, legend, options, value, onChange, error, scroll }: GroupProps) {
  return (
    <fieldset className="mb-3" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="h6 mb-2">{legend}</legend>
      <div className={scroll ? 'rl-checkbox-scroll' : 'd-flex flex-wrap column-gap-4'}>
        {options.map((o) => (
          <Checkbox
            key={o.value}
            id={`${id}-${o.value.replace(/[^a-zA-Z0-9_-]/g, '-')}`}
            label={o.label}
            checked={value.includes(o.value)}
            onChange={(on) => onChange(toggle(value, o.value, on))}
            testId={`${id}-${o.value}`}
          />
        ))}
      </div>
      {error ? (
        <div id={`${id}-error`} className="invalid-feedback d-block" role="alert">
          {error}
        </div>
      ) : null}
    </fieldset>
  );
}

export function PersonFormFields({ values, set, errors, subdivisions, onBirthDateBlur }: Props) {
  const { t } = useTranslation();
  const contracts = useCodeList('co-contract');
  const text = (
    key: keyof PersonValues & keyof FieldErrors,
    extra: Partial<Parameters<typeof TextField>[0]> = {},
  ) => (
    <TextField
      id={`person-${key}`}
      label={t(`people.fields.${key}`)}
      value={values[key] as string}
      onChange={set(key) as (v: string) => void}
      error={errors[key]}
      {...extra}
    />
  );
  return (
    <>
      <fieldset className="mb-4">
        <legend className="h4">{t('people.sections.identity')}</legend>
        <div className="row">
          <div className="col-md-6">
            {text('taxCode', {
              required: true,
              maxLength: 16,
              hint: t('people.taxCodeHint'),
              testId: 'person-tax-code',
              extra: { autoCapitalize: 'characters', spellCheck: false },
            })}
          </div>
          <div className="col-md-6">
            <SelectField
              id="person-sex"
              label={t('people.fields.sex')}
              value={values.sex}
              onChange={set('sex')}
              options={['F', 'M'].map((s) => ({ value: s, label: t(`people.sex.${s}`) }))}
              emptyLabel={t('common.choose')}
              error={errors.sex}
              required
              testId="person-sex"
            />
          </div>
          <div className="col-md-6">
            {text('givenName', { required: true, maxLength: 100, testId: 'person-given-name' })}
          </div>
          <div className="col-md-6">
            {text('familyName', { required: true, maxLength: 100, testId: 'person-family-name' })}
          </div>
          <div className="col-md-6">
            {text('birthDate', {
              type: 'date',
              required: true,
              testId: 'person-birth-date',
              onBlur: onBirthDateBlur,
            })}
          </div>
          <div className="col-md-6">
            {text('citizenship', {
              maxLength: 2,
              hint: t('people.countryHint'),
              testId: 'person-citizenship',
            })}
          </div>
          <div className="col-12">
            <Checkbox
              id="person-born-in-italy"
              label={t('people.fields.bornInItaly')}
              checked={values.bornInItaly}
              onChange={set('bornInItaly')}
              testId="person-born-in-italy"
              toggle
            />
          </div>
          <div className="col-md-6">
            {values.bornInItaly ? (
              <ComuneAutocomplete
                id="person-birth-comune"
                label={t('people.fields.birthComune')}
                value={values.birthComune}
                onChange={set('birthComune')}
                error={errors.birthComuneCode}
                required
                testId="person-birth-comune"
              />
            ) : (
              text('birthCountry', {
                required: true,
                maxLength: 2,
                hint: t('people.countryHint'),
                testId: 'person-birth-country',
              })
            )}
          </div>
        </div>
      </fieldset>
      <fieldset className="mb-4">
        <legend className="h4">{t('people.sections.residence')}</legend>
        <div className="row">
          <div className="col-md-6">
            <ComuneAutocomplete
              id="person-residence-comune"
              label={t('people.fields.residenceComune')}
              value={values.residenceComune}
              onChange={(c) => {
                set('residenceComune')(c);
                set('residenceSubdivisionId')('');
              }}
              error={errors.residenceComuneCode}
              required
              testId="person-residence-comune"
            />
          </div>
          <div className="col-md-6">
            {subdivisions.length > 0 ? (
              <SelectField
                id="person-subdivision"
                label={t('people.fields.residenceSubdivision')}
                value={values.residenceSubdivisionId}
                onChange={set('residenceSubdivisionId')}
                options={subdivisions.map((s) => ({ value: s.id, label: s.name }))}
                emptyLabel={t('common.none')}
                error={errors.residenceSubdivisionId}
                testId="person-subdivision"
              />
            ) : null}
          </div>
          <div className="col-md-8">
            {text('address', { maxLength: 200, autoComplete: 'street-address', testId: 'person-address' })}
          </div>
          <div className="col-md-4">
            {text('postcode', { maxLength: 5, inputMode: 'numeric', autoComplete: 'postal-code' })}
          </div>
          <div className="col-md-6">
            {text('email', { type: 'email', maxLength: 200, autoComplete: 'email', testId: 'person-email' })}
          </div>
          <div className="col-md-6">
            {text('phone', { type: 'tel', maxLength: 40, autoComplete: 'tel', testId: 'person-phone' })}
          </div>
        </div>
      </fieldset>
      <fieldset className="mb-4">
        <legend className="h4">{t('people.sections.administrative')}</legend>
        <div className="row">
          <div className="col-md-6">
            <SelectField
              id="person-status"
              label={t('people.fields.employmentStatus')}
              value={values.employmentStatus}
              onChange={set('employmentStatus')}
              options={employmentStatuses.map((s) => ({ value: s, label: t(`people.statuses.${s}`) }))}
              emptyLabel={t('common.choose')}
              error={errors.employmentStatus}
              required
              testId="person-status"
            />
          </div>
          <div className="col-md-3">{text('didDate', { type: 'date', hint: t('people.didHint') })}</div>
          <div className="col-md-3">{text('unemployedSince', { type: 'date' })}</div>
        </div>
        <CheckboxGroup
          id="person-income-support"
          legend={t('people.fields.incomeSupport')}
          options={incomeSupportKinds.map((k) => ({ value: k, label: t(`people.incomeSupport.${k}`) }))}
          value={values.incomeSupport}
          onChange={set('incomeSupport')}
          error={errorOf(errors, 'incomeSupport')}
        />
        <CheckboxGroup
          id="person-declared"
          legend={t('people.fields.declaredGroups')}
          options={declarableGroups.map((g) => ({ value: g, label: t(`people.groups.${g}`) }))}
          value={values.declaredGroups}
          onChange={set('declaredGroups')}
          error={errorOf(errors, 'declaredGroups')}
        />
      </fieldset>
      <fieldset className="mb-4">
        <legend className="h4">{t('people.sections.availability')}</legend>
        <div className="row">
          <div className="col-md-4">{text('availableFrom', { type: 'date' })}</div>
          <div className="col-md-4">
            {text('maxCommuteKm', { type: 'number', inputMode: 'numeric', extra: { min: '0', max: '500' } })}
          </div>
          <div className="col-md-4 rl-form-actions">
            <Checkbox
              id="person-own-vehicle"
              label={t('people.fields.ownVehicle')}
              checked={values.ownVehicle}
              onChange={set('ownVehicle')}
              testId="person-own-vehicle"
              toggle
            />
          </div>
        </div>
        <CheckboxGroup
          id="person-contract"
          legend={t('people.fields.contractTypes')}
          options={(contracts.data?.items ?? []).map((c) => ({
            value: c.code,
            label: `${c.label} (${c.code})`,
          }))}
          value={values.contractTypes}
          onChange={set('contractTypes')}
          error={errorOf(errors, 'contractTypes')}
          scroll
        />
        <CheckboxGroup
          id="person-working-time"
          legend={t('people.fields.workingTimes')}
          options={workingTimes.map((w) => ({ value: w, label: t(`people.workingTimes.${w}`) }))}
          value={values.workingTimes}
          onChange={set('workingTimes')}
          error={errorOf(errors, 'workingTimes')}
        />
        <CheckboxGroup
          id="person-shift"
          legend={t('people.fields.shifts')}
          options={shiftKinds.map((s) => ({ value: s, label: t(`people.shifts.${s}`) }))}
          value={values.shifts}
          onChange={set('shifts')}
          error={errorOf(errors, 'shifts')}
        />
      </fieldset>
    </>
  );
}
