import { describe, expect, it } from 'vitest';
import { cvUpdate } from '../cv-contract.ts';
import { foldText } from '../domain/search-text.ts';
import { cvGenerator } from './cv.ts';
import { generatePeople } from './generate.ts';

const today = new Date('2026-11-01T00:00:00Z');
const people = [
  ...generatePeople({
    seed: 5,
    count: 400,
    networkComuni: ['001078', '001272'],
    owners: [{ id: '00000000-0000-4000-8000-000000000001', weight: 1 }],
    today,
  }),
];

describe('synthetic CVs', () => {
  const cvFor = cvGenerator({ seed: 1, today });
  const cvs = people.map((p) => ({ p, cv: cvFor(p) }));

  it('is deterministic per person and seed', () => {
    expect(cvGenerator({ seed: 1, today })(people[3]!)).toEqual(cvs[3]!.cv);
    expect(cvGenerator({ seed: 2, today })(people[3]!)).not.toEqual(cvs[3]!.cv);
  });

  it('gives plausible, valid CVs', () => {
    const withDesired = cvs.filter(({ cv }) => cv.desiredOccupations.length > 0).length;
    expect(withDesired / cvs.length).toBeGreaterThan(0.85);
    for (const { p, cv } of cvs) {
      const parsed = cvUpdate.safeParse({
        version: 1,
        cv: {
          education: cv.education.map(({ personId: _, levelScheme: _s, levelVersion: _v, ...e }) => e),
          experiences: cv.experiences.map(({ personId: _, occupationLabel: _l, ...e }) => e),
          trainings: cv.trainings.map(({ personId: _, ...t }) => t),
          languages: cv.languages.map(({ personId: _, ...l }) => l),
          licences: cv.licences.map(({ scheme, code }) => ({ scheme, code })),
          skills: cv.skills.map(({ skillUri, level }) => ({ skillUri, level })),
          desiredOccupations: cv.desiredOccupations.map((d) => d.occupationUri),
        },
      });
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
      expect(cv.desiredOccupations.length).toBeLessThanOrEqual(2);
      expect(cv.experiences.length).toBeLessThanOrEqual(4);
      for (const e of cv.experiences) {
        expect(e.startDate > p.birthDate).toBe(true);
        expect((e.endDate ?? '2026-11-01') <= '2026-11-01').toBe(true);
      }
      if (cv.desiredOccupations.length) expect(cv.skills.length).toBeGreaterThanOrEqual(2);
      const mother = cv.languages.find((l) => l.motherTongue)!.language;
      if (p.birthCountry === 'IT') expect(mother).toBe('it');
      else expect(mother).not.toBe('it');
      if (p.birthCountry !== 'IT' && p.birthCountry !== undefined)
        expect(cv.languages.some((l) => l.language === 'it' && !l.motherTongue)).toBe(true);
      expect(cv.searchText).toContain(foldText(p.familyName));
    }
    const adults = cvs.filter(({ p }) => p.birthDate <= '2007-11-01');
    const withB = adults.filter(({ cv }) => cv.licences.some((l) => l.code === 'B')).length;
    expect(withB / adults.length).toBeGreaterThan(0.5);
    expect(withB / adults.length).toBeLessThan(0.8);
  });
});
