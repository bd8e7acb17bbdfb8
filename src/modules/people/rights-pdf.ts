// The access request as a readable Italian document (A4, Helvetica): title, who produced it and when, then one
// section per kind of data, tables written as simple lines.
import { dateTimeIt as dateIt, type PdfDoc, showValue as show, writePdf } from '../../platform/pdf/pdf.ts';
import type { PersonDataExport } from './rights.ts';

const recordLabels: [string, string][] = [
  ['taxCode', 'Codice fiscale'],
  ['familyName', 'Cognome'],
  ['givenName', 'Nome'],
  ['sex', 'Sesso'],
  ['birthDate', 'Data di nascita'],
  ['birthComuneName', 'Comune di nascita'],
  ['birthCountry', 'Paese di nascita'],
  ['citizenship', 'Cittadinanza'],
  ['residenceComuneName', 'Comune di residenza'],
  ['address', 'Indirizzo'],
  ['postcode', 'CAP'],
  ['email', 'E-mail'],
  ['phone', 'Telefono'],
  ['employmentStatus', 'Stato occupazionale'],
  ['didDate', 'Data della DID'],
  ['unemployedSince', 'Disoccupato/a dal'],
  ['incomeSupport', 'Sostegni al reddito'],
  ['declaredGroups', 'Gruppi dichiarati'],
  ['availableFrom', 'Disponibile dal'],
  ['maxCommuteKm', 'Distanza massima (km)'],
  ['ownVehicle', 'Mezzo proprio'],
  ['contractTypes', 'Contratti'],
  ['workingTimes', 'Orari'],
  ['shifts', 'Turni'],
  ['ownerOrganisationName', 'Organizzazione titolare della scheda'],
  ['createdAt', 'Registrata il'],
  ['updatedAt', 'Ultima modifica'],
];

const cvSections: [keyof PersonDataExport['cv'], string][] = [
  ['education', 'Istruzione'],
  ['experiences', 'Esperienze di lavoro'],
  ['trainings', 'Formazione'],
  ['languages', 'Lingue'],
  ['licences', 'Patenti e abilitazioni'],
  ['skills', 'Competenze'],
  ['desiredOccupations', 'Professioni desiderate'],
];

export function personDataPdf(data: PersonDataExport): Promise<Buffer> {
  return writePdf({ title: 'Dati personali detenuti da ReteLavoro' }, (doc) => draw(doc, data));
}

function draw(doc: PdfDoc, data: PersonDataExport) {
  const heading = (text: string) => {
    doc.moveDown(0.8).font('Helvetica-Bold').fontSize(13).text(text).moveDown(0.3);
    doc.font('Helvetica').fontSize(10);
  };
  const line = (text: string) => doc.font('Helvetica').fontSize(10).text(text);
  const none = () => doc.font('Helvetica-Oblique').fontSize(10).text('Nessun dato.').font('Helvetica');

  doc.font('Helvetica-Bold').fontSize(18).text('Dati personali detenuti da ReteLavoro');
  doc.font('Helvetica').fontSize(10).moveDown(0.3);
  line('Risposta alla richiesta di accesso dell’interessato (art. 15 del Regolamento UE 2016/679).');
  const by = [data.producedBy.name, data.producedBy.organisation].filter(Boolean).join(', ');
  line(`Documento prodotto il ${dateIt(data.generatedAt)} da ${by || '—'}.`);

  heading('1. Scheda anagrafica e amministrativa');
  const person = data.person as unknown as Record<string, unknown>;
  for (const [key, label] of recordLabels) line(`${label}: ${show(person[key])}`);
  line(`Gruppi target calcolati: ${show(data.person.targetGroups)}`);

  heading('2. Curriculum');
  for (const [key, label] of cvSections) {
    doc.font('Helvetica-Bold').fontSize(10).text(label);
    const rows = data.cv[key] as Record<string, unknown>[];
    if (!rows.length) none();
    for (const r of rows) {
      const fields = Object.entries(r)
        .filter(([k, v]) => k !== 'id' && v !== null && v !== '')
        .map(([k, v]) => `${k}: ${show(v)}`);
      line(`• ${fields.join('; ')}`);
    }
    doc.moveDown(0.3);
  }

  heading('3. Documenti caricati');
  if (!data.documents.length) none();
  for (const d of data.documents)
    line(
      `• ${d.fileName} (${d.kind}, ${d.sizeBytes} byte, caricato il ${dateIt(d.createdAt)}), SHA-256 ${d.sha256}`,
    );

  heading('4. Consensi (storico)');
  if (!data.consents.length) none();
  for (const c of data.consents)
    line(
      `• ${dateIt(c.at)} — ${c.purpose}: ${c.granted ? 'concesso' : 'negato o revocato'} (informativa ${c.noticeVersion})`,
    );

  heading('5. Dati particolari (art. 9 GDPR)');
  if (!data.specialCategory.length) none();
  for (const s of data.specialCategory) {
    if (s.status === 'included')
      line(`• ${s.category} (aggiornato il ${dateIt(s.updatedAt)}): ${show(s.data)}`);
    else
      line(
        `• ${s.category}: presente, non riportato in questo documento. Per riceverlo rivolgersi al servizio sociale.`,
      );
  }

  heading('6. Registro degli accessi alla scheda');
  if (!data.auditTrail.length) none();
  for (const e of data.auditTrail)
    line(
      `• ${dateIt(e.at)} — ${e.who ?? 'sistema'}${e.organisation ? ` (${e.organisation})` : ''}: ${e.action}, finalità ${e.purpose}`,
    );
}
