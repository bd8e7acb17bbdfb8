// The CV of a person as a Europass-style PDF in Italian. Two steps: `europassCv` (pure) turns the record and its CV
// into titled sections of text — what the document says, and what the tests check — and `europassPdf` draws them
// (labels in a narrow left column, content on the right, as the Europass template does). Only what a CV shows
// goes in: no codice fiscale, no administrative data, no special-category data.
import { dateIt, type PdfDoc, writePdf } from '../../platform/pdf/pdf.ts';
import type { PersonView } from './contract.ts';
import type { CvView, SkillLevel } from './cv-contract.ts';

/** A dated item (a job, a course) or a plain row of label and value. */
export type CvEntry = { when: string; title: string; lines: string[] };
export type CefrRow = {
  language: string;
  listening: string;
  reading: string;
  interaction: string;
  production: string;
  writing: string;
};
export type CvSection =
  | { kind: 'entries'; title: string; entries: CvEntry[] }
  | { kind: 'languages'; title: string; motherTongues: string[]; others: CefrRow[] }
  | { kind: 'rows'; title: string; rows: [string, string][] };
export type EuropassCv = { name: string; contacts: [string, string][]; sections: CvSection[] };

export type CvPerson = Pick<
  PersonView,
  | 'givenName'
  | 'familyName'
  | 'birthDate'
  | 'citizenship'
  | 'address'
  | 'postcode'
  | 'residenceComuneName'
  | 'email'
  | 'phone'
  | 'availableFrom'
  | 'maxCommuteKm'
  | 'ownVehicle'
  | 'contractTypes'
  | 'workingTimes'
  | 'shifts'
>;

const skillLevelIt: Record<SkillLevel, string> = {
  basic: 'di base',
  intermediate: 'intermedio',
  advanced: 'avanzato',
};
const workingTimeIt: Record<string, string> = { full_time: 'tempo pieno', part_time: 'tempo parziale' };
const shiftIt: Record<string, string> = {
  day: 'diurni',
  night: 'notturni',
  weekend: 'nel fine settimana',
  split: 'spezzati',
};

const languageNames = new Intl.DisplayNames('it', { type: 'language' });
const regionNames = new Intl.DisplayNames('it', { type: 'region' });
const nameOf = (names: Intl.DisplayNames, code: string) => {
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
};
const monthYear = (day: string) => `${day.slice(5, 7)}/${day.slice(0, 4)}`;
const present = (...parts: (string | null | undefined)[]) =>
  parts.filter((p): p is string => Boolean(p?.trim()));

export function europassCv(
  person: CvPerson,
  cv: CvView,
  /** Italian labels of the CO contract types (code list 'co-contract'). */
  contractLabels: Map<string, string>,
): EuropassCv {
  const contacts: [string, string][] = [];
  const address = present(person.address, present(person.postcode, person.residenceComuneName).join(' '));
  if (address.length) contacts.push(['Indirizzo', address.join(', ')]);
  if (person.phone) contacts.push(['Telefono', person.phone]);
  if (person.email) contacts.push(['E-mail', person.email]);
  contacts.push(['Data di nascita', dateIt(person.birthDate)]);
  contacts.push(['Cittadinanza', nameOf(regionNames, person.citizenship)]);

  const sections: CvSection[] = [];
  const experiences: CvEntry[] = cv.experiences.map((e) => ({
    when: e.endDate
      ? `${monthYear(e.startDate)} – ${monthYear(e.endDate)}`
      : `dal ${monthYear(e.startDate)} – in corso`,
    title: e.occupationLabel ?? 'Esperienza lavorativa',
    lines: present(
      e.employerName,
      e.contractTypeLabel ? `Contratto: ${e.contractTypeLabel}` : null,
      e.description,
    ),
  }));
  if (experiences.length)
    sections.push({ kind: 'entries', title: 'Esperienza lavorativa', entries: experiences });

  const learning: CvEntry[] = [
    ...cv.education.map((e) => ({
      when: e.year ? String(e.year) : '',
      title: e.title || e.levelLabel,
      lines: present(
        e.institution,
        e.title ? `Livello: ${e.levelLabel}` : null,
        e.country !== 'IT' ? nameOf(regionNames, e.country) : null,
      ),
    })),
    ...cv.trainings.map((t) => ({
      when: t.year ? String(t.year) : '',
      title: t.title,
      lines: present(
        t.provider,
        t.hours ? `${t.hours} ore` : null,
        t.certificate ? `Attestato: ${t.certificate}` : null,
      ),
    })),
  ];
  if (learning.length)
    sections.push({ kind: 'entries', title: 'Istruzione e formazione', entries: learning });

  if (cv.languages.length) {
    const level = (v: string | null) => v ?? '—';
    sections.push({
      kind: 'languages',
      title: 'Competenze linguistiche',
      motherTongues: cv.languages.filter((l) => l.motherTongue).map((l) => nameOf(languageNames, l.language)),
      others: cv.languages
        .filter((l) => !l.motherTongue)
        .map((l) => ({
          language: nameOf(languageNames, l.language),
          listening: level(l.listening),
          reading: level(l.reading),
          // The record keeps one speaking level; Europass asks for interaction and production separately.
          interaction: level(l.speaking),
          production: level(l.speaking),
          writing: level(l.writing),
        })),
    });
  }

  if (cv.skills.length)
    sections.push({
      kind: 'rows',
      title: 'Competenze',
      rows: cv.skills.map((s) => [s.label, skillLevelIt[s.level]]),
    });

  const driving = cv.licences.filter((l) => l.scheme === 'driving-licence').map((l) => l.label);
  const otherLicences = cv.licences.filter((l) => l.scheme !== 'driving-licence').map((l) => l.label);
  const licenceRows: [string, string][] = [];
  if (driving.length) licenceRows.push(['Patente di guida', driving.join(', ')]);
  if (otherLicences.length) licenceRows.push(['Abilitazioni', otherLicences.join(', ')]);
  if (licenceRows.length) sections.push({ kind: 'rows', title: 'Patenti di guida', rows: licenceRows });

  const availability: [string, string][] = [];
  if (person.availableFrom) availability.push(['Disponibile dal', dateIt(person.availableFrom)]);
  if (cv.desiredOccupations.length)
    availability.push(['Professioni cercate', cv.desiredOccupations.map((o) => o.label).join(', ')]);
  if (person.contractTypes.length)
    availability.push(['Contratti', person.contractTypes.map((c) => contractLabels.get(c) ?? c).join(', ')]);
  if (person.workingTimes.length)
    availability.push(['Orario', person.workingTimes.map((w) => workingTimeIt[w] ?? w).join(', ')]);
  if (person.shifts.length)
    availability.push(['Turni', person.shifts.map((s) => shiftIt[s] ?? s).join(', ')]);
  if (person.maxCommuteKm !== null) availability.push(['Distanza massima', `${person.maxCommuteKm} km`]);
  availability.push(['Mezzo proprio', person.ownVehicle ? 'sì' : 'no']);
  sections.push({ kind: 'rows', title: 'Disponibilità', rows: availability });

  return { name: `${person.givenName} ${person.familyName}`, contacts, sections };
}

/** Every text the document shows, in reading order (tests look for words here instead of in the PDF streams). */
export function europassText(cv: EuropassCv): string[] {
  const out = [cv.name, ...cv.contacts.flat()];
  for (const s of cv.sections) {
    out.push(s.title);
    if (s.kind === 'entries') for (const e of s.entries) out.push(e.when, e.title, ...e.lines);
    if (s.kind === 'rows') out.push(...s.rows.flat());
    if (s.kind === 'languages') {
      out.push(...s.motherTongues);
      for (const r of s.others)
        out.push(r.language, r.listening, r.reading, r.interaction, r.production, r.writing);
    }
  }
  return out;
}

// --- Drawing --------------------------------------------------------------------------------------------------
const LEFT = 50;
const LABEL_WIDTH = 140;
const CONTENT_X = LEFT + LABEL_WIDTH + 15;
const CONTENT_WIDTH = 595.28 - CONTENT_X - 50;
const EUROPASS_BLUE = '#0e4194';

/** A label in the left column and its text on the right, on the same line; the next row starts below both. */
function row(doc: PdfDoc, label: string, text: string, font = 'Helvetica') {
  const y = doc.y;
  doc
    .font('Helvetica')
    .fontSize(9)
    .fillColor('#555555')
    .text(label, LEFT, y, { width: LABEL_WIDTH, align: 'right' });
  const afterLabel = doc.y;
  doc.font(font).fontSize(10).fillColor('black').text(text, CONTENT_X, y, { width: CONTENT_WIDTH });
  doc.y = Math.max(doc.y, afterLabel);
  doc.x = LEFT;
}

function sectionTitle(doc: PdfDoc, title: string) {
  if (doc.y > 720) doc.addPage();
  doc.moveDown(0.8);
  const y = doc.y;
  doc
    .font('Helvetica-Bold')
    .fontSize(11)
    .fillColor(EUROPASS_BLUE)
    .text(title.toUpperCase(), LEFT, y, { width: LABEL_WIDTH, align: 'right' });
  doc
    .moveTo(CONTENT_X, y + 6)
    .lineTo(CONTENT_X + CONTENT_WIDTH, y + 6)
    .strokeColor(EUROPASS_BLUE)
    .lineWidth(0.5)
    .stroke();
  doc.y = Math.max(doc.y, y + 14);
  doc.fillColor('black');
}

function drawLanguages(doc: PdfDoc, s: Extract<CvSection, { kind: 'languages' }>) {
  if (s.motherTongues.length) row(doc, 'Madrelingua', s.motherTongues.join(', '), 'Helvetica-Bold');
  if (!s.others.length) return;
  doc.moveDown(0.3);
  row(doc, 'Altre lingue', 'Livelli del Quadro comune europeo di riferimento (QCER): da A1 a C2');
  const columns = ['Ascolto', 'Lettura', 'Interazione', 'Produzione orale', 'Scrittura'];
  const width = CONTENT_WIDTH / columns.length;
  const header = (y: number) => {
    doc.font('Helvetica-Bold').fontSize(8).fillColor(EUROPASS_BLUE);
    doc.text('COMPRENSIONE', CONTENT_X, y, { width: width * 2, align: 'center' });
    doc.text('PARLATO', CONTENT_X + width * 2, y, { width: width * 2, align: 'center' });
    doc.text('SCRITTURA', CONTENT_X + width * 4, y, { width, align: 'center' });
    const y2 = y + 11;
    doc.font('Helvetica').fontSize(8).fillColor('#555555');
    columns.forEach((c, i) => {
      doc.text(c, CONTENT_X + width * i, y2, { width, align: 'center' });
    });
    return y2 + 12;
  };
  let y = header(doc.y + 4);
  for (const r of s.others) {
    if (y > 770) {
      doc.addPage();
      y = header(doc.y);
    }
    doc.font('Helvetica-Bold').fontSize(9).fillColor('black');
    doc.text(r.language, LEFT, y, { width: LABEL_WIDTH, align: 'right' });
    doc.font('Helvetica').fontSize(10);
    [r.listening, r.reading, r.interaction, r.production, r.writing].forEach((level, i) => {
      doc.text(level, CONTENT_X + width * i, y, { width, align: 'center' });
    });
    y += 16;
  }
  doc.y = y;
  doc.x = LEFT;
}

export function europassPdf(cv: EuropassCv, options: { compress?: boolean } = {}): Promise<Buffer> {
  return writePdf({ title: `Curriculum vitae di ${cv.name}`, compress: options.compress }, (doc) => {
    doc
      .font('Helvetica')
      .fontSize(8)
      .fillColor(EUROPASS_BLUE)
      .text('CURRICULUM VITAE (formato Europass)', LEFT);
    doc.moveDown(0.3).font('Helvetica-Bold').fontSize(20).fillColor('black').text(cv.name, CONTENT_X);
    doc.moveDown(0.5);
    for (const [label, value] of cv.contacts) row(doc, label, value);
    for (const s of cv.sections) {
      sectionTitle(doc, s.title);
      if (s.kind === 'rows') for (const [label, value] of s.rows) row(doc, label, value);
      if (s.kind === 'languages') drawLanguages(doc, s);
      if (s.kind === 'entries')
        for (const e of s.entries) {
          if (doc.y > 740) doc.addPage();
          row(doc, e.when, e.title, 'Helvetica-Bold');
          for (const line of e.lines) row(doc, '', line);
          doc.moveDown(0.4);
        }
    }
    doc.moveDown(1.5).font('Helvetica-Oblique').fontSize(8).fillColor('#555555');
    // No consent sentence ("autorizzo il trattamento…"): the operator produces this, not the person.
    doc.text('Documento generato da ReteLavoro con i dati della Banca Dati Lavoro.', LEFT);
  });
}
