// A vacancy row → what the API returns: names instead of codes where a person reads them (employer, comune,
// occupation and skill labels in the reader's language), the actions the lifecycle allows now, and when the
// offer will leave the public list unless refreshed.
import { eq, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../platform/db/client.ts';
import { employers } from '../employers/db.ts';
import { comuni } from '../network/db.ts';
import { labelOf } from '../taxonomy/labels-sql.ts';
import type { VacancyView } from './contract.ts';
import type { vacancies } from './db.ts';
import { allowedActions, openPositions, type VacancyState } from './domain/lifecycle.ts';

export type VacancyRow = typeof vacancies.$inferSelect;
const DAY_MS = 86_400_000;

/** Labels of taxonomy concepts in `lang` (falling back to Italian, then the URI). */
export async function conceptLabels(tx: Tx, uris: string[], lang: string): Promise<Map<string, string>> {
  if (uris.length === 0) return new Map();
  const rows = await queryRows<{ uri: string; label: string }>(
    tx,
    sql`SELECT u.uri, ${labelOf(sql`u.uri`, lang)} AS label
        FROM unnest(${sql`ARRAY[${sql.join(
          uris.map((u) => sql`${u}`),
          sql`, `,
        )}]::text[]`}) AS u(uri)`,
  );
  return new Map(rows.map((r) => [r.uri, r.label]));
}

export function staleAt(row: Pick<VacancyRow, 'state' | 'refreshedAt' | 'deadline'>, staleDays: number) {
  if (row.state !== 'published' || !row.refreshedAt) return null;
  const byRefresh = new Date(row.refreshedAt.getTime() + staleDays * DAY_MS);
  if (!row.deadline) return byRefresh;
  // The day after the deadline (the offer stays up on the deadline itself).
  const byDeadline = new Date(`${row.deadline}T00:00:00Z`);
  byDeadline.setUTCDate(byDeadline.getUTCDate() + 1);
  return byDeadline < byRefresh ? byDeadline : byRefresh;
}

export async function toView(tx: Tx, row: VacancyRow, lang: string, staleDays: number): Promise<VacancyView> {
  const [names] = await tx
    .select({ employerName: employers.name, comuneName: comuni.name })
    .from(employers)
    .innerJoin(comuni, eq(comuni.code, row.siteComuneCode))
    .where(eq(employers.id, row.employerId));
  const labels = await conceptLabels(
    tx,
    [row.occupationUri, ...row.essentialSkills, ...row.optionalSkills],
    lang,
  );
  const labelled = (uris: string[]) => uris.map((uri) => ({ uri, label: labels.get(uri) ?? uri }));
  const state = row.state as VacancyState;
  return {
    id: row.id,
    employerId: row.employerId,
    employerName: names?.employerName ?? '',
    ownerOrganisationId: row.ownerOrganisationId,
    title: row.title,
    description: row.description,
    occupationUri: row.occupationUri,
    occupationLabel: labels.get(row.occupationUri) ?? row.occupationUri,
    essentialSkills: labelled(row.essentialSkills),
    optionalSkills: labelled(row.optionalSkills),
    minExperienceMonths: row.minExperienceMonths,
    minEqfLevel: row.minEqfLevel,
    languages: row.languages,
    licences: row.licences,
    contractType: row.contractType,
    workingTime: row.workingTime as VacancyView['workingTime'],
    weeklyHours: row.weeklyHours,
    siteComuneCode: row.siteComuneCode,
    siteComuneName: names?.comuneName ?? row.siteComuneCode,
    siteAddress: row.siteAddress,
    positions: row.positions,
    hired: row.hired,
    openPositions: openPositions(row.positions, row.hired),
    startDate: row.startDate,
    deadline: row.deadline,
    reservedFor: row.reservedFor,
    state,
    stateReason: row.stateReason,
    allowedActions: allowedActions(state),
    publishedAt: row.publishedAt?.toISOString() ?? null,
    refreshedAt: row.refreshedAt?.toISOString() ?? null,
    closedAt: row.closedAt?.toISOString() ?? null,
    staleAt: staleAt(row, staleDays)?.toISOString() ?? null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
