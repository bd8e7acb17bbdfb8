// The cut of the pre-selection (store.ts): the best `k` people seen so far, without sorting everyone touched.

/**
 * The order of people with equal pre-scores: a bijective 32-bit mix of the slot and the vacancy's seed, so that
 * among equals the cut keeps different people for different vacancies (the engine breaks its ties the same way,
 * by a hash of vacancy and person), never the same first-loaded ones. Distinct slots never tie.
 */
export function tieOrder(slot: number, seed: number): number {
  let h = (slot ^ seed) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

/** A bounded min-heap keeping the `k` highest scores; of equal scores, the smaller tie value. */
export class TopK {
  private slots: number[] = [];
  private scores: number[] = [];
  private ties: number[] = [];
  private k: number;
  constructor(k: number) {
    this.k = k;
  }
  get full() {
    return this.slots.length >= this.k;
  }
  /** The score and tie value of the worst kept (meaningful when full). */
  get lowest() {
    return this.scores[0]!;
  }
  get lowestTie() {
    return this.ties[0]!;
  }
  /** Entry i is worse than entry j: lower score, or equal score and a larger tie value. */
  private worse(i: number, j: number) {
    const d = this.scores[i]! - this.scores[j]!;
    return d < 0 || (d === 0 && this.ties[i]! > this.ties[j]!);
  }
  private swap(i: number, j: number) {
    const { slots, scores, ties } = this;
    [slots[i], slots[j]] = [slots[j]!, slots[i]!];
    [scores[i], scores[j]] = [scores[j]!, scores[i]!];
    [ties[i], ties[j]] = [ties[j]!, ties[i]!];
  }
  /** Adds an entry; when full, the caller has checked it beats the worst kept (preselect's loop). */
  offer(slot: number, score: number, tie: number) {
    if (this.k <= 0) return;
    if (this.slots.length < this.k) {
      this.slots.push(slot);
      this.scores.push(score);
      this.ties.push(tie);
      let i = this.slots.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!this.worse(i, parent)) break;
        this.swap(i, parent);
        i = parent;
      }
      return;
    }
    this.slots[0] = slot;
    this.scores[0] = score;
    this.ties[0] = tie;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < this.slots.length && this.worse(l, m)) m = l;
      if (r < this.slots.length && this.worse(r, m)) m = r;
      if (m === i) break;
      this.swap(i, m);
      i = m;
    }
  }
  /** Best first: [slot, score]. */
  sorted(): [number, number][] {
    const order = this.slots.map((_, i) => i);
    order.sort((a, b) => this.scores[b]! - this.scores[a]! || this.ties[a]! - this.ties[b]!);
    return order.map((i) => [this.slots[i]!, this.scores[i]!]);
  }
}
