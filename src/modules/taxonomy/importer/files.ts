// Which ESCO CSV a file is, from its name alone. ESCO names the language-dependent files with the language as a
// suffix (occupations_it.csv) and the relations without one (occupationSkillRelations.csv); some bundles suffix
// the relations too (occupationSkillRelations_it.csv), which is accepted and means the same file.
import path from 'node:path';

export const fileKinds = [
  'iscoGroups',
  'occupations',
  'skills',
  'skillGroups',
  'broaderOccupations',
  'broaderSkills',
  'occupationSkills',
] as const;
export type FileKind = (typeof fileKinds)[number];

export type ClassifiedFile = { kind: FileKind; lang: string | null };

const labelled: Record<string, FileKind> = {
  occupations: 'occupations',
  skills: 'skills',
  iscogroups: 'iscoGroups',
  skillgroups: 'skillGroups',
};
const neutral: Record<string, FileKind> = {
  occupationskillrelations: 'occupationSkills',
  broaderrelationsoccpillar: 'broaderOccupations',
  broaderrelationsskillpillar: 'broaderSkills',
};

/** `occupations_it.csv` → { kind: 'occupations', lang: 'it' }; files the importer does not read → null. */
export function classifyFile(name: string): ClassifiedFile | null {
  const base = path.posix.basename(name.replace(/\\/g, '/'));
  const match = /^([A-Za-z]+?)(?:_([A-Za-z]{2,3}(?:-[A-Za-z]{2,4})?))?\.csv$/.exec(base);
  if (!match) return null;
  const stem = match[1]!.toLowerCase();
  const lang = match[2]?.toLowerCase() ?? null;
  const withLabels = labelled[stem];
  if (withLabels) return lang ? { kind: withLabels, lang } : null;
  const relation = neutral[stem];
  return relation ? { kind: relation, lang: null } : null;
}

/** The ESCO version in a bundle's file name: esco-v1.1.0-classification-en-csv.zip → "1.1.0". */
export function versionFromFileName(name: string): string | null {
  const match = /esco(?![a-z]).*?v?(\d+\.\d+(?:\.\d+)?)/i.exec(path.basename(name));
  return match?.[1] ?? null;
}
