// The public answer page (/questionario/:token): no login, the personal link identifies the recipient. Shows the
// survey with any earlier answers (answering again replaces them until the close date), the problems per question
// returned by the server, and a clear message when the link is not valid or the survey is closed.
import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { z } from 'zod';
import { ApiError, apiGet, apiPut } from '../../../web/api/client.ts';
import { Loading } from '../../../web/components/Loading.tsx';
import { PageHeader } from '../../../web/components/Page.tsx';
import { ProblemAlert, StatusAlert } from '../../../web/components/ProblemAlert.tsx';
import type { answerResult, publicSurveyView } from '../contract.ts';
import type { Answers, AnswerValue } from '../domain/questions.ts';
import { AnswerField } from './AnswerField.tsx';

type PublicSurvey = z.infer<typeof publicSurveyView>;
type AnswerResult = z.infer<typeof answerResult>;

const day = (iso: string, lang: string) =>
  new Date(iso).toLocaleDateString(lang === 'en' ? 'en-GB' : 'it-IT', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });

function Unavailable({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const closed = error instanceof ApiError && error.status === 409;
  const invalid = error instanceof ApiError && (error.status === 400 || error.status === 404);
  if (!closed && !invalid) return <ProblemAlert error={error} />;
  return (
    <>
      <PageHeader title={closed ? t('surveys.answer.closedTitle') : t('surveys.answer.invalidTitle')} />
      <div className="alert alert-warning" role="alert" data-testid="survey-unavailable">
        <p className="mb-0">
          {closed ? (error as ApiError).problem.detail : t('surveys.answer.invalidDetail')}
        </p>
      </div>
    </>
  );
}

export default function AnswerSurveyPage() {
  const { t, i18n } = useTranslation();
  const { token = '' } = useParams();
  const survey = useQuery({
    queryKey: ['questionario', token],
    queryFn: () => apiGet<PublicSurvey>(`/questionario/${token}`),
    retry: false,
  });
  const [answers, setAnswers] = useState<Answers>({});
  const [labels, setLabels] = useState<Record<string, string>>({});
  useEffect(() => {
    if (survey.data) {
      setAnswers((survey.data.answers as Answers | null) ?? {});
      setLabels({ ...survey.data.occupationLabels });
    }
  }, [survey.data]);
  const save = useMutation({
    mutationFn: () => apiPut<AnswerResult>(`/questionario/${token}`, { answers }),
  });

  if (survey.isPending) return <Loading />;
  if (survey.error) return <Unavailable error={survey.error} />;
  const s = survey.data;
  const fieldErrors = new Map<string, string>();
  if (save.error instanceof ApiError) {
    for (const e of save.error.problem.errors ?? []) {
      const qid = e.field.replace(/^answers\./, '');
      fieldErrors.set(qid, [fieldErrors.get(qid), e.message].filter(Boolean).join(' '));
    }
  }
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const setAnswer = (id: string, v: AnswerValue) => setAnswers((a) => ({ ...a, [id]: v }));

  return (
    <>
      <PageHeader title={s.title} lead={t('surveys.answer.for', { name: s.recipientName })} />
      {s.intro ? <p className="mb-4">{s.intro}</p> : null}
      <p className="small">{t('surveys.answer.until', { date: day(s.closesAt, i18n.language) })}</p>
      {s.answers ? <StatusAlert kind="info">{t('surveys.answer.already')}</StatusAlert> : null}
      <form onSubmit={submit} noValidate aria-label={s.title} data-testid="answer-form">
        {s.questions.map((q) => (
          <AnswerField
            key={q.id}
            question={q}
            value={answers[q.id]}
            onChange={(v) => setAnswer(q.id, v)}
            error={fieldErrors.get(q.id)}
            labels={labels}
            searchOccupations={(q) => apiGet(`/questionario/${token}/occupations`, { q })}
            skillsOf={(occupationUri) => apiGet(`/questionario/${token}/skills`, { occupationUri })}
          />
        ))}
        {save.error ? <ProblemAlert error={save.error} /> : null}
        {save.data ? (
          <StatusAlert>
            <span data-testid="answer-saved">
              {save.data.updated ? t('surveys.answer.updated') : t('surveys.answer.saved')}
            </span>
          </StatusAlert>
        ) : null}
        <button
          type="submit"
          className="btn btn-primary"
          disabled={save.isPending}
          data-testid="answer-submit"
        >
          {t('surveys.answer.submit')}
        </button>
      </form>
    </>
  );
}
