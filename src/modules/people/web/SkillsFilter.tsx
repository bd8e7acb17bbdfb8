// The skills filter of the Banca Dati Lavoro search: several ESCO skills (all required), picked one by one with the
// taxonomy autocomplete and shown as removable chips.
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../web/components/Icon.tsx';
import { ConceptAutocomplete } from './ConceptAutocomplete.tsx';

export type Concept = { uri: string; label: string };

/** The most skills one search takes (as the search contract). */
const MAX_SKILLS = 20;

type Props = {
  id: string;
  skills: Concept[];
  onChange: (skills: Concept[]) => void;
  error?: string | undefined;
};

export function SkillsFilter({ id, skills, onChange, error }: Props) {
  const { t } = useTranslation();
  const listId = `${id}-chosen`;

  function remove(uri: string) {
    onChange(skills.filter((s) => s.uri !== uri));
    // The removed chip's button is gone: keyboard users go back to the input.
    document.getElementById(id)?.focus();
  }

  return (
    <div data-testid="people-skills">
      <ConceptAutocomplete
        id={id}
        label={t('people.more.skills')}
        kind="skills"
        value={null}
        resetOnPick
        onChange={(c) => {
          if (c && !skills.some((s) => s.uri === c.uri) && skills.length < MAX_SKILLS)
            onChange([...skills, c]);
        }}
        error={error}
        testId="people-skill"
      />
      {skills.length > 0 ? (
        <ul
          id={listId}
          className="list-unstyled d-flex flex-wrap gap-2"
          aria-label={t('people.more.skillsChosen')}
        >
          {skills.map((s) => (
            <li key={s.uri} data-testid="people-skill-chip">
              <div className="chip chip-simple chip-lg">
                <span className="chip-label">{s.label}</span>
                <button type="button" onClick={() => remove(s.uri)}>
                  <Icon name="it-close" />
                  <span className="visually-hidden">{t('people.more.removeSkill', { label: s.label })}</span>
                </button>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
