// ESCO CSV rows → table rows. Pure functions: what a column means is decided here, the writing is in upsert.ts.
import type { CsvRow } from './csv.ts';
import { ImportError } from './headers.ts';
import { iscoCodeOf, splitAltLabels } from './labels.ts';
import type { BroaderRow, IscoGroupRow, LabelRow, OccupationRow, RelationRow, SkillRow } from './upsert.ts';

const text = (value: string | undefined) => {
  const v = value?.trim();
  return v ? v : null;
};

/** The label row of a concept in one language (alternative labels one per line in the CSV). */
export function labelRow(row: CsvRow, lang: string): LabelRow | null {
  const uri = text(row.conceptUri);
  const preferredLabel = text(row.preferredLabel);
  if (!uri || !preferredLabel) return null;
  return {
    uri,
    lang,
    preferredLabel,
    altLabels: splitAltLabels(row.altLabels, preferredLabel),
    description: text(row.description) ?? text(row.definition),
  };
}

export function iscoGroupRow(row: CsvRow, source: string): IscoGroupRow | null {
  const uri = text(row.conceptUri);
  const code = text(row.code);
  return uri && code ? { uri, code, source } : null;
}

export function occupationRow(row: CsvRow, source: string): OccupationRow | null {
  const uri = text(row.conceptUri);
  if (!uri) return null;
  return {
    uri,
    iscoCode: iscoCodeOf(row.iscoGroup),
    code: text(row.code),
    status: text(row.status) ?? 'released',
    source,
  };
}

export function skillRow(row: CsvRow, source: string): SkillRow | null {
  const uri = text(row.conceptUri);
  if (!uri) return null;
  return {
    uri,
    skillType: text(row.skillType),
    reuseLevel: text(row.reuseLevel),
    status: text(row.status) ?? 'released',
    source,
  };
}

export function broaderRow(row: CsvRow): BroaderRow | null {
  const uri = text(row.conceptUri);
  const broaderUri = text(row.broaderUri);
  return uri && broaderUri && uri !== broaderUri ? { uri, broaderUri } : null;
}

export function relationRow(row: CsvRow, fileName: string): RelationRow | null {
  const occupationUri = text(row.occupationUri);
  const skillUri = text(row.skillUri);
  if (!occupationUri || !skillUri) return null;
  const relation = text(row.relationType)?.toLowerCase();
  if (relation !== 'essential' && relation !== 'optional') {
    throw new ImportError(
      `${fileName}: relationType "${row.relationType}" for ${occupationUri} is neither essential nor optional`,
    );
  }
  return { occupationUri, skillUri, relation };
}

/** Maps a batch, dropping rows without the identifying columns (blank lines at the end of some exports). */
export function mapRows<T>(rows: CsvRow[], fn: (row: CsvRow) => T | null): T[] {
  const out: T[] = [];
  for (const row of rows) {
    const mapped = fn(row);
    if (mapped) out.push(mapped);
  }
  return out;
}
