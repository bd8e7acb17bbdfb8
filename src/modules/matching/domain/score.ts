// The transparent score: one entry per factor with its points, its maximum and the facts behind it, plus what
// the candidate is missing. The operator sees exactly this ("4 di 5 competenze essenziali, 3 anni come
// magazziniere, 8 km, disoccupato di lunga durata"); nothing else enters the ranking except the fairness penalty,
// which is shown too.
import type { CandidateProfile, CefrLevel, Distance, OccupationRef, VacancyProfile } from './types.ts';
import type { MatchingWeights } from './weights.ts';

export type OccupationMatch = 'same' | 'same_unit_group' | 'same_minor_group' | 'none';

export type Factor =
  | { factor: 'occupation'; points: number; max: number; match: OccupationMatch; desiredOnly: boolean }
  | { factor: 'essential_skills'; points: number; max: number; matched: number; required: number }
  | { factor: 'optional_skills'; points: number; max: number; matched: number; required: number }
  | { factor: 'experience'; points: number; max: number; months: number; requiredMonths: number }
  | { factor: 'education'; points: number; max: number; eqf: number | null; requiredEqf: number | null }
  | { factor: 'languages'; points: number; max: number; matched: number; required: number }
  | { factor: 'licences'; points: number; max: number; matched: number; required: number }
  | { factor: 'distance'; points: number; max: number; distance: Distance }
  | { factor: 'priority'; points: number; max: number; longTermUnemployed: boolean; groups: string[] };

export type Missing =
  | { kind: 'essential_skill'; uri: string }
  | { kind: 'optional_skill'; uri: string }
  | { kind: 'experience'; months: number; requiredMonths: number }
  | { kind: 'education'; requiredEqf: number }
  | { kind: 'language'; code: string; level: CefrLevel }
  | { kind: 'licence'; code: string };

export type ScoreBreakdown = { score: number; factors: Factor[]; missing: Missing[] };

const round1 = (n: number) => Math.round(n * 10) / 10;
const cefrRank = (l: CefrLevel) => ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'].indexOf(l);

/** How close an occupation is to the vacancy's: same concept, same ISCO unit group, same minor group. */
export function occupationMatch(wanted: OccupationRef, held: OccupationRef): OccupationMatch {
  if (wanted.uri === held.uri) return 'same';
  if (wanted.isco && held.isco) {
    if (wanted.isco.slice(0, 4) === held.isco.slice(0, 4)) return 'same_unit_group';
    if (wanted.isco.slice(0, 3) === held.isco.slice(0, 3)) return 'same_minor_group';
  }
  return 'none';
}

function matchShare(w: MatchingWeights, m: OccupationMatch): number {
  if (m === 'same') return 1;
  if (m === 'same_unit_group') return w.occupation.sameUnitGroup;
  if (m === 'same_minor_group') return w.occupation.sameMinorGroup;
  return 0;
}

function occupationFactor(w: MatchingWeights, v: VacancyProfile, c: CandidateProfile): Factor {
  let best = 0;
  let bestMatch: OccupationMatch = 'none';
  let desiredOnly = false;
  const consider = (o: OccupationRef, factor: number, desired: boolean) => {
    const m = occupationMatch(v.occupation, o);
    const share = matchShare(w, m) * factor;
    if (share > best) [best, bestMatch, desiredOnly] = [share, m, desired];
  };
  for (const e of c.experience) consider(e.occupation, 1, false);
  for (const d of c.desiredOccupations) consider(d, w.occupation.desiredOnly, true);
  return {
    factor: 'occupation',
    points: round1(w.occupation.max * best),
    max: w.occupation.max,
    match: bestMatch,
    desiredOnly,
  };
}

function coverage(required: string[], held: Set<string>) {
  const missing = required.filter((r) => !held.has(r));
  return { matched: required.length - missing.length, required: required.length, missing };
}

/** Months in the vacancy's occupation, related occupations counted at their share. */
function relevantMonths(w: MatchingWeights, v: VacancyProfile, c: CandidateProfile): number {
  let months = 0;
  for (const e of c.experience)
    months += e.months * matchShare(w, occupationMatch(v.occupation, e.occupation));
  return Math.round(months);
}

function distancePoints(w: MatchingWeights, d: Distance, maxCommuteKm: number | null): number {
  const { max, fullWithinKm, zeroAtKm, sameProvinceShare } = w.distance;
  if (d.kind === 'same_comune') return max;
  if (d.kind === 'same_province') return max * sameProvinceShare;
  if (d.kind !== 'km') return 0;
  if (d.km <= fullWithinKm) return max;
  const zeroAt = Math.max(fullWithinKm + 1, Math.min(zeroAtKm, maxCommuteKm ?? zeroAtKm));
  return Math.max(0, max * (1 - (d.km - fullWithinKm) / (zeroAt - fullWithinKm)));
}

export function scoreCandidate(
  w: MatchingWeights,
  v: VacancyProfile,
  c: CandidateProfile,
  distance: Distance,
): ScoreBreakdown {
  const missing: Missing[] = [];
  const skills = new Set(c.skills.map((s) => s.uri));
  const essential = coverage(v.essentialSkills, skills);
  const optional = coverage(v.optionalSkills, skills);
  for (const uri of essential.missing) missing.push({ kind: 'essential_skill', uri });
  for (const uri of optional.missing) missing.push({ kind: 'optional_skill', uri });
  // Nothing asked means nothing missing: full points, so vacancies with few requirements are not penalised.
  const share = (cov: { matched: number; required: number }) =>
    cov.required ? cov.matched / cov.required : 1;

  const months = relevantMonths(w, v, c);
  const saturation = Math.max(w.experience.saturationMonths, v.minExperienceMonths);
  if (months < v.minExperienceMonths) {
    missing.push({ kind: 'experience', months, requiredMonths: v.minExperienceMonths });
  }
  const educationOk = v.minEqfLevel === null || (c.eqfLevel ?? 0) >= v.minEqfLevel;
  if (!educationOk && v.minEqfLevel !== null) missing.push({ kind: 'education', requiredEqf: v.minEqfLevel });

  let languagesMet = 0;
  for (const l of v.languages) {
    const held = c.languages.find((h) => h.code === l.code);
    if (held && (held.motherTongue || cefrRank(held.level) >= cefrRank(l.level))) languagesMet++;
    else missing.push({ kind: 'language', code: l.code, level: l.level });
  }
  const licences = coverage(v.licences, new Set(c.licences));
  for (const code of licences.missing) missing.push({ kind: 'licence', code });

  const longTerm = (c.monthsWithoutWork ?? 0) >= w.priority.longTermMonths;
  const groups = c.targetGroups.filter((g) => w.priority.groups.includes(g));
  const priorityShare = (longTerm ? 0.6 : 0) + (groups.length ? 0.4 : 0);

  const factors: Factor[] = [
    occupationFactor(w, v, c),
    {
      factor: 'essential_skills',
      points: round1(w.essentialSkills.max * share(essential)),
      max: w.essentialSkills.max,
      matched: essential.matched,
      required: essential.required,
    },
    {
      factor: 'optional_skills',
      points: round1(w.optionalSkills.max * share(optional)),
      max: w.optionalSkills.max,
      matched: optional.matched,
      required: optional.required,
    },
    {
      factor: 'experience',
      points: round1(w.experience.max * Math.min(1, months / saturation)),
      max: w.experience.max,
      months,
      requiredMonths: v.minExperienceMonths,
    },
    {
      factor: 'education',
      points: educationOk ? w.education.max : 0,
      max: w.education.max,
      eqf: c.eqfLevel,
      requiredEqf: v.minEqfLevel,
    },
    {
      factor: 'languages',
      points: round1(w.languages.max * share({ matched: languagesMet, required: v.languages.length })),
      max: w.languages.max,
      matched: languagesMet,
      required: v.languages.length,
    },
    {
      factor: 'licences',
      points: round1(w.licences.max * share(licences)),
      max: w.licences.max,
      matched: licences.matched,
      required: licences.required,
    },
    {
      factor: 'distance',
      points: round1(distancePoints(w, distance, c.maxCommuteKm)),
      max: w.distance.max,
      distance,
    },
    {
      factor: 'priority',
      points: round1(w.priority.max * priorityShare),
      max: w.priority.max,
      longTermUnemployed: longTerm,
      groups,
    },
  ];
  const score = round1(factors.reduce((sum, f) => sum + f.points, 0));
  return { score, factors, missing };
}
