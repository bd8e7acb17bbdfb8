// Ranking-quality measures for `npm run eval:matching`. Relevance is graded 0–3 (see dataset.ts); precision
// counts grade ≥ 2 as relevant, nDCG uses the usual exponential gain 2^grade − 1 with a log2 discount.

export const RELEVANT_GRADE = 2;

export function precisionAtK(ranked: string[], grades: Map<string, number>, k: number): number {
  const top = ranked.slice(0, k);
  const hits = top.filter((id) => (grades.get(id) ?? 0) >= RELEVANT_GRADE).length;
  return hits / k;
}

const dcg = (gains: number[]) => gains.reduce((sum, g, i) => sum + (2 ** g - 1) / Math.log2(i + 2), 0);

export function ndcgAtK(ranked: string[], grades: Map<string, number>, k: number): number {
  const actual = dcg(ranked.slice(0, k).map((id) => grades.get(id) ?? 0));
  const ideal = dcg([...grades.values()].sort((a, b) => b - a).slice(0, k));
  return ideal === 0 ? 0 : actual / ideal;
}

export const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
