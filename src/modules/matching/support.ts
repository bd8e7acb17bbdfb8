// What both directions of matching need around the engine: labels for the URIs the results name, the fairness
// exposure of people (proposals still unanswered within the window), and the conflict for closed vacancies.
import { sql } from 'drizzle-orm';
import { queryRows, type Tx, uuidArray } from '../../platform/db/client.ts';
import { AppError } from '../../platform/http/errors.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import type { RankedMatch } from './domain/rank.ts';
import type { Exposure } from './domain/types.ts';
import type { FairnessSettings } from './domain/weights.ts';
import { textArray } from './retrieval.ts';

/** A vacancy that no longer takes candidates cannot be matched: 409 saying so (and in which state it is). */
export function assertMatchable(state: string) {
  if (state === 'closed' || state === 'filled') {
    throw new AppError('conflict', { reason: 'match_vacancy_closed', state });
  }
}

/** Preferred labels in the reader's language, Italian otherwise, any language last. */
export async function labelsOf(tx: Tx, uris: Iterable<string>, locale: Locale) {
  const list = [...new Set(uris)];
  const out: Record<string, string> = {};
  if (list.length === 0) return out;
  const rows = await queryRows<{ uri: string; lang: string; label: string }>(
    tx,
    sql`SELECT uri, lang, preferred_label AS label FROM concept_labels WHERE uri = ANY(${textArray(list)})`,
  );
  const rank = (l: string) => (l === locale ? 0 : l === 'it' ? 1 : 2);
  const best = new Map<string, number>();
  for (const r of rows) {
    const k = rank(r.lang);
    if (!best.has(r.uri) || k < best.get(r.uri)!) {
      best.set(r.uri, k);
      out[r.uri] = r.label;
    }
  }
  return out;
}

/** The URIs a ranked result names (missing skills), for labelsOf. */
export function urisNamed(items: RankedMatch[]): string[] {
  const uris: string[] = [];
  for (const m of items) {
    for (const x of m.missing)
      if (x.kind === 'essential_skill' || x.kind === 'optional_skill') uris.push(x.uri);
  }
  return uris;
}

/**
 * Proposals still at 'proposed' (nobody answered them) made within the fairness window, per person. A person
 * proposed for many vacancies recently with no answer gets the penalty of domain/rank.ts.
 */
export async function exposureOf(
  tx: Tx,
  personIds: readonly string[],
  fairness: FairnessSettings,
  now: Date,
): Promise<Map<string, Exposure>> {
  const out = new Map<string, Exposure>();
  if (!fairness.enabled || personIds.length === 0) return out;
  const since = new Date(now.getTime() - fairness.windowDays * 86_400_000);
  const rows = await queryRows<{ person_id: string; n: number | string }>(
    tx,
    sql`SELECT person_id, count(*) AS n FROM shortlist_entries
        WHERE person_id = ANY(${uuidArray(personIds)}) AND stage = 'proposed' AND moved_at >= ${since.toISOString()}
        GROUP BY person_id`,
  );
  for (const r of rows) out.set(r.person_id, { unansweredProposals: Number(r.n) });
  return out;
}
