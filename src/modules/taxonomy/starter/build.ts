// Compact constructors for the starter data files: ESCO concept ids are written without their URI prefix.
import type { StarterOccupation, StarterSkill } from './types.ts';

export const ESCO_OCCUPATION_PREFIX = 'http://data.europa.eu/esco/occupation/';
export const ESCO_SKILL_PREFIX = 'http://data.europa.eu/esco/skill/';

const REUSE_LEVELS = {
  occ: 'occupation-specific',
  sec: 'sector-specific',
  cross: 'cross-sector',
  trans: 'transversal',
} as const;

/** A skill: ESCO id, S = skill/competence or K = knowledge, ESCO reuse level, Italian label. */
export function skill(
  id: string,
  type: 'S' | 'K',
  reuse: keyof typeof REUSE_LEVELS | null,
  labelIt: string,
): StarterSkill {
  return {
    uri: ESCO_SKILL_PREFIX + id,
    labelIt,
    skillType: type === 'K' ? 'knowledge' : 'skill/competence',
    reuseLevel: reuse ? REUSE_LEVELS[reuse] : null,
  };
}

export type OccupationRow = {
  /** ESCO occupation id (the URI without its prefix). */
  id: string;
  /** ISCO-08 unit group of the ESCO occupation. */
  isco: string;
  it: string;
  alt: string[];
  /** ESCO skill ids related to the occupation as essential / optional. */
  essential: string[];
  optional: string[];
};

export function occupations(sector: string, rows: OccupationRow[]): StarterOccupation[] {
  return rows.map((r) => ({
    uri: ESCO_OCCUPATION_PREFIX + r.id,
    iscoCode: r.isco,
    labelIt: r.it,
    ...(r.alt.length > 0 ? { altIt: r.alt } : {}),
    sector,
    skills: [
      ...r.essential.map((id) => ({ uri: ESCO_SKILL_PREFIX + id, relation: 'essential' as const })),
      ...r.optional.map((id) => ({ uri: ESCO_SKILL_PREFIX + id, relation: 'optional' as const })),
    ],
  }));
}
