// The ready-made "Fabbisogni professionali" survey passes the builder's own checks and accepts a typical answer.
import { describe, expect, it } from 'vitest';
import { checkAnswers, surveyProblems } from './domain/questions.ts';
import { hiringNeedsTemplate } from './templates.ts';

describe('hiring-needs template', () => {
  it('is a valid survey with one hiring-needs question', () => {
    expect(surveyProblems(hiringNeedsTemplate.questions)).toEqual([]);
    expect(hiringNeedsTemplate.questions.filter((q) => q.kind === 'hiring_needs')).toHaveLength(1);
  });

  it('accepts a typical answer and names what is missing', () => {
    const known = (uri: string) => uri === 'http://data.europa.eu/esco/occupation/x';
    const answer = {
      fabbisogni: [
        {
          occupationUri: 'http://data.europa.eu/esco/occupation/x',
          positions: 2,
          horizon: '0_6_months' as const,
          skillUris: [],
        },
      ],
      difficolta: 4,
      tirocini: 'si',
    };
    expect(checkAnswers(hiringNeedsTemplate.questions, answer, known)).toEqual([]);
    expect(checkAnswers(hiringNeedsTemplate.questions, { difficolta: 4 }, known)).toEqual([
      { questionId: 'tirocini', code: 'survey_answer_required' },
    ]);
  });
});
