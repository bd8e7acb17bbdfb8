// Two quotas every employer record shows, computed from the number of employees with rules kept as data:
// - how many extracurricular trainees (tirocinanti) a host may have at once (Piedmont, D.G.R. 85-6277/2017);
// - how many disabled workers it must employ under the collocamento mirato (L. 68/99 art. 3).
// Thresholds change by regional deliberation or decree, so each rule set has a validity date and the latest one
// not after the reference date applies. Pure functions, no I/O.

/** A band of employees [min, max] (max null = no upper bound) and what it gives. */
export type QuotaBand = {
  min: number;
  max: number | null;
  /** A fixed number of places… */
  fixed?: number;
  /** …or a share of the employees (rounded down), with an optional floor. */
  percent?: number;
  atLeast?: number;
};

export type QuotaRule = { validFrom: string; source: string; bands: QuotaBand[] };

export const internshipHostRules: QuotaRule[] = [
  {
    validFrom: '2018-01-01',
    source: 'D.G.R. Piemonte 85-6277 del 22/12/2017',
    // 0–5 employees → 1 trainee; 6–20 → 2; over 20 → 10% of the employees.
    bands: [
      { min: 0, max: 5, fixed: 1 },
      { min: 6, max: 20, fixed: 2 },
      { min: 21, max: null, percent: 10, atLeast: 2 },
    ],
  },
];

export const disabilityHiringRules: QuotaRule[] = [
  {
    validFrom: '1999-03-12',
    source: 'L. 12 marzo 1999, n. 68, art. 3',
    // Under 15 employees there is no obligation; 15–35 → 1; 36–50 → 2; over 50 → 7%.
    bands: [
      { min: 0, max: 14, fixed: 0 },
      { min: 15, max: 35, fixed: 1 },
      { min: 36, max: 50, fixed: 2 },
      { min: 51, max: null, percent: 7 },
    ],
  },
];

export type Quota = { places: number; source: string; band: QuotaBand };

function ruleAt(rules: QuotaRule[], on: string): QuotaRule {
  const applicable = rules
    .filter((r) => r.validFrom <= on)
    .sort((a, b) => b.validFrom.localeCompare(a.validFrom));
  const rule = applicable[0];
  if (!rule) throw new Error(`No quota rule in force on ${on}`);
  return rule;
}

/** The places a rule gives for a number of employees on a date; null when the employees are unknown. */
export function quotaFor(rules: QuotaRule[], employees: number | null, on: string): Quota | null {
  if (employees === null || !Number.isInteger(employees) || employees < 0) return null;
  const rule = ruleAt(rules, on);
  const band = rule.bands.find((b) => employees >= b.min && (b.max === null || employees <= b.max));
  if (!band) throw new Error(`Quota rule ${rule.source} has no band for ${employees} employees`);
  const places =
    band.fixed !== undefined
      ? band.fixed
      : Math.max(band.atLeast ?? 0, Math.floor((employees * (band.percent ?? 0)) / 100));
  return { places, source: rule.source, band };
}

export const internshipHostQuota = (employees: number | null, on: string) =>
  quotaFor(internshipHostRules, employees, on);
export const disabilityHiringQuota = (employees: number | null, on: string) =>
  quotaFor(disabilityHiringRules, employees, on);
