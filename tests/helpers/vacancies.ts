// Fixtures for the vacancies tests: the employer records of demo companies (created here when the employers demo
// has not created them), and a valid vacancy payload built from the starter taxonomy.
import { eq } from 'drizzle-orm';
import { employers } from '../../src/modules/employers/db.ts';
import { organisations } from '../../src/modules/network/db.ts';
import { starterOccupations } from '../../src/modules/taxonomy/starter/index.ts';
import type { TestApp } from './app.ts';

export const TESSITURA_TAX_CODE = '12999010015'; // the demo employer user's company (Chieri)
export const LOGISUD_TAX_CODE = '12999030013'; // another company of the same network (Nichelino)
export const PINEROLO_ENERGIA_TAX_CODE = '12999100014'; // a company of the Pinerolese network
export const MONCALIERI = '001156';
export const CHIERI = '001078';
export const PINEROLO = '001191';

/** The employer record of the demo organisation with this codice fiscale (its own company record). */
export async function ensureEmployer(t: TestApp, taxCode: string): Promise<string> {
  const [existing] = await t.deps.db.select().from(employers).where(eq(employers.taxCode, taxCode));
  if (existing) return existing.id;
  const [org] = await t.deps.db.select().from(organisations).where(eq(organisations.taxCode, taxCode));
  if (!org) throw new Error(`no demo organisation ${taxCode}`);
  const [row] = await t.deps.db
    .insert(employers)
    .values({
      taxCode,
      name: org.name,
      email: `personale.${taxCode}@example.org`,
      organisationId: org.id,
      ownerOrganisationId: org.id,
    })
    .returning({ id: employers.id });
  return row!.id;
}

const carrellista = starterOccupations.find((o) => o.labelIt === 'Carrellista')!;
export const CARRELLISTA_URI = carrellista.uri;
export const CARRELLISTA_ESSENTIAL = carrellista.skills
  .filter((s) => s.relation === 'essential')
  .map((s) => s.uri);
export const CARRELLISTA_OPTIONAL = carrellista.skills
  .filter((s) => s.relation === 'optional')
  .map((s) => s.uri);

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

export function vacancyPayload(over: Record<string, unknown> = {}) {
  return {
    title: 'Magazziniere carrellista',
    description: 'Movimentazione merci con carrello elevatore.',
    occupationUri: CARRELLISTA_URI,
    essentialSkills: CARRELLISTA_ESSENTIAL,
    optionalSkills: CARRELLISTA_OPTIONAL,
    minExperienceMonths: 12,
    minEqfLevel: null,
    languages: [{ code: 'it', level: 'B1' }],
    licences: ['CARRELLISTA'],
    contractType: 'A.02.00',
    workingTime: 'full_time',
    weeklyHours: 40,
    siteComuneCode: MONCALIERI,
    siteAddress: 'Strada Carignano 48',
    positions: 2,
    startDate: inDays(45),
    deadline: inDays(30),
    reservedFor: [],
    ...over,
  };
}
