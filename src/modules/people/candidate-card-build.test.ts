import { describe, expect, it } from 'vitest';
import { buildCandidateCard, type CandidateCardData, pseudonymousReference } from './candidate-card-build.ts';
import type { people } from './db.ts';

type PersonRow = typeof people.$inferSelect;

const now = new Date('2026-11-21T10:00:00Z');
const personId = '0d6f3a52-9a1e-4c1b-8f61-6f3b1c2a7e10';
// A whole row, identifiers included: the builder must pick only what the card may show.
const person: PersonRow = {
  id: personId,
  taxCode: 'SPSGNN68E14C627X',
  givenName: 'Giovannino',
  familyName: 'Espositissimo',
  sex: 'M',
  birthDate: '1968-05-14',
  birthComuneCode: '001078',
  birthCountry: 'IT',
  citizenship: 'IT',
  residenceComuneCode: '001078',
  residenceSubdivisionId: null,
  address: 'Via Vittorio Emanuele II 10',
  postcode: '10023',
  email: 'giovannino.espositissimo@posta.example',
  phone: '011 555 1234',
  employmentStatus: 'unemployed',
  didDate: '2024-03-01',
  unemployedSince: '2024-03-01',
  incomeSupport: ['naspi'],
  declaredGroups: ['victims_of_violence', 'refugee'],
  availableFrom: '2026-12-01',
  maxCommuteKm: 25,
  ownVehicle: true,
  contractTypes: ['A.01.00'],
  workingTimes: ['full_time'],
  shifts: ['night'],
  hasSpecialCategory: true,
  userId: null,
  searchText: 'giovannino espositissimo chieri',
  searchVector: null as unknown as string,
  searchFacets: [], // people.search_facets (search index): not read by the card
  ownerOrganisationId: '11111111-1111-4111-8111-111111111111',
  createdBy: null,
  version: 3,
  createdAt: now,
  updatedAt: now,
  anonymisedAt: null,
  mergedIntoId: null,
  mergedAt: null,
  mergedBy: null,
  importId: null,
};

const welder = 'http://data.europa.eu/esco/occupation/welder';
const forklift = 'http://data.europa.eu/esco/occupation/forklift';
const mig = 'http://data.europa.eu/esco/skill/mig';

const data = (): CandidateCardData => ({
  person,
  residenceComuneName: 'Chieri',
  desired: [{ occupationUri: welder }],
  skills: [{ skillUri: mig, level: 'advanced' }],
  experiences: [
    // Two overlapping periods as welder (counted once), one as forklift driver, still ongoing.
    { occupationUri: welder, occupationLabel: 'Saldatore', startDate: '2015-01-01', endDate: '2019-12-31' },
    { occupationUri: welder, occupationLabel: 'Saldatore', startDate: '2019-01-01', endDate: '2020-12-31' },
    { occupationUri: forklift, occupationLabel: 'Carrellista', startDate: '2026-05-21', endDate: null },
  ],
  education: [
    { levelScheme: 'sap-education', levelVersion: '2013', levelCode: 'LM' },
    { levelScheme: 'sap-education', levelVersion: '2013', levelCode: 'QP' },
  ],
  languages: [
    { language: 'en', motherTongue: false, listening: 'A2', reading: 'B1', speaking: 'A2', writing: 'A2' },
    { language: 'it', motherTongue: true, listening: null, reading: null, speaking: null, writing: null },
  ],
  licences: [{ scheme: 'driving-licence', version: '2013', code: 'B' }],
  conceptLabels: new Map([
    [welder, 'Saldatore/trice'],
    [forklift, 'Carrellista'],
    [mig, 'Saldatura MIG'],
  ]),
  codes: new Map([
    ['sap-education|2013|LM', { label: 'Licenza media', sortOrder: 3 }],
    ['sap-education|2013|QP', { label: 'Qualifica professionale triennale', sortOrder: 4 }],
    ['driving-licence|2013|B', { label: 'Patente B', sortOrder: 2 }],
    ['co-contract||A.01.00', { label: 'Lavoro a tempo indeterminato', sortOrder: 1 }],
  ]),
});

/** Every string and number anywhere in the value, with its path. */
function leaves(value: unknown, path = ''): [string, string][] {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${path}.${i}`));
  if (typeof value === 'object')
    return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => [
      [`${path}.${k}#key`, k] as [string, string],
      ...leaves(v, `${path}.${k}`),
    ]);
  return [[path, String(value)]];
}

describe('buildCandidateCard', () => {
  const key = Buffer.alloc(32, 9);
  const card = buildCandidateCard(data(), { reference: pseudonymousReference(personId, key), now });

  it('shows the job-relevant facts', () => {
    expect(card.reference).toMatch(/^C-[0-9A-F]{8}$/);
    expect(card.ageBand).toBe('58+');
    expect(card.residenceComune).toEqual({ code: '001078', label: 'Chieri' });
    expect(card.desiredOccupations).toEqual([{ occupationUri: welder, label: 'Saldatore/trice' }]);
    expect(card.skills).toEqual([{ skillUri: mig, label: 'Saldatura MIG', level: 'advanced' }]);
    expect(card.experience).toEqual([
      { occupationUri: welder, label: 'Saldatore/trice', months: 72 },
      { occupationUri: forklift, label: 'Carrellista', months: 6 },
    ]);
    expect(card.educationLevel).toEqual({ code: 'QP', label: 'Qualifica professionale triennale' });
    expect(card.languages.map((l) => l.language)).toEqual(['it', 'en']);
    expect(card.licences).toEqual([{ scheme: 'driving-licence', code: 'B', label: 'Patente B' }]);
    expect(card.availability).toEqual({
      availableFrom: '2026-12-01',
      contractTypes: [{ code: 'A.01.00', label: 'Lavoro a tempo indeterminato' }],
      workingTimes: ['full_time'],
      maxCommuteKm: 25,
    });
  });

  it('contains no personal identifier, anywhere', () => {
    const forbidden = [
      person.id,
      person.givenName,
      person.familyName,
      person.taxCode,
      person.email!,
      person.phone!,
      person.address!,
      person.postcode!,
      person.birthDate,
      ...person.declaredGroups,
    ].map((v) => v.toLowerCase());
    const forbiddenKeys = [
      'id',
      'givenName',
      'familyName',
      'taxCode',
      'email',
      'phone',
      'address',
      'birthDate',
    ];
    for (const [path, value] of leaves(card)) {
      const v = value.toLowerCase();
      for (const f of forbidden) expect(v.includes(f), `${path} = ${value}`).toBe(false);
      if (path.endsWith('#key')) expect(forbiddenKeys, path).not.toContain(value);
    }
  });

  it('gives a stable reference that depends on the key and not visibly on the id', () => {
    expect(pseudonymousReference(personId, key)).toBe(card.reference);
    expect(pseudonymousReference(personId, Buffer.alloc(32, 1))).not.toBe(card.reference);
    expect(card.reference.toLowerCase()).not.toContain(personId.slice(0, 8));
  });
});
