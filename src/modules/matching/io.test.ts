// The pure parts of the matching I/O: distances with their documented fallback, and the reasons in words built
// from the engine's factor codes (with a stand-in for i18next's `t` that shows the key and its values).
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { distanceBetween } from './distances.ts';
import { missingOf, reasonsOf } from './web/reasons.ts';

const chieri = { code: '001078', province: '001', lat: 45.0119, lon: 7.8249 };
const torino = { code: '001272', province: '001', lat: 45.0703, lon: 7.6869 };
const noCoords = (code: string, province = '001') => ({ code, province, lat: null, lon: null });

describe('distanceBetween', () => {
  it('measures between centroids', () => {
    const d = distanceBetween(chieri, torino);
    expect(d.kind).toBe('km');
    expect(d.kind === 'km' && d.km).toBeGreaterThan(10);
    expect(d.kind === 'km' && d.km).toBeLessThan(15);
  });
  it('falls back to same comune, same province, other province without coordinates', () => {
    expect(distanceBetween(noCoords('001078'), noCoords('001078'))).toEqual({ kind: 'same_comune' });
    expect(distanceBetween(noCoords('001078'), noCoords('001272'))).toEqual({ kind: 'same_province' });
    expect(distanceBetween(chieri, noCoords('004003', '004'))).toEqual({ kind: 'other_province' });
    expect(distanceBetween(undefined, chieri)).toEqual({ kind: 'unknown' });
  });
});

const t = ((key: string, values?: Record<string, unknown>) =>
  values ? `${key}${JSON.stringify(values)}` : key) as unknown as TFunction;

describe('reasons in words', () => {
  it('names the factors that speak for the candidate and leaves out the empty ones', () => {
    const reasons = reasonsOf(
      t,
      [
        { factor: 'occupation', points: 25, max: 25, match: 'same', desiredOnly: false },
        { factor: 'essential_skills', points: 20, max: 25, matched: 4, required: 5 },
        { factor: 'optional_skills', points: 5, max: 5, matched: 0, required: 0 },
        { factor: 'experience', points: 15, max: 15, months: 38, requiredMonths: 0 },
        { factor: 'distance', points: 9, max: 10, distance: { kind: 'km', km: 8.2 } },
        { factor: 'priority', points: 3, max: 5, longTermUnemployed: true, groups: [] },
      ],
      'magazziniere',
    );
    expect(reasons).toEqual([
      'matching.reason.occupation.same',
      'matching.reason.essential_skills{"matched":4,"required":5}',
      'matching.reason.years{"count":3,"occupation":"magazziniere"}',
      'matching.reason.km{"km":8}',
      'matching.reason.longTermUnemployed',
    ]);
  });
  it('says what is missing with the labels of the skills', () => {
    const missing = missingOf(
      t,
      [
        { kind: 'essential_skill', uri: 'u:1' },
        { kind: 'licence', code: 'C' },
      ],
      { 'u:1': 'guidare il carrello elevatore' },
      (code) => (code === 'C' ? 'Patente C' : code),
    );
    expect(missing).toEqual([
      'matching.missing.essential_skill{"label":"guidare il carrello elevatore"}',
      'matching.missing.licence{"label":"Patente C"}',
    ]);
  });
});
