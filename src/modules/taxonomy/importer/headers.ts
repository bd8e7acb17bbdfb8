// The columns each ESCO CSV must have. Only the columns the importer reads are required: newer ESCO versions add
// columns (labels next to the URIs in the relation files, for instance) and those are ignored.
import type { FileKind } from './files.ts';

export const requiredColumns: Record<FileKind, readonly string[]> = {
  iscoGroups: ['conceptUri', 'code', 'preferredLabel'],
  occupations: ['conceptUri', 'iscoGroup', 'preferredLabel', 'altLabels'],
  skills: ['conceptUri', 'skillType', 'reuseLevel', 'preferredLabel', 'altLabels'],
  skillGroups: ['conceptUri', 'preferredLabel'],
  broaderOccupations: ['conceptUri', 'broaderUri'],
  broaderSkills: ['conceptUri', 'broaderUri'],
  occupationSkills: ['occupationUri', 'relationType', 'skillUri'],
};

/** An import refused for a reason the person running it can fix (wrong file, wrong columns). */
export class ImportError extends Error {}

export function missingColumns(kind: FileKind, header: readonly string[]): string[] {
  const present = new Set(header.map((h) => h.trim()));
  return requiredColumns[kind].filter((c) => !present.has(c));
}

/** Refuses a file of the wrong shape before anything of it is written, naming the missing columns. */
export function checkHeader(fileName: string, kind: FileKind, header: readonly string[]): void {
  const missing = missingColumns(kind, header);
  if (missing.length) {
    throw new ImportError(
      `${fileName} is not an ESCO ${kind} file: missing column(s) ${missing.join(', ')} ` +
        `(found: ${header.join(', ') || 'none'})`,
    );
  }
}
