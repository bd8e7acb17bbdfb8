import { describe, expect, it } from 'vitest';
import { ageOn, monthsBetween, parametersOn, targetGroupsOf } from './target-groups.ts';

const on = new Date('2026-11-21T00:00:00Z');
const base = {
  employmentStatus: 'unemployed',
  unemployedSince: null,
  incomeSupport: [],
  declared: [],
  disability: false,
};

describe('target groups', () => {
  it('computes age exactly around birthdays', () => {
    expect(ageOn('1996-11-21', on)).toBe(30);
    expect(ageOn('1996-11-22', on)).toBe(29);
    expect(monthsBetween('2025-11-21', on)).toBe(12);
    expect(monthsBetween('2025-11-22', on)).toBe(11);
  });
  it('marks NEET 15–29 when without work and not studying', () => {
    expect(targetGroupsOf({ ...base, birthDate: '2000-01-01' }, on).computed).toContain('neet');
    expect(
      targetGroupsOf({ ...base, birthDate: '2000-01-01', employmentStatus: 'student' }, on).computed,
    ).not.toContain('neet');
    expect(
      targetGroupsOf({ ...base, birthDate: '2000-01-01', employmentStatus: 'employed' }, on).computed,
    ).not.toContain('neet');
    expect(targetGroupsOf({ ...base, birthDate: '1990-01-01' }, on).computed).not.toContain('neet');
  });
  it('marks long-term unemployment from 12 months', () => {
    expect(
      targetGroupsOf({ ...base, birthDate: '1980-01-01', unemployedSince: '2025-11-21' }, on).computed,
    ).toContain('long_term_unemployed');
    expect(
      targetGroupsOf({ ...base, birthDate: '1980-01-01', unemployedSince: '2025-12-01' }, on).computed,
    ).not.toContain('long_term_unemployed');
  });
  it('marks over 58, income support, age band and keeps only known declared groups', () => {
    const g = targetGroupsOf(
      {
        ...base,
        birthDate: '1965-03-01',
        incomeSupport: ['naspi'],
        declared: ['migrant', 'unknown'],
        disability: true,
      },
      on,
    );
    expect(g.ageBand).toBe('58+');
    expect(g.computed).toEqual(['over_58', 'income_support']);
    expect(g.declared).toEqual(['migrant', 'disability_l68']);
  });
  it('refuses dates before any parameter set', () => {
    expect(() => parametersOn(new Date('2010-01-01'))).toThrow(/No target-group parameters/);
  });
});
