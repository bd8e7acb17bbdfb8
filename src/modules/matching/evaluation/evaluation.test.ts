import { describe, expect, it } from 'vitest';
import { rankByKeywords, words } from './baseline.ts';
import { labelledSet } from './dataset.ts';
import { evaluateMatching } from './evaluate.ts';
import { ndcgAtK, precisionAtK } from './metrics.ts';

describe('metrics', () => {
  const grades = new Map([
    ['a', 3],
    ['b', 2],
    ['c', 0],
    ['d', 1],
  ]);

  it('precision@k counts grade ≥ 2 as relevant', () => {
    expect(precisionAtK(['a', 'c', 'b', 'd'], grades, 2)).toBe(0.5);
    expect(precisionAtK(['a', 'b'], grades, 2)).toBe(1);
  });

  it('nDCG is 1 for the ideal order and lower otherwise', () => {
    expect(ndcgAtK(['a', 'b', 'd', 'c'], grades, 4)).toBeCloseTo(1);
    expect(ndcgAtK(['c', 'd', 'b', 'a'], grades, 4)).toBeLessThan(0.7);
    expect(ndcgAtK(['x'], new Map([['x', 0]]), 1)).toBe(0);
  });
});

describe('keyword baseline', () => {
  it('ignores accents, case and little words', () => {
    expect([...words('Addetto/a alla Città e al magazzino')]).toEqual(['addetto', 'citta', 'magazzino']);
  });

  it('ranks by shared words', () => {
    const ranked = rankByKeywords('magazziniere carrelli elevatori', [
      { id: 'x', text: 'cuoco' },
      { id: 'y', text: 'conduttore di carrelli elevatori' },
      { id: 'z', text: 'magazziniere' },
    ]);
    expect(ranked).toEqual(['y', 'z', 'x']);
  });
});

describe('labelled set and evaluation', () => {
  it('is deterministic by seed and graded 0–3', () => {
    const a = labelledSet(3, 5);
    expect(JSON.stringify(labelledSet(3, 5))).toBe(JSON.stringify(a));
    const grades = new Set(a.flatMap((v) => v.pool.map((c) => c.grade)));
    expect([...grades].sort()).toEqual([0, 1, 2, 3]);
  });

  it('the engine ranks clearly better than keyword overlap', () => {
    const { rows } = evaluateMatching({ seed: 11, vacancies: 40 });
    const [engine, baseline] = rows;
    expect(engine!.ndcgAt10).toBeGreaterThan(baseline!.ndcgAt10 + 0.2);
    expect(engine!.precisionAt10).toBeGreaterThan(baseline!.precisionAt10 + 0.2);
  });
});
