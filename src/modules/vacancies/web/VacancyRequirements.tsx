// What a vacancy asks of candidates, as a reader sees it: description, essential and optional skills, experience,
// education, languages, licences, reservations, workplace and dates. Used by the detail page and the public page.
import { useTranslation } from 'react-i18next';
import type { PublicVacancyView } from '../contract.ts';

type Shown = Pick<
  PublicVacancyView,
  | 'description'
  | 'essentialSkills'
  | 'optionalSkills'
  | 'minExperienceMonths'
  | 'minEqfLevel'
  | 'languages'
  | 'licences'
  | 'reservedFor'
  | 'siteComuneName'
  | 'siteAddress'
  | 'startDate'
>;

export function VacancyRequirements({ vacancy: v }: { vacancy: Shown }) {
  const { t } = useTranslation();
  return (
    <div data-testid="vacancy-requirements">
      {v.description ? <p className="rl-pre-line">{v.description}</p> : null}
      <h3 className="h5">{t('vacancies.skills.essentialTitle')}</h3>
      {v.essentialSkills.length ? (
        <ul data-testid="vacancy-essential-skills">
          {v.essentialSkills.map((s) => (
            <li key={s.uri}>{s.label}</li>
          ))}
        </ul>
      ) : (
        <p>{t('vacancies.noRequirement')}</p>
      )}
      {v.optionalSkills.length ? (
        <>
          <h3 className="h5">{t('vacancies.skills.optionalTitle')}</h3>
          <ul>
            {v.optionalSkills.map((s) => (
              <li key={s.uri}>{s.label}</li>
            ))}
          </ul>
        </>
      ) : null}
      <dl className="row">
        <dt className="col-sm-3">{t('vacancies.fields.minExperienceMonths')}</dt>
        <dd className="col-sm-9">
          {v.minExperienceMonths
            ? t('vacancies.months', { count: v.minExperienceMonths })
            : t('vacancies.noRequirement')}
        </dd>
        <dt className="col-sm-3">{t('vacancies.fields.minEqfLevel')}</dt>
        <dd className="col-sm-9">
          {v.minEqfLevel ? t(`vacancies.eqf.${v.minEqfLevel}`) : t('vacancies.noRequirement')}
        </dd>
        <dt className="col-sm-3">{t('vacancies.fields.languages')}</dt>
        <dd className="col-sm-9">
          {v.languages.length
            ? v.languages
                .map((l) => `${t(`vacancies.languages.${l.code}`, { defaultValue: l.code })} ${l.level}`)
                .join(', ')
            : t('vacancies.noRequirement')}
        </dd>
        <dt className="col-sm-3">{t('vacancies.fields.licences')}</dt>
        <dd className="col-sm-9">
          {v.licences.length ? v.licences.join(', ') : t('vacancies.noRequirement')}
        </dd>
        {v.reservedFor.length ? (
          <>
            <dt className="col-sm-3">{t('vacancies.fields.reservedFor')}</dt>
            <dd className="col-sm-9">
              {v.reservedFor.map((r) => t(`vacancies.reservations.${r}`)).join(', ')}
            </dd>
          </>
        ) : null}
        <dt className="col-sm-3">{t('vacancies.fields.workplace')}</dt>
        <dd className="col-sm-9">
          {v.siteComuneName}
          {v.siteAddress ? `, ${v.siteAddress}` : ''}
        </dd>
        <dt className="col-sm-3">{t('vacancies.fields.startDate')}</dt>
        <dd className="col-sm-9">{v.startDate ?? '—'}</dd>
      </dl>
    </div>
  );
}
