// One question as a form control, used by the public answer page and by the builder's preview: radio buttons,
// check boxes, a scale of radio buttons, a number, a text area, or the hiring-needs grid. Groups are fieldsets
// with a legend, so screen readers announce the question with each option.
import { useTranslation } from 'react-i18next';
import type { AnswerValue, HiringNeed, Question } from '../domain/questions.ts';
import { HiringNeedsInput, type OccupationSearch, type SkillsOf } from './HiringNeedsInput.tsx';

type Props = {
  question: Question;
  value: AnswerValue | undefined;
  onChange: (value: AnswerValue) => void;
  error?: string | undefined;
  searchOccupations: OccupationSearch;
  skillsOf?: SkillsOf | undefined;
  labels: Record<string, string>;
  idPrefix?: string;
};

function Legend({ q }: { q: Question }) {
  const { t } = useTranslation();
  return (
    <legend className="h6 mb-2">
      {q.label}
      {q.required ? <span className="visually-hidden"> ({t('surveys.answer.required')})</span> : null}
      {q.required ? <span aria-hidden="true"> *</span> : null}
    </legend>
  );
}

function ErrorText({ id, error }: { id: string; error?: string | undefined }) {
  return error ? (
    <div id={`${id}-error`} className="invalid-feedback d-block" role="alert">
      {error}
    </div>
  ) : null;
}

export function AnswerField({
  question: q,
  value,
  onChange,
  error,
  searchOccupations,
  skillsOf,
  labels,
  idPrefix = 'q',
}: Props) {
  const { t } = useTranslation();
  const id = `${idPrefix}-${q.id}`;
  const describedBy = error ? `${id}-error` : undefined;
  if (q.kind === 'single_choice' || q.kind === 'multiple_choice') {
    const many = q.kind === 'multiple_choice';
    const chosen = new Set<string>([value ?? []].flat() as string[]);
    return (
      <fieldset className="mb-4" aria-describedby={describedBy} data-testid={`question-${q.id}`}>
        <Legend q={q} />
        {q.options.map((o, i) => (
          <div className="form-check" key={o.value}>
            <input
              id={`${id}-${i}`}
              type={many ? 'checkbox' : 'radio'}
              name={id}
              checked={chosen.has(o.value)}
              onChange={(e) => {
                if (!many) return onChange(o.value);
                const next = new Set(chosen);
                if (e.target.checked) next.add(o.value);
                else next.delete(o.value);
                onChange(q.options.map((x) => x.value).filter((v) => next.has(v)));
              }}
            />
            <label htmlFor={`${id}-${i}`}>{o.label}</label>
          </div>
        ))}
        <ErrorText id={id} error={error} />
      </fieldset>
    );
  }
  if (q.kind === 'scale') {
    const points = Array.from({ length: q.max - q.min + 1 }, (_, i) => q.min + i);
    return (
      <fieldset className="mb-4" aria-describedby={describedBy} data-testid={`question-${q.id}`}>
        <Legend q={q} />
        <div className="d-flex flex-wrap align-items-center gap-3">
          {q.minLabel ? <span className="small">{q.minLabel}</span> : null}
          {points.map((p) => (
            <div className="form-check form-check-inline" key={p}>
              <input
                id={`${id}-${p}`}
                type="radio"
                name={id}
                checked={value === p}
                onChange={() => onChange(p)}
              />
              <label htmlFor={`${id}-${p}`}>{p}</label>
            </div>
          ))}
          {q.maxLabel ? <span className="small">{q.maxLabel}</span> : null}
        </div>
        <ErrorText id={id} error={error} />
      </fieldset>
    );
  }
  if (q.kind === 'hiring_needs') {
    return (
      <fieldset className="mb-4" aria-describedby={describedBy} data-testid={`question-${q.id}`}>
        <Legend q={q} />
        <HiringNeedsInput
          id={id}
          rows={(value as HiringNeed[] | undefined) ?? []}
          onChange={onChange}
          searchOccupations={searchOccupations}
          skillsOf={skillsOf}
          labels={labels}
        />
        <ErrorText id={id} error={error} />
      </fieldset>
    );
  }
  const common = {
    id,
    name: id,
    className: `form-control${error ? ' is-invalid' : ''}`,
    'aria-describedby': describedBy,
    'aria-invalid': error ? true : undefined,
    'aria-required': q.required || undefined,
    'data-testid': `question-${q.id}`,
  };
  return (
    <div className="form-group mb-4">
      <label htmlFor={id} className="active">
        {q.label}
        {q.required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {q.kind === 'number' ? (
        <input
          {...common}
          type="number"
          inputMode={q.integer ? 'numeric' : 'decimal'}
          min={q.min}
          max={q.max}
          step={q.integer ? 1 : 'any'}
          value={typeof value === 'number' ? value : ''}
          onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}
        />
      ) : (
        <textarea
          {...common}
          rows={4}
          maxLength={q.maxLength}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
      {q.kind === 'text' ? (
        <small className="form-text d-block">{t('surveys.answer.maxChars', { max: q.maxLength })}</small>
      ) : null}
      <ErrorText id={id} error={error} />
    </div>
  );
}
