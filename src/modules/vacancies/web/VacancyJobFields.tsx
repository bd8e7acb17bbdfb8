// The job part of the vacancy editor: employer (operators pick one of theirs; an employer user's own company is
// implied), title and description, occupation (its ESCO skills are pre-filled on choice), contract, hours,
// workplace, positions and dates.
import { useTranslation } from 'react-i18next';
import { apiGet } from '../../../web/api/client.ts';
import { Autocomplete } from '../../../web/components/Autocomplete.tsx';
import { SelectField, TextField } from '../../../web/components/Field.tsx';
import { currentLanguage } from '../../../web/i18n.ts';
import { ComuneAutocomplete } from '../../network/web/ComuneAutocomplete.tsx';
import { ConceptAutocomplete } from '../../people/web/ConceptAutocomplete.tsx';
import { type EmployerOption, workingTimes } from '../contract.ts';
import { useCodeList } from './code-lists.ts';
import type { SkillChoice, VacancyFormValues } from './form-values.ts';
import { SkillsPicker } from './SkillsPicker.tsx';

type Props = {
  values: VacancyFormValues;
  set: (changes: Partial<VacancyFormValues>) => void;
  errors: Record<string, string>;
  /** Operators choose the employer when creating; employer users and edits do not. */
  pickEmployer: boolean;
};

type OccupationSkills = {
  essentialSkills: { uri: string; label: string }[];
  optionalSkills: { uri: string; label: string }[];
};

export function VacancyJobFields({ values, set, errors, pickEmployer }: Props) {
  const { t } = useTranslation();
  const contracts = useCodeList('co-contract');

  async function chooseOccupation(o: { uri: string; label: string } | null) {
    set({ occupation: o });
    if (!o) return;
    // The occupation's ESCO relations pre-fill the skills; the editor then keeps, toggles or removes them.
    const detail = await apiGet<OccupationSkills>('/taxonomy/occupation', {
      uri: o.uri,
      lang: currentLanguage(),
    });
    const skills: SkillChoice[] = [
      ...detail.essentialSkills.map((s) => ({ uri: s.uri, label: s.label, essential: true })),
      ...detail.optionalSkills.map((s) => ({ uri: s.uri, label: s.label, essential: false })),
    ];
    set({ occupation: o, skills, ...(values.title ? {} : { title: o.label }) });
  }

  return (
    <>
      {pickEmployer ? (
        <Autocomplete<EmployerOption>
          id="employerId"
          label={t('vacancies.fields.employer')}
          required
          valueText={values.employer?.name ?? ''}
          hasValue={Boolean(values.employer)}
          hint={t('vacancies.employerHint')}
          error={errors.employerId}
          testId="vacancy-employer"
          optionTestId="vacancy-employer-option"
          resultsText={(count) => t('vacancies.employerResults', { count })}
          queryKey={(q) => ['vacancy-employers', q]}
          fetchOptions={async (q) =>
            (await apiGet<{ items: EmployerOption[] }>('/vacancies/employer-options', { q })).items
          }
          keyOf={(e) => e.id}
          renderOption={(e) => `${e.name} (${e.taxCode})`}
          textOf={(e) => e.name}
          onPick={(e) => {
            const site = e.sites[0];
            set({
              employer: { id: e.id, name: e.name },
              ...(site && !values.siteComune
                ? {
                    siteComune: { code: site.comuneCode, name: site.comuneName },
                    siteAddress: site.address ?? '',
                  }
                : {}),
            });
          }}
          onClear={() => set({ employer: null })}
        />
      ) : null}
      <ConceptAutocomplete
        id="occupationUri"
        label={t('vacancies.fields.occupation')}
        kind="occupations"
        required
        value={values.occupation}
        onChange={(o) => void chooseOccupation(o)}
        error={errors.occupationUri}
        testId="vacancy-occupation"
      />
      <TextField
        id="title"
        label={t('vacancies.fields.title')}
        required
        value={values.title}
        onChange={(v) => set({ title: v })}
        error={errors.title}
        maxLength={160}
        testId="vacancy-title"
      />
      <div className="form-group">
        <label htmlFor="description" className="active">
          {t('vacancies.fields.description')}
        </label>
        <textarea
          id="description"
          className="form-control"
          rows={4}
          value={values.description}
          maxLength={5000}
          onChange={(e) => set({ description: e.target.value })}
          data-testid="vacancy-description"
        />
      </div>
      <SkillsPicker skills={values.skills} onChange={(skills) => set({ skills })} errors={errors} />
      <div className="row g-3">
        <div className="col-md-6">
          <SelectField
            id="contractType"
            label={t('vacancies.fields.contractType')}
            required
            value={values.contractType}
            onChange={(v) => set({ contractType: v })}
            emptyLabel={t('vacancies.choose')}
            options={contracts.items.map((c) => ({ value: c.code, label: `${c.label} (${c.code})` }))}
            error={errors.contractType}
            testId="vacancy-contract"
          />
        </div>
        <div className="col-md-3">
          <SelectField
            id="workingTime"
            label={t('vacancies.fields.workingTime')}
            required
            value={values.workingTime}
            onChange={(v) => set({ workingTime: v as VacancyFormValues['workingTime'] })}
            options={workingTimes.map((w) => ({ value: w, label: t(`vacancies.workingTimes.${w}`) }))}
            error={errors.workingTime}
            testId="vacancy-working-time"
          />
        </div>
        <div className="col-md-3">
          <TextField
            id="weeklyHours"
            label={t('vacancies.fields.weeklyHours')}
            type="number"
            inputMode="numeric"
            value={values.weeklyHours}
            onChange={(v) => set({ weeklyHours: v })}
            error={errors.weeklyHours}
            testId="vacancy-hours"
          />
        </div>
        <div className="col-md-6">
          <ComuneAutocomplete
            id="siteComuneCode"
            label={t('vacancies.fields.comune')}
            required
            value={values.siteComune}
            onChange={(c) => set({ siteComune: c })}
            error={errors.siteComuneCode}
            testId="vacancy-comune"
          />
        </div>
        <div className="col-md-6">
          <TextField
            id="siteAddress"
            label={t('vacancies.fields.siteAddress')}
            value={values.siteAddress}
            onChange={(v) => set({ siteAddress: v })}
            error={errors.siteAddress}
          />
        </div>
        <div className="col-md-4">
          <TextField
            id="positions"
            label={t('vacancies.fields.positions')}
            type="number"
            inputMode="numeric"
            required
            value={values.positions}
            onChange={(v) => set({ positions: v })}
            error={errors.positions}
            testId="vacancy-positions"
          />
        </div>
        <div className="col-md-4">
          <TextField
            id="deadline"
            label={t('vacancies.fields.deadline')}
            type="date"
            value={values.deadline}
            onChange={(v) => set({ deadline: v })}
            error={errors.deadline}
            testId="vacancy-deadline"
          />
        </div>
        <div className="col-md-4">
          <TextField
            id="startDate"
            label={t('vacancies.fields.startDate')}
            type="date"
            value={values.startDate}
            onChange={(v) => set({ startDate: v })}
            error={errors.startDate}
            testId="vacancy-start"
          />
        </div>
      </div>
    </>
  );
}
