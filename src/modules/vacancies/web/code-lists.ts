// Labels of the code lists a vacancy uses (contract types, licences), from the taxonomy API in the interface
// language; cached for the session, since they change only with a taxonomy import.
import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../web/api/client.ts';
import { currentLanguage } from '../../../web/i18n.ts';

type Entry = { code: string; label: string };

export function useCodeList(scheme: 'co-contract' | 'driving-licence' | 'licence', enabled = true) {
  const lang = currentLanguage();
  // Same query key and the same cached shape ({ items }) as the people pages' useCodeList: one cache entry per
  // list, whichever page fetched it first.
  const query = useQuery({
    queryKey: ['code-list', scheme, lang],
    queryFn: () => apiGet<{ items: Entry[] }>(`/taxonomy/code-lists/${scheme}`, { lang }),
    staleTime: 60 * 60_000,
    enabled,
  });
  const items = query.data?.items ?? [];
  const labelOf = (code: string) => items.find((e) => e.code === code)?.label ?? code;
  return { items, labelOf };
}

/** Labels of licence codes, driving licences and other licences alike ("B" → "Patente B"). */
export function useLicenceLabels(): (code: string) => string {
  const driving = useCodeList('driving-licence');
  const other = useCodeList('licence');
  return (code) => {
    const label = driving.items.find((e) => e.code === code)?.label;
    return label ?? other.labelOf(code);
  };
}
