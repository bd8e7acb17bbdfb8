import { describe, expect, it } from 'vitest';
import { disabilityHiringQuota, internshipHostQuota, type QuotaRule, quotaFor } from './quotas.ts';

const today = '2026-11-21';

describe('internship host quota (D.G.R. 85-6277/2017)', () => {
  it.each([
    [0, 1],
    [5, 1],
    [6, 2],
    [20, 2],
    [21, 2], // 10% of 21 is 2
    [35, 3],
    [120, 12],
  ])('%i employees → %i trainees', (employees, places) => {
    expect(internshipHostQuota(employees, today)?.places).toBe(places);
  });

  it('is unknown without the number of employees', () => {
    expect(internshipHostQuota(null, today)).toBeNull();
  });
});

describe('L. 68/99 quota', () => {
  it.each([
    [14, 0],
    [15, 1],
    [35, 1],
    [36, 2],
    [50, 2],
    [51, 3], // 7% of 51 = 3.57, rounded down
    [200, 14],
  ])('%i employees → %i disabled workers', (employees, places) => {
    expect(disabilityHiringQuota(employees, today)?.places).toBe(places);
  });

  it('names its source', () => {
    expect(disabilityHiringQuota(40, today)?.source).toMatch(/68/);
  });
});

describe('rule versions', () => {
  const rules: QuotaRule[] = [
    { validFrom: '2020-01-01', source: 'old', bands: [{ min: 0, max: null, fixed: 1 }] },
    { validFrom: '2026-01-01', source: 'new', bands: [{ min: 0, max: null, fixed: 3 }] },
  ];

  it('applies the latest rule in force on the date', () => {
    expect(quotaFor(rules, 10, '2025-12-31')?.source).toBe('old');
    expect(quotaFor(rules, 10, '2026-01-01')?.places).toBe(3);
  });

  it('refuses a date before every rule', () => {
    expect(() => quotaFor(rules, 10, '2019-01-01')).toThrow(/No quota rule/);
  });
});
