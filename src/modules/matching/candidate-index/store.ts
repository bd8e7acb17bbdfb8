// The candidate store (ADR 0012): the matching facts of every person who can be proposed, kept in memory so that
// one vacancy is matched against 1,000,000 people in milliseconds. Pure data structure, no I/O: the index
// (index.ts) fills it from the database and keeps it fresh from the change feed.
//
// Layout, chosen for memory (≈ 250 bytes a person) and for speed of the one hot loop:
// - every string (URIs, codes, comuni, organisations) is interned once and stored as a number;
// - each person's facts are encoded as a run of int32 in one growing arena (fields.ts); an update appends the new
//   run and the old one becomes garbage, collected when it outweighs the live data;
// - postings: for each held occupation, desired occupation and skill, the list of (slot, version) of the people
//   who have it. An update bumps the person's version and appends fresh postings; entries of an older version are
//   skipped when read and dropped when the postings are rebuilt.
import type { CandidateFacts } from '../../people/domain/candidate-facts.ts';
import {
  DESIRED,
  decodeFacts,
  encodeFacts,
  F,
  HELD,
  type Interner,
  L,
  listStart,
  NONE,
  postingKey,
  SKILL,
  tokensOf,
} from './fields.ts';
import { TopK, tieOrder } from './top-k.ts';

/** What the pre-selection asks for; every number is in the engine's points (weights.ts). */
export type StoreQuery = {
  /** Occupations held (experience) with their points; a desired occupation earns `desiredShare` of them. */
  occupations: { uri: string; points: number }[];
  desiredShare: number;
  /** Skills with their points (an essential skill listed once, with the essential points). */
  skills: { uri: string; points: number }[];
  /** Comuni around the site: distance points, and the km when measured (null = fallback, not a number). */
  near: { code: string; km: number | null; points: number }[];
  /** Distances are measured: a person whose maximum commute is shorter is out (beyond `radiusKm` counts as far). */
  measured: boolean;
  radiusKm: number;
  /** Record owners in the caller's scope; null = all. */
  owners: readonly string[] | null;
  /** Imports still being committed: their people are not visible yet. */
  hiddenImports: readonly string[];
  startDate: string | null;
  contractType: string;
  workingTime: string;
  /** Only people with a special-category record (a vacancy reserved for the L. 68/99 lists). */
  specialCategoryOnly: boolean;
  requireConsent: boolean;
  keep: number;
  /** Orders equal pre-scores (top-k.ts tieOrder): derived from the vacancy, so each vacancy breaks ties its own way. */
  tieSeed: number;
};

export type Preselected = { facts: CandidateFacts; pre: number };

const grow = (a: Int32Array<ArrayBuffer>, need: number): Int32Array<ArrayBuffer> => {
  if (need <= a.length) return a;
  const b = new Int32Array(Math.max(need, Math.ceil(a.length * 1.5)));
  b.set(a);
  return b;
};

/** A posting list: `n` entries of (slot, version); `stale` of them belong to an older version of their person. */
type Posting = { data: Int32Array<ArrayBuffer>; n: number; stale: number };

export class CandidateStore implements Interner {
  private strings: string[] = [];
  private stringIds = new Map<string, number>();
  private slotOf = new Map<string, number>();
  private ids: string[] = [];
  /** Start of the slot's run in the arena, -1 when the person left (anonymised, merged, deleted). */
  private start = new Int32Array(1024);
  private version = new Int32Array(1024);
  /** The residence comune of each slot, apart from the arena: read for everyone the pre-selection touches. */
  private comuneOf = new Int32Array(1024);
  private arena = new Int32Array(1 << 16);
  private used = 0;
  private live = 0;
  private postings = new Map<number, Posting>();
  private postingEntries = 0;
  private stalePostings = 0;
  /** Scratch buffers of the hot loop, sized to the slots (JavaScript runs one query at a time). */
  private points = new Float32Array(0);
  /** 1 for a person updated or removed since the postings were built: their older entries must be skipped. */
  private changed = new Uint8Array(1024);
  /** Garbage (int32 of the arena, or posting entries) tolerated before compacting; small in tests. */
  private minGarbage: number;

  constructor(opts: { minGarbage?: number } = {}) {
    this.minGarbage = opts.minGarbage ?? 1 << 20;
  }

  get size() {
    return this.slotOf.size - this.removed;
  }
  private removed = 0;
  /** How many times the arena and postings were rebuilt (for tests and stats). */
  compactions = 0;

  /** Approximate memory held by the arena and postings, in bytes. */
  get bytes() {
    let p = 0;
    for (const x of this.postings.values()) p += x.data.byteLength;
    const scratch = this.points.byteLength + this.touchedSlots.byteLength + this.changed.byteLength;
    return this.arena.byteLength + p + this.start.byteLength * 3 + scratch;
  }

  id(s: string): number {
    let n = this.stringIds.get(s);
    if (n === undefined) {
      n = this.strings.length;
      this.strings.push(s);
      this.stringIds.set(s, n);
    }
    return n;
  }
  /** The interned number of a string, or -1 when no stored fact uses it (so nothing can match it). */
  private known(s: string): number {
    return this.stringIds.get(s) ?? -1;
  }
  text(n: number): string {
    return this.strings[n]!;
  }

  has(personId: string): boolean {
    const slot = this.slotOf.get(personId);
    return slot !== undefined && this.start[slot] !== -1;
  }

  /** Adds or replaces one person's facts. */
  put(f: CandidateFacts) {
    let slot = this.slotOf.get(f.personId);
    if (slot === undefined) {
      slot = this.ids.length;
      this.ids.push(f.personId);
      this.slotOf.set(f.personId, slot);
      if (slot >= this.start.length) {
        this.start = grow(this.start, slot + 1);
        this.version = grow(this.version, slot + 1);
        this.comuneOf = grow(this.comuneOf, slot + 1);
        const changed = new Uint8Array(this.start.length);
        changed.set(this.changed);
        this.changed = changed;
      }
    } else if (this.start[slot] === -1) {
      this.removed--;
      this.start[slot] = 0;
    } else {
      this.retire(slot);
    }
    const run = encodeFacts(f, this);
    this.arena = grow(this.arena, this.used + run.length);
    this.arena.set(run, this.used);
    this.start[slot] = this.used;
    this.comuneOf[slot] = run[F.comune]!;
    this.used += run.length;
    this.live += run.length;
    this.version[slot] = this.version[slot]! + 1;
    this.index(slot);
    this.compactIfNeeded();
  }

  /** Takes a person out (anonymised, merged, deleted, or no longer readable). */
  remove(personId: string) {
    const slot = this.slotOf.get(personId);
    if (slot === undefined || this.start[slot] === -1) return;
    this.retire(slot);
    this.start[slot] = -1;
    this.version[slot] = this.version[slot]! + 1;
    this.removed++;
  }

  /**
   * The best `keep` people for a query, best first. Equal pre-scores are ordered by `tieOrder(slot, tieSeed)`:
   * when more people tie than the cut keeps, which of them the engine sees changes from vacancy to vacancy
   * instead of always favouring the people loaded first.
   */
  preselect(q: StoreQuery): Preselected[] {
    this.ensureScratch();
    // Memory access decides the speed here: one float per person (4 MB at 1,000,000), and the version of a
    // posting entry is read only for people changed since the postings were built.
    const { points, touchedSlots, changed, version } = this;
    let touched = 0;
    // Occupations are visited first and keep their best value (held, or desired at its share); skills, visited
    // after, add to it. A single sum is enough because no occupation comes after a skill.
    const visit = (key: number, value: number, add: boolean) => {
      const p = this.postings.get(key);
      // A posting worth no points changes no one's place (and would break the first-visit test below).
      if (!p || value <= 0) return;
      const { data } = p;
      const end = p.n * 2;
      // Most lists hold no stale entry: then no version is read at all.
      const checked = p.stale > 0;
      for (let i = 0; i < end; i += 2) {
        const slot = data[i]!;
        if (checked && changed[slot] === 1 && data[i + 1] !== version[slot]) continue;
        const sum = points[slot]!;
        // Points are positive: zero means a first visit in this query.
        if (sum === 0) touchedSlots[touched++] = slot;
        if (add) points[slot] = sum + value;
        else if (value > sum) points[slot] = value;
      }
    };
    for (const o of q.occupations) {
      const uri = this.known(o.uri);
      if (uri < 0) continue;
      visit(postingKey(uri, HELD), o.points, false);
      visit(postingKey(uri, DESIRED), o.points * q.desiredShare, false);
    }
    for (const k of q.skills) {
      const uri = this.known(k.uri);
      if (uri >= 0) visit(postingKey(uri, SKILL), k.points, true);
    }

    // Scores first, the comune (a dense array, not the arena) only for someone who could enter the cut with the
    // best distance points possible, the person's run for the hard filters only for someone who does: once the
    // cut is full, most people touched cost an addition and a comparison.
    const pass = this.filter(q);
    const nearPoints = this.perString(q.near.map((x) => [x.code, x.points]));
    const bestNear = Math.max(0, ...q.near.map((x) => x.points));
    const heap = new TopK(q.keep);
    const { start, arena, comuneOf } = this;
    const seed = q.tieSeed;
    for (let t = 0; t < touched; t++) {
      const slot = touchedSlots[t]!;
      const held = points[slot]!;
      points[slot] = 0;
      if (heap.full && held + bestNear < heap.lowest) continue;
      const at = start[slot]!;
      if (at < 0) continue;
      const pre = held + nearPoints[comuneOf[slot]!]!;
      if (heap.full && pre <= heap.lowest) {
        if (pre < heap.lowest || tieOrder(slot, seed) > heap.lowestTie) continue;
      }
      if (pass(at)) heap.offer(slot, pre, tieOrder(slot, seed));
    }
    this.lastTouched = touched;
    return heap
      .sorted()
      .map(([slot, pre]) => ({ facts: decodeFacts(arena, start[slot]!, this, this.ids[slot]!), pre }));
  }

  /** People who shared at least one posting with the last query (for the benchmark's figures). */
  lastTouched = 0;
  private touchedSlots = new Int32Array(0);
  private ensureScratch() {
    if (this.touchedSlots.length >= this.ids.length) return;
    const size = this.start.length;
    this.points = new Float32Array(size);
    this.touchedSlots = new Int32Array(size);
  }

  /** A value per interned string (0 for the others), for lookups in the hot loop. */
  private perString(pairs: [string, number][]): Float64Array {
    const out = new Float64Array(this.strings.length);
    for (const [s, v] of pairs) {
      const n = this.known(s);
      if (n >= 0) out[n] = v;
    }
    return out;
  }

  /** The hard filters SQL used to check on the person row, read straight from the arena. */
  private filter(q: StoreQuery): (at: number) => boolean {
    const a = this.arena;
    const owners = q.owners === null ? null : this.perString(q.owners.map((o) => [o, 1]));
    const hidden = this.perString(q.hiddenImports.map((i) => [i, 1]));
    const start =
      q.startDate === null ? null : Math.floor(Date.parse(`${q.startDate}T00:00:00Z`) / 86_400_000);
    const contract = this.known(q.contractType);
    const time = this.known(q.workingTime);
    // Beyond the comuni around the site counts as farther than the radius.
    const km = this.perString(q.near.map((x) => [x.code, x.km ?? q.radiusKm + 1]));
    const far = q.radiusKm + 1;
    const listed = new Set(q.near.map((x) => this.known(x.code)));
    const allows = (at: number, list: number, value: number) => {
      const p = listStart(a, at, list);
      const count = a[p]!;
      for (let i = 1; i <= count; i++) if (a[p + i] === value) return true;
      return count === 0;
    };
    return (at) => {
      if (owners && owners[a[at + F.owner]!] !== 1) return false;
      if (a[at + F.importId] !== NONE && hidden[a[at + F.importId]!] === 1) return false;
      const flags = a[at + F.flags]!;
      if (q.requireConsent && (flags & 1) === 0) return false;
      if (q.specialCategoryOnly && (flags & 2) === 0) return false;
      if (start !== null && a[at + F.availableFrom] !== NONE && a[at + F.availableFrom]! > start)
        return false;
      if (!allows(at, L.contractTypes, contract) || !allows(at, L.workingTimes, time)) return false;
      const max = a[at + F.maxCommute]!;
      if (q.measured && max !== NONE) {
        const comune = a[at + F.comune]!;
        if ((listed.has(comune) ? km[comune]! : far) > max) return false;
      }
      return true;
    };
  }

  /** The run of `slot` becomes garbage: its postings go stale with the version bump that follows. */
  private retire(slot: number) {
    this.changed[slot] = 1;
    const at = this.start[slot]!;
    this.live -= this.arena[at + F.length]!;
    for (const token of tokensOf(this.arena, at)) {
      const p = this.postings.get(token);
      if (p) p.stale++;
      this.stalePostings++;
    }
  }

  private index(slot: number) {
    const v = this.version[slot]!;
    for (const token of tokensOf(this.arena, this.start[slot]!)) {
      let p = this.postings.get(token);
      if (!p) {
        p = { data: new Int32Array(8), n: 0, stale: 0 };
        this.postings.set(token, p);
      }
      p.data = grow(p.data, (p.n + 1) * 2);
      p.data[p.n * 2] = slot;
      p.data[p.n * 2 + 1] = v;
      p.n++;
      this.postingEntries++;
    }
  }

  /** Garbage beyond half of what is held: copy the live runs and rebuild the postings (amortised). */
  private compactIfNeeded() {
    const garbage = this.used - this.live;
    if (
      garbage > Math.max(this.minGarbage, this.live) ||
      this.stalePostings > Math.max(this.minGarbage, this.postingEntries / 2)
    ) {
      this.compactions++;
      const arena = new Int32Array(Math.max(1 << 16, Math.ceil(this.live * 1.25)));
      let used = 0;
      for (let slot = 0; slot < this.ids.length; slot++) {
        const at = this.start[slot]!;
        if (at === -1) continue;
        const len = this.arena[at + F.length]!;
        arena.set(this.arena.subarray(at, at + len), used);
        this.start[slot] = used;
        used += len;
      }
      this.arena = arena;
      this.used = used;
      this.live = used;
      this.postings = new Map();
      this.changed.fill(0);
      this.postingEntries = 0;
      this.stalePostings = 0;
      for (let slot = 0; slot < this.ids.length; slot++) if (this.start[slot] !== -1) this.index(slot);
    }
  }
}
