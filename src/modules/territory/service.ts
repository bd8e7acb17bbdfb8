// The territorial map's use cases: economic activities (employers module) and hiring needs (surveys module) summed
// by comune, always over the comuni of the caller's networks only, plus those comuni's outlines. Aggregates
// without personal data: no audit row, as for the other counts of the app.
import { createHash } from 'node:crypto';
import { asc, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.ts';
import type { Deps } from '../../platform/deps.ts';
import { validationError } from '../../platform/http/errors.ts';
import { type Actor, authorize } from '../../platform/policy/policy.ts';
import type { Scope } from '../../platform/policy/table.ts';
import { atecoSections } from '../employers/domain/ateco.ts';
import { activitiesByComune } from '../employers/territory-stats.ts';
import { outlinesImportedAt, outlinesOf } from '../geography/outlines.ts';
import { comuni, networkComuni } from '../network/db.ts';
import { hiringNeedsByComune, needsFiltersFor } from '../surveys/needs-stats.ts';
import type {
  ActivitiesQuery,
  ActivitiesView,
  MapView,
  NeedsQuery,
  NeedsView,
  SectionLabel,
} from './contract.ts';

const ACTION = 'territory.read' as const;

/** The comuni of the caller's networks (or of one of them), by name. */
export async function networkComuniOf(tx: Tx, actor: Actor, scope: Scope, network?: string) {
  if (network && scope !== 'all' && !actor.networkIds.includes(network))
    throw validationError([{ field: 'network', code: 'not_your_network' }]);
  const networkIds = network ? [network] : scope === 'all' ? null : actor.networkIds;
  if (networkIds && networkIds.length === 0) return [];
  return tx
    .selectDistinct({ code: comuni.code, name: comuni.name })
    .from(comuni)
    .innerJoin(networkComuni, eq(networkComuni.comuneCode, comuni.code))
    .where(networkIds ? inArray(networkComuni.networkId, networkIds) : undefined)
    .orderBy(asc(comuni.name), asc(comuni.code));
}

/** Names of the sections present; where 2007 and 2025 name a letter differently, both names. */
function sectionLabels(
  present: { section: string | null; version: '2007' | '2025' | null }[],
): SectionLabel[] {
  const byLetter = new Map<string, { it: Set<string>; en: Set<string> }>();
  for (const p of present) {
    if (!p.section || !p.version) continue;
    const s = atecoSections(p.version).find((x) => x.letter === p.section);
    if (!s) continue;
    const entry = byLetter.get(s.letter) ?? { it: new Set(), en: new Set() };
    entry.it.add(s.it);
    entry.en.add(s.en);
    byLetter.set(s.letter, entry);
  }
  return [...byLetter.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([letter, e]) => ({ letter, it: [...e.it].join(' / '), en: [...e.en].join(' / ') }));
}

export async function activities(deps: Deps, actor: Actor, q: ActivitiesQuery): Promise<ActivitiesView> {
  const scope = authorize(actor, ACTION);
  return deps.db.transaction(async (tx) => {
    const places = await networkComuniOf(tx, actor, scope, q.network);
    const rows = await activitiesByComune(
      tx,
      actor,
      scope,
      places.map((p) => p.code),
    );
    const sections = sectionLabels(rows);
    const picked = q.section ? rows.filter((r) => r.section === q.section) : rows;
    const out = places.map((p) => {
      const mine = picked.filter((r) => r.comuneCode === p.code);
      // The same letter of two versions is one row of the table (the filter works by letter too).
      const bySection = new Map<
        string | null,
        { section: string | null; employers: number; employees: number }
      >();
      for (const r of mine) {
        const s = bySection.get(r.section) ?? { section: r.section, employers: 0, employees: 0 };
        s.employers += r.employers;
        s.employees += r.employees;
        bySection.set(r.section, s);
      }
      return {
        code: p.code,
        name: p.name,
        employers: mine.reduce((n, r) => n + r.employers, 0),
        employees: mine.reduce((n, r) => n + r.employees, 0),
        bySection: [...bySection.values()].sort((a, b) => (a.section ?? '~').localeCompare(b.section ?? '~')),
      };
    });
    return {
      comuni: out,
      sections,
      totals: {
        employers: out.reduce((n, c) => n + c.employers, 0),
        employees: out.reduce((n, c) => n + c.employees, 0),
      },
    };
  });
}

export async function hiringNeeds(deps: Deps, actor: Actor, q: NeedsQuery): Promise<NeedsView> {
  const scope = authorize(actor, ACTION);
  return deps.db.transaction(async (tx) => {
    const places = await networkComuniOf(tx, actor, scope, q.network);
    const rows = await hiringNeedsByComune(tx, {
      ...needsFiltersFor(actor, scope),
      ...(q.network ? { networkIds: [q.network] } : {}),
      horizon: q.horizon,
      atecoSection: q.section,
      occupationUri: q.occupation,
    });
    const out = places.map((p) => {
      const r = rows.find((x) => x.key === p.code);
      return {
        code: p.code,
        name: p.name,
        positions: r?.positions ?? 0,
        positionsShort: r?.positionsShort ?? 0,
        positionsLong: r?.positionsLong ?? 0,
        employers: r?.employers ?? 0,
      };
    });
    const sum = (k: 'positions' | 'positionsShort' | 'positionsLong') => out.reduce((n, c) => n + c[k], 0);
    return {
      comuni: out,
      totals: {
        positions: sum('positions'),
        positionsShort: sum('positionsShort'),
        positionsLong: sum('positionsLong'),
      },
    };
  });
}

/** The outlines of the network's comuni, with a validator that changes when the comuni or their outlines do. */
export async function territoryMap(
  deps: Deps,
  actor: Actor,
  network: string | undefined,
  ifNoneMatch: string | undefined,
): Promise<{ etag: string; body: MapView | null }> {
  const scope = authorize(actor, ACTION);
  return deps.db.transaction(async (tx) => {
    const codes = (await networkComuniOf(tx, actor, scope, network)).map((p) => p.code).sort();
    const at = await outlinesImportedAt(tx, codes);
    const etag = `"${createHash('sha256')
      .update(`${codes.join(',')}|${at?.toISOString() ?? ''}`)
      .digest('base64url')
      .slice(0, 27)}"`;
    if (ifNoneMatch === etag) return { etag, body: null };
    const outlines = await outlinesOf(tx, codes);
    return {
      etag,
      body: {
        type: 'FeatureCollection',
        features: outlines.features.map((f) => ({
          type: 'Feature' as const,
          id: f.properties.code,
          properties: f.properties,
          geometry: f.geometry,
        })),
        comuni: codes.length,
        withOutline: outlines.features.length,
      },
    };
  });
}
