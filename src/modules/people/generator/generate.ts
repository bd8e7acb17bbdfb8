// Deterministic synthetic job seekers for the `people` table (demo data, load tests): Italian and foreign-born
// names, valid and unique codici fiscali consistent with the identity, residence in a network's comuni, contacts
// under .example and 555 numbers, and a plausible administrative situation. Same seed and inputs → same rows.
// A generator function: a million rows stream without being held in memory (only the codes issued so far are
// kept, to keep them unique).

import type { people } from '../db.ts';
import { buildSearchText } from '../domain/search-text.ts';
import { type BirthCountry, birthCountries } from './names-foreign.ts';
import { italianFamilyNames, italianFemaleNames, italianMaleNames } from './names-it.ts';
import { comuneByCode, drawAddress, italianBirthplaces } from './places.ts';
import { createRandom, type Random, randomUuid, weightedTable } from './random.ts';
import { drawAge, drawSituation, isoDay, statusWeights } from './situation.ts';
import { type Birthplace, CodiceFiscale, computeTaxCode, uniqueTaxCode } from './tax-code.ts';

export type PersonRow = typeof people.$inferInsert;
export type Owner = { id: string; weight: number; comuni?: readonly string[] };

export type GeneratePeopleInput = {
  seed: number;
  count: number;
  /** ISTAT codes of the comuni of residence (weighted by population). */
  networkComuni: readonly string[];
  /**
   * Organisations that own the records (CPI, comuni, circoscrizioni, social services), by weight; an owner with
   * `comuni` only owns residents of those comuni (a CPI's area, a comune's own residents).
   */
  owners: readonly Owner[];
  /** The reference day: ages, DID dates and availability are computed from it. */
  today: Date;
  /** Optional subdivision of a comune of residence (e.g. Torino's Circoscrizione 2) and its postcodes. */
  subdivisions?: Readonly<Record<string, { id: string; postcodes?: readonly string[] }>>;
  /** Codes already taken (other calls, existing records): new codes avoid them and are added to the set. */
  taxCodesInUse?: Set<string>;
  /** Share of people born abroad (default 0.15). */
  foreignBornShare?: number;
};

const DAY = 86_400_000;
const FOREIGN_BORN_SHARE = 0.15;
const emailDomains = ['posta.example', 'mail.example', 'email.example', 'webmail.example'];

/** ASCII letters only, lower case: for e-mail addresses. */
const ascii = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

export function* generatePeople(input: GeneratePeopleInput): Generator<PersonRow, void, undefined> {
  if (!Number.isInteger(input.count) || input.count < 0) throw new Error('count must be a whole number ≥ 0');
  if (input.networkComuni.length === 0) throw new Error('networkComuni is empty');
  if (input.owners.length === 0) throw new Error('owners is empty');
  const r = createRandom(input.seed);
  // Ids come from their own stream, so that a change in the drawing of the data does not change them.
  const idRandom = createRandom((input.seed ^ 0x5eed1d5) >>> 0);
  const today = Date.UTC(input.today.getUTCFullYear(), input.today.getUTCMonth(), input.today.getUTCDate());
  const residence = weightedTable(
    input.networkComuni.map((code) => {
      const c = comuneByCode(code);
      return [c, Math.max(c.population, 100)] as const;
    }),
  );
  const owner = ownerDraw(input.owners);
  const status = weightedTable(statusWeights);
  const country = weightedTable(birthCountries.map((c) => [c, c.weight] as const));
  const birthplaceOf = italianBirthplaces();
  const foreignShare = input.foreignBornShare ?? FOREIGN_BORN_SHARE;
  const used = input.taxCodesInUse ?? new Set<string>();

  for (let i = 0; i < input.count; i++) {
    const home = residence(r);
    const employmentStatus = status(r);
    const sex: 'M' | 'F' = r.chance(employmentStatus === 'never_employed' ? 0.6 : 0.5) ? 'F' : 'M';
    const age = drawAge(r, employmentStatus);
    const birthDate = drawBirthDate(r, age, today);
    const abroad = r.chance(foreignShare) ? country(r) : null;
    const born = abroad ? null : birthplaceOf(r, age, home);
    const place: Birthplace = abroad
      ? { name: abroad.cfName, province: 'EE', cadastralCode: abroad.cadastralCode }
      : { name: born!.name, province: born!.sigla, cadastralCode: born!.cadastralCode };

    // A new name on the rare exhaustion of the omocodes of one identity.
    let givenName = '';
    let familyName = '';
    let taxCode: string | null = null;
    for (let attempt = 0; taxCode === null; attempt++) {
      if (attempt > 20) throw new Error('could not find a free codice fiscale');
      [givenName, familyName] = drawName(r, sex, abroad);
      taxCode = uniqueTaxCode(computeTaxCode({ givenName, familyName, sex, birthDate }, place), used);
    }
    if (!CodiceFiscale.check(taxCode)) throw new Error(`generated an invalid codice fiscale ${taxCode}`);
    used.add(taxCode);

    const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
    const situation = drawSituation(r, {
      status: employmentStatus,
      age,
      sex,
      birthCountry: abroad?.iso ?? 'IT',
      sixteenth: Date.UTC(y + 16, m - 1, d),
      today,
    });
    const { registeredAt, ...admin } = situation;
    const subdivision = input.subdivisions?.[home.code];
    const postcodes = subdivision?.postcodes?.length ? subdivision.postcodes : home.caps;
    const citizenship = abroad && !r.chance(abroad.italianCitizens) ? abroad.iso : 'IT';
    const createdAt = new Date(registeredAt + r.int(8 * 60, 17 * 60) * 60_000);

    yield {
      id: randomUuid(idRandom),
      taxCode,
      givenName,
      familyName,
      sex,
      birthDate,
      birthComuneCode: born?.code ?? null,
      birthCountry: abroad?.iso ?? 'IT',
      citizenship,
      residenceComuneCode: home.code,
      residenceSubdivisionId: subdivision?.id ?? null,
      address: drawAddress(r, home),
      postcode: r.pick(postcodes),
      email: r.chance(age >= 55 ? 0.65 : 0.88) ? drawEmail(r, givenName, familyName, y) : null,
      phone: r.chance(0.95) ? `3${r.int(20, 93)} 555 ${String(r.int(0, 9999)).padStart(4, '0')}` : null,
      ...admin,
      ownerOrganisationId: owner(r, home.code),
      searchText: buildSearchText({ givenName, familyName, residenceComuneName: home.name }),
      createdAt,
      updatedAt: createdAt,
    };
  }
}

/** Draws an owner among those competent for the comune of residence (all of them when none is). */
function ownerDraw(owners: readonly Owner[]): (r: Random, comuneCode: string) => string {
  const tables = new Map<string, (r: Random) => string>();
  return (r, comuneCode) => {
    let table = tables.get(comuneCode);
    if (!table) {
      const competent = owners.filter((o) => !o.comuni || o.comuni.includes(comuneCode));
      table = weightedTable(
        (competent.length > 0 ? competent : owners).map((o) => [o.id, o.weight] as const),
      );
      tables.set(comuneCode, table);
    }
    return table(r);
  };
}

/** A birth date giving exactly `age` on `today` (UTC midnight ms). */
function drawBirthDate(r: Random, age: number, today: number): string {
  const t = new Date(today);
  const latest = Date.UTC(t.getUTCFullYear() - age, t.getUTCMonth(), t.getUTCDate());
  const earliest = Date.UTC(t.getUTCFullYear() - age - 1, t.getUTCMonth(), t.getUTCDate()) + DAY;
  return isoDay(earliest + r.int(0, Math.round((latest - earliest) / DAY)) * DAY);
}

function drawName(r: Random, sex: 'M' | 'F', abroad: BirthCountry | null): [string, string] {
  if (abroad) return [r.pick(sex === 'M' ? abroad.male : abroad.female), r.pick(abroad.family)];
  // One in ten has a second given name.
  const names = sex === 'M' ? italianMaleNames : italianFemaleNames;
  let given = r.pick(names);
  if (r.chance(0.1)) {
    const second = r.pick(names);
    if (second !== given) given = `${given} ${second}`;
  }
  return [given, r.pick(italianFamilyNames)];
}

function drawEmail(r: Random, given: string, family: string, birthYear: number): string {
  const first = ascii(given.split(' ')[0]!);
  const last = ascii(family);
  const x = r.next();
  const local =
    x < 0.4
      ? `${first}.${last}`
      : x < 0.7
        ? `${first}.${last}${String(birthYear).slice(2)}`
        : x < 0.85
          ? `${first[0]}${last}${r.int(1, 99)}`
          : `${last}.${first}`;
  return `${local}@${r.pick(emailDomains)}`;
}
