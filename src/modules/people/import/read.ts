// Reading an uploaded spreadsheet into rows of strings: CSV (`;` or `,`, UTF-8 with or without BOM, or
// Windows-1252 when the bytes are not valid UTF-8) or XLSX (first sheet, first row = headers). What the file IS
// is decided by its bytes, not by its name or declared type: an XLSX is a zip (PK\x03\x04), a CSV must be text.
import { type Options, parse } from 'csv-parse';
import ExcelJS from 'exceljs';

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 200_000;

export type SheetRow = {
  /** 1-based row number in the spreadsheet (the header is row 1). */ row: number;
  cells: string[];
};
export type Sheet = { format: 'csv' | 'xlsx'; encoding?: string; columns: string[]; rows: SheetRow[] };

/** A file we refuse to read; `reason` is a code, `detail` the human explanation (English, shown as parameter). */
export type UnreadableReason =
  | 'not_a_spreadsheet'
  | 'too_many_rows'
  | 'empty_file'
  | 'no_header'
  | 'unreadable_xlsx';
export class UnreadableFile extends Error {
  readonly reason: UnreadableReason;
  readonly detail: string;
  constructor(reason: UnreadableReason, detail: string) {
    super(`${reason}: ${detail}`);
    this.reason = reason;
    this.detail = detail;
  }
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const KNOWN_BINARY: [string, number[]][] = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['old Excel (.xls) or Word document', [0xd0, 0xcf, 0x11, 0xe0]],
  ['gzip archive', [0x1f, 0x8b]],
];
const startsWith = (buf: Uint8Array, magic: number[]) => magic.every((b, i) => buf[i] === b);

export function sniffFormat(buf: Uint8Array): 'xlsx' | 'csv' {
  if (buf.length === 0) throw new UnreadableFile('empty_file', 'the file is empty');
  if (startsWith(buf, ZIP)) return 'xlsx';
  for (const [name, magic] of KNOWN_BINARY) {
    if (startsWith(buf, magic))
      throw new UnreadableFile('not_a_spreadsheet', `the file is a ${name}, not a CSV or XLSX spreadsheet`);
  }
  // Text has no control characters other than tab, CR, LF (and form feed at worst): a handful of them in the
  // first 64 KB means binary data.
  const head = buf.subarray(0, 65_536);
  let control = 0;
  for (const b of head)
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) || b === 0x7f) control++;
  if (control > 0)
    throw new UnreadableFile(
      'not_a_spreadsheet',
      'the file holds binary data: it is neither a CSV text nor an XLSX workbook',
    );
  return 'csv';
}

/** UTF-8 (BOM removed) when valid, otherwise Windows-1252 (Excel's "CSV" on Italian Windows). */
export function decodeText(buf: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buf);
    return { text, encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(buf), encoding: 'windows-1252' };
  }
}

/** `;` (Italian Excel), `,` or tab: the one that appears most in the header line outside quotes. */
export function detectDelimiter(text: string): ';' | ',' | '\t' {
  const counts = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text.slice(0, 10_000)) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch as keyof typeof counts]++;
  }
  if (counts['\t'] > counts[';'] && counts['\t'] > counts[',']) return '\t';
  return counts[';'] >= counts[','] && counts[';'] > 0 ? ';' : ',';
}

const blank = (cells: string[]) => cells.every((c) => c === '');

/** Text handed to the parser at a time: the event loop serves other requests between two slices. */
const CSV_SLICE = 256 * 1024;

/**
 * csv-parse's streaming parser fed slice by slice, yielding between slices: parsing 100,000 rows (15 MB) in one
 * go held the event loop — every other user of the server — for over a second.
 */
async function parseInSlices(text: string, options: Options) {
  const parser = parse(options);
  const records: { record: string[]; info: { lines: number } }[] = [];
  parser.on('readable', () => {
    for (let r = parser.read(); r !== null; r = parser.read()) records.push(r);
  });
  const done = new Promise<void>((resolve, reject) => {
    parser.on('end', resolve);
    parser.on('error', reject);
  });
  // The parser ends by itself after `to` records: what follows is not needed.
  for (let at = 0; at < text.length && !parser.writableEnded && !parser.destroyed; at += CSV_SLICE) {
    parser.write(text.slice(at, at + CSV_SLICE));
    await new Promise((r) => setImmediate(r));
  }
  if (!parser.writableEnded) parser.end();
  await done;
  return records;
}

export async function readCsv(buf: Uint8Array, maxRows = MAX_IMPORT_ROWS): Promise<Sheet> {
  const { text, encoding } = decodeText(buf);
  const records = await parseInSlices(text, {
    delimiter: detectDelimiter(text),
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    trim: true,
    skip_empty_lines: true,
    info: true,
    // One record past the limit is enough to know that there are too many.
    to: maxRows + 2,
  });
  const [header, ...data] = records;
  if (!header || blank(header.record))
    throw new UnreadableFile('no_header', 'the first row must name the columns');
  if (data.length > maxRows)
    throw new UnreadableFile('too_many_rows', `more than ${maxRows} rows: split the file`);
  const rows = data.map((r) => ({ row: r.info.lines, cells: r.record })).filter((r) => !blank(r.cells));
  return { format: 'csv', encoding, columns: header.record, rows };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A cell as text: dates as yyyy-mm-dd, numbers as typed, rich text / hyperlinks / formulas by their text. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date)
    return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  if (typeof value === 'object') {
    if ('richText' in value)
      return value.richText
        .map((r) => r.text)
        .join('')
        .trim();
    if ('text' in value && typeof value.text === 'string') return value.text.trim();
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('error' in value) return '';
    return '';
  }
  return String(value).trim();
}

export async function readXlsx(buf: Uint8Array, maxRows = MAX_IMPORT_ROWS): Promise<Sheet> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buf as unknown as ArrayBuffer);
  } catch (err) {
    throw new UnreadableFile(
      'unreadable_xlsx',
      `the zip is not an Excel workbook (.xlsx): ${(err as Error).message.slice(0, 120)}`,
    );
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new UnreadableFile('empty_file', 'the workbook has no sheet');
  if (sheet.actualRowCount - 1 > maxRows)
    throw new UnreadableFile('too_many_rows', `more than ${maxRows} rows: split the file`);
  let columns: string[] | null = null;
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const values = row.values as ExcelJS.CellValue[]; // 1-based: values[0] is empty
    const cells: string[] = [];
    for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]));
    if (!columns) {
      columns = cells;
      return;
    }
    if (!blank(cells)) rows.push({ row: number, cells });
  });
  if (!columns || blank(columns))
    throw new UnreadableFile('no_header', 'the first row must name the columns');
  return { format: 'xlsx', columns, rows };
}

export async function readSpreadsheet(buf: Uint8Array, maxRows = MAX_IMPORT_ROWS): Promise<Sheet> {
  const sheet = sniffFormat(buf) === 'xlsx' ? await readXlsx(buf, maxRows) : await readCsv(buf, maxRows);
  // Header names trimmed; unnamed columns get their letter-free position so that errors can still name them.
  sheet.columns = sheet.columns.map((c, i) => c.trim() || `#${i + 1}`);
  return sheet;
}
