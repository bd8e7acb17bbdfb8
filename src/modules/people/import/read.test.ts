import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  decodeText,
  detectDelimiter,
  readCsv,
  readSpreadsheet,
  sniffFormat,
  UnreadableFile,
} from './read.ts';

const bytes = (s: string) => Buffer.from(s, 'utf8');

describe('reading spreadsheets', () => {
  it('reads a `;` CSV with a BOM, keeping the spreadsheet row numbers', async () => {
    const sheet = await readCsv(
      bytes('\uFEFFCognome;Nome;Città\nRossi;Mario;"Chieri"\n\nBianchi;Anna;Torino\n'),
    );
    expect(sheet.columns).toEqual(['Cognome', 'Nome', 'Città']);
    expect(sheet.rows).toEqual([
      { row: 2, cells: ['Rossi', 'Mario', 'Chieri'] },
      { row: 4, cells: ['Bianchi', 'Anna', 'Torino'] },
    ]);
    expect(sheet.encoding).toBe('utf-8');
  });

  it('reads a `,` CSV with quoted delimiters', async () => {
    const sheet = await readCsv(bytes('a,b\n"x, y",2\n'));
    expect(sheet.rows[0]!.cells).toEqual(['x, y', '2']);
  });

  it('detects the delimiter from the header line', () => {
    expect(detectDelimiter('a;b;c\n1,2;3')).toBe(';');
    expect(detectDelimiter('a,b,c\n1;2')).toBe(',');
    expect(detectDelimiter('"a;x",b,c')).toBe(',');
    expect(detectDelimiter('a\tb\tc')).toBe('\t');
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8', async () => {
    const cp1252 = Buffer.from([0x43, 0x69, 0x74, 0x74, 0xe0, 0x3b, 0x80]); // "Città;€"
    expect(decodeText(cp1252)).toEqual({ text: 'Città;€', encoding: 'windows-1252' });
    const sheet = await readCsv(
      Buffer.concat([bytes('Comune;Nota\n'), Buffer.from([0x46, 0x6f, 0x72, 0xec, 0x3b, 0x78])]),
    );
    expect(sheet.rows[0]!.cells).toEqual(['Forì', 'x']);
  });

  it('refuses binary files by their bytes, with the reason', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(() => sniffFormat(png)).toThrow(/PNG image/);
    const random = Buffer.from(Array.from({ length: 500 }, (_, i) => (i * 131 + 7) % 256));
    await expect(readSpreadsheet(random)).rejects.toThrow(UnreadableFile);
    await expect(readSpreadsheet(Buffer.alloc(0))).rejects.toThrow(/empty/);
    await expect(readSpreadsheet(Buffer.from('PK\x03\x04garbage'))).rejects.toThrow(/not an Excel workbook/);
  });

  it('refuses more rows than the limit', async () => {
    await expect(readCsv(bytes('a\n1\n2\n3\n'), 2)).rejects.toThrow(/more than 2 rows/);
    expect((await readCsv(bytes('a\n1\n2\n'), 2)).rows).toHaveLength(2);
  });

  it('reads a large CSV in slices, letting other work run in between, every row kept', async () => {
    const line = (i: number) => `Rossi${i};Mario;"Via Roma, ${i}"`;
    const text = `Cognome;Nome;Indirizzo\n${Array.from({ length: 30_000 }, (_, i) => line(i)).join('\n')}\n`;
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const sheet = await readCsv(bytes(text), 50_000);
    clearInterval(timer);
    expect(sheet.rows).toHaveLength(30_000);
    expect(sheet.rows[29_999]).toEqual({ row: 30_001, cells: ['Rossi29999', 'Mario', 'Via Roma, 29999'] });
    // 1 MB of text is four slices: timers ran between them.
    expect(ticks).toBeGreaterThan(0);
    // The limit still stops the parser early on a file far too long.
    await expect(readCsv(bytes(text), 100)).rejects.toThrow(/more than 100 rows/);
  });

  it('reads the first sheet of an XLSX, dates as yyyy-mm-dd', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Persone');
    wb.addWorksheet('Altro').addRow(['ignored']);
    ws.addRow(['Cognome', 'Data di nascita', 'CAP', 'Nota']);
    ws.addRow([
      'Rossi',
      new Date(Date.UTC(1980, 4, 14)),
      10023,
      { richText: [{ text: 'a' }, { text: 'b' }] },
    ]);
    ws.addRow([]);
    ws.addRow(['Verdi', '14/05/1980']);
    const sheet = await readSpreadsheet(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(sheet.format).toBe('xlsx');
    expect(sheet.columns).toEqual(['Cognome', 'Data di nascita', 'CAP', 'Nota']);
    expect(sheet.rows).toEqual([
      { row: 2, cells: ['Rossi', '1980-05-14', '10023', 'ab'] },
      { row: 4, cells: ['Verdi', '14/05/1980'] },
    ]);
  });
});
