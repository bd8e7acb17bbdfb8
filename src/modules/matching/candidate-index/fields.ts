// How one person's matching facts are packed into int32 (store.ts): a fixed header, then lists, each as its count
// followed by its elements. Strings are interned numbers, dates are days since 1970-01-01, NONE means null.
import type { CandidateFacts } from '../../people/domain/candidate-facts.ts';
import type { CefrLevel, SkillLevel } from '../domain/types.ts';

export const NONE = -2_147_483_648;
const DAY = 86_400_000;

/** Header offsets from the start of a run. */
export const F = {
  length: 0,
  owner: 1,
  importId: 2,
  comune: 3,
  birthDate: 4,
  employmentStatus: 5,
  unemployedSince: 6,
  availableFrom: 7,
  maxCommute: 8,
  /** bit 0: shares the CV; bit 1: has a special-category record. */
  flags: 9,
  eqf: 10,
} as const;
const HEADER = 11;

/** Lists after the header, in this order, with the int32 width of one element. */
export const L = {
  contractTypes: 0,
  workingTimes: 1,
  incomeSupport: 2,
  declaredGroups: 3,
  desiredOccupations: 4,
  /** occupation, start day, end day (NONE = ongoing) */
  experiences: 5,
  /** skill, level (NONE, or 0–2 as SKILL_LEVELS) */
  skills: 6,
  /** language, CEFR index, mother tongue 0/1 */
  languages: 7,
  licences: 8,
} as const;
const WIDTH = [1, 1, 1, 1, 1, 3, 2, 3, 1];

/** Posting keys: an interned URI times 4 plus its kind. */
export const HELD = 0;
export const DESIRED = 1;
export const SKILL = 2;
export const postingKey = (uri: number, kind: number) => uri * 4 + kind;

const SKILL_LEVELS: SkillLevel[] = ['basic', 'intermediate', 'advanced'];
const CEFR: CefrLevel[] = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];

export interface Interner {
  id(s: string): number;
  text(n: number): string;
}

const toDay = (d: string | null) =>
  d === null ? NONE : Math.floor(Date.parse(`${d.slice(0, 10)}T00:00:00Z`) / DAY);
/** Day numbers back to ISO dates, remembered: a match decodes hundreds of people and dates repeat (≤ 73,000 days). */
const isoDays = new Map<number, string>();
const fromDay = (n: number) => {
  if (n === NONE) return null;
  let iso = isoDays.get(n);
  if (iso === undefined) {
    iso = new Date(n * DAY).toISOString().slice(0, 10);
    isoDays.set(n, iso);
  }
  return iso;
};
const orNone = (n: number | null) => (n === null ? NONE : n);
const orNull = (n: number) => (n === NONE ? null : n);

export function encodeFacts(f: CandidateFacts, s: Interner): Int32Array {
  const out: number[] = [
    0,
    s.id(f.ownerOrganisationId),
    f.importId === null ? NONE : s.id(f.importId),
    s.id(f.comuneCode),
    toDay(f.birthDate),
    s.id(f.employmentStatus),
    toDay(f.unemployedSince),
    toDay(f.availableFrom),
    orNone(f.maxCommuteKm === null ? null : Math.round(f.maxCommuteKm)),
    (f.sharesCv ? 1 : 0) | (f.hasSpecialCategory ? 2 : 0),
    orNone(f.eqfLevel),
  ];
  const list = (items: readonly string[]) => out.push(items.length, ...items.map((x) => s.id(x)));
  list(f.contractTypes);
  list(f.workingTimes);
  list(f.incomeSupport);
  list(f.declaredGroups);
  list(f.desiredOccupations);
  out.push(f.experiences.length);
  for (const e of f.experiences) out.push(s.id(e.uri), e.start, orNone(e.end));
  out.push(f.skills.length);
  for (const k of f.skills) out.push(s.id(k.uri), k.level === null ? NONE : SKILL_LEVELS.indexOf(k.level));
  out.push(f.languages.length);
  for (const l of f.languages) out.push(s.id(l.code), CEFR.indexOf(l.level), l.motherTongue ? 1 : 0);
  list(f.licences);
  out[F.length] = out.length;
  return Int32Array.from(out);
}

/** Where list `which` of the run starting at `at` begins: its count is there, its elements follow. */
export function listStart(a: Int32Array, at: number, which: number): number {
  let p = at + HEADER;
  for (let k = 0; k < which; k++) p += 1 + a[p]! * WIDTH[k]!;
  return p;
}

/** [index of the first element, number of elements] of list `which` (allocates: not for the hot loop). */
export function listAt(a: Int32Array, at: number, which: number): [number, number] {
  const p = listStart(a, at, which);
  return [p + 1, a[p]!];
}

/** The posting keys of a run: occupations held, occupations desired, skills (each once). */
export function tokensOf(a: Int32Array, at: number): number[] {
  const keys = new Set<number>();
  const [d, dn] = listAt(a, at, L.desiredOccupations);
  for (let i = 0; i < dn; i++) keys.add(postingKey(a[d + i]!, DESIRED));
  const [e, en] = listAt(a, at, L.experiences);
  for (let i = 0; i < en; i++) keys.add(postingKey(a[e + i * 3]!, HELD));
  const [k, kn] = listAt(a, at, L.skills);
  for (let i = 0; i < kn; i++) keys.add(postingKey(a[k + i * 2]!, SKILL));
  return [...keys];
}

export function decodeFacts(a: Int32Array, at: number, s: Interner, personId: string): CandidateFacts {
  const strings = (which: number) => {
    const [from, n] = listAt(a, at, which);
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(s.text(a[from + i]!));
    return out;
  };
  const [e, en] = listAt(a, at, L.experiences);
  const [k, kn] = listAt(a, at, L.skills);
  const [g, gn] = listAt(a, at, L.languages);
  const importId = a[at + F.importId]!;
  return {
    personId,
    ownerOrganisationId: s.text(a[at + F.owner]!),
    importId: importId === NONE ? null : s.text(importId),
    comuneCode: s.text(a[at + F.comune]!),
    birthDate: fromDay(a[at + F.birthDate]!)!,
    employmentStatus: s.text(a[at + F.employmentStatus]!),
    unemployedSince: fromDay(a[at + F.unemployedSince]!),
    incomeSupport: strings(L.incomeSupport),
    declaredGroups: strings(L.declaredGroups),
    availableFrom: fromDay(a[at + F.availableFrom]!),
    contractTypes: strings(L.contractTypes),
    workingTimes: strings(L.workingTimes),
    maxCommuteKm: orNull(a[at + F.maxCommute]!),
    sharesCv: (a[at + F.flags]! & 1) === 1,
    hasSpecialCategory: (a[at + F.flags]! & 2) === 2,
    desiredOccupations: strings(L.desiredOccupations),
    experiences: Array.from({ length: en }, (_, i) => ({
      uri: s.text(a[e + i * 3]!),
      start: a[e + i * 3 + 1]!,
      end: orNull(a[e + i * 3 + 2]!),
    })),
    skills: Array.from({ length: kn }, (_, i) => {
      const level = a[k + i * 2 + 1]!;
      return { uri: s.text(a[k + i * 2]!), level: level === NONE ? null : SKILL_LEVELS[level]! };
    }),
    eqfLevel: orNull(a[at + F.eqf]!),
    languages: Array.from({ length: gn }, (_, i) => ({
      code: s.text(a[g + i * 3]!),
      level: CEFR[a[g + i * 3 + 1]!]!,
      motherTongue: a[g + i * 3 + 2] === 1,
    })),
    licences: strings(L.licences),
  };
}
