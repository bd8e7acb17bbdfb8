// Comune autocomplete: types a name, picks one of GET /api/comuni?q= (or the public list on the sign-up page).
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { apiGet } from '../../../web/api/client.ts';
import { Autocomplete } from '../../../web/components/Autocomplete.tsx';
import type { comune } from '../contract.ts';

type Comune = z.infer<typeof comune>;
export type ComuneValue = { code: string; name: string } | null;

type Props = {
  id: string;
  label: string;
  value: ComuneValue;
  onChange: (value: ComuneValue) => void;
  error?: string | undefined;
  required?: boolean;
  testId?: string;
  /** The search endpoint: GET /comuni for signed-in users, the public /citizens/comuni on the sign-up page. */
  source?: string;
};

export function ComuneAutocomplete({ value, onChange, source = '/comuni', ...props }: Props) {
  const { t } = useTranslation();
  return (
    <Autocomplete<Comune>
      {...props}
      valueText={value?.name ?? ''}
      hasValue={Boolean(value)}
      hint={value ? t('comune.selected', { name: value.name, code: value.code }) : t('comune.hint')}
      optionTestId="comune-option"
      resultsText={(count) => t('comune.results', { count })}
      queryKey={(q) => ['comuni', source, q]}
      fetchOptions={async (q) => (await apiGet<{ items: Comune[] }>(source, { q, limit: 20 })).items}
      keyOf={(c) => c.code}
      renderOption={(c) => `${c.name} (${c.provinceAcr})`}
      textOf={(c) => c.name}
      onPick={(c) => onChange({ code: c.code, name: c.name })}
      onClear={() => onChange(null)}
    />
  );
}
