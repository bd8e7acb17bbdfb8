// "More filters" of the Banca Dati Lavoro search, in a native <details> (exposed as an expandable button) that is
// open when one of them is set or has an error: occupation and ISCO group, skills, driving licences, language and
// level, minimum education, availability date and own vehicle. Occupation and skill labels travel in the URL
// beside the URIs (occupationLabel, skillLabels) so a reload shows names; a saved search keeps only the URIs, the
// occupation's label is then fetched again (skills show their URI).
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiGet } from '../../../web/api/client.ts';
import { Checkbox, SelectField, TextField } from '../../../web/components/Field.tsx';
import type { FieldErrors } from '../../../web/forms.ts';
import { currentLanguage } from '../../../web/i18n.ts';
import type { OccupationDetail } from '../../taxonomy/contract.ts';
import { cefrLevels } from '../search-contract.ts';
import { ConceptAutocomplete, type ConceptValue } from './ConceptAutocomplete.tsx';
import { toggle } from './form-values.ts';
import type { Filters } from './PeopleFilters.tsx';
import { type Concept, SkillsFilter } from './SkillsFilter.tsx';
import { CodeListSelect, useCodeList } from './shared.tsx';

export const moreFilterKeys = [
  'occupationUri',
  'iscoPrefix',
  'skillUris',
  'licences',
  'language',
  'languageLevel',
  'educationMin',
  'availableBy',
  'ownVehicle',
] as const;

/** Skill labels in the URL: one string, '|' between labels (labels never need it). */
const LABEL_SEPARATOR = '|';

/** The chosen occupation and skills with their labels, from the URL (a missing label shows the URI). */
export function conceptsOf(params: URLSearchParams): { occupation: ConceptValue; skills: Concept[] } {
  const uri = params.get('occupationUri');
  const uris = (params.get('skillUris') ?? '').split(',').filter(Boolean);
  const labels = (params.get('skillLabels') ?? '').split(LABEL_SEPARATOR);
  return {
    occupation: uri ? { uri, label: params.get('occupationLabel') || uri } : null,
    skills: uris.map((u, i) => ({ uri: u, label: (uris.length === labels.length && labels[i]) || u })),
  };
}

/** The labels to keep in the URL beside the URIs. */
export function conceptLabels(occupation: ConceptValue, skills: Concept[]) {
  return {
    occupationLabel: occupation && occupation.label !== occupation.uri ? occupation.label : undefined,
    skillLabels: skills.length
      ? skills.map((s) => s.label.replaceAll(LABEL_SEPARATOR, '/')).join(LABEL_SEPARATOR)
      : undefined,
  };
}

type Props = {
  form: Filters;
  set: (key: keyof Filters) => (value: string) => void;
  errors: FieldErrors;
  occupation: ConceptValue;
  onOccupation: (value: ConceptValue) => void;
  skills: Concept[];
  onSkills: (skills: Concept[]) => void;
};

export function PeopleMoreFilters({ form, set, errors, occupation, onOccupation, skills, onSkills }: Props) {
  const { t } = useTranslation();
  const active = moreFilterKeys.filter((k) => form[k]).length;
  const hasError = moreFilterKeys.some((k) => errors[k]);
  const [open, setOpen] = useState(active > 0);
  useEffect(() => {
    if (hasError) setOpen(true);
  }, [hasError]);
  const licenceList = useCodeList('driving-licence');
  const licences = form.licences ? form.licences.split(',') : [];
  // A saved search keeps the occupation's URI only: its label is asked to the taxonomy.
  const unlabelled = occupation && occupation.label === occupation.uri ? occupation.uri : null;
  const lang = currentLanguage();
  const detail = useQuery({
    queryKey: ['taxonomy', 'occupation', unlabelled, lang],
    queryFn: () => apiGet<OccupationDetail>('/taxonomy/occupation', { uri: unlabelled, lang }),
    enabled: Boolean(unlabelled),
    staleTime: 5 * 60_000,
  });
  useEffect(() => {
    if (detail.data && detail.data.uri === unlabelled)
      onOccupation({ uri: unlabelled, label: detail.data.label });
  }, [detail.data, unlabelled, onOccupation]);

  return (
    <details
      className="col-12 mb-3"
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
      data-testid="people-more"
    >
      <summary className="h6 text-primary mb-3" data-testid="people-more-toggle">
        {t('people.more.title')}
        {active > 0 ? ` (${t('people.more.active', { count: active })})` : null}
      </summary>
      <div className="row g-3">
        <fieldset className="col-12 row g-3 mx-0 px-0">
          <legend className="h6">{t('people.more.work')}</legend>
          <div className="col-md-8 col-lg-6">
            <ConceptAutocomplete
              id="people-occupation"
              label={t('people.more.occupation')}
              kind="occupations"
              value={occupation}
              onChange={onOccupation}
              error={errors.occupationUri}
              testId="people-occupation"
            />
          </div>
          <div className="col-md-4 col-lg-3">
            <TextField
              id="people-isco"
              label={t('people.more.isco')}
              hint={t('people.more.iscoHint')}
              inputMode="numeric"
              maxLength={4}
              value={form.iscoPrefix}
              onChange={set('iscoPrefix')}
              error={errors.iscoPrefix}
              testId="people-isco"
            />
          </div>
          <div className="col-md-8 col-lg-6">
            <SkillsFilter id="people-skills" skills={skills} onChange={onSkills} error={errors.skillUris} />
          </div>
        </fieldset>
        <fieldset
          className="col-12"
          aria-describedby={errors.licences ? 'people-licences-error' : undefined}
          data-testid="people-licences"
        >
          <legend className="h6">{t('people.more.licences')}</legend>
          <div className="d-flex flex-wrap column-gap-4">
            {(licenceList.data?.items ?? []).map((l) => (
              <Checkbox
                key={l.code}
                id={`people-licence-${l.code}`}
                label={l.label}
                checked={licences.includes(l.code)}
                onChange={(on) => set('licences')(toggle(licences, l.code, on).join(','))}
                testId={`people-licence-${l.code}`}
              />
            ))}
          </div>
          {errors.licences ? (
            <div id="people-licences-error" className="invalid-feedback d-block" role="alert">
              {errors.licences}
            </div>
          ) : null}
        </fieldset>
        <fieldset className="col-12 row g-3 mx-0 px-0">
          <legend className="h6">{t('people.more.languageLegend')}</legend>
          <div className="col-md-6 col-lg-3">
            <TextField
              id="people-language"
              label={t('people.more.language')}
              hint={t('people.more.languageHint')}
              maxLength={2}
              value={form.language}
              onChange={set('language')}
              error={errors.language}
              extra={{ autoCapitalize: 'none', spellCheck: false }}
              testId="people-language"
            />
          </div>
          <div className="col-md-6 col-lg-3">
            <SelectField
              id="people-language-level"
              label={t('people.more.languageLevel')}
              hint={t('people.more.languageLevelHint')}
              value={form.languageLevel}
              onChange={set('languageLevel')}
              emptyLabel={t('people.more.any')}
              options={cefrLevels.map((l) => ({ value: l, label: l }))}
              error={errors.languageLevel}
              testId="people-language-level"
            />
          </div>
        </fieldset>
        <fieldset className="col-12 row g-3 mx-0 px-0">
          <legend className="h6">{t('people.more.educationAvailability')}</legend>
          <div className="col-md-6 col-lg-4">
            <CodeListSelect
              id="people-education-min"
              scheme="sap-education"
              label={t('people.more.educationMin')}
              hint={t('people.more.educationMinHint')}
              value={form.educationMin}
              onChange={set('educationMin')}
              emptyLabel={t('people.more.any')}
              error={errors.educationMin}
              testId="people-education-min"
            />
          </div>
          <div className="col-md-6 col-lg-4">
            <TextField
              id="people-available-by"
              label={t('people.more.availableBy')}
              hint={t('people.more.availableByHint')}
              type="date"
              value={form.availableBy}
              onChange={set('availableBy')}
              error={errors.availableBy}
              testId="people-available-by"
            />
          </div>
          <div className="col-md-6 col-lg-4">
            <SelectField
              id="people-own-vehicle"
              label={t('people.more.ownVehicle')}
              value={form.ownVehicle}
              onChange={set('ownVehicle')}
              emptyLabel={t('people.more.any')}
              options={[
                { value: 'true', label: t('common.yes') },
                { value: 'false', label: t('common.no') },
              ]}
              error={errors.ownVehicle}
              testId="people-own-vehicle"
            />
          </div>
        </fieldset>
      </div>
    </details>
  );
}
