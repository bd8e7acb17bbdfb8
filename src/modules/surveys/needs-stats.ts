// Hiring needs summed for the results page and the territorial map: by occupation, by sector (the ATECO section
// of the employer) or by comune (the employer's registered office, else its first site), each with the split by
// horizon (0–6 and 6–24 months). Scoped by network: a need counts for the networks of the organisation that owns
// the survey it came from. Counts only, no personal data, so the callers need no audit row.
import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../platform/db/client.ts';
import type { Actor } from '../../platform/policy/policy.ts';
import type { Scope } from '../../platform/policy/table.ts';
import { networkMembers } from '../network/db.ts';
import { hiringNeeds } from './db.ts';
import type { HiringHorizon } from './domain/questions.ts';

export type NeedsDimension = 'occupation' | 'sector' | 'comune';

export type NeedsFilters = {
  /** Networks whose surveys count (the caller's: see needsFiltersFor); null = every network. */
  networkIds: string[] | null;
  surveyId?: string;
  horizon?: HiringHorizon;
  occupationUri?: string;
  /** ATECO section letter (A–V). */
  atecoSection?: string;
  /** ISTAT comune code (6 digits). */
  comuneCode?: string;
  /** Language of the occupation labels (default 'it'). */
  lang?: 'it' | 'en';
};

export type NeedsRow = {
  /** Occupation URI, ATECO section letter ('' when the employer has no ATECO code) or comune code. */
  key: string;
  /** Occupation label, section letter, or comune name. */
  label: string;
  positions: number;
  /** Positions wanted within 6 months. */
  positionsShort: number;
  /** Positions wanted in 6 to 24 months. */
  positionsLong: number;
  /** Distinct employers that declared them. */
  employers: number;
};

/** The filters' network part for a caller with the given scope of survey.results (or territory.read). */
export function needsFiltersFor(actor: Actor, scope: Scope): Pick<NeedsFilters, 'networkIds'> {
  return { networkIds: scope === 'all' ? null : scope === 'network' ? actor.networkIds : [] };
}

type Line = {
  employer_id: string;
  occupation_uri: string;
  occupation_label: string | null;
  horizon: HiringHorizon;
  positions: number | string;
  ateco_section: string | null;
  comune_code: string | null;
  comune_name: string | null;
};

async function needLines(tx: Tx, f: NeedsFilters): Promise<Line[]> {
  if (f.networkIds && f.networkIds.length === 0) return [];
  const conditions: SQL[] = [sql`true`];
  if (f.networkIds) {
    conditions.push(
      inArray(
        hiringNeeds.ownerOrganisationId,
        sql`(SELECT ${networkMembers.organisationId} FROM ${networkMembers} WHERE ${inArray(networkMembers.networkId, f.networkIds)})`,
      ),
    );
  }
  if (f.surveyId) conditions.push(eq(hiringNeeds.surveyId, f.surveyId));
  if (f.horizon) conditions.push(eq(hiringNeeds.horizon, f.horizon));
  if (f.occupationUri) conditions.push(eq(hiringNeeds.occupationUri, f.occupationUri));
  if (f.atecoSection) conditions.push(sql`e.ateco_section = ${f.atecoSection}`);
  if (f.comuneCode) conditions.push(sql`site.comune_code = ${f.comuneCode}`);
  const lang = f.lang ?? 'it';
  return queryRows<Line>(
    tx,
    sql`SELECT hiring_needs.employer_id, hiring_needs.occupation_uri, hiring_needs.horizon, SUM(hiring_needs.positions)::int AS positions,
          COALESCE(l.preferred_label, lf.preferred_label) AS occupation_label,
          e.ateco_section, site.comune_code, c.name AS comune_name
        FROM hiring_needs
        JOIN employers e ON e.id = hiring_needs.employer_id
        LEFT JOIN LATERAL (SELECT s.comune_code FROM employer_sites s WHERE s.employer_id = e.id
                           ORDER BY s.headquarters DESC, s.id LIMIT 1) site ON true
        LEFT JOIN comuni c ON c.code = site.comune_code
        LEFT JOIN concept_labels l ON l.uri = hiring_needs.occupation_uri AND l.lang = ${lang}
        LEFT JOIN concept_labels lf ON lf.uri = hiring_needs.occupation_uri AND lf.lang = 'it'
        WHERE ${and(...conditions)}
        GROUP BY hiring_needs.employer_id, hiring_needs.occupation_uri, hiring_needs.horizon, l.preferred_label, lf.preferred_label,
                 e.ateco_section, site.comune_code, c.name`,
  );
}

function keyOf(line: Line, dimension: NeedsDimension): { key: string; label: string } {
  switch (dimension) {
    case 'occupation':
      return { key: line.occupation_uri, label: line.occupation_label ?? line.occupation_uri };
    case 'sector': {
      const section = line.ateco_section ?? '';
      return { key: section, label: section };
    }
    case 'comune':
      return { key: line.comune_code ?? '', label: line.comune_name ?? '' };
  }
}

/** Hiring needs summed by one dimension, largest first. */
export async function hiringNeedsBy(
  tx: Tx,
  dimension: NeedsDimension,
  filters: NeedsFilters,
): Promise<NeedsRow[]> {
  const lines = await needLines(tx, filters);
  const rows = new Map<string, NeedsRow & { who: Set<string> }>();
  for (const line of lines) {
    const { key, label } = keyOf(line, dimension);
    const row = rows.get(key) ?? {
      key,
      label,
      positions: 0,
      positionsShort: 0,
      positionsLong: 0,
      employers: 0,
      who: new Set<string>(),
    };
    const n = Number(line.positions);
    row.positions += n;
    if (line.horizon === '0_6_months') row.positionsShort += n;
    else row.positionsLong += n;
    row.who.add(line.employer_id);
    row.employers = row.who.size;
    rows.set(key, row);
  }
  return [...rows.values()]
    .map(({ who: _who, ...r }) => r)
    .sort((a, b) => b.positions - a.positions || a.label.localeCompare(b.label, 'it'));
}

/** The same by comune (for the map): key = ISTAT comune code. */
export function hiringNeedsByComune(tx: Tx, filters: NeedsFilters): Promise<NeedsRow[]> {
  return hiringNeedsBy(tx, 'comune', filters);
}
