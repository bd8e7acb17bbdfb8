// Labels of the code lists a vacancy uses (contract types, licences), from the taxonomy API in the interface
// language; cached for the session, since they change only with a taxonomy import.
import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../web/api/client.ts';
import { currentLanguage } from '../../../web/i18n.ts';

type Entry = { code: string; label: string };

export function useCodeList(scheme: 'co-contract' | 'driving-licence' | 'licence', enabled = true) {
  const lang = currentLanguage();
  const query = useQuery({
    queryKey: ['code-list', scheme, lang],
    queryFn: async () => (await apiGet<{ items: Entry[] }>(`/taxonomy/code-lists/${scheme}`, { lang })).items,
    staleTime: 60 * 60_000,
    enabled,
  });
  const items = query.data ?? [];
  const labelOf = (code: string) => items.find((e) => e.code === code)?.label ?? code;
  return { items, labelOf };
}
