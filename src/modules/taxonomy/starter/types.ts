// Types of the built-in Italian starter taxonomy: a curated subset of ESCO occupations and skills (by concept URI,
// with ISCO-08 codes) carrying Italian labels written by the project, plus small Italian code lists.

export type StarterOccupation = {
  uri: string;
  iscoCode: string;
  labelIt: string;
  altIt?: string[];
  sector: string;
  skills: { uri: string; relation: 'essential' | 'optional' }[];
};

export type StarterSkill = {
  uri: string;
  labelIt: string;
  skillType: 'skill/competence' | 'knowledge';
  reuseLevel: string | null;
};

export type CodeListEntry = {
  scheme: string;
  version: string;
  code: string;
  parentCode?: string;
  labelIt: string;
  labelEn: string;
  extra?: Record<string, unknown>;
  sortOrder: number;
};

/** Value of the `source` column for rows loaded from this starter set. */
export const STARTER_SOURCE = 'ReteLavoro starter it 1';
