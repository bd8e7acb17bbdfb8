// Fixtures for the shortlist tests: the employer record of a demo company and a published vacancy, written straight
// into the tables (the shortlist does not depend on how vacancies are edited), and job seekers who consent to
// sharing their CV with employers, registered through the API by the CPI operator.
import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { demoOrganisationId } from '../../src/demo/seed.ts';
import { employers } from '../../src/modules/employers/db.ts';
import { vatCheckDigit } from '../../src/modules/network/domain/tax-codes.ts';
import { starterOccupations } from '../../src/modules/taxonomy/starter/index.ts';
import { vacancies } from '../../src/modules/vacancies/db.ts';
import type { Deps } from '../../src/platform/deps.ts';
import type { Client } from '../helpers/app.ts';
import { personPayload } from '../helpers/people.ts';

const forklift = starterOccupations.find((o) => o.labelIt === 'Carrellista')!;

/** The employer record of a demo company (the one the demo seed made, or a new one). */
export async function employerOf(deps: Deps, orgKey: string, name: string) {
  const organisationId = demoOrganisationId(orgKey);
  const [found] = await deps.db.select().from(employers).where(eq(employers.organisationId, organisationId));
  if (found) return found;
  const digits = String(Math.abs([...orgKey].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, 7)))
    .padStart(7, '0')
    .slice(0, 7);
  const first10 = `${digits}001`;
  const taxCode = `${first10}${vatCheckDigit(first10)}`;
  const [row] = await deps.db
    .insert(employers)
    .values({ taxCode, name, organisationId, ownerOrganisationId: demoOrganisationId('cpi-chieri') })
    .returning();
  return row!;
}

export async function publishedVacancy(
  deps: Deps,
  employer: { id: string },
  over: Partial<typeof vacancies.$inferInsert> = {},
) {
  const now = deps.now();
  const [row] = await deps.db
    .insert(vacancies)
    .values({
      employerId: employer.id,
      ownerOrganisationId: demoOrganisationId('cpi-chieri'),
      title: 'Magazziniere carrellista',
      description: 'Carico e scarico merci con carrello elevatore, turni diurni.',
      occupationUri: forklift.uri,
      essentialSkills: forklift.skills.slice(0, 2).map((s) => s.uri),
      contractType: 'A.02.00',
      workingTime: 'full_time',
      siteComuneCode: '001078',
      positions: 1,
      state: 'published',
      publishedAt: now,
      refreshedAt: now,
      ...over,
    })
    .returning();
  return row!;
}

const givenNames = [
  'Alessia',
  'Bruno',
  'Carla',
  'Dario',
  'Elisa',
  'Fabio',
  'Giulia',
  'Ivo',
  'Laura',
  'Mauro',
];

/** A job seeker registered by the operator, who consents (or not) to sharing the CV with employers. */
export async function jobSeeker(op: Client, i: number, familyName: string, consents = true) {
  const payload = {
    ...personPayload({
      givenName: givenNames[i % givenNames.length]!,
      familyName,
      sex: i % 2 ? 'M' : 'F',
      birthDate: `19${70 + (i % 25)}-0${1 + (i % 9)}-1${i % 9}`,
    }),
    phone: `011 555 01${String(i).padStart(2, '0')}`,
    confirmNotDuplicate: true,
  };
  const res = await op.request({ method: 'POST', url: '/api/people', payload });
  expect(res.statusCode, res.body).toBe(201);
  const person = res.json() as { id: string; givenName: string; familyName: string; email: string };
  if (consents) {
    const c = await op.request({
      method: 'POST',
      url: `/api/people/${person.id}/consents`,
      payload: { purpose: 'share_cv_with_employers', granted: true, noticeVersion: '2026-11' },
    });
    expect(c.statusCode, c.body).toBe(201);
  }
  return person;
}

/** An employer record kept by an organisation (not a company using the platform itself), e.g. for probes. */
export async function employerKeptBy(deps: Deps, ownerOrganisationId: string, name: string, seed: number) {
  const first10 = `${String(4_100_000 + seed).padStart(7, '0')}001`;
  const [row] = await deps.db
    .insert(employers)
    .values({ taxCode: `${first10}${vatCheckDigit(first10)}`, name, ownerOrganisationId })
    .returning();
  return row!;
}
