// The built-in Italian starter taxonomy.
export { ESCO_OCCUPATION_PREFIX, ESCO_SKILL_PREFIX } from './build.ts';
export { starterCodeLists } from './code-lists.ts';
export { starterOccupations } from './occupations.ts';
export { starterSkills } from './skills.ts';
export type { CodeListEntry, StarterOccupation, StarterSkill } from './types.ts';
export { STARTER_SOURCE } from './types.ts';
