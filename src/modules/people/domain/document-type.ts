// What an uploaded document IS, decided by its bytes — never by its name or the Content-Type the browser declared
// (both are whatever the sender says). Accepted: PDF (starts with "%PDF-") and DOCX (a zip whose central
// directory lists [Content_Types].xml and word/document.xml). Only the central directory is read, nothing is
// decompressed, so a zip bomb costs no more than its listing.
import yauzl from 'yauzl';
import { DOCX_TYPE, PDF_TYPE } from '../documents-contract.ts';

export type DocumentFormat = { format: 'pdf' | 'docx'; mediaType: string; extension: string };
/** Why a file is refused: each has an it/en text (platform/i18n/errors.ts, fieldTexts `document_is_<reason>`). */
export type RefusedAs = 'empty' | 'executable' | 'ole' | 'xlsx' | 'zip' | 'unknown';
export type Sniffed = { ok: true; type: DocumentFormat } | { ok: false; refusedAs: RefusedAs };

const PDF_MAGIC = Buffer.from('%PDF-', 'latin1');
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** Compound File Binary: the pre-2007 Office formats (.doc, .xls, .ppt). */
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** "MZ": Windows executables and DLLs; ELF on Linux. */
const EXE_MAGICS = [Buffer.from('MZ', 'latin1'), Buffer.from([0x7f, 0x45, 0x4c, 0x46])];
/** A real DOCX lists a few dozen entries; more than this is not a CV. */
const MAX_ZIP_ENTRIES = 5_000;

export const PDF: DocumentFormat = { format: 'pdf', mediaType: PDF_TYPE, extension: 'pdf' };
export const DOCX: DocumentFormat = { format: 'docx', mediaType: DOCX_TYPE, extension: 'docx' };

const startsWith = (buf: Buffer, magic: Buffer) =>
  buf.length >= magic.length && buf.subarray(0, magic.length).equals(magic);

/** The names in a zip's central directory, or null when it cannot be read as a zip. */
async function zipEntryNames(buf: Buffer): Promise<Set<string> | null> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(buf, { lazyEntries: true, decodeStrings: true });
  } catch {
    return null;
  }
  if (zip.entryCount > MAX_ZIP_ENTRIES) {
    zip.close();
    return null;
  }
  return new Promise((resolve) => {
    const names = new Set<string>();
    zip.on('entry', (entry: yauzl.Entry) => {
      names.add(entry.fileName);
      zip.readEntry();
    });
    zip.on('end', () => resolve(names));
    zip.on('error', () => resolve(null));
    zip.readEntry();
  });
}

export async function sniffDocument(buf: Buffer): Promise<Sniffed> {
  if (buf.length === 0) return { ok: false, refusedAs: 'empty' };
  if (startsWith(buf, PDF_MAGIC)) return { ok: true, type: PDF };
  if (startsWith(buf, ZIP_MAGIC)) {
    const names = await zipEntryNames(buf);
    if (names?.has('[Content_Types].xml') && names.has('word/document.xml')) return { ok: true, type: DOCX };
    if (names?.has('xl/workbook.xml')) return { ok: false, refusedAs: 'xlsx' };
    return { ok: false, refusedAs: 'zip' };
  }
  if (startsWith(buf, OLE_MAGIC)) return { ok: false, refusedAs: 'ole' };
  if (EXE_MAGICS.some((m) => startsWith(buf, m))) return { ok: false, refusedAs: 'executable' };
  return { ok: false, refusedAs: 'unknown' };
}

/**
 * A file name safe to store and to send back in Content-Disposition: the last path segment, without control
 * characters, quotes, backslashes or slashes, at most 120 characters, with the extension of what the file really
 * is (a "cv.exe" that is a PDF becomes "cv.exe.pdf", so the name never lies about the content).
 */
export function sanitiseFileName(raw: string | undefined, type: DocumentFormat): string {
  const last = (raw ?? '').split(/[\\/]/).pop() ?? '';
  let name = last
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
    .replace(/[\u0000-\u001f\u007f"<>|:*?]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  const ext = `.${type.extension}`;
  if (name.toLowerCase().endsWith(ext)) name = name.slice(0, -ext.length);
  name = name.slice(0, 120 - ext.length).trim();
  return `${name || 'documento'}${ext}`;
}

/** Content-Disposition for a download: an ASCII fallback plus the UTF-8 name (RFC 6266 / RFC 5987). */
export function contentDisposition(fileName: string): string {
  const ascii =
    fileName
      .normalize('NFKD')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/["\\]/g, '') || 'documento';
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
