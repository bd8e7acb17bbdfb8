// People as the matching engine reads them, loaded for a given list of ids (the few hundred the retrieval kept, or
// one person for reverse matching) or for a range of ids (the candidate index filling itself in batches): one
// query per CV table, never one per person. Only job-relevant facts leave this file; names and contacts stay out.
//
// L. 68/99 membership lives inside the encrypted special-category record (contract.ts specialRecordInput
// `l68Enrolled`): the people module knows only that a disability record exists. When a vacancy is reserved for
// the L. 68/99 lists, the records of the candidates who have one are decrypted here (l68Members), on the server,
// for that boolean alone; the content never leaves this file and is never shown or returned.
import { type SQL, sql } from 'drizzle-orm';
import { queryRows, type Tx, uuidArray } from '../../platform/db/client.ts';
import type { Deps } from '../../platform/deps.ts';
import type { CandidateProfile, CefrLevel, SkillLevel } from '../matching/domain/types.ts';
import { iscoOf } from '../vacancies/profile.ts';
import { type CandidateFacts, candidateProfile, dayNumber } from './domain/candidate-facts.ts';

const CEFR: CefrLevel[] = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];
const SKILL_LEVELS = new Set(['basic', 'intermediate', 'advanced']);

/** A literal uuid[] for ANY(…): ids come from the database or a validated route parameter. */
type PersonRow = {
  id: string;
  owner_organisation_id: string;
  import_id: string | null;
  residence_comune_code: string;
  birth_date: string;
  employment_status: string;
  unemployed_since: string | null;
  did_date: string | null;
  income_support: string[] | string;
  declared_groups: string[] | string;
  available_from: string | null;
  contract_types: string[] | string;
  working_times: string[] | string;
  max_commute_km: number | null;
  shares_cv: boolean | null;
  has_special_category: boolean;
};

/** node-postgres and PGlite both hand text[] back as arrays; a literal is parsed just in case. */
const arr = (v: string[] | string | null): string[] => {
  if (Array.isArray(v)) return v;
  if (typeof v === 'string' && v.startsWith('{')) {
    const inner = v.slice(1, -1);
    return inner ? inner.split(',').map((s) => s.replace(/^"|"$/g, '')) : [];
  }
  return [];
};
const day = (v: unknown): string | null =>
  v === null || v === undefined ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v);

/** The lowest of the four CEFR skills held (a mother tongue counts as C2). */
function languageLevel(
  l: { listening: string | null; reading: string | null; speaking: string | null; writing: string | null },
  mother: boolean,
): CefrLevel {
  if (mother) return 'C2';
  const ranks = [l.listening, l.reading, l.speaking, l.writing]
    .map((x) => CEFR.indexOf(x as CefrLevel))
    .filter((i) => i >= 0);
  return ranks.length ? CEFR[Math.min(...ranks)]! : 'A1';
}

function groupBy<T extends { person_id: string }>(rows: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const list = out.get(r.person_id);
    if (list) list.push(r);
    else out.set(r.person_id, [r]);
  }
  return out;
}

/** Which people: a list of ids, or the ids after `after` (exclusive) up to `upTo` (inclusive), in id order. */
export type FactsSelection = { ids: readonly string[] } | { after: string | null; upTo: string };

/**
 * The facts of the selected people who are still records of their own (anonymised or merged records are
 * skipped), in no particular order.
 */
export async function loadCandidateFacts(tx: Tx, which: FactsSelection): Promise<CandidateFacts[]> {
  const of = (column: SQL) =>
    'ids' in which
      ? sql`${column} = ANY(${uuidArray(which.ids)})`
      : which.after === null
        ? sql`${column} <= ${which.upTo}::uuid`
        : sql`${column} > ${which.after}::uuid AND ${column} <= ${which.upTo}::uuid`;
  if ('ids' in which && which.ids.length === 0) return [];
  // The current consent is the latest event of the purpose (domain/consents.ts currentConsents).
  const people = await queryRows<PersonRow>(
    tx,
    sql`SELECT p.id, p.owner_organisation_id, p.import_id, p.residence_comune_code, p.birth_date::text AS birth_date,
          p.employment_status, p.unemployed_since::text AS unemployed_since, p.did_date::text AS did_date,
          p.income_support, p.declared_groups, p.available_from::text AS available_from, p.contract_types,
          p.working_times, p.max_commute_km, p.has_special_category,
          (SELECT c.granted FROM person_consents c
            WHERE c.person_id = p.id AND c.purpose = 'share_cv_with_employers'
            ORDER BY c.at DESC LIMIT 1) AS shares_cv
        FROM people p
        WHERE ${of(sql`p.id`)} AND p.anonymised_at IS NULL AND p.merged_into_id IS NULL`,
  );
  if (people.length === 0) return [];
  const experiences = groupBy(
    await queryRows<{ person_id: string; uri: string; start: string; end: string | null }>(
      tx,
      sql`SELECT person_id, occupation_uri AS uri, start_date::text AS start, end_date::text AS "end"
          FROM person_experiences WHERE ${of(sql`person_id`)} AND occupation_uri IS NOT NULL`,
    ),
  );
  const desired = groupBy(
    await queryRows<{ person_id: string; uri: string }>(
      tx,
      sql`SELECT person_id, occupation_uri AS uri FROM person_desired_occupations WHERE ${of(sql`person_id`)}`,
    ),
  );
  const skills = groupBy(
    await queryRows<{ person_id: string; uri: string; level: string }>(
      tx,
      sql`SELECT person_id, skill_uri AS uri, level FROM person_skills WHERE ${of(sql`person_id`)}`,
    ),
  );
  // The EQF level of each SAP education title comes from the code list (extra.eqf), per version.
  const education = groupBy(
    await queryRows<{ person_id: string; eqf: number | string | null }>(
      tx,
      sql`SELECT e.person_id, (cl.extra->>'eqf')::int AS eqf FROM person_education e
          LEFT JOIN code_lists cl ON cl.scheme = e.level_scheme AND cl.version = e.level_version
            AND cl.code = e.level_code
          WHERE ${of(sql`e.person_id`)}`,
    ),
  );
  const languages = groupBy(
    await queryRows<{
      person_id: string;
      language: string;
      mother_tongue: boolean;
      listening: string | null;
      reading: string | null;
      speaking: string | null;
      writing: string | null;
    }>(
      tx,
      sql`SELECT person_id, language, mother_tongue, listening, reading, speaking, writing
          FROM person_languages WHERE ${of(sql`person_id`)}`,
    ),
  );
  const licences = groupBy(
    await queryRows<{ person_id: string; code: string }>(
      tx,
      sql`SELECT person_id, code FROM person_licences WHERE ${of(sql`person_id`)}`,
    ),
  );

  return people.map((p): CandidateFacts => {
    const eqf = (education.get(p.id) ?? [])
      .map((e) => (e.eqf === null ? null : Number(e.eqf)))
      .filter((n): n is number => n !== null && Number.isFinite(n));
    return {
      personId: p.id,
      ownerOrganisationId: p.owner_organisation_id,
      importId: p.import_id,
      comuneCode: p.residence_comune_code,
      birthDate: day(p.birth_date)!,
      employmentStatus: p.employment_status,
      unemployedSince: day(p.unemployed_since) ?? day(p.did_date),
      incomeSupport: arr(p.income_support),
      declaredGroups: arr(p.declared_groups),
      availableFrom: day(p.available_from),
      contractTypes: arr(p.contract_types),
      workingTimes: arr(p.working_times),
      maxCommuteKm: p.max_commute_km === null ? null : Number(p.max_commute_km),
      sharesCv: p.shares_cv === true,
      hasSpecialCategory: p.has_special_category === true,
      desiredOccupations: (desired.get(p.id) ?? []).map((d) => d.uri),
      experiences: (experiences.get(p.id) ?? []).map((e) => ({
        uri: e.uri,
        start: dayNumber(day(e.start)!),
        end: e.end ? dayNumber(day(e.end)!) : null,
      })),
      skills: (skills.get(p.id) ?? []).map((s) => ({
        uri: s.uri,
        level: SKILL_LEVELS.has(s.level) ? (s.level as SkillLevel) : null,
      })),
      eqfLevel: eqf.length ? Math.max(...eqf) : null,
      languages: (languages.get(p.id) ?? []).map((l) => ({
        code: l.language,
        level: languageLevel(l, l.mother_tongue),
        motherTongue: l.mother_tongue,
      })),
      licences: (licences.get(p.id) ?? []).map((l) => l.code),
    };
  });
}

/**
 * Engine profiles from facts, for day `now`: the ISCO groups of their occupations are read once, and with `withL68`
 * the L. 68/99 membership of those who have a special-category record.
 */
export async function profilesOf(
  tx: Tx,
  deps: Pick<Deps, 'cipher'>,
  facts: readonly CandidateFacts[],
  now: Date,
  opts: { withL68?: boolean } = {},
): Promise<CandidateProfile[]> {
  const l68 = opts.withL68 ? await l68Members(tx, deps, facts) : new Set<string>();
  const isco = await iscoOf(
    tx,
    facts.flatMap((f) => [...f.experiences.map((e) => e.uri), ...f.desiredOccupations]),
  );
  return facts.map((f) => candidateProfile(f, now, isco, l68.has(f.personId)));
}

/**
 * Profiles of the given people (anonymised or merged records are skipped), in no particular order. `now` fixes
 * months of experience, months without work and the computed target groups.
 */
export async function loadCandidateProfiles(
  tx: Tx,
  deps: Pick<Deps, 'cipher'>,
  ids: readonly string[],
  now: Date,
  opts: { withL68?: boolean } = {},
): Promise<CandidateProfile[]> {
  return profilesOf(tx, deps, await loadCandidateFacts(tx, { ids }), now, opts);
}

/** Who among these people is enrolled in the L. 68/99 lists: decrypted server-side for the boolean only. */
async function l68Members(
  tx: Tx,
  deps: Pick<Deps, 'cipher'>,
  people: readonly CandidateFacts[],
): Promise<Set<string>> {
  const withRecord = people.filter((p) => p.hasSpecialCategory).map((p) => p.personId);
  const out = new Set<string>();
  if (withRecord.length === 0) return out;
  const rows = await queryRows<{ person_id: string; payload: string }>(
    tx,
    sql`SELECT person_id, payload FROM person_special_records
        WHERE category = 'disability' AND person_id = ANY(${uuidArray(withRecord)})`,
  );
  for (const r of rows) {
    try {
      const record = JSON.parse(deps.cipher.decrypt(r.payload)) as { l68Enrolled?: unknown };
      if (record.l68Enrolled === true) out.add(r.person_id);
    } catch {
      // A record that cannot be read (key rotated away) does not qualify anyone; the operator sees the person
      // excluded from the reserved vacancy, as for anyone not enrolled.
    }
  }
  return out;
}
