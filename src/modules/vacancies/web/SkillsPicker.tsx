// The skills of a vacancy: pre-filled from the chosen occupation's ESCO relations (essential / optional), each
// with a toggle between essential and optional and a remove button; more skills can be added from the taxonomy.
import { useTranslation } from 'react-i18next';
import { Checkbox } from '../../../web/components/Field.tsx';
import { ConceptAutocomplete } from '../../people/web/ConceptAutocomplete.tsx';
import type { SkillChoice } from './form-values.ts';

type Props = {
  skills: SkillChoice[];
  onChange: (skills: SkillChoice[]) => void;
  errors: Record<string, string>;
};

export function SkillsPicker({ skills, onChange, errors }: Props) {
  const { t } = useTranslation();
  // Errors name the list (a contradiction) or one entry of it (essentialSkills.2: not in the taxonomy).
  const error = Object.entries(errors).find(
    ([field]) => field.startsWith('essentialSkills') || field.startsWith('optionalSkills'),
  )?.[1];
  return (
    <fieldset className="mb-4" aria-describedby={error ? 'vacancy-skills-error' : undefined}>
      <legend className="h5">{t('vacancies.skills.title')}</legend>
      <p className="small">{t('vacancies.skills.hint')}</p>
      {skills.length === 0 ? <p data-testid="vacancy-skills-empty">{t('vacancies.skills.none')}</p> : null}
      <ul className="list-unstyled" data-testid="vacancy-skills">
        {skills.map((s, i) => (
          <li
            key={s.uri}
            className="d-flex flex-wrap align-items-center gap-3 mb-2"
            data-testid="vacancy-skill"
          >
            <span className="flex-grow-1">{s.label}</span>
            <Checkbox
              id={`skill-essential-${i}`}
              label={t('vacancies.skills.essential')}
              checked={s.essential}
              toggle
              onChange={(essential) =>
                onChange(skills.map((x) => (x.uri === s.uri ? { ...x, essential } : x)))
              }
              testId="vacancy-skill-essential"
            />
            <button
              type="button"
              className="btn btn-sm btn-outline-danger"
              onClick={() => onChange(skills.filter((x) => x.uri !== s.uri))}
            >
              {t('vacancies.skills.remove')}
              <span className="visually-hidden">: {s.label}</span>
            </button>
          </li>
        ))}
      </ul>
      {error ? (
        <div id="vacancy-skills-error" className="invalid-feedback d-block" role="alert">
          {error}
        </div>
      ) : null}
      <ConceptAutocomplete
        id="vacancy-skill-add"
        label={t('vacancies.skills.add')}
        kind="skills"
        value={null}
        resetOnPick
        onChange={(c) => {
          if (c && !skills.some((s) => s.uri === c.uri))
            onChange([...skills, { uri: c.uri, label: c.label, essential: false }]);
        }}
        testId="vacancy-skill-add"
      />
    </fieldset>
  );
}
