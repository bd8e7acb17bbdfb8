// Demo data of the surveys module: the "Rilevazione fabbisogni professionali 2027" of the Chieri coordination,
// sent twenty days ago to the employers of its networks; about 40% answered with hiring needs that fit their
// sector (warehouse workers and drivers in logistics, welders and CNC operators in engineering, cooks in
// restaurants, OSS in care…), the others got their one reminder. No e-mails are put in the outbox: the demo
// shows the state of a campaign, it does not write to real addresses. Deterministic (row order, no randomness).
import { and, eq } from 'drizzle-orm';
import { listEmployersForSelection } from '../modules/employers/service.ts';
import { memberships, users } from '../modules/identity/db.ts';
import { networkIdsOf } from '../modules/network/scope.ts';
import {
  hiringNeeds,
  surveyCampaigns,
  surveyRecipients,
  surveyResponses,
  surveys,
} from '../modules/surveys/db.ts';
import type { Answers, HiringNeed } from '../modules/surveys/domain/questions.ts';
import { hiringNeedsTemplate } from '../modules/surveys/templates.ts';
import { starterOccupations } from '../modules/taxonomy/starter/index.ts';
import { newToken, sha256 } from '../platform/crypto/tokens.ts';
import type { Deps } from '../platform/deps.ts';
import type { Actor } from '../platform/policy/policy.ts';
import { demoOrganisationId } from './seed.ts';

const DAY = 86_400_000;
const COORDINATOR = 'elena.ferrero@comune-chieri.example';

/** Occupations an employer of an ATECO section would look for (starter taxonomy labels). */
const bySection: Record<string, string[]> = {
  A: ['Raccoglitore/trice di frutta e verdura', 'Trattorista', 'Operaio/a viticolo/a'],
  C: [
    'Saldatore/trice',
    'Operatore/trice macchine CNC',
    'Montatore/trice meccanico/a',
    'Addetto/a alle macchine confezionatrici',
  ],
  F: ['Muratore/trice', 'Elettricista', 'Idraulico/a', 'Manovale edile'],
  G: ['Commesso/a', 'Cassiere/a', 'Magazziniere/a'],
  H: [
    'Magazziniere/a',
    'Autista di mezzi pesanti (patente C/CE)',
    'Carrellista',
    'Corriere (autista furgone)',
  ],
  I: ['Cuoco/a', 'Cameriere/a di sala', 'Aiuto cuoco/a', 'Cameriere/a ai piani'],
  N: ['Addetto/a alle pulizie', 'Magazziniere/a'],
  Q: ['Operatore/trice socio-sanitario/a (OSS)', 'Infermiere/a', 'Assistente familiare (badante)'],
};
const fallback = ['Magazziniere/a', 'Autista di mezzi pesanti (patente C/CE)', 'Addetto/a alle pulizie'];
const notes = [
  'Cerchiamo soprattutto persone con patentino del muletto.',
  'Interessati a un incontro con il centro per l’impiego per i tirocini.',
  'Difficile trovare personale disponibile nei fine settimana.',
];

function answersFor(i: number, section: string | null, uriOf: Map<string, string>): Answers {
  const pool = (bySection[section ?? ''] ?? fallback).filter((l) => uriOf.has(l));
  const needs: HiringNeed[] = pool.slice(0, 1 + (i % 3)).map((label, k) => ({
    occupationUri: uriOf.get(label)!,
    positions: 1 + ((i * 7 + k * 3) % 5),
    horizon: (i + k) % 3 === 2 ? '6_24_months' : '0_6_months',
    skillUris: [],
  }));
  const answers: Answers = {
    fabbisogni: needs,
    canali: [
      ['cpi', 'passaparola'],
      ['agenzie', 'web'],
      ['cpi', 'scuole', 'web'],
    ][i % 3]!,
    difficolta: 2 + (i % 4),
    tirocini: ['si', 'forse', 'si', 'no'][i % 4]!,
    dipendenti_previsti: 5 + ((i * 13) % 60),
  };
  if (i % 4 === 1) answers.note = notes[i % notes.length]!;
  return answers;
}

/** Seeds the demo survey once (no surveys yet); returns how many employers answered. */
export async function seedDemoSurveys(deps: Deps): Promise<number> {
  const [any] = await deps.db.select({ id: surveys.id }).from(surveys).limit(1);
  if (any) return 0;
  const [coordinator] = await deps.db
    .select({ userId: users.id, organisationId: memberships.organisationId })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .where(
      and(
        eq(users.email, COORDINATOR),
        eq(memberships.organisationId, demoOrganisationId('comune-chieri-lavoro')),
      ),
    );
  if (!coordinator) return 0;
  const now = deps.now();
  return deps.db.transaction(async (tx) => {
    const actor: Actor = {
      userId: coordinator.userId,
      role: 'network_coordinator',
      organisationId: coordinator.organisationId,
      networkIds: await networkIdsOf(tx, coordinator.organisationId),
      ip: null,
    };
    const recipients = (await listEmployersForSelection(tx, actor)).filter((e) => e.email);
    if (!recipients.length) return 0;
    const sentAt = new Date(now.getTime() - 20 * DAY);
    const [survey] = await tx
      .insert(surveys)
      .values({
        title: 'Rilevazione fabbisogni professionali 2027',
        intro: hiringNeedsTemplate.intro,
        questions: hiringNeedsTemplate.questions,
        state: 'open',
        ownerOrganisationId: coordinator.organisationId,
        createdBy: coordinator.userId,
        createdAt: new Date(sentAt.getTime() - 3 * DAY),
        updatedAt: sentAt,
      })
      .returning();
    const [campaign] = await tx
      .insert(surveyCampaigns)
      .values({
        surveyId: survey!.id,
        name: 'Imprese del territorio – autunno 2026',
        audience: 'employers',
        filters: { audience: 'employers' },
        opensAt: sentAt,
        closesAt: new Date(now.getTime() + 25 * DAY),
        reminderAfterDays: 7,
        maxReminders: 1,
        sentAt,
        createdBy: coordinator.userId,
        createdAt: sentAt,
      })
      .returning();
    const uriOf = new Map(starterOccupations.map((o) => [o.labelIt, o.uri]));
    let answered = 0;
    for (const [i, e] of recipients.entries()) {
      const answers = i % 5 < 2; // two in five answered
      const opened = answers || i % 5 === 2;
      const at = new Date(sentAt.getTime() + (1 + (i % 12)) * DAY);
      // Everybody who had not answered within the week got the one reminder.
      const reminded = !answers || at.getTime() >= sentAt.getTime() + 7 * DAY;
      const token = newToken();
      const [r] = await tx
        .insert(surveyRecipients)
        .values({
          campaignId: campaign!.id,
          employerId: e.id,
          name: e.name,
          email: e.email!,
          tokenHash: sha256(token),
          tokenSealed: deps.cipher.encrypt(token),
          sentAt,
          openedAt: opened ? at : null,
          respondedAt: answers ? at : null,
          reminders: reminded ? 1 : 0,
          remindedAt: reminded ? new Date(sentAt.getTime() + 7 * DAY) : null,
        })
        .returning({ id: surveyRecipients.id });
      if (!answers) continue;
      answered++;
      const a = answersFor(i, e.atecoSection, uriOf);
      const [response] = await tx
        .insert(surveyResponses)
        .values({
          recipientId: r!.id,
          campaignId: campaign!.id,
          surveyId: survey!.id,
          employerId: e.id,
          answers: a,
          submittedAt: at,
          updatedAt: at,
        })
        .returning({ id: surveyResponses.id });
      const needs = a.fabbisogni as HiringNeed[];
      if (needs.length) {
        await tx.insert(hiringNeeds).values(
          needs.map((n) => ({
            responseId: response!.id,
            surveyId: survey!.id,
            employerId: e.id,
            ownerOrganisationId: coordinator.organisationId,
            occupationUri: n.occupationUri,
            positions: n.positions,
            horizon: n.horizon,
            skillUris: [],
            createdAt: at,
          })),
        );
      }
    }
    return answered;
  });
}
