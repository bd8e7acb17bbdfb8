// Demo shortlist: six job seekers of the CPI di Chieri proposed for Tessitura Aurora's weaver vacancy, at every
// stage of the story — two waiting (one for too long), two contacted, one with an interview booked, one not
// selected — with two of them having agreed to show the company who they are. The six consent to sharing their CV
// with employers (recorded by the CPI operator, as when they registered). Runs after the vacancies demo.
import { and, asc, eq, isNull } from 'drizzle-orm';
import { users } from '../modules/identity/db.ts';
import { people, personConsents } from '../modules/people/db.ts';
import { shortlistEntries, shortlistMoves, vacancies } from '../modules/vacancies/db.ts';
import type { ShortlistStage } from '../modules/vacancies/domain/shortlist.ts';
import type { Db } from '../platform/db/client.ts';
import { demoOrganisationId } from './seed.ts';

const DAY = 86_400_000;

type Plan = {
  stage: ShortlistStage;
  daysAgo: number;
  score: number;
  disclosed?: boolean;
  interview?: { inDays: number; place: string };
  reason?: string;
};
const plan: Plan[] = [
  {
    stage: 'interview',
    daysAgo: 2,
    score: 86,
    disclosed: true,
    interview: { inDays: 3, place: 'Tessitura Aurora, Via Andezeno 12, Chieri' },
  },
  { stage: 'contacted', daysAgo: 4, score: 81, disclosed: true },
  { stage: 'contacted', daysAgo: 6, score: 77 },
  { stage: 'proposed', daysAgo: 3, score: 74 },
  { stage: 'proposed', daysAgo: 13, score: 69 },
  { stage: 'not_selected', daysAgo: 5, score: 64, reason: 'distance_or_hours' },
];
const path: Record<ShortlistStage, ShortlistStage[]> = {
  proposed: ['proposed'],
  contacted: ['proposed', 'contacted'],
  interview: ['proposed', 'contacted', 'interview'],
  not_selected: ['proposed', 'contacted', 'not_selected'],
  hired: ['proposed', 'contacted', 'interview', 'hired'],
  withdrew: ['proposed', 'withdrew'],
};

/** Inserts the demo shortlist once (only when no shortlist exists and the vacancy is there); returns entries. */
export async function seedDemoShortlists(db: Db, now = new Date()): Promise<number> {
  const [any] = await db.select({ id: shortlistEntries.id }).from(shortlistEntries).limit(1);
  if (any) return 0;
  const [vacancy] = await db
    .select()
    .from(vacancies)
    .where(
      and(eq(vacancies.title, 'Tessitore/tessitrice su telai a pinza'), eq(vacancies.state, 'published')),
    );
  const [operator] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, 'marco.bosio@agenziapiemontelavoro.example'));
  if (!vacancy || !operator) return 0;
  const seekers = await db
    .select({ id: people.id })
    .from(people)
    .where(
      and(
        eq(people.ownerOrganisationId, demoOrganisationId('cpi-chieri')),
        isNull(people.userId),
        isNull(people.anonymisedAt),
      ),
    )
    .orderBy(asc(people.familyName), asc(people.givenName))
    .limit(plan.length);
  if (seekers.length < plan.length) return 0;
  await db.transaction(async (tx) => {
    for (const [i, p] of plan.entries()) {
      const personId = seekers[i]!.id;
      const steps = path[p.stage];
      const movedAt = new Date(now.getTime() - p.daysAgo * DAY);
      const proposedAt = steps.length === 1 ? movedAt : new Date(movedAt.getTime() - 3 * DAY);
      await tx.insert(personConsents).values({
        personId,
        purpose: 'share_cv_with_employers',
        granted: true,
        noticeVersion: '2026-11',
        recordedBy: operator.id,
        at: new Date(proposedAt.getTime() - 30 * DAY),
      });
      const [entry] = await tx
        .insert(shortlistEntries)
        .values({
          vacancyId: vacancy.id,
          personId,
          stage: p.stage,
          movedAt,
          score: p.score,
          explanation: { demo: true },
          interviewAt: p.interview ? new Date(now.getTime() + p.interview.inDays * DAY) : null,
          interviewPlace: p.interview?.place ?? null,
          notSelectedReason: p.reason ?? null,
          disclosureConsentAt: p.disclosed ? new Date(movedAt.getTime() - DAY) : null,
          disclosureRecordedBy: p.disclosed ? operator.id : null,
          disclosureSource: p.disclosed ? 'operator' : null,
          proposedBy: operator.id,
          version: steps.length + (p.disclosed ? 1 : 0),
          createdAt: proposedAt,
        })
        .returning({ id: shortlistEntries.id });
      for (const [k, to] of steps.entries()) {
        const at = k === steps.length - 1 ? movedAt : new Date(proposedAt.getTime() + k * DAY);
        await tx.insert(shortlistMoves).values({
          entryId: entry!.id,
          fromStage: k === 0 ? null : steps[k - 1]!,
          toStage: to,
          movedBy: operator.id,
          movedAt: at,
        });
      }
    }
  });
  return plan.length;
}
