// Deterministic synthetic CVs for generated people (demo data, load tests): desired occupations from the starter
// taxonomy weighted by the local labour market (logistics, metalworking, cleaning, catering, retail, care…), past
// experiences in related occupations with FICTITIOUS local employers and dates consistent with age and status,
// skills of the desired occupations, an education level consistent with age, languages, driving and professional
// licences. The CV of a person depends only on the seed and the person row (not on the order of generation), so
// a million people can be streamed: `cvFor(row)` per row, nothing held in memory.
// The data tables and their helpers are in cv-data.ts; this module draws the CV of one person from them.
import type { StarterOccupation } from '../../taxonomy/starter/types.ts';
import type {
  personDesiredOccupations,
  personEducation,
  personExperiences,
  personLanguages,
  personLicences,
  personSkills,
  personTrainings,
} from '../db.ts';
import { facetsOf } from '../domain/search-facets.ts';
import { buildSearchText } from '../domain/search-text.ts';
import {
  bySector,
  commonTrainings,
  contractTable,
  DAY,
  DRIVING_VERSION,
  drawEducation,
  EDUCATION_VERSION,
  employerName,
  employerTaxCode,
  hash,
  iso,
  LICENCE_VERSION,
  motherTongueOf,
  sectorFor,
  skillLabel,
  starterByUri,
  trainingProviders,
  trainingsBySector,
} from './cv-data.ts';
import type { PersonRow } from './generate.ts';
import { comuneByCode } from './places.ts';
import { createRandom } from './random.ts';

export type GeneratedCv = {
  education: (typeof personEducation.$inferInsert)[];
  experiences: (typeof personExperiences.$inferInsert)[];
  trainings: (typeof personTrainings.$inferInsert)[];
  languages: (typeof personLanguages.$inferInsert)[];
  licences: (typeof personLicences.$inferInsert)[];
  skills: (typeof personSkills.$inferInsert)[];
  desiredOccupations: (typeof personDesiredOccupations.$inferInsert)[];
  /** people.search_text with the CV, as the service's refreshSearchText builds it (Italian labels). */
  searchText: string;
  /** people.search_facets, as the SQL function person_search_facets builds them (domain/search-facets.ts). */
  searchFacets: string[];
};

export type CvGeneratorOptions = {
  seed: number;
  /** The reference day (ages, dates). */
  today: Date;
  /** Share of people with at least one desired occupation (default 0.93). */
  desiredShare?: number;
};

/**
 * Returns a function giving the CV of a generated person. Pure and deterministic: the same seed and person row
 * give the same CV. Rows carry `personId` when the row has an id.
 */
export function cvGenerator(options: CvGeneratorOptions): (person: PersonRow) => GeneratedCv {
  const today = Date.UTC(
    options.today.getUTCFullYear(),
    options.today.getUTCMonth(),
    options.today.getUTCDate(),
  );
  const desiredShare = options.desiredShare ?? 0.93;
  const thisYear = options.today.getUTCFullYear();

  return (person) => {
    const r = createRandom((hash(person.taxCode) ^ options.seed) >>> 0);
    const personId = person.id!;
    const birth = Date.parse(`${person.birthDate}T00:00:00Z`);
    const age = Math.floor((today - birth) / (365.25 * DAY));
    const abroad = (person.birthCountry ?? 'IT') !== 'IT';
    const sex = person.sex as 'M' | 'F';
    const status = person.employmentStatus;
    const adult = age >= 18;

    // Desired occupations: one sector, sometimes a second occupation (mostly in the same sector).
    const sector = sectorFor[sex](r);
    const desired: StarterOccupation[] = [];
    if (r.chance(desiredShare)) {
      desired.push(r.pick(bySector.get(sector)!));
      if (r.chance(0.4)) {
        const other = r.chance(0.7)
          ? r.pick(bySector.get(sector)!)
          : r.pick(bySector.get(sectorFor[sex](r))!);
        if (other.uri !== desired[0]!.uri) desired.push(other);
      }
    }
    const related = desired.length ? desired : [r.pick(bySector.get(sector)!)];

    // Experiences, going back in time from the last job (or today for the employed).
    const experiences: GeneratedCv['experiences'] = [];
    const workStart = birth + 16 * 365.25 * DAY;
    const possible = Math.max(0, age - 17);
    const wanted =
      status === 'never_employed' || status === 'student'
        ? status === 'student' && age >= 19 && r.chance(0.3)
          ? 1
          : 0
        : Math.min(
            4,
            possible === 0 ? 0 : r.int(possible < 4 ? 0 : 1, Math.min(4, 1 + Math.floor(possible / 5))),
          );
    const unemployedSince = person.unemployedSince ? Date.parse(`${person.unemployedSince}T00:00:00Z`) : null;
    let cursor =
      status === 'employed' || status === 'employed_seeking' || status === 'redundancy_fund'
        ? today
        : (unemployedSince ?? today - r.int(30, 700) * DAY);
    for (let i = 0; i < wanted; i++) {
      const ongoing = i === 0 && cursor === today;
      const months = status === 'student' ? r.int(2, 6) : r.int(3, i === 0 && ongoing ? 96 : 48);
      const end = ongoing ? null : cursor;
      const start = Math.max(workStart, (end ?? today) - months * 30 * DAY);
      if ((end ?? today) - start < 30 * DAY) break;
      const occupation = r.chance(0.75) ? r.pick(related) : r.pick(bySector.get(related[0]!.sector)!);
      const young = age - (today - start) / (365.25 * DAY) < 30;
      const contractType =
        status === 'student'
          ? 'C.01.00'
          : young && r.chance(0.25)
            ? r.pick(['A.03.09', 'C.01.00'])
            : contractTable(r);
      experiences.push({
        personId,
        employerName: employerName(r, occupation.sector),
        employerTaxCode: r.chance(0.6) ? employerTaxCode(r) : null,
        occupationUri: occupation.uri,
        occupationLabel: occupation.labelIt,
        startDate: iso(start),
        endDate: end === null ? null : iso(end),
        contractType,
        description: null,
      });
      cursor = start - r.int(0, 12) * 30 * DAY;
      if (cursor <= workStart + 30 * DAY) break;
    }

    // Skills: 2–6 from the desired occupations' starter skills, better levels with experience.
    const pool = [...new Set(related.flatMap((o) => o.skills.map((s) => s.uri)))];
    const howMany = Math.min(pool.length, r.int(2, 6));
    const chosen: string[] = [];
    while (chosen.length < howMany) {
      const uri = r.pick(pool);
      if (!chosen.includes(uri)) chosen.push(uri);
    }
    const skillLevel = () =>
      r.weighted<'basic' | 'intermediate' | 'advanced'>(
        experiences.length >= 2
          ? [
              ['basic', 15],
              ['intermediate', 50],
              ['advanced', 35],
            ]
          : [
              ['basic', 45],
              ['intermediate', 45],
              ['advanced', 10],
            ],
      );
    const skills = chosen.map((skillUri) => ({ personId, skillUri, level: skillLevel() }));

    // Education.
    const level = drawEducation(r, age, abroad);
    const education: GeneratedCv['education'] =
      level.code === 'NT'
        ? []
        : [
            {
              personId,
              levelScheme: 'sap-education',
              levelVersion: EDUCATION_VERSION,
              levelCode: level.code,
              title: level.titles.length ? r.pick(level.titles) : null,
              institution: null,
              year: Math.min(thisYear, new Date(birth).getUTCFullYear() + level.finishAge),
              country: abroad ? person.birthCountry! : 'IT',
            },
          ];

    // Training courses: 0–2.
    const trainings: GeneratedCv['trainings'] = [];
    const courses = [...(trainingsBySector[related[0]!.sector] ?? []), ...commonTrainings];
    const nCourses =
      age < 18
        ? 0
        : r.weighted([
            [0, 45],
            [1, 35],
            [2, 20],
          ] as const);
    for (let i = 0; i < nCourses; i++) {
      const [title, hours, certificate] = r.pick(courses);
      if (trainings.some((t) => t.title === title)) continue;
      trainings.push({
        personId,
        title,
        provider: r.pick(trainingProviders),
        hours,
        year: r.int(Math.max(new Date(birth).getUTCFullYear() + 18, thisYear - 15), thisYear),
        certificate,
      });
    }

    // Languages.
    const cefr = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
    const mother = motherTongueOf[person.birthCountry ?? 'IT'] ?? 'it';
    const languages: GeneratedCv['languages'] = [
      {
        personId,
        language: mother,
        motherTongue: true,
        listening: null,
        reading: null,
        speaking: null,
        writing: null,
      },
    ];
    const knows = (language: string, min: number, max: number) => {
      const base = r.int(min, max);
      const lv = (d: number) => cefr[Math.max(0, Math.min(5, base + d))]!;
      languages.push({
        personId,
        language,
        motherTongue: false,
        listening: lv(r.int(0, 1)),
        reading: lv(0),
        speaking: lv(r.int(-1, 0)),
        writing: lv(-r.int(0, 1)),
      });
    };
    if (mother !== 'it') knows('it', 1, 4); // A2–C1
    if (mother !== 'en' && r.chance(age < 35 ? 0.6 : age < 55 ? 0.35 : 0.15)) knows('en', 0, 3);
    if (mother !== 'fr' && r.chance(0.08)) knows('fr', 0, 2);

    // Licences: B for about 65% of adults, C/CE/CQC for drivers, the forklift licence in warehouses.
    const licences: GeneratedCv['licences'] = [];
    const driving = (code: string) =>
      licences.push({ personId, scheme: 'driving-licence', version: DRIVING_VERSION, code });
    const licence = (code: string) =>
      licences.push({ personId, scheme: 'licence', version: LICENCE_VERSION, code });
    const driver = related.some((o) => o.sector === 'trasporti');
    const heavy = related.some((o) => /patente C|rifiuti|traslochi/i.test(o.labelIt));
    const bus = related.some((o) => /autobus|tranviere/i.test(o.labelIt));
    if (adult && (driver || r.chance(0.62))) {
      driving('B');
      if (age >= 21 && (heavy ? r.chance(0.85) : driver && r.chance(0.25))) {
        driving('C');
        if (r.chance(0.5)) driving('CE');
        if (r.chance(0.8)) licence('CQC-M');
      }
      if (age >= 24 && bus && r.chance(0.8)) {
        driving('D');
        licence('CQC-P');
      }
    }
    if (adult && related.some((o) => o.sector === 'logistica') && r.chance(0.4)) licence('CARRELLISTA');

    const desiredOccupations = desired.map((o) => ({ personId, occupationUri: o.uri }));
    // The search text as refreshSearchText builds it: names, comune, then the labels of the desired and past
    // occupations and skills (with up to three alternative labels), employers, titles, courses, licences, languages.
    const labelled = new Map<string, string[]>();
    for (const o of desired) labelled.set(o.uri, [o.labelIt, ...(o.altIt ?? []).slice(0, 3)]);
    for (const s of skills) labelled.set(s.skillUri, [skillLabel.get(s.skillUri) ?? '']);
    for (const e of experiences) {
      const o = starterByUri.get(e.occupationUri!)!;
      labelled.set(o.uri, [o.labelIt, ...(o.altIt ?? []).slice(0, 3)]);
    }
    const searchText = buildSearchText({
      givenName: person.givenName,
      familyName: person.familyName,
      residenceComuneName: comuneByCode(person.residenceComuneCode).name,
      cv: [
        ...[...labelled.values()].flat(),
        ...experiences.flatMap((e) => [e.employerName, e.occupationLabel, e.description]),
        ...education.flatMap((e) => [e.title, e.institution]),
        ...trainings.flatMap((t) => [t.title, t.provider, t.certificate]),
        ...licences.map((l) => `patente ${l.code}`),
        ...languages.map((l) => l.language),
      ],
    });
    const searchFacets = facetsOf({
      licences: licences.map((l) => l.code),
      skillUris: skills.map((s) => s.skillUri),
      occupations: [...desired, ...experiences.map((e) => starterByUri.get(e.occupationUri!)!)].map((o) => ({
        uri: o.uri,
        iscoCode: o.iscoCode,
      })),
      languages: languages.map((l) => ({
        language: l.language,
        motherTongue: l.motherTongue ?? false,
        levels: [l.listening, l.reading, l.speaking, l.writing],
      })),
      education: education.map((e) => ({
        scheme: e.levelScheme!,
        version: e.levelVersion,
        code: e.levelCode,
      })),
    });
    return {
      education,
      experiences,
      trainings,
      languages,
      licences,
      skills,
      desiredOccupations,
      searchText,
      searchFacets,
    };
  };
}

/** The CV rows of one person, table by table (for streaming writers such as the load-test generation). */
export function* cvRowsFor(
  cvFor: (person: PersonRow) => GeneratedCv,
  person: PersonRow,
): Generator<{ table: CvTable; row: GeneratedCv[CvTable][number] }> {
  const cv = cvFor(person);
  for (const table of cvTables) for (const row of cv[table]) yield { table, row };
}

export const cvTables = [
  'education',
  'experiences',
  'trainings',
  'languages',
  'licences',
  'skills',
  'desiredOccupations',
] as const;
export type CvTable = (typeof cvTables)[number];
