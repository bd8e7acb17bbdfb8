// Reading one ESCO CSV as a stream of row batches. Fields may span lines (alternative labels and descriptions
// are quoted and newline-separated), so rows are cut by the CSV parser, never by lines.
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { checkHeader } from './headers.ts';
import type { CsvSource } from './sources.ts';

export type CsvRow = Record<string, string>;

const parserOptions = { bom: true, skip_empty_lines: true, relax_quotes: false, trim: false } as const;

/** The header of a file, read from its first line only: lets the importer refuse bad files before writing. */
export async function readHeader(source: CsvSource): Promise<string[]> {
  const stream: Readable = await source.open();
  const parser = stream.pipe(parse({ ...parserOptions, to_line: 1 }));
  try {
    for await (const record of parser) return (record as string[]).map((h) => h.trim());
    return [];
  } finally {
    stream.destroy();
  }
}

/** Rows of a file as objects keyed by column, `size` at a time; the header is checked again on the way in. */
export async function* rowBatches(source: CsvSource, size: number): AsyncGenerator<CsvRow[]> {
  const stream = await source.open();
  const parser = stream.pipe(
    parse({
      ...parserOptions,
      columns: (header: string[]) => {
        const names = header.map((h) => h.trim());
        checkHeader(source.name, source.kind, names);
        return names;
      },
    }),
  );
  stream.on('error', (err) => parser.destroy(err));
  let batch: CsvRow[] = [];
  try {
    for await (const row of parser) {
      batch.push(row as CsvRow);
      if (batch.length >= size) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length) yield batch;
  } finally {
    stream.destroy();
  }
}
