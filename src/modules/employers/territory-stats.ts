// Economic activities by comune × ATECO section for the territorial map: how many employers have a site in each
// comune and how many people work there. Counts only (no personal data). Each employer is counted once per comune
// where it has a site, in the section of its own ATECO code and version (domain/ateco.ts); employees are the
// site's when recorded, else the employer's when it has a single site (then all its staff are there), else 0.
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../platform/db/client.ts';
import type { Actor } from '../../platform/policy/policy.ts';
import type { Scope } from '../../platform/policy/table.ts';
import { employers } from './db.ts';
import { type AtecoVersion, atecoSection, isAtecoVersion } from './domain/ateco.ts';
import { employerScope } from './scope.ts';

export type ActivityRow = {
  comuneCode: string;
  /** Section letter, or null when the employer has no (valid) ATECO code. */
  section: string | null;
  /** The ATECO version the letter belongs to (letters after I differ between 2007 and 2025). */
  version: AtecoVersion | null;
  employers: number;
  employees: number;
};

/** Employers (visible to the caller with `scope`) and employees by comune and section, for the given comuni. */
export async function activitiesByComune(
  tx: Tx,
  actor: Actor,
  scope: Scope,
  comuneCodes: string[],
): Promise<ActivityRow[]> {
  if (comuneCodes.length === 0) return [];
  // Grouped by division (first two digits) and version in SQL: each employer has one code, so summing the
  // distinct employers of the divisions of a comune never counts one twice.
  const rows = await queryRows<{
    comune_code: string;
    division: string;
    version: string | null;
    employers: number;
    employees: number;
  }>(
    tx,
    sql`WITH site AS (
          SELECT s.comune_code, ${employers.id} AS employer_id,
                 left(regexp_replace(coalesce(${employers.atecoCode}, ''), '[^0-9]', '', 'g'), 2) AS division,
                 ${employers.atecoVersion} AS version,
                 coalesce(s.employees,
                          CASE WHEN count(*) OVER (PARTITION BY ${employers.id}) = 1 THEN ${employers.employees} END,
                          0) AS employees
          FROM employer_sites s JOIN ${employers} ON ${employers.id} = s.employer_id
          WHERE ${employerScope(actor, scope)}
        )
        SELECT comune_code, division, version, count(DISTINCT employer_id)::int AS employers,
               coalesce(sum(employees), 0)::int AS employees
        FROM site
        WHERE comune_code IN (${sql.join(
          comuneCodes.map((c) => sql`${c}`),
          sql`, `,
        )})
        GROUP BY comune_code, division, version`,
  );
  // Divisions of the same section fold into one row.
  const out = new Map<string, ActivityRow>();
  for (const r of rows) {
    const version = isAtecoVersion(r.version) ? r.version : null;
    const section = version && r.division.length === 2 ? atecoSection(r.division, version) : null;
    const v = section ? version : null;
    const key = `${r.comune_code}|${section}|${v}`;
    const row = out.get(key) ?? {
      comuneCode: r.comune_code,
      section,
      version: v,
      employers: 0,
      employees: 0,
    };
    row.employers += Number(r.employers);
    row.employees += Number(r.employees);
    out.set(key, row);
  }
  return [...out.values()];
}
