// A vacancy as the matching engine reads it (matching/domain/types.ts VacancyProfile): the requirements of the
// row, with the occupation's ISCO-08 unit group from the taxonomy (related occupations are found through it).
import { inArray } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.ts';
import type { CefrLevel, VacancyProfile } from '../matching/domain/types.ts';
import { occupations } from '../taxonomy/db.ts';
import type { vacancies } from './db.ts';

type VacancyRow = typeof vacancies.$inferSelect;

const cefr = new Set(['A1', 'A2', 'B1', 'B2', 'C1', 'C2']);

/** The ISCO-08 unit group of each occupation URI known to the taxonomy (unknown URIs are left out). */
export async function iscoOf(tx: Tx, uris: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(uris)];
  if (unique.length === 0) return new Map();
  const rows = await tx
    .select({ uri: occupations.uri, isco: occupations.iscoCode })
    .from(occupations)
    .where(inArray(occupations.uri, unique));
  return new Map(rows.map((r) => [r.uri, r.isco]));
}

/** The profile of one vacancy row, given the ISCO groups (iscoOf) of the occupations involved. */
export function toVacancyProfile(row: VacancyRow, isco: ReadonlyMap<string, string>): VacancyProfile {
  return {
    id: row.id,
    occupation: { uri: row.occupationUri, isco: isco.get(row.occupationUri) ?? null },
    essentialSkills: row.essentialSkills,
    optionalSkills: row.optionalSkills,
    minExperienceMonths: row.minExperienceMonths,
    minEqfLevel: row.minEqfLevel,
    // A level outside the CEFR scale cannot be compared: it is read as the lowest one rather than dropped.
    languages: row.languages.map((l) => ({
      code: l.code,
      level: (cefr.has(l.level) ? l.level : 'A1') as CefrLevel,
    })),
    licences: row.licences,
    contractType: row.contractType,
    workingTime: row.workingTime === 'part_time' ? 'part_time' : 'full_time',
    siteComuneCode: row.siteComuneCode,
    startDate: row.startDate,
    reservedFor: row.reservedFor,
  };
}

export async function vacancyProfile(tx: Tx, row: VacancyRow): Promise<VacancyProfile> {
  return toVacancyProfile(row, await iscoOf(tx, [row.occupationUri]));
}

/** Profiles of many vacancy rows with one taxonomy query (reverse matching, the batch). */
export async function vacancyProfiles(tx: Tx, rows: VacancyRow[]): Promise<VacancyProfile[]> {
  const isco = await iscoOf(
    tx,
    rows.map((r) => r.occupationUri),
  );
  return rows.map((r) => toVacancyProfile(r, isco));
}
