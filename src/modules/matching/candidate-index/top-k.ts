// The cut of the pre-selection (store.ts): the best `k` people seen so far, without sorting everyone touched.

/** A bounded min-heap keeping the `k` highest scores; equal scores keep the smaller slot. */
export class TopK {
  private slots: number[] = [];
  private scores: number[] = [];
  private k: number;
  constructor(k: number) {
    this.k = k;
  }
  get full() {
    return this.slots.length >= this.k;
  }
  /** The score and slot of the worst kept (meaningful when full). */
  get lowest() {
    return this.scores[0]!;
  }
  get lowestSlot() {
    return this.slots[0]!;
  }
  /** Entry i is worse than entry j: lower score, or equal score and later slot. */
  private worse(i: number, j: number) {
    const d = this.scores[i]! - this.scores[j]!;
    return d < 0 || (d === 0 && this.slots[i]! > this.slots[j]!);
  }
  private swap(i: number, j: number) {
    const slot = this.slots[i]!;
    this.slots[i] = this.slots[j]!;
    this.slots[j] = slot;
    const score = this.scores[i]!;
    this.scores[i] = this.scores[j]!;
    this.scores[j] = score;
  }
  /** Adds an entry; when full, the caller has checked it beats the worst kept (preselect's loop). */
  offer(slot: number, score: number) {
    if (this.k <= 0) return;
    if (this.slots.length < this.k) {
      this.slots.push(slot);
      this.scores.push(score);
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
  /** Best first. */
  sorted(): [number, number][] {
    const out = this.slots.map((s, i) => [s, this.scores[i]!] as [number, number]);
    return out.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  }
}
