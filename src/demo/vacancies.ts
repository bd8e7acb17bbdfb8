// Demo vacancies: about 25 offers of the demo territory's employers (Torino sud, Chieri, Moncalieri, Pinerolese),
// with occupations and skills from the starter taxonomy — mostly published, some drafts, closed or unpublished,
// one internship and one reserved to the L. 68/99 lists. Employers are looked up by codice fiscale (the employers
// demo creates them first); an offer whose employer is missing is left out. Dates are relative to the seeding day.
import { eq, inArray } from 'drizzle-orm';
import { employers } from '../modules/employers/db.ts';
import { users } from '../modules/identity/db.ts';
import { starterOccupations } from '../modules/taxonomy/starter/index.ts';
import { vacancies } from '../modules/vacancies/db.ts';
import type { Db } from '../platform/db/client.ts';
import { findDemoEmployer } from './employers.ts';
import { demoVacancyRows as firstRows } from './vacancies-data.ts';
import { pineroleseAndMoreVacancies } from './vacancies-data-more.ts';

const demoVacancyRows = [...firstRows, ...pineroleseAndMoreVacancies];

const DAY = 86_400_000;
const dayOf = (d: Date) => d.toISOString().slice(0, 10);

/** Inserts the demo vacancies once (none yet); returns how many were created. */
export async function seedDemoVacancies(db: Db, now = new Date()): Promise<number> {
  const [any] = await db.select({ id: vacancies.id }).from(vacancies).limit(1);
  if (any) return 0;
  const taxCodeOf = (key: string) => findDemoEmployer(key)?.taxCode ?? key;
  const taxCodes = [...new Set(demoVacancyRows.map((v) => taxCodeOf(v.employer)))];
  const found = await db.select().from(employers).where(inArray(employers.taxCode, taxCodes));
  const byTaxCode = new Map(found.map((e) => [e.taxCode, e]));
  const [paolo] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, 'paolo.vercellone@tessitura-aurora.example'));
  const occupationByLabel = new Map(starterOccupations.map((o) => [o.labelIt, o]));
  const rows = [];
  for (const v of demoVacancyRows) {
    const employer = byTaxCode.get(taxCodeOf(v.employer));
    const occupation = occupationByLabel.get(v.occupation);
    if (!employer || !occupation) continue;
    const refreshed = new Date(now.getTime() - v.refreshedDaysAgo * DAY);
    const published = v.state !== 'draft';
    rows.push({
      employerId: employer.id,
      ownerOrganisationId: employer.organisationId ?? employer.ownerOrganisationId,
      title: v.title,
      description: v.description,
      occupationUri: occupation.uri,
      essentialSkills: occupation.skills.filter((s) => s.relation === 'essential').map((s) => s.uri),
      optionalSkills: occupation.skills.filter((s) => s.relation === 'optional').map((s) => s.uri),
      minExperienceMonths: v.experienceMonths ?? 0,
      minEqfLevel: v.eqf ?? null,
      languages: v.languages ?? [],
      licences: v.licences ?? [],
      contractType: v.contract,
      workingTime: v.hours < 36 ? 'part_time' : 'full_time',
      weeklyHours: v.hours,
      siteComuneCode: v.comune,
      siteAddress: v.address ?? null,
      positions: v.positions ?? 1,
      startDate: dayOf(new Date(now.getTime() + (v.deadlineInDays + 14) * DAY)),
      deadline: dayOf(new Date(now.getTime() + v.deadlineInDays * DAY)),
      reservedFor: v.reservedFor ?? [],
      state: v.state,
      publishedAt: published ? new Date(refreshed.getTime() - 7 * DAY) : null,
      refreshedAt: published ? refreshed : null,
      closedAt: v.state === 'closed' ? refreshed : null,
      stateReason: v.state === 'closed' ? 'closed' : v.state === 'unpublished' ? 'not_refreshed' : null,
      createdBy: employer.taxCode === '12999010015' ? (paolo?.id ?? null) : null,
      createdAt: new Date(refreshed.getTime() - 10 * DAY),
      updatedAt: refreshed,
    });
  }
  if (rows.length) await db.insert(vacancies).values(rows);
  return rows.length;
}
