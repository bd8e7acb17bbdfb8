import { describe, expect, it } from 'vitest';
import { makeDocx, makePdf, makeZip } from '../../../../tests/helpers/zip.ts';
import { contentDisposition, DOCX, PDF, sanitiseFileName, sniffDocument } from './document-type.ts';

describe('sniffDocument (type by content)', () => {
  it('accepts a PDF and a DOCX whatever their names', async () => {
    expect(await sniffDocument(makePdf())).toEqual({ ok: true, type: PDF });
    expect(await sniffDocument(makeDocx())).toEqual({ ok: true, type: DOCX });
  });

  it('refuses zips that are not Word documents, naming what they are', async () => {
    const xlsx = makeZip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' });
    expect(await sniffDocument(xlsx)).toEqual({ ok: false, refusedAs: 'xlsx' });
    expect(await sniffDocument(makeZip({ 'word/document.xml': '<w/>' }))).toEqual({
      ok: false,
      refusedAs: 'zip',
    });
    // A truncated zip: the central directory cannot be read.
    expect(await sniffDocument(makeDocx().subarray(0, 60))).toEqual({ ok: false, refusedAs: 'zip' });
  });

  it('refuses executables, old Office files, text and empty files', async () => {
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]);
    expect(await sniffDocument(exe)).toEqual({ ok: false, refusedAs: 'executable' });
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]);
    expect(await sniffDocument(ole)).toEqual({ ok: false, refusedAs: 'ole' });
    expect(await sniffDocument(Buffer.from('Mario Rossi, saldatore'))).toEqual({
      ok: false,
      refusedAs: 'unknown',
    });
    expect(await sniffDocument(Buffer.alloc(0))).toEqual({ ok: false, refusedAs: 'empty' });
    // "%PDF" must be at the very start, not somewhere inside.
    expect(await sniffDocument(Buffer.from(' %PDF-1.4'))).toEqual({ ok: false, refusedAs: 'unknown' });
  });
});

describe('sanitiseFileName', () => {
  it('keeps the last path segment, drops control characters and quotes, and gives the real extension', () => {
    expect(sanitiseFileName('C:\\Users\\mario\\CV Rossi.pdf', PDF)).toBe('CV Rossi.pdf');
    expect(sanitiseFileName('../../etc/"pass\u0000wd"', PDF)).toBe('passwd.pdf');
    expect(sanitiseFileName('curriculum.exe', DOCX)).toBe('curriculum.exe.docx');
    expect(sanitiseFileName('CV.PDF', PDF)).toBe('CV.pdf');
    expect(sanitiseFileName(undefined, PDF)).toBe('documento.pdf');
    expect(sanitiseFileName('...', DOCX)).toBe('documento.docx');
    expect(sanitiseFileName(`${'a'.repeat(300)}.pdf`, PDF)).toHaveLength(120);
  });

  it('writes Content-Disposition with an ASCII fallback and the UTF-8 name', () => {
    expect(contentDisposition('Curriculum Niccolò (2026).pdf')).toBe(
      `attachment; filename="Curriculum Niccolo (2026).pdf"; filename*=UTF-8''Curriculum%20Niccol%C3%B2%20%282026%29.pdf`,
    );
  });
});
