// A small seeded pseudo-random generator (mulberry32) and the draws the people generator needs. Deterministic:
// the same seed gives the same sequence on every platform (32-bit integer arithmetic only). Not for security.

export type Random = {
  /** Uniform in [0, 1). */
  next: () => number;
  /** Uniform integer in [min, max] (both included). */
  int: (min: number, max: number) => number;
  /** True with probability p. */
  chance: (p: number) => boolean;
  pick: <T>(items: readonly T[]) => T;
  /** Picks by weight (weights need not sum to 1). */
  weighted: <T>(items: readonly (readonly [T, number])[]) => T;
};

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function createRandom(seed: number): Random {
  const next = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(next() * items.length)]!;
    },
    weighted: (items) => {
      let total = 0;
      for (const [, w] of items) total += w;
      if (!(total > 0)) throw new Error('weighted pick needs a positive total weight');
      let r = next() * total;
      for (const [item, w] of items) {
        r -= w;
        if (r < 0) return item;
      }
      return items[items.length - 1]![0];
    },
  };
}

/** Prepares a weighted table once for many O(log n) draws (comuni by population, owners by weight). */
export function weightedTable<T>(items: readonly (readonly [T, number])[]): (r: Random) => T {
  const values: T[] = [];
  const cumulative: number[] = [];
  let total = 0;
  for (const [item, w] of items) {
    if (w <= 0) continue;
    total += w;
    values.push(item);
    cumulative.push(total);
  }
  if (values.length === 0) throw new Error('weighted table needs a positive weight');
  return (r) => {
    const x = r.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return values[lo]!;
  };
}

/** A UUID (version 4 layout) drawn from the generator: deterministic ids for deterministic rows. */
export function randomUuid(r: Random): string {
  const hex: string[] = [];
  for (let i = 0; i < 4; i++)
    hex.push(
      Math.floor(r.next() * 0x100000000)
        .toString(16)
        .padStart(8, '0'),
    );
  const s = hex.join('');
  const variant = ((Number.parseInt(s[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-4${s.slice(13, 16)}-${variant}${s.slice(17, 20)}-${s.slice(20, 32)}`;
}
