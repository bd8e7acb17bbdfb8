// The administrative situation and availability of a synthetic job seeker (SAP section 2 and availability):
// employment status, DID, months without work, income support, declared target groups, contracts, hours and
// shifts — with plausible distributions and coherent dates. Pure: every draw comes from the seeded generator.
import {
  type employmentStatuses,
  type incomeSupportKinds,
  shiftKinds,
  type workingTimes,
} from '../contract.ts';
import type { DeclarableGroup } from '../domain/target-groups.ts';
import type { Random } from './random.ts';

export type EmploymentStatus = (typeof employmentStatuses)[number];
type IncomeSupport = (typeof incomeSupportKinds)[number];

/** Share of each status among the generated people. */
export const statusWeights: [EmploymentStatus, number][] = [
  ['unemployed', 55],
  ['never_employed', 15],
  ['employed_seeking', 10],
  ['student', 8],
  ['redundancy_fund', 7],
  ['employed', 5],
];

/** Age bands [min, max, weight] by status: students are young, people in redundancy funds older. */
const ageBands: Record<
  'general' | 'student' | 'never_employed' | 'redundancy_fund',
  [number, number, number][]
> = {
  general: [
    [18, 24, 13],
    [25, 29, 13],
    [30, 34, 12],
    [35, 39, 11],
    [40, 44, 11],
    [45, 49, 11],
    [50, 54, 11],
    [55, 59, 11],
    [60, 66, 7],
  ],
  student: [
    [16, 17, 25],
    [18, 19, 25],
    [20, 24, 35],
    [25, 29, 12],
    [30, 39, 3],
  ],
  never_employed: [
    [16, 17, 8],
    [18, 24, 40],
    [25, 29, 22],
    [30, 39, 12],
    [40, 49, 10],
    [50, 66, 8],
  ],
  redundancy_fund: [
    [22, 34, 20],
    [35, 44, 25],
    [45, 54, 30],
    [55, 64, 25],
  ],
};

export function drawAge(r: Random, status: EmploymentStatus): number {
  const bands =
    status === 'student' || status === 'never_employed' || status === 'redundancy_fund'
      ? ageBands[status]
      : ageBands.general;
  const [min, max] = r.weighted(bands.map((b) => [b, b[2]] as const));
  return r.int(min, max);
}

const DAY = 86_400_000;
export const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export type SituationInput = {
  status: EmploymentStatus;
  age: number;
  sex: 'M' | 'F';
  /** ISO country of birth (IT for Italy). */
  birthCountry: string;
  /** UTC midnight of the 16th birthday (no DID or unemployment before). */
  sixteenth: number;
  /** UTC midnight of the reference day. */
  today: number;
};

export type Situation = {
  employmentStatus: EmploymentStatus;
  didDate: string | null;
  unemployedSince: string | null;
  incomeSupport: IncomeSupport[];
  declaredGroups: DeclarableGroup[];
  availableFrom: string | null;
  maxCommuteKm: number;
  ownVehicle: boolean;
  contractTypes: string[];
  workingTimes: (typeof workingTimes)[number][];
  shifts: (typeof shiftKinds)[number][];
  /** When the record was opened (UTC ms): at the DID, or some time before today. */
  registeredAt: number;
};

/** Days since the DID: most are recent, a long tail of long-term unemployment. */
function daysSinceDid(r: Random): number {
  const x = r.next();
  if (x < 0.55) return r.int(0, 364);
  if (x < 0.8) return r.int(365, 1094);
  return r.int(1095, 3000);
}

export function drawSituation(r: Random, p: SituationInput): Situation {
  const { status, age, sex, today } = p;
  const notBefore16 = (ms: number) => Math.max(ms, p.sixteenth);
  let did: number | null = null;
  let since: number | null = null;
  const support: IncomeSupport[] = [];

  if (status === 'unemployed') {
    did = notBefore16(today - daysSinceDid(r) * DAY);
    since = notBefore16(did - r.int(0, 45) * DAY);
    const months = (today - since) / (30.44 * DAY);
    if (months <= 24 && r.chance(0.6)) support.push(r.chance(0.08) ? 'dis_coll' : 'naspi');
  } else if (status === 'never_employed') {
    did = notBefore16(today - Math.min(daysSinceDid(r), 1400) * DAY);
    since = did;
  } else if (status === 'redundancy_fund') {
    since = notBefore16(today - r.int(30, 540) * DAY);
    if (r.chance(0.4)) did = since + r.int(0, 60) * DAY;
    support.push(r.chance(0.6) ? 'cigs' : 'cigo');
  }
  const adiRate = status === 'never_employed' ? 0.12 : status === 'unemployed' ? 0.09 : 0.03;
  if (status !== 'student' && status !== 'employed' && r.chance(adiRate)) support.push('adi');
  else if (
    (status === 'unemployed' || status === 'never_employed') &&
    age >= 18 &&
    age <= 59 &&
    r.chance(0.07)
  )
    support.push('sfl');
  if (did !== null && did > today) did = today;

  const declared: DeclarableGroup[] = [];
  const foreign = p.birthCountry !== 'IT';
  if (r.chance(support.includes('adi') ? 0.25 : 0.065)) declared.push('social_services_referral');
  if (foreign && r.chance(0.12)) declared.push('migrant');
  if (foreign && r.chance(p.birthCountry === 'UA' ? 0.2 : p.birthCountry === 'NG' ? 0.12 : 0)) {
    declared.push('refugee');
  }
  if (age >= 20 && age <= 55 && r.chance(sex === 'F' ? 0.09 : 0.02)) declared.push('single_parent');
  if (age >= 20 && r.chance(sex === 'M' ? 0.018 : 0.003)) declared.push('former_detainee');
  if (sex === 'F' && age >= 18 && r.chance(0.006)) declared.push('victim_of_violence');
  if (age >= 25 && r.chance(0.003)) declared.push('homeless');
  if (age >= 20 && r.chance(0.004)) declared.push('addiction_services');

  const ownVehicle = r.chance(age < 18 ? 0.05 : age < 20 ? 0.35 : foreign ? 0.45 : 0.68);
  const maxCommuteKm = ownVehicle ? r.pick([15, 20, 25, 30, 40, 50]) : r.pick([5, 10, 15, 20, 25]);

  let availableFrom: number | null = today;
  if (did !== null && status !== 'redundancy_fund') availableFrom = did;
  if (status === 'employed' || status === 'employed_seeking') availableFrom = today + r.int(15, 90) * DAY;
  if (status === 'student') {
    const y = new Date(today).getUTCFullYear();
    const july = Date.UTC(y, 6, 1);
    availableFrom = july >= today ? july : Date.UTC(y + 1, 6, 1);
  }
  if (r.chance(0.1)) availableFrom = null; // not stated

  const partTimeFirst = status === 'student' || declared.includes('single_parent');
  const t = r.next();
  const times: Situation['workingTimes'] =
    t < (partTimeFirst ? 0.15 : 0.5)
      ? ['full_time']
      : t < (partTimeFirst ? 0.6 : 0.7)
        ? ['part_time']
        : ['full_time', 'part_time'];

  const shiftRates: Record<(typeof shiftKinds)[number], number> = {
    day: 0.95,
    night: sex === 'M' ? 0.18 : 0.06,
    weekend: 0.3,
    split: 0.25,
  };
  const shifts = shiftKinds.filter((s) => r.chance(shiftRates[s]));
  if (shifts.length === 0) shifts.push('day');

  const registeredAt = notBefore16(
    did !== null ? Math.min(did + r.int(0, 30) * DAY, today) : today - r.int(0, 1000) * DAY,
  );
  return {
    employmentStatus: status,
    didDate: did === null ? null : isoDay(did),
    unemployedSince: since === null ? null : isoDay(since),
    incomeSupport: support,
    declaredGroups: declared,
    availableFrom: availableFrom === null ? null : isoDay(availableFrom),
    maxCommuteKm,
    ownVehicle,
    contractTypes: drawContractTypes(r, age, declared),
    workingTimes: times,
    shifts,
    registeredAt,
  };
}

/** Contract types accepted (ministerial CO codes), most accept open-ended and fixed-term work. */
function drawContractTypes(r: Random, age: number, declared: DeclarableGroup[]): string[] {
  const supported = declared.includes('social_services_referral');
  const rates: [string, number][] = [
    ['A.01.00', 0.92], // open-ended
    ['A.02.00', 0.8], // fixed-term
    ['A.03.08', age <= 25 ? 0.2 : 0], // apprenticeship, qualification and diploma
    ['A.03.09', age <= 29 ? 0.6 : 0], // vocational apprenticeship
    ['A.05.01', 0.15], // on-call
    ['A.06.00', 0.4], // agency work
    ['B.03.00', 0.1], // co.co.co.
    ['C.01.00', age <= 29 || supported ? 0.55 : 0.2], // internship
    ['C.03.00', supported ? 0.2 : 0.02], // socially useful work
    ['H.01.00', 0.07], // fixed-term agriculture
  ];
  const chosen = rates.filter(([, p]) => r.chance(p)).map(([code]) => code);
  return chosen.length > 0 ? chosen : ['A.02.00'];
}
