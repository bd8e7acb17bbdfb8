// Keeps people.search_text and people.search_facets in step with the record and its CV: called in the same
// transaction as every write. The facets are built in SQL by person_search_facets(id) (migration 0012, tokens
// described in domain/search-facets.ts), so one definition serves single writes, bulk refreshes and the upgrade.
import { eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.ts';
import { inSequence, queryRows } from '../../platform/db/client.ts';
import { comuni } from '../network/db.ts';
import { conceptLabels } from '../taxonomy/db.ts';
import {
  people,
  personDesiredOccupations,
  personEducation,
  personExperiences,
  personLanguages,
  personLicences,
  personSkills,
  personTrainings,
} from './db.ts';
import { buildSearchText } from './domain/search-text.ts';

export async function refreshSearchText(tx: Tx, personId: string): Promise<void> {
  const [p] = await tx
    .select({ givenName: people.givenName, familyName: people.familyName, comune: comuni.name })
    .from(people)
    .innerJoin(comuni, eq(comuni.code, people.residenceComuneCode))
    .where(eq(people.id, personId));
  if (!p) return;
  const [desired, experiences, skills, education, trainings, licences, languages] = await inSequence([
    tx
      .select({ uri: personDesiredOccupations.occupationUri })
      .from(personDesiredOccupations)
      .where(eq(personDesiredOccupations.personId, personId)),
    tx.select().from(personExperiences).where(eq(personExperiences.personId, personId)),
    tx.select({ uri: personSkills.skillUri }).from(personSkills).where(eq(personSkills.personId, personId)),
    tx.select().from(personEducation).where(eq(personEducation.personId, personId)),
    tx.select().from(personTrainings).where(eq(personTrainings.personId, personId)),
    tx.select().from(personLicences).where(eq(personLicences.personId, personId)),
    tx.select().from(personLanguages).where(eq(personLanguages.personId, personId)),
  ]);
  const uris = [
    ...desired.map((d) => d.uri),
    ...skills.map((s) => s.uri),
    ...experiences.map((e) => e.occupationUri).filter((u): u is string => Boolean(u)),
  ];
  // Labels in every language we hold (Italian first), so an English query finds an Italian record too.
  const labels = uris.length
    ? await tx
        .select({ label: conceptLabels.preferredLabel, alt: conceptLabels.altLabels })
        .from(conceptLabels)
        .where(inArray(conceptLabels.uri, uris))
    : [];
  const cv = [
    ...labels.flatMap((l) => [l.label, ...l.alt.slice(0, 3)]),
    ...experiences.flatMap((e) => [e.employerName, e.occupationLabel, e.description]),
    ...education.flatMap((e) => [e.title, e.institution]),
    ...trainings.flatMap((t) => [t.title, t.provider, t.certificate]),
    ...licences.map((l) => `patente ${l.code}`),
    ...languages.map((l) => l.language),
  ];
  await tx
    .update(people)
    .set({
      searchText: buildSearchText({
        givenName: p.givenName,
        familyName: p.familyName,
        residenceComuneName: p.comune,
        cv,
      }),
      searchFacets: sql`person_search_facets(${people.id})`,
    })
    .where(eq(people.id, personId));
}

/**
 * Rebuilds the facets of many people at once (one statement): after a bulk change of CV rows, or of the taxonomy
 * they read (an occupation's ISCO code, an education level's ISCED/EQF). Only rows whose facets change are written.
 */
export async function refreshSearchFacets(tx: Tx, personIds: string[] | 'all'): Promise<number> {
  if (personIds !== 'all' && personIds.length === 0) return 0;
  const which = personIds === 'all' ? sql`true` : sql`${people.id} = ANY(${sql.param(personIds)}::uuid[])`;
  const [row] = await queryRows<{ n: number | string }>(
    tx,
    sql`WITH changed AS (
          UPDATE ${people} SET search_facets = person_search_facets(${people.id})
          WHERE ${which} AND search_facets IS DISTINCT FROM person_search_facets(${people.id})
          RETURNING 1)
        SELECT count(*) AS n FROM changed`,
  );
  return Number(row?.n ?? 0);
}
