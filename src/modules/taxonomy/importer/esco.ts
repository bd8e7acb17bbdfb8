// Importer of the official ESCO CSV bundle (any language, version 1.1 or later). Inputs are zips or directories;
// files are recognised by name, checked (headers) before anything is written, then loaded in dependency order —
// ISCO groups, occupations, skills, skill groups (each with its labels), hierarchy, occupation–skill relations —
// in ONE transaction: a failure leaves the previous taxonomy as it was. Rows are merged by concept URI, so a
// second run changes nothing and a newer version updates in place.
import { sql } from 'drizzle-orm';
import type { Db, Tx } from '../../../platform/db/client.ts';
import { readHeader, rowBatches } from './csv.ts';
import { type FileKind, versionFromFileName } from './files.ts';
import { checkHeader } from './headers.ts';
import { broaderRow, iscoGroupRow, labelRow, mapRows, occupationRow, relationRow, skillRow } from './rows.ts';
import { type CsvSource, openSources } from './sources.ts';
import {
  insertBroader,
  upsertIscoGroups,
  upsertLabels,
  upsertOccupations,
  upsertRelations,
  upsertSkills,
} from './upsert.ts';

export const importPhases = [
  'iscoGroups',
  'occupations',
  'skills',
  'skillGroups',
  'broader',
  'relations',
] as const;
export type ImportPhase = (typeof importPhases)[number];

const kindsOfPhase: Record<ImportPhase, FileKind[]> = {
  iscoGroups: ['iscoGroups'],
  occupations: ['occupations'],
  skills: ['skills'],
  skillGroups: ['skillGroups'],
  broader: ['broaderOccupations', 'broaderSkills'],
  relations: ['occupationSkills'],
};

/** Rows read and written per table (a concept in two language files counts twice). */
export type ImportCounts = {
  iscoGroups: number;
  occupations: number;
  skills: number;
  skillGroups: number;
  labels: number;
  broader: number;
  relations: number;
};
export type ProgressEvent = { phase: ImportPhase; processed: number; total?: number; counts: ImportCounts };
export type ImportOptions = {
  /** ESCO version; default: from an input's file name (esco-v1.2.0-…), else "unknown". */
  version?: string;
  batchSize?: number;
  onProgress?: (event: ProgressEvent) => void;
};
export type ImportSummary = {
  source: string;
  version: string;
  languages: string[];
  files: string[];
  counts: ImportCounts;
  seconds: number;
};

/** Taxonomy writes serialise across app nodes: two bundles loaded at once would interleave their label merges. */
export const TAXONOMY_WRITE_LOCK = 7253003;

export function bundleVersion(inputs: readonly string[], explicit?: string): string {
  return explicit ?? inputs.map(versionFromFileName).find((v) => v !== null) ?? 'unknown';
}

async function writeBatch(
  tx: Tx,
  file: CsvSource,
  rows: Record<string, string>[],
  source: string,
  counts: ImportCounts,
) {
  const lang = file.lang ?? '';
  const labels = () => mapRows(rows, (r) => labelRow(r, lang));
  switch (file.kind) {
    case 'iscoGroups': {
      const groups = mapRows(rows, (r) => iscoGroupRow(r, source));
      await upsertIscoGroups(tx, groups);
      counts.iscoGroups += groups.length;
      break;
    }
    case 'occupations': {
      const list = mapRows(rows, (r) => occupationRow(r, source));
      await upsertOccupations(tx, list);
      counts.occupations += list.length;
      break;
    }
    case 'skills': {
      const list = mapRows(rows, (r) => skillRow(r, source));
      await upsertSkills(tx, list);
      counts.skills += list.length;
      break;
    }
    case 'skillGroups':
      counts.skillGroups += rows.length;
      break;
    case 'broaderOccupations':
    case 'broaderSkills': {
      const list = mapRows(rows, broaderRow);
      await insertBroader(tx, list);
      counts.broader += list.length;
      return;
    }
    case 'occupationSkills': {
      const list = mapRows(rows, (r) => relationRow(r, file.name));
      await upsertRelations(tx, list);
      counts.relations += list.length;
      return;
    }
  }
  const labelRows = labels();
  await upsertLabels(tx, labelRows);
  counts.labels += labelRows.length;
}

export async function importEscoBundle(
  db: Db,
  inputs: readonly string[],
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const started = performance.now();
  const batchSize = options.batchSize ?? 1000;
  const version = bundleVersion(inputs, options.version);
  const source = `ESCO ${version}`;
  const sources = await openSources(inputs);
  try {
    // Every file's shape is checked before the transaction starts: a wrong file is refused with nothing written.
    for (const file of sources.files) checkHeader(file.name, file.kind, await readHeader(file));
    const counts: ImportCounts = {
      iscoGroups: 0,
      occupations: 0,
      skills: 0,
      skillGroups: 0,
      labels: 0,
      broader: 0,
      relations: 0,
    };
    await db.transaction(async (tx) => {
      await tx.execute(sql`SELECT pg_advisory_xact_lock(${TAXONOMY_WRITE_LOCK})`);
      for (const phase of importPhases) {
        const files = sources.files.filter((f) => kindsOfPhase[phase].includes(f.kind));
        let processed = 0;
        for (const file of files) {
          for await (const rows of rowBatches(file, batchSize)) {
            await writeBatch(tx, file, rows, source, counts);
            processed += rows.length;
            options.onProgress?.({ phase, processed, counts: { ...counts } });
          }
        }
      }
    });
    const languages = [...new Set(sources.files.map((f) => f.lang).filter((l): l is string => l !== null))];
    return {
      source,
      version,
      languages: languages.sort(),
      files: sources.files.map((f) => f.name),
      counts,
      seconds: Math.round((performance.now() - started) / 100) / 10,
    };
  } finally {
    sources.close();
  }
}

/** Checks a bundle without writing (files recognised, headers complete): lets the API refuse it at once. */
export async function inspectBundle(
  inputs: readonly string[],
): Promise<{ files: string[]; languages: string[] }> {
  const sources = await openSources(inputs);
  try {
    for (const file of sources.files) checkHeader(file.name, file.kind, await readHeader(file));
    const languages = new Set(sources.files.map((f) => f.lang).filter((l): l is string => l !== null));
    return { files: sources.files.map((f) => f.name), languages: [...languages].sort() };
  } finally {
    sources.close();
  }
}
