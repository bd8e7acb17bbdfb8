import { describe, expect, it } from 'vitest';
import { type Answers, checkAnswers, type Question, surveyProblems } from './questions.ts';
import { hiringNeedTotals, questionResults } from './results.ts';

const questions: Question[] = [
  {
    id: 'sector',
    kind: 'single_choice',
    label: 'Settore',
    required: true,
    options: [
      { value: 'logistica', label: 'Logistica' },
      { value: 'metalmeccanica', label: 'Metalmeccanica' },
    ],
  },
  {
    id: 'channels',
    kind: 'multiple_choice',
    label: 'Canali di ricerca',
    required: false,
    maxChoices: 2,
    options: [
      { value: 'cpi', label: 'CPI' },
      { value: 'agenzia', label: 'Agenzia' },
      { value: 'passaparola', label: 'Passaparola' },
    ],
  },
  {
    id: 'difficulty',
    kind: 'scale',
    label: 'Difficoltà a trovare personale',
    required: true,
    min: 1,
    max: 5,
  },
  { id: 'employees', kind: 'number', label: 'Dipendenti', required: false, min: 0, integer: true },
  { id: 'notes', kind: 'text', label: 'Note', required: false, maxLength: 20 },
  { id: 'needs', kind: 'hiring_needs', label: 'Fabbisogni', required: false },
];
const known = (uri: string) => uri.startsWith('esco:');

describe('survey builder checks', () => {
  it('accepts a well-formed survey', () => {
    expect(surveyProblems(questions)).toEqual([]);
  });

  it('names the question with a problem', () => {
    const bad: Question[] = [
      { id: 'a', kind: 'single_choice', label: 'A', required: true, options: [{ value: 'x', label: 'X' }] },
      { id: 'a', kind: 'scale', label: ' ', required: true, min: 5, max: 1 },
    ];
    expect(surveyProblems(bad).map((p) => `${p.questionId}:${p.code}`)).toEqual([
      'a:survey_question_needs_options',
      'a:survey_question_duplicate_id',
      'a:survey_question_label_missing',
      'a:survey_scale_range',
    ]);
  });
});

describe('answers', () => {
  const good: Answers = {
    sector: 'logistica',
    channels: ['cpi', 'agenzia'],
    difficulty: 4,
    employees: 12,
    notes: 'ok',
    needs: [{ occupationUri: 'esco:magazziniere', positions: 3, horizon: '0_6_months', skillUris: [] }],
  };

  it('accepts valid answers and blanks of optional questions', () => {
    expect(checkAnswers(questions, good, known)).toEqual([]);
    expect(checkAnswers(questions, { sector: 'logistica', difficulty: 1 }, known)).toEqual([]);
  });

  it('lists each problem with its question', () => {
    const problems = checkAnswers(
      questions,
      {
        channels: ['cpi', 'agenzia', 'passaparola'],
        difficulty: 7,
        employees: 2.5,
        notes: 'x'.repeat(21),
        needs: [{ occupationUri: 'boh', positions: 0, horizon: 'soon', skillUris: [] }],
        extra: 'x',
      } as never,
      known,
    );
    expect(problems.map((p) => `${p.questionId}:${p.code}`)).toEqual([
      'extra:survey_answer_unknown',
      'sector:survey_answer_required',
      'channels:survey_answer_too_many',
      'difficulty:survey_answer_range',
      'employees:survey_answer_integer',
      'notes:survey_answer_too_long',
      'needs:survey_hiring_occupation',
      'needs:survey_hiring_positions',
      'needs:survey_hiring_horizon',
    ]);
  });
});

describe('results', () => {
  const responses: Answers[] = [
    { sector: 'logistica', channels: ['cpi'], difficulty: 4, employees: 10 },
    { sector: 'logistica', channels: ['cpi', 'agenzia'], difficulty: 2, employees: 30, notes: 'a' },
    { sector: 'metalmeccanica', difficulty: 3 },
  ];

  it('counts choices, averages scales, summarises numbers', () => {
    const [sector, channels, difficulty, employees, notes] = questionResults(questions, responses);
    expect(sector).toMatchObject({ answered: 3, counts: { logistica: 2, metalmeccanica: 1 } });
    expect(channels).toMatchObject({ answered: 2, counts: { cpi: 2, agenzia: 1, passaparola: 0 } });
    expect(difficulty).toMatchObject({ mean: 3, counts: { '1': 0, '2': 1, '3': 1, '4': 1, '5': 0 } });
    expect(employees).toMatchObject({ answered: 2, mean: 20, median: 20, sum: 40 });
    expect(notes).toMatchObject({ answered: 1 });
  });

  it('sums hiring needs by occupation, horizon and a key of the respondent', () => {
    const rows = [
      {
        respondent: { comune: 'Chieri' },
        needs: [{ occupationUri: 'o:a', positions: 2, horizon: '0_6_months' as const, skillUris: [] }],
      },
      {
        respondent: { comune: 'Chieri' },
        needs: [
          { occupationUri: 'o:a', positions: 3, horizon: '0_6_months' as const, skillUris: [] },
          { occupationUri: 'o:b', positions: 1, horizon: '6_24_months' as const, skillUris: [] },
        ],
      },
      {
        respondent: { comune: 'Pinerolo' },
        needs: [{ occupationUri: 'o:a', positions: 4, horizon: '0_6_months' as const, skillUris: [] }],
      },
    ];
    expect(hiringNeedTotals(rows, (r) => r.comune)).toEqual([
      { key: 'Chieri', occupationUri: 'o:a', horizon: '0_6_months', positions: 5, respondents: 2 },
      { key: 'Pinerolo', occupationUri: 'o:a', horizon: '0_6_months', positions: 4, respondents: 1 },
      { key: 'Chieri', occupationUri: 'o:b', horizon: '6_24_months', positions: 1, respondents: 1 },
    ]);
  });
});
