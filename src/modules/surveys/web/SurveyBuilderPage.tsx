// The survey builder (/surveys/:id/edit): title, introduction and questions of each kind, added, moved and
// removed, with a preview of the form recipients will see. Saving sends everything; the server's problems name the
// question. Once the survey has been sent its questions are locked (title and introduction can still change).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError, apiGet, apiPut } from '../../../web/api/client.ts';
import { SelectField, TextField } from '../../../web/components/Field.tsx';
import { Loading } from '../../../web/components/Loading.tsx';
import { PageHeader } from '../../../web/components/Page.tsx';
import { ProblemAlert, StatusAlert } from '../../../web/components/ProblemAlert.tsx';
import type { SurveyView } from '../contract.ts';
import type { Answers, Question } from '../domain/questions.ts';
import { AnswerField } from './AnswerField.tsx';
import { QuestionEditor } from './QuestionEditor.tsx';

const kinds = ['single_choice', 'multiple_choice', 'scale', 'number', 'text', 'hiring_needs'] as const;

function newQuestion(kind: (typeof kinds)[number], existing: Question[]): Question {
  let n = existing.length + 1;
  while (existing.some((q) => q.id === `d${n}`)) n++;
  const base = { id: `d${n}`, label: '', required: false };
  switch (kind) {
    case 'single_choice':
    case 'multiple_choice':
      return {
        ...base,
        kind,
        options: [
          { value: 'o1', label: '' },
          { value: 'o2', label: '' },
        ],
      };
    case 'scale':
      return { ...base, kind, min: 1, max: 5 };
    case 'number':
      return { ...base, kind, integer: true, min: 0 };
    case 'text':
      return { ...base, kind, maxLength: 1000 };
    case 'hiring_needs':
      return { ...base, kind };
  }
}

export default function SurveyBuilderPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const client = useQueryClient();
  const survey = useQuery({ queryKey: ['survey', id], queryFn: () => apiGet<SurveyView>(`/surveys/${id}`) });
  const [title, setTitle] = useState('');
  const [intro, setIntro] = useState('');
  const [questions, setQuestions] = useState<Question[]>([]);
  const [kind, setKind] = useState<(typeof kinds)[number]>('single_choice');
  const [preview, setPreview] = useState(false);
  const [previewAnswers, setPreviewAnswers] = useState<Answers>({});
  useEffect(() => {
    if (!survey.data) return;
    setTitle(survey.data.title);
    setIntro(survey.data.intro);
    setQuestions(survey.data.questions as Question[]);
  }, [survey.data]);
  const save = useMutation({
    mutationFn: () =>
      apiPut<SurveyView>(`/surveys/${id}`, { title, intro, questions, version: survey.data?.version }),
    onSuccess: (s) => client.setQueryData(['survey', id], s),
  });

  if (survey.isPending) return <Loading />;
  if (survey.error) return <ProblemAlert error={survey.error} />;
  const locked = survey.data.state !== 'draft';
  const errors = new Map<string, string>();
  if (save.error instanceof ApiError) {
    for (const e of save.error.problem.errors ?? []) {
      const qid = e.field.match(/^questions\.([^.]+)/)?.[1];
      if (qid) errors.set(qid, [errors.get(qid), e.message].filter(Boolean).join(' '));
    }
  }
  const update = (i: number, q: Question) => setQuestions((qs) => qs.map((x, j) => (j === i ? q : x)));
  const move = (i: number, delta: -1 | 1) =>
    setQuestions((qs) => {
      const next = [...qs];
      [next[i], next[i + delta]] = [next[i + delta]!, next[i]!];
      return next;
    });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };

  return (
    <>
      <PageHeader
        title={t('surveys.builder.title', { title: survey.data.title })}
        actions={
          <Link to={`/surveys/${id}`} className="btn btn-outline-primary">
            {t('surveys.builder.back')}
          </Link>
        }
      />
      {locked ? <StatusAlert kind="info">{t('surveys.builder.locked')}</StatusAlert> : null}
      <form onSubmit={submit} noValidate aria-label={t('surveys.builder.formLabel')}>
        <TextField
          id="survey-title"
          label={t('surveys.builder.surveyTitle')}
          value={title}
          onChange={setTitle}
          required
          testId="survey-title"
        />
        <div className="form-group">
          <label htmlFor="survey-intro" className="active">
            {t('surveys.builder.intro')}
          </label>
          <textarea
            id="survey-intro"
            className="form-control"
            rows={3}
            value={intro}
            onChange={(e) => setIntro(e.target.value)}
          />
        </div>
        <h2 className="h4 mt-4">{t('surveys.builder.questions', { count: questions.length })}</h2>
        <ol className="list-unstyled" data-testid="question-list">
          {questions.map((q, i) => (
            <QuestionEditor
              key={q.id}
              question={q}
              index={i}
              count={questions.length}
              error={errors.get(q.id)}
              locked={locked}
              onChange={(next) => update(i, next)}
              onMove={(d) => move(i, d)}
              onRemove={() => setQuestions((qs) => qs.filter((_, j) => j !== i))}
            />
          ))}
        </ol>
        {locked ? null : (
          <div className="d-flex gap-2 align-items-end mb-4">
            <SelectField
              id="new-question-kind"
              label={t('surveys.builder.newKind')}
              value={kind}
              onChange={(v) => setKind(v as (typeof kinds)[number])}
              options={kinds.map((k) => ({ value: k, label: t(`surveys.kind.${k}`) }))}
              testId="new-question-kind"
            />
            <button
              type="button"
              className="btn btn-outline-primary mb-3"
              data-testid="add-question"
              onClick={() => setQuestions((qs) => [...qs, newQuestion(kind, qs)])}
            >
              {t('surveys.builder.add')}
            </button>
          </div>
        )}
        <ProblemAlert error={save.error} />
        {save.isSuccess ? <StatusAlert>{t('surveys.builder.saved')}</StatusAlert> : null}
        <div className="d-flex gap-2">
          <button
            type="submit"
            className="btn btn-primary"
            disabled={save.isPending}
            data-testid="survey-save"
          >
            {t('surveys.builder.save')}
          </button>
          <button
            type="button"
            className="btn btn-outline-secondary"
            aria-expanded={preview}
            aria-controls="survey-preview"
            onClick={() => setPreview(!preview)}
            data-testid="survey-preview-toggle"
          >
            {preview ? t('surveys.builder.hidePreview') : t('surveys.builder.preview')}
          </button>
        </div>
      </form>
      <section
        id="survey-preview"
        hidden={!preview}
        aria-label={t('surveys.builder.preview')}
        className="mt-4 p-3 border rounded"
        data-testid="survey-preview"
      >
        <h2 className="h4">{title}</h2>
        {intro ? <p>{intro}</p> : null}
        {questions.map((q) => (
          <AnswerField
            key={q.id}
            idPrefix="preview"
            question={q}
            value={previewAnswers[q.id]}
            onChange={(v) => setPreviewAnswers((a) => ({ ...a, [q.id]: v }))}
            labels={{}}
            searchOccupations={(q) => apiGet(`/taxonomy/occupations`, { q, lang: 'it', limit: 10 })}
          />
        ))}
      </section>
    </>
  );
}
