// The registry list: search by name (any part) or codice fiscale / partita IVA (prefix), filters by comune of a
// site, ATECO section and willingness to host internships, in name order with a keyset cursor (like people: a
// page never repeats or skips rows when others insert meanwhile). Not audited: the list shows no contacts.
import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Deps } from '../../platform/deps.ts';
import { validationError } from '../../platform/http/errors.ts';
import { type Actor, authorize } from '../../platform/policy/policy.ts';
import { comuni } from '../network/db.ts';
import type { EmployerListQuery, EmployerListView } from './contract.ts';
import { employerSites, employers } from './db.ts';
import { employerScope } from './scope.ts';

const nameKey = sql<string>`lower(${employers.name})`;

function encodeCursor(key: [string, string]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

function decodeCursor(cursor: string): [string, string] {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(key) && key.length === 2 && key.every((k) => typeof k === 'string')) {
      if (/^[0-9a-f-]{36}$/.test(key[1] as string)) return key as [string, string];
    }
  } catch {
    // falls through to the field error
  }
  throw validationError([{ field: 'cursor', code: 'invalid_format' }]);
}

const escapeLike = (v: string) => v.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function listEmployers(
  deps: Deps,
  actor: Actor,
  query: EmployerListQuery,
): Promise<EmployerListView> {
  const scope = authorize(actor, 'employer.read');
  const conditions: SQL[] = [employerScope(actor, scope)];
  const q = query.q?.trim();
  if (q) {
    const code = q.replace(/\s+/g, '').toUpperCase();
    conditions.push(
      sql`(${nameKey} LIKE ${`%${escapeLike(q.toLowerCase())}%`} OR ${employers.taxCode} LIKE ${`${escapeLike(code)}%`} OR ${employers.vatNumber} LIKE ${`${escapeLike(code)}%`})`,
    );
  }
  if (query.section) conditions.push(eq(employers.atecoSection, query.section));
  if (query.hostsInternships !== undefined)
    conditions.push(eq(employers.hostsInternships, query.hostsInternships));
  if (query.comune)
    conditions.push(
      sql`EXISTS (SELECT 1 FROM ${employerSites} WHERE ${employerSites.employerId} = ${employers.id} AND ${employerSites.comuneCode} = ${query.comune})`,
    );
  if (query.cursor) {
    const [name, id] = decodeCursor(query.cursor);
    conditions.push(sql`(${nameKey}, ${employers.id}) > (${name}, ${id}::uuid)`);
  }
  const rows = await deps.db
    .select({
      id: employers.id,
      name: employers.name,
      nameKey,
      taxCode: employers.taxCode,
      legalForm: employers.legalForm,
      atecoCode: employers.atecoCode,
      atecoVersion: employers.atecoVersion,
      atecoSection: employers.atecoSection,
      employees: employers.employees,
      hostsInternships: employers.hostsInternships,
    })
    .from(employers)
    .where(and(...conditions))
    .orderBy(asc(nameKey), asc(employers.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const sites = page.length
    ? await deps.db
        .select({ employerId: employerSites.employerId, name: comuni.name })
        .from(employerSites)
        .innerJoin(comuni, eq(comuni.code, employerSites.comuneCode))
        .where(
          inArray(
            employerSites.employerId,
            page.map((r) => r.id),
          ),
        )
        .orderBy(sql`${employerSites.headquarters} DESC`, asc(comuni.name))
    : [];
  const comuniOf = new Map<string, string[]>();
  for (const s of sites) {
    const list = comuniOf.get(s.employerId) ?? [];
    if (!list.includes(s.name)) list.push(s.name);
    comuniOf.set(s.employerId, list);
  }
  const last = page.at(-1);
  return {
    items: page.map(({ nameKey: _k, ...r }) => ({ ...r, comuni: comuniOf.get(r.id) ?? [] })),
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.nameKey, last.id]) : null,
  };
}
