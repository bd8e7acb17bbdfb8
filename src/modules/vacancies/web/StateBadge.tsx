// A vacancy's state as a coloured badge with its name (colour is never the only cue).
import { useTranslation } from 'react-i18next';
import type { VacancyState } from '../domain/lifecycle.ts';

const colour: Record<VacancyState, string> = {
  draft: 'bg-secondary',
  published: 'bg-success',
  unpublished: 'bg-warning text-dark',
  closed: 'bg-dark',
  filled: 'bg-primary',
};

export function StateBadge({ state }: { state: VacancyState }) {
  const { t } = useTranslation();
  return (
    <span className={`badge ${colour[state]}`} data-testid="vacancy-state">
      {t(`vacancies.states.${state}`)}
    </span>
  );
}
