// The demo citizen (luca.bianco@posta.example, a user without membership) gets a person record of his own, linked
// to his account, so that "Il mio profilo" shows a filled profile: registered by the CPI of Chieri (owner), CV
// drawn by the same generator as the other demo people, two consents granted. Deterministic like the rest.
import { eq } from 'drizzle-orm';
import { users } from '../modules/identity/db.ts';
import { comuni } from '../modules/network/db.ts';
import { people, personConsents } from '../modules/people/db.ts';
import type { PersonRow } from '../modules/people/generator/generate.ts';
import { insertPeople } from '../modules/people/generator/insert.ts';
import { computeTaxCode } from '../modules/people/generator/tax-code.ts';
import type { Db } from '../platform/db/client.ts';
import { DEMO_PEOPLE_TODAY, demoCv } from './people.ts';
import { demoOrganisationId, demoUuid } from './seed.ts';
import { demoLogins } from './territory.ts';

export const demoCitizenPersonId = demoUuid('person:demo-citizen');
const CHIERI = '001078';

/** Writes the demo citizen's record when his account exists and the record does not yet; returns true if written. */
export async function seedDemoCitizen(db: Db): Promise<boolean> {
  const email = demoLogins.citizen;
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  const [existing] = await db
    .select({ id: people.id })
    .from(people)
    .where(eq(people.id, demoCitizenPersonId));
  const [chieri] = await db.select({ belfiore: comuni.belfiore }).from(comuni).where(eq(comuni.code, CHIERI));
  if (!user || existing || !chieri) return false;
  const identity = { givenName: 'Luca', familyName: 'Bianco', sex: 'M' as const, birthDate: '1994-03-18' };
  const taxCode = computeTaxCode(identity, {
    name: 'Chieri',
    province: 'TO',
    cadastralCode: chieri.belfiore,
  });
  const [clash] = await db.select({ id: people.id }).from(people).where(eq(people.taxCode, taxCode));
  if (clash) return false;
  const row: PersonRow = {
    id: demoCitizenPersonId,
    taxCode,
    ...identity,
    birthComuneCode: CHIERI,
    residenceComuneCode: CHIERI,
    address: 'Via della Pace 14',
    postcode: '10023',
    email,
    phone: '333 555 0142',
    employmentStatus: 'unemployed',
    didDate: '2026-06-03',
    unemployedSince: '2026-05-31',
    availableFrom: '2026-11-15',
    maxCommuteKm: 20,
    ownVehicle: true,
    contractTypes: ['A.01.00', 'A.02.00'],
    workingTimes: ['full_time'],
    shifts: ['day'],
    userId: user.id,
    ownerOrganisationId: demoOrganisationId('cpi-chieri'),
    createdAt: DEMO_PEOPLE_TODAY,
    updatedAt: DEMO_PEOPLE_TODAY,
  };
  await insertPeople(db, [row], { atomic: true, cv: demoCv });
  await db.insert(personConsents).values(
    (['share_cv_with_employers', 'programme_contacts'] as const).map((purpose) => ({
      personId: demoCitizenPersonId,
      purpose,
      granted: true,
      noticeVersion: '2026-11',
      at: DEMO_PEOPLE_TODAY,
    })),
  );
  return true;
}
