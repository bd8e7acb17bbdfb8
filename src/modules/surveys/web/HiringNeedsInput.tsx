// The hiring-needs grid of a survey answer: one row per occupation, with how many people and when. Occupations
// come from the taxonomy through the token's own search (the page has no session).
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Autocomplete } from '../../../web/components/Autocomplete.tsx';
import type { AnswerValue, HiringNeed } from '../domain/questions.ts';

export type OccupationHit = { uri: string; label: string };
export type OccupationSearch = (q: string) => Promise<OccupationHit[]>;
export type SkillsOf = (occupationUri: string) => Promise<OccupationHit[]>;

/** Check boxes for the skills of the chosen occupation (from the taxonomy): which ones the employer needs. */
function SkillsChoice(p: {
  id: string;
  occupationUri: string;
  chosen: string[];
  skillsOf: SkillsOf;
  onChange: (uris: string[]) => void;
}) {
  const { t } = useTranslation();
  const skills = useQuery({
    queryKey: ['survey-skills', p.occupationUri],
    queryFn: () => p.skillsOf(p.occupationUri),
    staleTime: 300_000,
  });
  if (!skills.data?.length) return null;
  return (
    <fieldset className="col-12 mb-2">
      <legend className="small fw-semibold">{t('surveys.needs.skills')}</legend>
      {skills.data.map((s) => (
        <div className="form-check form-check-inline" key={s.uri}>
          <input
            id={`${p.id}-${s.uri.split('/').pop()}`}
            type="checkbox"
            checked={p.chosen.includes(s.uri)}
            onChange={(e) =>
              p.onChange(e.target.checked ? [...p.chosen, s.uri] : p.chosen.filter((u) => u !== s.uri))
            }
          />
          <label htmlFor={`${p.id}-${s.uri.split('/').pop()}`}>{s.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

type Props = {
  id: string;
  rows: HiringNeed[];
  onChange: (rows: AnswerValue) => void;
  searchOccupations: OccupationSearch;
  /** Without it (the builder's preview) no skills are offered. */
  skillsOf?: SkillsOf | undefined;
  labels: Record<string, string>;
};

export function HiringNeedsInput({ id, rows, onChange, searchOccupations, skillsOf, labels }: Props) {
  const { t } = useTranslation();
  const set = (i: number, change: Partial<HiringNeed>) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, ...change } : r)));
  return (
    <div>
      {rows.length === 0 ? <p className="small">{t('surveys.needs.none')}</p> : null}
      {rows.map((row, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own until saved
        <div className="row g-2 align-items-end border-bottom mb-3 pb-2" key={i} data-testid="need-row">
          <div className="col-md-6">
            <Autocomplete<OccupationHit>
              id={`${id}-occupation-${i}`}
              label={t('surveys.needs.occupation', { n: i + 1 })}
              valueText={row.occupationUri ? (labels[row.occupationUri] ?? row.occupationUri) : ''}
              hasValue={Boolean(row.occupationUri)}
              hint={t('surveys.needs.occupationHint')}
              testId={`need-occupation-${i}`}
              optionTestId="need-occupation-option"
              resultsText={(n) => t('surveys.needs.results', { count: n })}
              queryKey={(q) => ['survey-occupations', q]}
              fetchOptions={searchOccupations}
              keyOf={(o) => o.uri}
              renderOption={(o) => o.label}
              textOf={(o) => o.label}
              onPick={(o) => {
                labels[o.uri] = o.label;
                set(i, { occupationUri: o.uri, skillUris: [] });
              }}
              onClear={() => set(i, { occupationUri: '' })}
            />
          </div>
          <div className="col-md-2 form-group">
            <label htmlFor={`${id}-positions-${i}`} className="active">
              {t('surveys.needs.positions')}
            </label>
            <input
              id={`${id}-positions-${i}`}
              type="number"
              min={1}
              className="form-control"
              value={row.positions || ''}
              data-testid={`need-positions-${i}`}
              onChange={(e) => set(i, { positions: Number(e.target.value) })}
            />
          </div>
          <div className="col-md-3 select-wrapper mb-3">
            <label htmlFor={`${id}-horizon-${i}`}>{t('surveys.needs.horizon')}</label>
            <select
              id={`${id}-horizon-${i}`}
              className="form-select"
              value={row.horizon}
              data-testid={`need-horizon-${i}`}
              onChange={(e) => set(i, { horizon: e.target.value as HiringNeed['horizon'] })}
            >
              <option value="0_6_months">{t('surveys.horizon.0_6_months')}</option>
              <option value="6_24_months">{t('surveys.horizon.6_24_months')}</option>
            </select>
          </div>
          {skillsOf && row.occupationUri ? (
            <SkillsChoice
              id={`${id}-skills-${i}`}
              occupationUri={row.occupationUri}
              chosen={row.skillUris ?? []}
              skillsOf={skillsOf}
              onChange={(skillUris) => set(i, { skillUris })}
            />
          ) : null}
          <div className="col-md-1 mb-3">
            <button
              type="button"
              className="btn btn-outline-danger btn-sm"
              onClick={() => onChange(rows.filter((_, j) => j !== i))}
            >
              {t('surveys.needs.remove')}
              <span className="visually-hidden"> {t('surveys.needs.row', { n: i + 1 })}</span>
            </button>
          </div>
        </div>
      ))}
      <button
        type="button"
        className="btn btn-outline-primary btn-sm"
        data-testid="need-add"
        onClick={() =>
          onChange([...rows, { occupationUri: '', positions: 1, horizon: '0_6_months', skillUris: [] }])
        }
      >
        {t('surveys.needs.add')}
      </button>
    </div>
  );
}
