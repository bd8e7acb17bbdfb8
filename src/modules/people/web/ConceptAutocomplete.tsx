// Occupation or skill autocomplete on the taxonomy API: GET /api/taxonomy/occupations?q= or
// /api/taxonomy/skills?q=, labels in the interface language.
import { useTranslation } from 'react-i18next';
import { apiGet } from '../../../web/api/client.ts';
import { Autocomplete } from '../../../web/components/Autocomplete.tsx';
import { currentLanguage } from '../../../web/i18n.ts';

export type ConceptValue = { uri: string; label: string } | null;
type Concept = { uri: string; label: string; altLabels: string[] };

type Props = {
  id: string;
  label: string;
  kind: 'occupations' | 'skills';
  value: ConceptValue;
  onChange: (value: ConceptValue) => void;
  error?: string | undefined;
  required?: boolean;
  /** For picking several concepts: the input is emptied after each pick (the parent keeps the list). */
  resetOnPick?: boolean;
  testId?: string;
};

export function ConceptAutocomplete({ kind, value, onChange, ...props }: Props) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  return (
    <Autocomplete<Concept>
      {...props}
      valueText={value?.label ?? ''}
      hasValue={Boolean(value)}
      hint={value ? t('people.cv.conceptSelected', { label: value.label }) : t('people.cv.conceptHint')}
      optionTestId="concept-option"
      resultsText={(count) => t('people.cv.results', { count })}
      queryKey={(q) => ['taxonomy', kind, q, lang]}
      fetchOptions={async (q) =>
        (await apiGet<{ items: Concept[] }>(`/taxonomy/${kind}`, { q, lang, limit: 15 })).items
      }
      keyOf={(c) => c.uri}
      renderOption={(c) => c.label}
      textOf={(c) => c.label}
      onPick={(c) => onChange({ uri: c.uri, label: c.label })}
      onClear={() => onChange(null)}
    />
  );
}
