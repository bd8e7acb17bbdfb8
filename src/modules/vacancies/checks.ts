// Checks of a vacancy that need the database: the occupation and skills exist in the taxonomy, the codes exist in
// their lists (contract type, licences), the comune exists; plus the contradictions of domain/requirements.ts.
// Every problem names its field so that the editor shows it in place.
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../platform/db/client.ts';
import type { FieldError } from '../../platform/http/errors.ts';
import type { VacancyFields } from './contract.ts';
import { requirementProblems } from './domain/requirements.ts';

const LICENCE_SCHEMES = ['driving-licence', 'licence'];

async function existing(tx: Tx, query: ReturnType<typeof sql>): Promise<Set<string>> {
  const rows = await queryRows<{ v: string }>(tx, query);
  return new Set(rows.map((r) => r.v));
}

export async function checkVacancy(tx: Tx, v: VacancyFields, today: string): Promise<FieldError[]> {
  const out: FieldError[] = requirementProblems(
    {
      occupationUri: v.occupationUri || null,
      workingTime: v.workingTime,
      weeklyHours: v.weeklyHours,
      positions: v.positions,
      startDate: v.startDate,
      deadline: v.deadline,
      essentialSkills: v.essentialSkills,
      optionalSkills: v.optionalSkills,
      minExperienceMonths: v.minExperienceMonths,
      contractType: v.contractType,
      reservedFor: v.reservedFor,
    },
    today,
  ).map((p) => ({ field: p.field, code: p.code }));

  if (v.occupationUri) {
    const found = await existing(tx, sql`SELECT uri AS v FROM occupations WHERE uri = ${v.occupationUri}`);
    if (!found.has(v.occupationUri)) out.push({ field: 'occupationUri', code: 'unknown_occupation' });
  }
  const skillUris = [...v.essentialSkills, ...v.optionalSkills];
  if (skillUris.length) {
    const found = await existing(
      tx,
      sql`SELECT uri AS v FROM skills WHERE uri IN (${sql.join(
        skillUris.map((u) => sql`${u}`),
        sql`, `,
      )})`,
    );
    for (const kind of ['essentialSkills', 'optionalSkills'] as const) {
      v[kind].forEach((uri, i) => {
        if (!found.has(uri)) out.push({ field: `${kind}.${i}`, code: 'unknown_skill' });
      });
    }
  }
  const contract = await existing(
    tx,
    sql`SELECT code AS v FROM code_lists WHERE scheme = 'co-contract' AND code = ${v.contractType}`,
  );
  if (!contract.has(v.contractType)) out.push({ field: 'contractType', code: 'invalid_contract_type' });
  if (v.licences.length) {
    const found = await existing(
      tx,
      sql`SELECT code AS v FROM code_lists WHERE scheme IN (${sql.join(
        LICENCE_SCHEMES.map((s) => sql`${s}`),
        sql`, `,
      )})`,
    );
    const seen = new Set<string>();
    v.licences.forEach((code, i) => {
      if (!found.has(code)) out.push({ field: `licences.${i}`, code: 'invalid_licence' });
      else if (seen.has(code)) out.push({ field: `licences.${i}`, code: 'duplicate_entry' });
      seen.add(code);
    });
  }
  const languages = new Set<string>();
  v.languages.forEach((l, i) => {
    if (languages.has(l.code)) out.push({ field: `languages.${i}.code`, code: 'duplicate_entry' });
    languages.add(l.code);
  });
  const comune = await existing(tx, sql`SELECT code AS v FROM comuni WHERE code = ${v.siteComuneCode}`);
  if (!comune.has(v.siteComuneCode)) out.push({ field: 'siteComuneCode', code: 'unknown_comune' });
  return out;
}
