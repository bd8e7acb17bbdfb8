import { describe, expect, it } from 'vitest';
import type { CandidateFacts } from '../../people/domain/candidate-facts.ts';
import { decodeFacts, encodeFacts, type Interner } from './fields.ts';
import { CandidateStore, type StoreQuery } from './store.ts';
import { tieOrder } from './top-k.ts';

const person = (id: string, over: Partial<CandidateFacts> = {}): CandidateFacts => ({
  personId: id,
  ownerOrganisationId: 'org-a',
  importId: null,
  comuneCode: '001156',
  birthDate: '1980-05-17',
  employmentStatus: 'unemployed',
  unemployedSince: '2024-02-01',
  incomeSupport: [],
  declaredGroups: [],
  availableFrom: null,
  contractTypes: [],
  workingTimes: [],
  maxCommuteKm: null,
  sharesCv: true,
  hasSpecialCategory: false,
  desiredOccupations: [],
  experiences: [],
  skills: [],
  eqfLevel: null,
  languages: [],
  licences: [],
  ...over,
});

const query = (over: Partial<StoreQuery> = {}): StoreQuery => ({
  occupations: [{ uri: 'occ:warehouse', points: 30 }],
  desiredShare: 0.5,
  skills: [
    { uri: 'sk:1', points: 10 },
    { uri: 'sk:2', points: 10 },
  ],
  near: [
    { code: '001156', km: 0, points: 10 },
    { code: '001078', km: 12, points: 6 },
  ],
  measured: true,
  radiusKm: 50,
  owners: null,
  hiddenImports: [],
  startDate: '2027-01-01',
  contractType: 'A.02.00',
  workingTime: 'full_time',
  specialCategoryOnly: false,
  requireConsent: true,
  keep: 10,
  tieSeed: 7,
  ...over,
});

const held = (uri: string) => ({ uri, start: 19_000, end: null });
const ids = (s: CandidateStore, q: StoreQuery) => s.preselect(q).map((p) => p.facts.personId);

describe('candidate store', () => {
  it('packs facts and gives them back unchanged', () => {
    const strings: string[] = [];
    const interner: Interner = {
      id: (s) => (strings.includes(s) ? strings.indexOf(s) : strings.push(s) - 1),
      text: (n) => strings[n]!,
    };
    const f = person('p1', {
      importId: 'imp-1',
      availableFrom: '2026-12-01',
      contractTypes: ['A.01.00', 'A.02.00'],
      workingTimes: ['part_time'],
      incomeSupport: ['naspi'],
      declaredGroups: ['migrant'],
      maxCommuteKm: 25,
      hasSpecialCategory: true,
      desiredOccupations: ['occ:driver'],
      experiences: [
        { uri: 'occ:warehouse', start: 18_000, end: 18_400 },
        { uri: 'occ:warehouse', start: 19_000, end: null },
      ],
      skills: [
        { uri: 'sk:1', level: 'advanced' },
        { uri: 'sk:2', level: null },
      ],
      eqfLevel: 4,
      languages: [{ code: 'it', level: 'C2', motherTongue: true }],
      licences: ['B', 'CARRELLISTA'],
    });
    expect(decodeFacts(encodeFacts(f, interner), 0, interner, 'p1')).toEqual(f);
  });

  it('ranks by occupation, skills and distance, best first', () => {
    const s = new CandidateStore();
    s.put(person('b', { experiences: [held('occ:warehouse')], skills: [{ uri: 'sk:1', level: null }] }));
    s.put(person('a', { experiences: [held('occ:warehouse')], skills: [{ uri: 'sk:1', level: null }] }));
    s.put(person('c', { desiredOccupations: ['occ:warehouse'], comuneCode: '001078' }));
    s.put(person('d', { skills: [{ uri: 'sk:9', level: null }] }));
    const got = s.preselect(query());
    // b, a: 30 + 10 + 10 (same comune) = 50, in the tie order of the seed; c: 15 + 6 = 21; d shares nothing.
    const tied = tieOrder(0, 7) < tieOrder(1, 7) ? ['b', 'a'] : ['a', 'b'];
    expect(got.map((g) => [g.facts.personId, g.pre])).toEqual([
      [tied[0], 50],
      [tied[1], 50],
      ['c', 21],
    ]);
    expect(ids(s, query({ keep: 1 }))).toEqual([tied[0]]);
  });

  it('breaks ties differently for different vacancies, the same way for the same one', () => {
    const s = new CandidateStore();
    for (let i = 0; i < 40; i++) s.put(person(`p${i}`, { experiences: [held('occ:warehouse')] }));
    const cut = (tieSeed: number) => ids(s, query({ keep: 5, tieSeed }));
    expect(cut(1)).toEqual(cut(1));
    expect(new Set([1, 2, 3, 4].map((seed) => cut(seed).join())).size).toBeGreaterThan(1);
    // Over many vacancies, everyone tied gets into some cut: nobody is kept out by load order.
    const seen = new Set<string>();
    for (let seed = 0; seed < 200; seed++) for (const id of cut(seed)) seen.add(id);
    expect(seen.size).toBe(40);
  });

  it('applies the hard filters the SQL pre-selection applies', () => {
    const s = new CandidateStore();
    const base = { experiences: [held('occ:warehouse')] };
    s.put(person('ok', base));
    s.put(person('noConsent', { ...base, sharesCv: false }));
    s.put(person('otherOwner', { ...base, ownerOrganisationId: 'org-b' }));
    s.put(person('hidden', { ...base, importId: 'imp-9' }));
    s.put(person('later', { ...base, availableFrom: '2027-03-01' }));
    s.put(person('partTime', { ...base, workingTimes: ['part_time'] }));
    s.put(person('contract', { ...base, contractTypes: ['A.01.00'] }));
    s.put(person('tooFar', { ...base, comuneCode: '001078', maxCommuteKm: 10 }));
    s.put(person('farAway', { ...base, comuneCode: '009999', maxCommuteKm: 40 }));
    const q = query({ owners: ['org-a'], hiddenImports: ['imp-9'] });
    expect(ids(s, q)).toEqual(['ok']);
    // Without measured distances the commute is the engine's to judge; without consent required it counts no more.
    expect(ids(s, { ...q, measured: false, requireConsent: false }).sort()).toEqual([
      'farAway',
      'noConsent',
      'ok',
      'tooFar',
    ]);
    expect(ids(s, { ...q, specialCategoryOnly: true })).toEqual([]);
  });

  it('follows updates and removals, and stays right through compaction', () => {
    const s = new CandidateStore({ minGarbage: 10_000 });
    // Deterministic pseudo-random people and rewrites; every answer is checked against a plain scan of the truth.
    let seed = 7;
    const rnd = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % n;
    };
    const truth = new Map<string, CandidateFacts>();
    // A person keeps the slot of their first load, even after a removal: ties are broken in that order.
    const firstLoaded = new Map<string, number>();
    const random = (id: string) =>
      person(id, {
        experiences: rnd(3) === 0 ? [held(`occ:${rnd(4)}`)] : [],
        desiredOccupations: rnd(2) === 0 ? [`occ:${rnd(4)}`] : [],
        skills: [...new Set([rnd(8), rnd(8), rnd(8)])].map((k) => ({ uri: `sk:${k}`, level: null })),
        sharesCv: rnd(5) !== 0,
        comuneCode: rnd(2) === 0 ? '001156' : '001078',
      });
    const q = query({
      occupations: [
        { uri: 'occ:1', points: 30 },
        { uri: 'occ:2', points: 21 },
      ],
      skills: [0, 1, 2, 3].map((k) => ({ uri: `sk:${k}`, points: 7.5 })),
      keep: 25,
    });
    const expected = () => {
      const scored: [string, number][] = [];
      for (const f of truth.values()) {
        if (!f.sharesCv) continue;
        let occ = 0;
        for (const o of q.occupations) {
          if (f.experiences.some((e) => e.uri === o.uri)) occ = Math.max(occ, o.points);
          if (f.desiredOccupations.includes(o.uri)) occ = Math.max(occ, o.points * q.desiredShare);
        }
        const skills = q.skills.filter((k) => f.skills.some((x) => x.uri === k.uri)).length;
        // Someone with nothing in common with the vacancy is not a candidate.
        if (occ === 0 && skills === 0) continue;
        const sk = skills * 7.5;
        scored.push([f.personId, occ + sk + (f.comuneCode === '001156' ? 10 : 6)]);
      }
      return scored
        .sort(
          (a, b) =>
            b[1] - a[1] ||
            tieOrder(firstLoaded.get(a[0])!, q.tieSeed) - tieOrder(firstLoaded.get(b[0])!, q.tieSeed),
        )
        .slice(0, q.keep)
        .map(([id, pre]) => [id, pre]);
    };
    for (let round = 0; round < 40; round++) {
      for (let i = 0; i < 400; i++) {
        const id = `p${String(rnd(3000)).padStart(4, '0')}`;
        if (rnd(10) === 0) {
          s.remove(id);
          truth.delete(id);
        } else {
          const f = random(id);
          s.put(f);
          truth.set(id, f);
          if (!firstLoaded.has(id)) firstLoaded.set(id, firstLoaded.size);
        }
      }
      expect(s.preselect(q).map((p) => [p.facts.personId, p.pre])).toEqual(expected());
      expect(s.size).toBe(truth.size);
    }
    expect(s.compactions).toBeGreaterThan(0);
  });
});
