// Runs the matching engine and the keyword baseline on the labelled set and measures both (precision@10,
// nDCG@10), overall and per vacancy, so `npm run eval:matching` can print a table and tests can check the
// engine stays ahead.
import { rankPairs } from '../domain/rank.ts';
import { defaultFairness, defaultWeights, type MatchingWeights } from '../domain/weights.ts';
import { rankByKeywords } from './baseline.ts';
import { labelledSet } from './dataset.ts';
import { mean, ndcgAtK, precisionAtK } from './metrics.ts';

export type EvaluationRow = { method: string; precisionAt10: number; ndcgAt10: number };

export function evaluateMatching(o: {
  seed: number;
  vacancies: number;
  weights?: MatchingWeights;
  k?: number;
}) {
  const k = o.k ?? 10;
  const set = labelledSet(o.seed, o.vacancies);
  const engine = { p: [] as number[], n: [] as number[] };
  const baseline = { p: [] as number[], n: [] as number[] };
  for (const { vacancy, text, pool } of set) {
    const grades = new Map(pool.map((c) => [c.profile.personId, c.grade]));
    const pairs = pool.map((c) => ({ vacancy, candidate: c.profile, distance: c.distance }));
    // Fairness is off: the set has no proposal history, and the measure is about relevance alone.
    const ranked = rankPairs(
      o.weights ?? defaultWeights,
      { ...defaultFairness, enabled: false },
      pairs,
      k,
    ).items.map((m) => m.personId);
    const keywords = rankByKeywords(
      text,
      pool.map((c) => ({ id: c.profile.personId, text: c.text })),
    );
    engine.p.push(precisionAtK(ranked, grades, k));
    engine.n.push(ndcgAtK(ranked, grades, k));
    baseline.p.push(precisionAtK(keywords, grades, k));
    baseline.n.push(ndcgAtK(keywords, grades, k));
  }
  const candidates = set.reduce((n, v) => n + v.pool.length, 0);
  const rows: EvaluationRow[] = [
    { method: 'ReteLavoro matching', precisionAt10: mean(engine.p), ndcgAt10: mean(engine.n) },
    { method: 'keyword overlap (baseline)', precisionAt10: mean(baseline.p), ndcgAt10: mean(baseline.n) },
  ];
  return { rows, vacancies: set.length, candidates };
}
