// Survey questions and the checking of answers. A survey is a list of questions of five kinds plus the hiring-needs
// grid the network asks employers for ("which occupations, how many, when"). Each answer is checked against its
// question and every problem names the question, so a respondent sees exactly what to fix. Pure, no I/O.

export type ChoiceOption = { value: string; label: string };

export type Question =
  | { id: string; kind: 'single_choice'; label: string; required: boolean; options: ChoiceOption[] }
  | {
      id: string;
      kind: 'multiple_choice';
      label: string;
      required: boolean;
      options: ChoiceOption[];
      maxChoices?: number;
    }
  | {
      id: string;
      kind: 'scale';
      label: string;
      required: boolean;
      min: number;
      max: number;
      minLabel?: string;
      maxLabel?: string;
    }
  | {
      id: string;
      kind: 'number';
      label: string;
      required: boolean;
      min?: number;
      max?: number;
      integer: boolean;
    }
  | { id: string; kind: 'text'; label: string; required: boolean; maxLength: number }
  | { id: string; kind: 'hiring_needs'; label: string; required: boolean };

export const hiringHorizons = ['0_6_months', '6_24_months'] as const;
export type HiringHorizon = (typeof hiringHorizons)[number];

/** One row of the hiring-needs grid: an occupation from the taxonomy, how many people, when, which skills. */
export type HiringNeed = {
  occupationUri: string;
  positions: number;
  horizon: HiringHorizon;
  skillUris: string[];
};

export type AnswerValue = string | string[] | number | HiringNeed[] | null;
export type Answers = Record<string, AnswerValue>;

export type AnswerProblem = { questionId: string; code: string; params?: Record<string, string | number> };

const isBlank = (v: AnswerValue | undefined) =>
  v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

/** Problems with the survey itself (for the builder): duplicate ids, choice questions without options, bad ranges. */
export function surveyProblems(questions: Question[]): AnswerProblem[] {
  const out: AnswerProblem[] = [];
  const seen = new Set<string>();
  for (const q of questions) {
    if (seen.has(q.id)) out.push({ questionId: q.id, code: 'survey_question_duplicate_id' });
    seen.add(q.id);
    if (!q.label.trim()) out.push({ questionId: q.id, code: 'survey_question_label_missing' });
    if ((q.kind === 'single_choice' || q.kind === 'multiple_choice') && q.options.length < 2) {
      out.push({ questionId: q.id, code: 'survey_question_needs_options' });
    }
    if (q.kind === 'scale' && !(q.max > q.min && q.max - q.min <= 10)) {
      out.push({ questionId: q.id, code: 'survey_scale_range' });
    }
    if (q.kind === 'number' && q.min !== undefined && q.max !== undefined && q.max < q.min) {
      out.push({ questionId: q.id, code: 'survey_number_range' });
    }
  }
  return out;
}

function hiringNeedProblems(
  q: Question,
  v: unknown,
  knownOccupation: (uri: string) => boolean,
): AnswerProblem[] {
  if (!Array.isArray(v)) return [{ questionId: q.id, code: 'survey_answer_type' }];
  const out: AnswerProblem[] = [];
  v.forEach((row: HiringNeed, i) => {
    const at = { row: i + 1 };
    if (!row || typeof row.occupationUri !== 'string' || !knownOccupation(row.occupationUri)) {
      out.push({ questionId: q.id, code: 'survey_hiring_occupation', params: at });
    }
    if (!Number.isInteger(row?.positions) || row.positions < 1 || row.positions > 10_000) {
      out.push({ questionId: q.id, code: 'survey_hiring_positions', params: at });
    }
    if (!hiringHorizons.includes(row?.horizon))
      out.push({ questionId: q.id, code: 'survey_hiring_horizon', params: at });
  });
  return out;
}

function answerProblems(
  q: Question,
  v: AnswerValue,
  knownOccupation: (uri: string) => boolean,
): AnswerProblem[] {
  const problem = (code: string, params?: AnswerProblem['params']) => [{ questionId: q.id, code, params }];
  switch (q.kind) {
    case 'single_choice':
      return typeof v === 'string' && q.options.some((o) => o.value === v)
        ? []
        : problem('survey_answer_option');
    case 'multiple_choice': {
      if (
        !Array.isArray(v) ||
        v.some((x) => typeof x !== 'string' || !q.options.some((o) => o.value === x))
      ) {
        return problem('survey_answer_option');
      }
      if (new Set<unknown>(v).size !== v.length) return problem('survey_answer_option');
      return q.maxChoices && v.length > q.maxChoices
        ? problem('survey_answer_too_many', { max: q.maxChoices })
        : [];
    }
    case 'scale':
      return Number.isInteger(v) && (v as number) >= q.min && (v as number) <= q.max
        ? []
        : problem('survey_answer_range', { min: q.min, max: q.max });
    case 'number': {
      if (typeof v !== 'number' || !Number.isFinite(v) || (q.integer && !Number.isInteger(v))) {
        return problem(q.integer ? 'survey_answer_integer' : 'survey_answer_number');
      }
      if ((q.min !== undefined && v < q.min) || (q.max !== undefined && v > q.max)) {
        return problem('survey_answer_range', { min: q.min ?? '-∞', max: q.max ?? '∞' });
      }
      return [];
    }
    case 'text':
      if (typeof v !== 'string') return problem('survey_answer_type');
      return v.length > q.maxLength ? problem('survey_answer_too_long', { max: q.maxLength }) : [];
    case 'hiring_needs':
      return hiringNeedProblems(q, v, knownOccupation);
  }
}

/** Every problem with a set of answers; unknown question ids are refused too. */
export function checkAnswers(
  questions: Question[],
  answers: Answers,
  knownOccupation: (uri: string) => boolean,
): AnswerProblem[] {
  const out: AnswerProblem[] = [];
  const ids = new Set(questions.map((q) => q.id));
  for (const id of Object.keys(answers))
    if (!ids.has(id)) out.push({ questionId: id, code: 'survey_answer_unknown' });
  for (const q of questions) {
    const v = answers[q.id];
    if (isBlank(v)) {
      if (q.required) out.push({ questionId: q.id, code: 'survey_answer_required' });
      continue;
    }
    out.push(...answerProblems(q, v as AnswerValue, knownOccupation));
  }
  return out;
}
