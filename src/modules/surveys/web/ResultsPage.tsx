// A survey's results (/surveys/:id/results): per question a chart and its table, the XLSX download (aggregates
// and raw answers), and the hiring needs by occupation, sector or comune.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { z } from 'zod';
import { apiGet } from '../../../web/api/client.ts';
import { Loading } from '../../../web/components/Loading.tsx';
import { PageHeader } from '../../../web/components/Page.tsx';
import { ProblemAlert } from '../../../web/components/ProblemAlert.tsx';
import type { resultsView } from '../contract.ts';
import type { Question } from '../domain/questions.ts';
import type { QuestionResult as Result } from '../domain/results.ts';
import { NeedsTable } from './NeedsTable.tsx';
import { QuestionResult } from './QuestionResult.tsx';

type Results = z.infer<typeof resultsView>;

export default function ResultsPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [by, setBy] = useState<'occupation' | 'sector' | 'comune'>('occupation');
  const results = useQuery({
    queryKey: ['survey-results', id],
    queryFn: () => apiGet<Results>(`/surveys/${id}/results`),
  });
  if (results.isPending) return <Loading />;
  if (results.error) return <ProblemAlert error={results.error} />;
  const r = results.data;
  const questions = r.survey.questions as Question[];
  const hasNeeds = questions.some((q) => q.kind === 'hiring_needs');
  return (
    <>
      <PageHeader
        title={t('surveys.results.title', { title: r.survey.title })}
        lead={t('surveys.results.lead', { count: r.responses })}
        actions={
          <>
            <Link to={`/surveys/${id}`} className="btn btn-outline-primary">
              {t('surveys.builder.back')}
            </Link>
            <a
              href={`/api/surveys/${id}/results.xlsx`}
              className="btn btn-primary"
              download
              data-testid="results-xlsx"
            >
              {t('surveys.results.xlsx')}
            </a>
          </>
        }
      />
      {questions.map((q, i) => (
        <QuestionResult key={q.id} question={q} result={r.results[i] as unknown as Result} index={i} />
      ))}
      {hasNeeds ? <NeedsTable surveyId={id} by={by} onBy={setBy} /> : null}
    </>
  );
}
