// A labelled synthetic set for the matching evaluation, built from the starter taxonomy with a ground truth known
// by construction. For each vacancy a pool of candidates is drawn from latent profiles whose suitability we decide
// first (grade 3 = right person, 2 = good, 1 = possible, 0 = not suitable or not proposable), then we write what
// their CV would show, with the gaps real CVs have (skills left out, experience filed under a related occupation).
// The engine and the baseline only see the CVs. Deterministic by seed.
import { createRandom, type Random } from '../../people/generator/random.ts';
import { type StarterOccupation, starterOccupations, starterSkills } from '../../taxonomy/starter/index.ts';
import type { CandidateProfile, Distance, VacancyProfile } from '../domain/types.ts';
import { words } from './baseline.ts';

export type LabelledCandidate = {
  profile: CandidateProfile;
  distance: Distance;
  grade: number;
  /** Why it got its grade (for reading the set, not used by anyone ranking). */
  kind: string;
  /** The CV as text, for the keyword baseline. */
  text: string;
};

export type LabelledVacancy = { vacancy: VacancyProfile; text: string; pool: LabelledCandidate[] };

const skillLabel = new Map(starterSkills.map((s) => [s.uri, s.labelIt]));
const occupationText = (o: StarterOccupation) => [o.labelIt, ...(o.altIt ?? [])].join(' ');
const ref = (o: StarterOccupation) => ({ uri: o.uri, isco: o.iscoCode });
const essentialOf = (o: StarterOccupation) =>
  o.skills.filter((s) => s.relation === 'essential').map((s) => s.uri);
const optionalOf = (o: StarterOccupation) =>
  o.skills.filter((s) => s.relation === 'optional').map((s) => s.uri);

function shuffle<T>(r: Random, xs: T[]): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = r.int(0, i);
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

/** Occupations related to `o` through ISCO (same unit group first, then same minor group). */
function relatedOf(o: StarterOccupation): StarterOccupation[] {
  const others = starterOccupations.filter((x) => x.uri !== o.uri);
  const unit = others.filter((x) => x.iscoCode.slice(0, 4) === o.iscoCode.slice(0, 4));
  const minor = others.filter((x) => x.iscoCode.slice(0, 3) === o.iscoCode.slice(0, 3));
  return unit.length ? unit : minor;
}

/** Unrelated occupations whose labels share words with `o`'s: where a keyword search goes wrong. */
function lookalikesOf(o: StarterOccupation): StarterOccupation[] {
  const w = words(occupationText(o));
  return starterOccupations.filter(
    (x) =>
      x.iscoCode.slice(0, 2) !== o.iscoCode.slice(0, 2) &&
      [...words(occupationText(x))].some((t) => w.has(t)),
  );
}

type Latent = {
  held: { occ: StarterOccupation; months: number }[];
  desired: StarterOccupation[];
  skills: string[];
  km: number;
  maxCommuteKm: number;
  sharesCv?: boolean;
  availableFrom?: string | null;
  contractTypes?: string[];
};

function candidateOf(r: Random, id: string, v: VacancyProfile, truth: Latent, grade: number, kind: string) {
  let latent = truth;
  // What the CV shows, with the gaps of real CVs: about one skill in six left out, one CV in seven with no skills
  // tagged at all, and one job in five filed under a related occupation (a coding shortcut at the desk).
  const skills = r.chance(1 / 7) ? [] : latent.skills.filter(() => !r.chance(1 / 6));
  const filed = (occ: StarterOccupation) => {
    const related = relatedOf(occ);
    return related.length && r.chance(1 / 5) ? r.pick(related) : occ;
  };
  latent = { ...latent, held: latent.held.map((h) => ({ ...h, occ: filed(h.occ) })) };
  const profile: CandidateProfile = {
    personId: id,
    comuneCode: '000000',
    sharesCv: latent.sharesCv ?? true,
    availableFrom: latent.availableFrom ?? null,
    contractTypes: latent.contractTypes ?? [],
    workingTimes: [],
    maxCommuteKm: latent.maxCommuteKm,
    desiredOccupations: latent.desired.map(ref),
    experience: latent.held.map((h) => ({ occupation: ref(h.occ), months: h.months })),
    skills: skills.map((uri) => ({ uri, level: null })),
    eqfLevel: 3,
    languages: [{ code: 'it', level: 'C2', motherTongue: true }],
    licences: v.licences.length && grade >= 2 ? [...v.licences] : ['B'],
    targetGroups: [],
    l68: false,
    monthsWithoutWork: r.chance(0.4) ? r.int(12, 36) : r.int(0, 11),
  };
  const text = [
    ...latent.held.map((h) => occupationText(h.occ)),
    ...latent.desired.map(occupationText),
    ...skills.map((s) => skillLabel.get(s) ?? ''),
  ].join(' ');
  return { profile, distance: { kind: 'km', km: latent.km } as Distance, grade, kind, text };
}

function vacancyOf(r: Random, i: number, o: StarterOccupation): VacancyProfile {
  return {
    id: `v${i}`,
    occupation: ref(o),
    essentialSkills: essentialOf(o),
    optionalSkills: optionalOf(o),
    minExperienceMonths: r.pick([0, 12, 24]),
    minEqfLevel: null,
    languages: [],
    licences: r.chance(0.3) ? ['B'] : [],
    contractType: 'A.03.00',
    workingTime: 'full_time',
    siteComuneCode: '000000',
    startDate: '2027-02-01',
    reservedFor: [],
  };
}

function poolOf(r: Random, v: VacancyProfile, o: StarterOccupation): LabelledCandidate[] {
  const pool: LabelledCandidate[] = [];
  const add = (grade: number, kind: string, latent: Latent) =>
    pool.push(candidateOf(r, `${v.id}-c${pool.length}`, v, latent, grade, kind));
  const ess = essentialOf(o);
  const all = [...ess, ...optionalOf(o)];
  const enough = Math.max(v.minExperienceMonths, 24);
  const near = () => r.int(0, 20);
  const related = relatedOf(o);
  const lookalikes = lookalikesOf(o);
  const unrelated = starterOccupations.filter((x) => x.iscoCode[0] !== o.iscoCode[0]);
  const someSkills = (from: string[], n: number) => shuffle(r, from).slice(0, n);

  for (let i = 0; i < 4; i++) {
    add(3, 'same occupation, experienced, skilled, near', {
      held: [{ occ: o, months: r.int(enough, 120) }],
      desired: r.chance(0.5) ? [o] : [],
      skills: all,
      km: near(),
      maxCommuteKm: r.int(25, 50),
    });
  }
  for (let i = 0; i < 6; i++) {
    const rel = related.length && r.chance(0.6) ? r.pick(related) : null;
    add(2, rel ? 'related occupation with some skills' : 'same occupation, little experience', {
      held: [{ occ: rel ?? o, months: rel ? r.int(12, 60) : r.int(1, Math.max(2, v.minExperienceMonths)) }],
      desired: [o],
      skills: someSkills(ess, Math.max(1, ess.length - 1)),
      km: near(),
      maxCommuteKm: r.int(25, 50),
    });
  }
  for (let i = 0; i < 6; i++) {
    add(1, 'wants the occupation, no experience', {
      held: [{ occ: r.pick(unrelated), months: r.int(6, 48) }],
      desired: [o],
      skills: someSkills(ess, 1),
      km: r.int(10, 35),
      maxCommuteKm: 40,
    });
  }
  // Right on paper, but cannot be proposed: no consent, too far for them, not available, wrong contract.
  const blocked: Partial<Latent>[] = [
    { sharesCv: false },
    { km: 45, maxCommuteKm: 20 },
    { availableFrom: '2027-06-01' },
    { contractTypes: ['A.02.00'] },
  ];
  for (let i = 0; i < 8; i++) {
    add(0, 'suitable but not proposable', {
      held: [{ occ: o, months: r.int(enough, 120) }],
      desired: [o],
      skills: all,
      km: near(),
      maxCommuteKm: 30,
      ...blocked[i % blocked.length],
    });
  }
  for (let i = 0; i < 10; i++) {
    const occ = lookalikes.length ? r.pick(lookalikes) : r.pick(unrelated);
    add(0, 'different occupation with a similar name', {
      held: [{ occ, months: r.int(12, 120) }],
      desired: [occ],
      skills: [
        ...someSkills(
          occ.skills.map((s) => s.uri),
          3,
        ),
        ...someSkills(optionalOf(o), 1),
      ],
      km: near(),
      maxCommuteKm: 40,
    });
  }
  for (let i = 0; i < 26; i++) {
    const occ = r.pick(unrelated);
    add(0, 'unrelated', {
      held: [{ occ, months: r.int(6, 120) }],
      desired: [],
      skills: occ.skills.map((s) => s.uri),
      km: r.int(0, 40),
      maxCommuteKm: 40,
    });
  }
  return shuffle(r, pool);
}

export function labelledSet(seed: number, vacancies: number): LabelledVacancy[] {
  const r = createRandom(seed);
  const usable = starterOccupations.filter((o) => essentialOf(o).length >= 2);
  return Array.from({ length: vacancies }, (_, i) => {
    const o = r.pick(usable);
    const vacancy = vacancyOf(r, i, o);
    const text = [
      occupationText(o),
      ...[...vacancy.essentialSkills, ...vacancy.optionalSkills].map((s) => skillLabel.get(s) ?? ''),
    ].join(' ');
    return { vacancy, text, pool: poolOf(r, vacancy, o) };
  });
}
