// The anonymised candidate card built from loaded data, with no database access: the builder picks the few
// job-relevant fields it needs and nothing else, so that adding a column to people never leaks into the card.
import { createHmac } from 'node:crypto';
import type { CandidateCard } from './candidate-card-contract.ts';
import type { SkillLevel } from './cv-contract.ts';
import type { people } from './db.ts';
import { coveredDays } from './domain/candidate-facts.ts';
import { targetGroupsOf } from './domain/target-groups.ts';

type PersonRow = typeof people.$inferSelect;

export type CandidateCardData = {
  person: Pick<
    PersonRow,
    | 'birthDate'
    | 'employmentStatus'
    | 'residenceComuneCode'
    | 'availableFrom'
    | 'contractTypes'
    | 'workingTimes'
    | 'maxCommuteKm'
  >;
  residenceComuneName: string;
  desired: { occupationUri: string }[];
  skills: { skillUri: string; level: string }[];
  experiences: {
    occupationUri: string | null;
    occupationLabel: string | null;
    startDate: string;
    endDate: string | null;
  }[];
  education: { levelScheme: string; levelVersion: string; levelCode: string }[];
  languages: {
    language: string;
    motherTongue: boolean;
    listening: string | null;
    reading: string | null;
    speaking: string | null;
    writing: string | null;
  }[];
  licences: { scheme: string; version: string; code: string }[];
  /** Concept labels (occupations, skills) by URI, in the requested language. */
  conceptLabels: ReadonlyMap<string, string>;
  /** Code list entries by `scheme|version|code` and by `scheme||code` (latest version), with their sort order. */
  codes: ReadonlyMap<string, { label: string; sortOrder: number }>;
};

/** 'C-' + the first 8 hex digits of an HMAC-SHA256 of the person id: stable, not reversible without the key. */
export function pseudonymousReference(personId: string, key: Buffer): string {
  return `C-${createHmac('sha256', key).update(personId).digest('hex').slice(0, 8).toUpperCase()}`;
}

const DAY = 86_400_000;
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;

export function buildCandidateCard(
  data: CandidateCardData,
  opts: { reference: string; now: Date },
): CandidateCard {
  const { person } = data;
  const concept = (uri: string) => data.conceptLabels.get(uri) ?? uri;
  const byLabel = <T extends { label: string }>(a: T, b: T) => a.label.localeCompare(b.label, 'it');
  const today = Math.floor(opts.now.getTime() / DAY);

  const perOccupation = new Map<
    string,
    { uri: string | null; label: string | null; spans: [number, number][] }
  >();
  for (const e of data.experiences) {
    const key = e.occupationUri ?? `label:${e.occupationLabel ?? ''}`;
    const entry = perOccupation.get(key) ?? {
      uri: e.occupationUri,
      label: (e.occupationUri && data.conceptLabels.get(e.occupationUri)) || e.occupationLabel,
      spans: [],
    };
    const start = dayOf(e.startDate);
    const end = Math.min(e.endDate ? dayOf(e.endDate) : today, today);
    if (end >= start) entry.spans.push([start, end]);
    perOccupation.set(key, entry);
  }

  let education: { code: string; label: string; sortOrder: number } | null = null;
  for (const e of data.education) {
    const level = data.codes.get(`${e.levelScheme}|${e.levelVersion}|${e.levelCode}`);
    if (level && (!education || level.sortOrder > education.sortOrder))
      education = { code: e.levelCode, ...level };
  }

  return {
    reference: opts.reference,
    ageBand: targetGroupsOf(
      {
        birthDate: person.birthDate,
        employmentStatus: person.employmentStatus,
        unemployedSince: null,
        incomeSupport: [],
        declared: [],
        disability: false,
      },
      opts.now,
    ).ageBand,
    residenceComune: { code: person.residenceComuneCode, label: data.residenceComuneName },
    desiredOccupations: data.desired
      .map((d) => ({ occupationUri: d.occupationUri, label: concept(d.occupationUri) }))
      .sort(byLabel),
    skills: data.skills
      .map((s) => ({ skillUri: s.skillUri, label: concept(s.skillUri), level: s.level as SkillLevel }))
      .sort(byLabel),
    experience: [...perOccupation.values()]
      .map((o) => ({
        occupationUri: o.uri,
        label: o.label,
        months: Math.round(coveredDays(o.spans) / 30.4375),
      }))
      .sort((a, b) => b.months - a.months || (a.label ?? '').localeCompare(b.label ?? '', 'it')),
    educationLevel: education ? { code: education.code, label: education.label } : null,
    languages: [...data.languages]
      .sort((a, b) => Number(b.motherTongue) - Number(a.motherTongue) || a.language.localeCompare(b.language))
      .map((l) => ({
        language: l.language,
        motherTongue: l.motherTongue,
        listening: l.listening,
        reading: l.reading,
        speaking: l.speaking,
        writing: l.writing,
      })),
    licences: [...data.licences]
      .sort((a, b) => a.scheme.localeCompare(b.scheme) || a.code.localeCompare(b.code))
      .map((l) => ({
        scheme: l.scheme,
        code: l.code,
        label: data.codes.get(`${l.scheme}|${l.version}|${l.code}`)?.label ?? l.code,
      })),
    availability: {
      availableFrom: person.availableFrom,
      contractTypes: person.contractTypes.map((code) => ({
        code,
        label: data.codes.get(`co-contract||${code}`)?.label ?? code,
      })),
      workingTimes: [...person.workingTimes],
      maxCommuteKm: person.maxCommuteKm,
    },
  };
}
