// Editing one question of the builder: its text, whether it is required, and what its kind needs (options of a
// choice, the ends of a scale, the limits of a number, the length of a text). Move and remove buttons name the
// question for screen readers.
import { useTranslation } from 'react-i18next';
import { Checkbox, TextField } from '../../../web/components/Field.tsx';
import type { ChoiceOption, Question } from '../domain/questions.ts';

type Props = {
  question: Question;
  index: number;
  count: number;
  error?: string | undefined;
  locked: boolean;
  onChange: (q: Question) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
};

const nextValue = (options: ChoiceOption[]) => {
  let n = options.length + 1;
  while (options.some((o) => o.value === `o${n}`)) n++;
  return `o${n}`;
};

function OptionsEditor({
  q,
  onChange,
}: {
  q: Extract<Question, { options: ChoiceOption[] }>;
  onChange: (q: Question) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="mb-3">
      <legend className="h6">{t('surveys.builder.options')}</legend>
      {q.options.map((o, i) => (
        <div className="d-flex gap-2 align-items-end" key={o.value}>
          <TextField
            id={`${q.id}-option-${o.value}`}
            label={t('surveys.builder.option', { n: i + 1 })}
            value={o.label}
            className="flex-grow-1"
            onChange={(label) =>
              onChange({ ...q, options: q.options.map((x) => (x.value === o.value ? { ...x, label } : x)) })
            }
          />
          <button
            type="button"
            className="btn btn-outline-danger btn-sm mb-3"
            onClick={() => onChange({ ...q, options: q.options.filter((x) => x.value !== o.value) })}
          >
            {t('surveys.builder.removeOption')}
            <span className="visually-hidden"> {t('surveys.builder.option', { n: i + 1 })}</span>
          </button>
        </div>
      ))}
      <button
        type="button"
        className="btn btn-outline-primary btn-sm"
        data-testid={`add-option-${q.id}`}
        onClick={() =>
          onChange({ ...q, options: [...q.options, { value: nextValue(q.options), label: '' }] })
        }
      >
        {t('surveys.builder.addOption')}
      </button>
    </fieldset>
  );
}

function KindFields({ q, onChange }: { q: Question; onChange: (q: Question) => void }) {
  const { t } = useTranslation();
  const num = (v: string) => (v === '' ? undefined : Number(v));
  switch (q.kind) {
    case 'single_choice':
    case 'multiple_choice':
      return <OptionsEditor q={q} onChange={onChange} />;
    case 'scale':
      return (
        <div className="row g-2">
          <div className="col-md-3">
            <TextField
              id={`${q.id}-min`}
              type="number"
              label={t('surveys.builder.min')}
              value={String(q.min)}
              onChange={(v) => onChange({ ...q, min: Number(v) })}
            />
          </div>
          <div className="col-md-3">
            <TextField
              id={`${q.id}-max`}
              type="number"
              label={t('surveys.builder.max')}
              value={String(q.max)}
              onChange={(v) => onChange({ ...q, max: Number(v) })}
            />
          </div>
          <div className="col-md-3">
            <TextField
              id={`${q.id}-min-label`}
              label={t('surveys.builder.minLabel')}
              value={q.minLabel ?? ''}
              onChange={(v) => onChange({ ...q, minLabel: v })}
            />
          </div>
          <div className="col-md-3">
            <TextField
              id={`${q.id}-max-label`}
              label={t('surveys.builder.maxLabel')}
              value={q.maxLabel ?? ''}
              onChange={(v) => onChange({ ...q, maxLabel: v })}
            />
          </div>
        </div>
      );
    case 'number':
      return (
        <div className="row g-2 align-items-end">
          <div className="col-md-3">
            <TextField
              id={`${q.id}-min`}
              type="number"
              label={t('surveys.builder.min')}
              value={q.min === undefined ? '' : String(q.min)}
              onChange={(v) => onChange({ ...q, min: num(v) })}
            />
          </div>
          <div className="col-md-3">
            <TextField
              id={`${q.id}-max`}
              type="number"
              label={t('surveys.builder.max')}
              value={q.max === undefined ? '' : String(q.max)}
              onChange={(v) => onChange({ ...q, max: num(v) })}
            />
          </div>
          <div className="col-md-4 mb-3">
            <Checkbox
              id={`${q.id}-integer`}
              label={t('surveys.builder.integer')}
              checked={q.integer}
              onChange={(integer) => onChange({ ...q, integer })}
            />
          </div>
        </div>
      );
    case 'text':
      return (
        <TextField
          id={`${q.id}-max-length`}
          type="number"
          label={t('surveys.builder.maxLength')}
          value={String(q.maxLength)}
          onChange={(v) => onChange({ ...q, maxLength: Number(v) })}
        />
      );
    case 'hiring_needs':
      return <p className="small">{t('surveys.builder.hiringNeedsHint')}</p>;
  }
}

export function QuestionEditor({
  question: q,
  index,
  count,
  error,
  locked,
  onChange,
  onMove,
  onRemove,
}: Props) {
  const { t } = useTranslation();
  const name = t('surveys.builder.questionN', { n: index + 1 });
  return (
    <li className={`card card-bg mb-3${error ? ' border border-danger' : ''}`} data-testid={`editor-${q.id}`}>
      <div className="card-body">
        <h3 className="h5">
          {name} · {t(`surveys.kind.${q.kind}`)}
        </h3>
        {error ? (
          <div className="alert alert-danger py-2" role="alert">
            {error}
          </div>
        ) : null}
        <fieldset disabled={locked}>
          <legend className="visually-hidden">{name}</legend>
          <TextField
            id={`${q.id}-label`}
            label={t('surveys.builder.label')}
            value={q.label}
            required
            onChange={(label) => onChange({ ...q, label })}
            testId={`label-${q.id}`}
          />
          <Checkbox
            id={`${q.id}-required`}
            label={t('surveys.builder.required')}
            checked={q.required}
            onChange={(required) => onChange({ ...q, required })}
          />
          <KindFields q={q} onChange={onChange} />
          <div className="d-flex gap-2 mt-3">
            <button
              type="button"
              className="btn btn-outline-secondary btn-sm"
              disabled={index === 0}
              onClick={() => onMove(-1)}
            >
              {t('surveys.builder.up')}
              <span className="visually-hidden"> {name}</span>
            </button>
            <button
              type="button"
              className="btn btn-outline-secondary btn-sm"
              disabled={index === count - 1}
              onClick={() => onMove(1)}
            >
              {t('surveys.builder.down')}
              <span className="visually-hidden"> {name}</span>
            </button>
            <button
              type="button"
              className="btn btn-outline-danger btn-sm"
              onClick={onRemove}
              data-testid={`remove-${q.id}`}
            >
              {t('surveys.builder.remove')}
              <span className="visually-hidden"> {name}</span>
            </button>
          </div>
        </fieldset>
      </div>
    </li>
  );
}
