import { describe, expect, it } from 'vitest';
import { exclusions } from './filters.ts';
import { fairnessPenalty, rankPairs } from './rank.ts';
import { occupationMatch, scoreCandidate } from './score.ts';
import type { CandidateProfile, Distance, VacancyProfile } from './types.ts';
import { defaultFairness, maxScore, defaultWeights as w } from './weights.ts';

const warehouse = { uri: 'esco:magazziniere', isco: '4321' };
const forkliftDriver = { uri: 'esco:carrellista', isco: '8344' };
const stockClerk = { uri: 'esco:addetto-scorte', isco: '4321' };
const shippingClerk = { uri: 'esco:spedizioniere', isco: '4323' };

const vacancy = (over: Partial<VacancyProfile> = {}): VacancyProfile => ({
  id: 'v1',
  occupation: warehouse,
  essentialSkills: ['s:inventory', 's:forklift', 's:picking', 's:safety', 's:loading'],
  optionalSkills: ['s:wms'],
  minExperienceMonths: 12,
  minEqfLevel: 2,
  languages: [{ code: 'it', level: 'B1' }],
  licences: ['FORKLIFT'],
  contractType: 'A.03.00',
  workingTime: 'full_time',
  siteComuneCode: '001156',
  startDate: '2027-01-15',
  reservedFor: [],
  ...over,
});

const candidate = (over: Partial<CandidateProfile> = {}): CandidateProfile => ({
  personId: 'p1',
  comuneCode: '001156',
  sharesCv: true,
  availableFrom: '2026-12-01',
  contractTypes: [],
  workingTimes: [],
  maxCommuteKm: 30,
  desiredOccupations: [],
  experience: [{ occupation: warehouse, months: 36 }],
  skills: ['s:inventory', 's:forklift', 's:picking', 's:safety'].map((uri) => ({ uri, level: null })),
  eqfLevel: 3,
  languages: [{ code: 'it', level: 'C2', motherTongue: true }],
  licences: ['FORKLIFT', 'B'],
  targetGroups: [],
  l68: false,
  monthsWithoutWork: 14,
  ...over,
});

const km = (n: number): Distance => ({ kind: 'km', km: n });

describe('hard filters', () => {
  it('lets a suitable candidate through', () => {
    expect(exclusions(vacancy(), candidate(), km(8))).toEqual([]);
  });

  it('names every reason a candidate is left out', () => {
    const codes = exclusions(
      vacancy({ reservedFor: ['l68'] }),
      candidate({
        sharesCv: false,
        availableFrom: '2027-03-01',
        contractTypes: ['A.01.00'],
        workingTimes: ['part_time'],
        maxCommuteKm: 10,
      }),
      km(25),
    ).map((r) => r.code);
    expect(codes).toEqual([
      'no_consent',
      'not_available',
      'contract_type',
      'working_time',
      'too_far',
      'not_reserved_category',
    ]);
  });

  it('without coordinates, leaves out another province only for short commutes', () => {
    const other: Distance = { kind: 'other_province' };
    expect(exclusions(vacancy(), candidate({ maxCommuteKm: 15 }), other).map((r) => r.code)).toEqual([
      'too_far',
    ]);
    expect(exclusions(vacancy(), candidate({ maxCommuteKm: 80 }), other)).toEqual([]);
    expect(exclusions(vacancy(), candidate({ maxCommuteKm: 5 }), { kind: 'same_province' })).toEqual([]);
  });

  it('reserved vacancies take only people of the category', () => {
    const reserved = vacancy({ reservedFor: ['l68', 'neet'] });
    expect(exclusions(reserved, candidate({ l68: true }), km(1))).toEqual([]);
    expect(exclusions(reserved, candidate({ targetGroups: ['neet'] }), km(1))).toEqual([]);
    expect(
      exclusions(vacancy({ reservedFor: ['internship'] }), candidate({ monthsWithoutWork: null }), km(1)),
    ).toHaveLength(1);
  });
});

describe('score', () => {
  it('explains each factor and what is missing', () => {
    const r = scoreCandidate(w, vacancy(), candidate(), km(8));
    const byFactor = Object.fromEntries(r.factors.map((f) => [f.factor, f]));
    expect(byFactor.occupation).toMatchObject({ match: 'same', points: 25 });
    expect(byFactor.essential_skills).toMatchObject({ matched: 4, required: 5, points: 20 });
    expect(byFactor.experience).toMatchObject({ months: 36, points: 15 });
    expect(byFactor.priority).toMatchObject({ longTermUnemployed: true, points: 3 });
    expect(r.missing).toEqual([
      { kind: 'essential_skill', uri: 's:loading' },
      { kind: 'optional_skill', uri: 's:wms' },
    ]);
    expect(r.score).toBe(Math.round(r.factors.reduce((s, f) => s + f.points, 0) * 10) / 10);
    expect(r.score).toBeLessThanOrEqual(maxScore(w));
  });

  it('ranks related occupations below the same one, through the ISCO hierarchy', () => {
    expect(occupationMatch(warehouse, stockClerk)).toBe('same_unit_group');
    expect(occupationMatch(warehouse, shippingClerk)).toBe('same_minor_group');
    expect(occupationMatch(warehouse, forkliftDriver)).toBe('none');
    const points = (o: typeof warehouse) =>
      scoreCandidate(w, vacancy(), candidate({ experience: [{ occupation: o, months: 36 }] }), km(8))
        .factors[0]!.points;
    expect(points(warehouse)).toBeGreaterThan(points(stockClerk));
    expect(points(stockClerk)).toBeGreaterThan(points(shippingClerk));
    expect(points(forkliftDriver)).toBe(0);
  });

  it('counts a desired occupation less than one held', () => {
    const desired = scoreCandidate(
      w,
      vacancy(),
      candidate({ experience: [], desiredOccupations: [warehouse] }),
      km(8),
    );
    expect(desired.factors[0]).toMatchObject({ match: 'same', desiredOnly: true, points: 20 });
    expect(desired.missing).toContainEqual({ kind: 'experience', months: 0, requiredMonths: 12 });
  });

  it('gives distance points from full nearby to none at the maximum commute', () => {
    const d = (dist: Distance, max: number | null = 30) =>
      scoreCandidate(w, vacancy(), candidate({ maxCommuteKm: max }), dist).factors.find(
        (f) => f.factor === 'distance',
      )!.points;
    expect(d(km(3))).toBe(10);
    expect(d(km(30))).toBe(0);
    expect(d(km(17.5))).toBe(5);
    expect(d({ kind: 'same_comune' })).toBe(10);
    expect(d({ kind: 'same_province' })).toBe(4);
    expect(d({ kind: 'unknown' })).toBe(0);
  });

  it('checks languages (mother tongue counts), licences and education', () => {
    const r = scoreCandidate(
      w,
      vacancy({ languages: [{ code: 'en', level: 'B2' }], minEqfLevel: 4 }),
      candidate({ languages: [{ code: 'en', level: 'B1', motherTongue: false }], licences: [] }),
      km(1),
    );
    expect(r.missing).toEqual(
      expect.arrayContaining([
        { kind: 'language', code: 'en', level: 'B2' },
        { kind: 'licence', code: 'FORKLIFT' },
        { kind: 'education', requiredEqf: 4 },
      ]),
    );
  });
});

describe('ranking and fairness', () => {
  const people = Array.from({ length: 6 }, (_, i) =>
    candidate({ personId: `p${i}`, experience: [{ occupation: warehouse, months: 6 * i }] }),
  );

  it('orders by score and reports exclusions by reason', () => {
    const pairs = [
      ...people.map((c) => ({ vacancy: vacancy(), candidate: c, distance: km(5) })),
      { vacancy: vacancy(), candidate: candidate({ personId: 'x', sharesCv: false }), distance: km(5) },
    ];
    const r = rankPairs(w, defaultFairness, pairs, 3);
    expect(r.items.map((m) => m.personId)).toEqual(['p5', 'p4', 'p3']);
    expect(r.considered).toBe(6);
    expect(r.excludedBy).toEqual({ no_consent: 1 });
  });

  it('lowers people proposed many times without an answer, and says by how much', () => {
    expect(fairnessPenalty(defaultFairness, { unansweredProposals: 2 })).toBe(0);
    expect(fairnessPenalty(defaultFairness, { unansweredProposals: 4 })).toBe(6);
    expect(fairnessPenalty(defaultFairness, { unansweredProposals: 40 })).toBe(15);
    expect(fairnessPenalty({ ...defaultFairness, enabled: false }, { unansweredProposals: 40 })).toBe(0);
    const pairs = people.map((c) => ({
      vacancy: vacancy(),
      candidate: c,
      distance: km(5),
      exposure: { unansweredProposals: c.personId === 'p5' ? 10 : 0 },
    }));
    const top = rankPairs(w, defaultFairness, pairs, 6).items;
    const p5 = top.find((m) => m.personId === 'p5')!;
    expect(top[0]!.personId).not.toBe('p5');
    expect(p5.fairnessPenalty).toBe(15);
    expect(p5.rankScore).toBe(Math.round((p5.score - 15) * 10) / 10);
  });

  it('breaks ties differently for different vacancies, the same way every time', () => {
    const same = Array.from({ length: 8 }, (_, i) => candidate({ personId: `t${i}` }));
    const order = (id: string) =>
      rankPairs(
        w,
        defaultFairness,
        same.map((c) => ({ vacancy: vacancy({ id }), candidate: c, distance: km(5) })),
        8,
      )
        .items.map((m) => m.personId)
        .join();
    expect(order('a')).toBe(order('a'));
    expect(order('a')).not.toBe(order('b'));
  });
});
