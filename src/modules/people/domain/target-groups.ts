// Target groups of active labour policies. Some are computed from the record (age band, NEET 15–29, long-term
// unemployed ≥ 12 months, over 58, income-support beneficiary); others can only be declared (disability under
// L.68/99, social-services referral, migrant, single parent, former detainee…). Thresholds are parameters with a
// validity date (they change by decree); the rules below only read them. Pure functions, no I/O.

export type TargetGroupParameters = {
  validFrom: string;
  neetMinAge: number;
  neetMaxAge: number;
  longTermUnemployedMonths: number;
  over58Age: number;
  ageBands: { code: string; min: number; max: number | null }[];
};

/** Versioned parameters: the latest whose validFrom is not after the reference date applies. */
export const targetGroupParameters: TargetGroupParameters[] = [
  {
    validFrom: '2015-09-24', // D.Lgs. 150/2015 (state of unemployment with DID)
    neetMinAge: 15,
    neetMaxAge: 29,
    longTermUnemployedMonths: 12,
    over58Age: 58,
    ageBands: [
      { code: '15-17', min: 15, max: 17 },
      { code: '18-24', min: 18, max: 24 },
      { code: '25-29', min: 25, max: 29 },
      { code: '30-44', min: 30, max: 44 },
      { code: '45-54', min: 45, max: 54 },
      { code: '55-57', min: 55, max: 57 },
      { code: '58+', min: 58, max: null },
    ],
  },
];

/** Groups that cannot be computed: the operator declares them (disability lives in the encrypted record). */
export const declarableGroups = [
  'social_services_referral',
  'migrant',
  'refugee',
  'single_parent',
  'former_detainee',
  'victim_of_violence',
  'homeless',
  'addiction_services',
] as const;
export type DeclarableGroup = (typeof declarableGroups)[number];

export const computedGroups = ['neet', 'long_term_unemployed', 'over_58', 'income_support'] as const;
export type ComputedGroup = (typeof computedGroups)[number];

/** Employment statuses (SAP): who counts as without work. */
export const withoutWork = new Set(['unemployed', 'never_employed', 'redundancy_fund']);
const notInEducation = (status: string) => status !== 'student';

export type TargetGroupInput = {
  birthDate: string; // YYYY-MM-DD
  employmentStatus: string;
  /** Since when without work (DID date or end of last job), YYYY-MM-DD. */
  unemployedSince: string | null;
  incomeSupport: string[];
  declared: string[];
  /** Disability under L.68/99 is declared in the encrypted record; only its existence reaches here. */
  disability: boolean;
};

export type TargetGroups = {
  ageBand: string | null;
  age: number;
  computed: ComputedGroup[];
  declared: string[];
};

export function ageOn(birthDate: string, on: Date): number {
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
  let age = on.getUTCFullYear() - y;
  const month = on.getUTCMonth() + 1;
  if (month < m || (month === m && on.getUTCDate() < d)) age -= 1;
  return age;
}

export function monthsBetween(from: string, on: Date): number {
  const [y, m, d] = from.split('-').map(Number) as [number, number, number];
  let months = (on.getUTCFullYear() - y) * 12 + (on.getUTCMonth() + 1 - m);
  if (on.getUTCDate() < d) months -= 1;
  return months;
}

export function parametersOn(on: Date, table = targetGroupParameters): TargetGroupParameters {
  const day = on.toISOString().slice(0, 10);
  const applicable = table
    .filter((p) => p.validFrom <= day)
    .sort((a, b) => (a.validFrom < b.validFrom ? 1 : -1));
  if (!applicable[0]) throw new Error(`No target-group parameters valid on ${day}`);
  return applicable[0];
}

export function targetGroupsOf(person: TargetGroupInput, on: Date): TargetGroups {
  const p = parametersOn(on);
  const age = ageOn(person.birthDate, on);
  const band = p.ageBands.find((b) => age >= b.min && (b.max === null || age <= b.max));
  const computed: ComputedGroup[] = [];
  const jobless = withoutWork.has(person.employmentStatus);
  if (age >= p.neetMinAge && age <= p.neetMaxAge && jobless && notInEducation(person.employmentStatus)) {
    computed.push('neet');
  }
  if (
    jobless &&
    person.unemployedSince &&
    monthsBetween(person.unemployedSince, on) >= p.longTermUnemployedMonths
  ) {
    computed.push('long_term_unemployed');
  }
  if (age >= p.over58Age) computed.push('over_58');
  if (person.incomeSupport.length > 0) computed.push('income_support');
  const declared = [
    ...new Set(person.declared.filter((g) => (declarableGroups as readonly string[]).includes(g))),
  ];
  if (person.disability) declared.push('disability_l68');
  return { ageBand: band?.code ?? null, age, computed, declared };
}
