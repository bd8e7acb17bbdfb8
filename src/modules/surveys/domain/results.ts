// Survey results: per question, what a chart needs (counts per option, distribution and mean of a scale,
// summary of numbers, how many wrote text) and the hiring needs summed by occupation and horizon, or by any
// key the caller derives from the respondent (sector, comune). Pure, no I/O.
import type { Answers, AnswerValue, HiringHorizon, HiringNeed, Question } from './questions.ts';

export type QuestionResult =
  | {
      questionId: string;
      kind: 'single_choice' | 'multiple_choice';
      answered: number;
      counts: Record<string, number>;
    }
  | {
      questionId: string;
      kind: 'scale';
      answered: number;
      counts: Record<string, number>;
      mean: number | null;
    }
  | {
      questionId: string;
      kind: 'number';
      answered: number;
      mean: number | null;
      median: number | null;
      sum: number;
    }
  | { questionId: string; kind: 'text'; answered: number }
  | { questionId: string; kind: 'hiring_needs'; answered: number; positions: number };

const answered = (vs: (AnswerValue | undefined)[]): AnswerValue[] =>
  (vs as AnswerValue[]).filter(
    (v) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0),
  );

function median(xs: number[]): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function questionResults(questions: Question[], responses: Answers[]): QuestionResult[] {
  return questions.map((q) => resultOf(q, answered(responses.map((r) => r[q.id]))));
}

function resultOf(q: Question, values: AnswerValue[]): QuestionResult {
  switch (q.kind) {
    case 'single_choice':
    case 'multiple_choice': {
      const counts = Object.fromEntries(q.options.map((o) => [o.value, 0]));
      for (const v of values) for (const x of [v].flat() as string[]) counts[x] = (counts[x] ?? 0) + 1;
      return { questionId: q.id, kind: q.kind, answered: values.length, counts };
    }
    case 'scale': {
      const counts: Record<string, number> = {};
      for (let i = q.min; i <= q.max; i++) counts[String(i)] = 0;
      for (const v of values as number[]) counts[String(v)] = (counts[String(v)] ?? 0) + 1;
      const nums = values as number[];
      const mean = nums.length ? nums.reduce((a, b) => a + b, 0) / nums.length : null;
      return { questionId: q.id, kind: 'scale', answered: nums.length, counts, mean };
    }
    case 'number': {
      const nums = values as number[];
      const sum = nums.reduce((a, b) => a + b, 0);
      return {
        questionId: q.id,
        kind: 'number',
        answered: nums.length,
        mean: nums.length ? sum / nums.length : null,
        median: median(nums),
        sum,
      };
    }
    case 'text':
      return { questionId: q.id, kind: 'text', answered: values.length };
    case 'hiring_needs': {
      const positions = (values as HiringNeed[][]).flat().reduce((n, row) => n + row.positions, 0);
      return { questionId: q.id, kind: 'hiring_needs', answered: values.length, positions };
    }
  }
}

export type NeedTotal = {
  key: string;
  occupationUri: string;
  horizon: HiringHorizon;
  positions: number;
  respondents: number;
};

/**
 * Hiring needs summed by (key, occupation, horizon), where `keyOf` gives each respondent's grouping (their sector,
 * their comune, or '' for the whole territory). Sorted by positions, largest first.
 */
export function hiringNeedTotals<R>(
  rows: { respondent: R; needs: HiringNeed[] }[],
  keyOf: (respondent: R) => string,
): NeedTotal[] {
  const totals = new Map<string, NeedTotal & { who: Set<R> }>();
  for (const { respondent, needs } of rows) {
    const key = keyOf(respondent);
    for (const n of needs) {
      const id = `${key}\u0000${n.occupationUri}\u0000${n.horizon}`;
      const t = totals.get(id) ?? {
        key,
        occupationUri: n.occupationUri,
        horizon: n.horizon,
        positions: 0,
        respondents: 0,
        who: new Set<R>(),
      };
      t.positions += n.positions;
      t.who.add(respondent);
      t.respondents = t.who.size;
      totals.set(id, t);
    }
  }
  return [...totals.values()]
    .map(({ who: _who, ...t }) => t)
    .sort(
      (a, b) =>
        b.positions - a.positions ||
        a.key.localeCompare(b.key) ||
        a.occupationUri.localeCompare(b.occupationUri),
    );
}
