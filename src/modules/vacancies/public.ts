// The public vacancies page (citizens, no login): only published offers, with the employer's name and the
// workplace but nothing about people (no author, no contacts, no shortlist). Filters: words, occupation, comune
// and a distance around it (geography's comuniWithin), contract type, working time; offset pagination.
import { and, count, desc, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import { queryRows } from '../../platform/db/client.ts';
import type { Deps } from '../../platform/deps.ts';
import { notFound } from '../../platform/http/errors.ts';
import { employers } from '../employers/db.ts';
import { comuniWithin } from '../geography/service.ts';
import { comuni } from '../network/db.ts';
import { labelOf } from '../taxonomy/labels-sql.ts';
import type { PublicVacancyQuery, PublicVacancyView, publicVacancyPage } from './contract.ts';
import { vacancies } from './db.ts';
import { likeOf } from './list.ts';
import { conceptLabels } from './view.ts';

type Page = import('zod').infer<typeof publicVacancyPage>;

const publicColumns = (lang: string) => ({
  id: vacancies.id,
  title: vacancies.title,
  employerName: employers.name,
  occupationLabel: labelOf(sql`${vacancies.occupationUri}`, lang),
  siteComuneCode: vacancies.siteComuneCode,
  siteComuneName: comuni.name,
  contractType: vacancies.contractType,
  contractTypeLabel: sql<string>`coalesce((SELECT CASE WHEN ${lang} = 'en' THEN cl.label_en ELSE cl.label_it END
      FROM code_lists cl WHERE cl.scheme = 'co-contract' AND cl.code = ${vacancies.contractType}
      ORDER BY cl.version DESC LIMIT 1), ${vacancies.contractType})`,
  workingTime: vacancies.workingTime,
  weeklyHours: vacancies.weeklyHours,
  positions: vacancies.positions,
  deadline: vacancies.deadline,
  publishedAt: vacancies.publishedAt,
  reservedFor: vacancies.reservedFor,
});

const published = eq(vacancies.state, 'published');

export async function listPublicVacancies(
  deps: Deps,
  query: PublicVacancyQuery,
  lang: string,
): Promise<Page> {
  return deps.db.transaction(async (tx) => {
    let distance: Page['distance'] = null;
    let place: SQL | undefined;
    if (query.comuneCode && query.km) {
      const area = await comuniWithin(tx, query.comuneCode, query.km);
      const codes = area?.codes.length ? area.codes : [query.comuneCode];
      distance = area ? { mode: area.mode, comuniCount: codes.length } : null;
      place = inArray(vacancies.siteComuneCode, codes);
    } else if (query.comuneCode) {
      place = eq(vacancies.siteComuneCode, query.comuneCode);
    }
    const words = query.q
      ? or(
          ilike(vacancies.title, likeOf(query.q)),
          ilike(vacancies.description, likeOf(query.q)),
          ilike(employers.name, likeOf(query.q)),
          sql`EXISTS (SELECT 1 FROM concept_labels cl WHERE cl.uri = ${vacancies.occupationUri}
                AND (cl.preferred_label ILIKE ${likeOf(query.q)}
                     OR array_to_string(cl.alt_labels, ' ') ILIKE ${likeOf(query.q)}))`,
        )
      : undefined;
    const where = and(
      published,
      place,
      words,
      query.occupationUri ? eq(vacancies.occupationUri, query.occupationUri) : undefined,
      query.contractType ? eq(vacancies.contractType, query.contractType) : undefined,
      query.workingTime ? eq(vacancies.workingTime, query.workingTime) : undefined,
    );
    const rows = await tx
      .select(publicColumns(lang))
      .from(vacancies)
      .innerJoin(employers, eq(employers.id, vacancies.employerId))
      .innerJoin(comuni, eq(comuni.code, vacancies.siteComuneCode))
      .where(where)
      .orderBy(desc(vacancies.publishedAt), vacancies.id)
      .limit(query.limit)
      .offset(query.offset);
    const [total] = await tx
      .select({ n: count() })
      .from(vacancies)
      .innerJoin(employers, eq(employers.id, vacancies.employerId))
      .where(where);
    return {
      items: rows.map((r) => ({
        ...r,
        workingTime: r.workingTime as 'full_time' | 'part_time',
        publishedAt: r.publishedAt?.toISOString() ?? null,
      })),
      total: Number(total?.n ?? 0),
      distance,
    };
  });
}

export async function getPublicVacancy(deps: Deps, id: string, lang: string): Promise<PublicVacancyView> {
  return deps.db.transaction(async (tx) => {
    const [row] = await tx
      .select({
        ...publicColumns(lang),
        description: vacancies.description,
        siteAddress: vacancies.siteAddress,
        essentialSkills: vacancies.essentialSkills,
        optionalSkills: vacancies.optionalSkills,
        minExperienceMonths: vacancies.minExperienceMonths,
        minEqfLevel: vacancies.minEqfLevel,
        languages: vacancies.languages,
        licences: vacancies.licences,
        startDate: vacancies.startDate,
      })
      .from(vacancies)
      .innerJoin(employers, eq(employers.id, vacancies.employerId))
      .innerJoin(comuni, eq(comuni.code, vacancies.siteComuneCode))
      .where(and(eq(vacancies.id, id), published));
    if (!row) throw notFound();
    const labels = await conceptLabels(tx, [...row.essentialSkills, ...row.optionalSkills], lang);
    const labelled = (uris: string[]) => uris.map((uri) => ({ uri, label: labels.get(uri) ?? uri }));
    return {
      ...row,
      workingTime: row.workingTime as 'full_time' | 'part_time',
      publishedAt: row.publishedAt?.toISOString() ?? null,
      essentialSkills: labelled(row.essentialSkills),
      optionalSkills: labelled(row.optionalSkills),
    };
  });
}

/** The contract types of the CO list, for the public page's filter (reference data, no session needed). */
export async function publicContractTypes(deps: Deps, lang: string) {
  const rows = await queryRows<{ code: string; label: string }>(
    deps.db,
    sql`SELECT DISTINCT ON (code) code, CASE WHEN ${lang} = 'en' THEN label_en ELSE label_it END AS label
        FROM code_lists WHERE scheme = 'co-contract' ORDER BY code, version DESC`,
  );
  return rows;
}
