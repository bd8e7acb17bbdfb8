// What every generated PDF shares: an A4 pdfkit document with the built-in Helvetica (no font files to ship, and
// Latin-1 covers Italian), collected into one Buffer, plus the Italian renderings of dates and empty values.
// `compress: false` leaves the text streams readable, for tests that look for words in the bytes.
import PDFDocument from 'pdfkit';

export type PdfDoc = InstanceType<typeof PDFDocument>;

export function writePdf(
  info: { title: string; compress?: boolean },
  draw: (doc: PdfDoc) => void,
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    compress: info.compress ?? true,
    info: { Title: info.title, Author: 'ReteLavoro' },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  draw(doc);
  doc.end();
  return done;
}

/** A timestamp as Italians read it, in Rome's time. */
export const dateTimeIt = (iso: string | null | undefined) =>
  iso ? new Date(iso).toLocaleString('it-IT', { timeZone: 'Europe/Rome' }) : '—';

/** A calendar date (YYYY-MM-DD) as dd/mm/yyyy, without time-zone shifts. */
export const dateIt = (day: string | null | undefined) => {
  if (!day) return '—';
  const [y, m, d] = day.slice(0, 10).split('-');
  return d && m && y ? `${d}/${m}/${y}` : day;
};

/** Any value as text: '—' for nothing, 'sì'/'no' for booleans, lists joined with commas. */
export const showValue = (v: unknown): string => {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'boolean') return v ? 'sì' : 'no';
  if (Array.isArray(v)) return v.length ? v.map(showValue).join(', ') : '—';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
};
