// Where the CSV files come from: each input is a .zip (entries read as streams, never unpacked to disk) or a
// directory of CSV files. The files are indexed first, so the importer can read them in dependency order
// whatever their order in the archives.
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { classifyFile, type FileKind } from './files.ts';
import { ImportError } from './headers.ts';

export type CsvSource = {
  /** For messages: archive.zip:occupations_it.csv or the file path. */
  name: string;
  kind: FileKind;
  lang: string | null;
  open: () => Promise<Readable>;
};

export type OpenedSources = { files: CsvSource[]; close: () => void };

async function zipSources(file: string): Promise<{ files: CsvSource[]; close: () => void }> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false });
  } catch (err) {
    throw new ImportError(`${path.basename(file)} is not a readable zip file (${(err as Error).message})`);
  }
  const files: CsvSource[] = [];
  for await (const entry of zip.eachEntry()) {
    if (entry.fileName.endsWith('/')) continue;
    const kind = classifyFile(entry.fileName);
    if (!kind) continue;
    files.push({
      name: `${path.basename(file)}:${entry.fileName}`,
      ...kind,
      open: () => zip.openReadStreamPromise(entry),
    });
  }
  return { files, close: () => zip.close() };
}

async function directorySources(dir: string): Promise<CsvSource[]> {
  const files: CsvSource[] = [];
  for (const name of (await readdir(dir)).sort()) {
    const kind = classifyFile(name);
    if (!kind) continue;
    const full = path.join(dir, name);
    files.push({ name: full, ...kind, open: async () => createReadStream(full) });
  }
  return files;
}

/** Indexes every input; refuses inputs that do not exist and a set of inputs without any ESCO CSV file. */
export async function openSources(inputs: readonly string[]): Promise<OpenedSources> {
  const files: CsvSource[] = [];
  const closers: (() => void)[] = [];
  const close = () => {
    for (const c of closers) c();
  };
  try {
    for (const input of inputs) {
      const info = await stat(input).catch(() => null);
      if (!info) throw new ImportError(`${input} does not exist`);
      if (info.isDirectory()) files.push(...(await directorySources(input)));
      else if (input.toLowerCase().endsWith('.zip') || !input.toLowerCase().endsWith('.csv')) {
        const zip = await zipSources(input);
        closers.push(zip.close);
        files.push(...zip.files);
      } else {
        const kind = classifyFile(input);
        if (kind) files.push({ name: input, ...kind, open: async () => createReadStream(input) });
      }
    }
  } catch (err) {
    close();
    throw err;
  }
  if (files.length === 0) {
    close();
    throw new ImportError(
      `no ESCO CSV file found in ${inputs.join(', ')}: expected occupations_<lang>.csv, skills_<lang>.csv, ` +
        'ISCOGroups_<lang>.csv, skillGroups_<lang>.csv, occupationSkillRelations.csv, broaderRelations*.csv',
    );
  }
  return { files, close };
}
