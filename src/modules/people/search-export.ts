// A search result as a spreadsheet (XLSX, what offices open) or CSV (for other tools): the summary columns only,
// never contacts or the codice fiscale (minimisation: open the record for those, with a stated purpose).
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { PersonSummary } from './search-contract.ts';

const statusLabels: Record<string, string> = {
  unemployed: 'Disoccupato/a',
  never_employed: 'Inoccupato/a',
  employed: 'Occupato/a',
  employed_seeking: 'Occupato/a in cerca di altro lavoro',
  student: 'Studente/ssa',
  redundancy_fund: 'In cassa integrazione',
};
const groupLabels: Record<string, string> = {
  neet: 'NEET',
  long_term_unemployed: 'Disoccupato/a di lunga durata',
  over_58: 'Over 58',
  income_support: 'Percettore/trice di sostegno al reddito',
};

type Column = { header: string; width: number; value: (p: PersonSummary) => string | number };
const columns: Column[] = [
  { header: 'Cognome', width: 22, value: (p) => p.familyName },
  { header: 'Nome', width: 22, value: (p) => p.givenName },
  { header: 'Età', width: 6, value: (p) => p.age },
  { header: 'Fascia di età', width: 12, value: (p) => p.ageBand ?? '' },
  { header: 'Comune di residenza', width: 26, value: (p) => p.residenceComuneName },
  { header: 'Condizione', width: 30, value: (p) => statusLabels[p.employmentStatus] ?? p.employmentStatus },
  {
    header: 'Gruppi target',
    width: 40,
    value: (p) =>
      [...p.targetGroups.computed.map((g) => groupLabels[g] ?? g), ...p.targetGroups.declared].join('; '),
  },
  { header: 'Professioni desiderate', width: 40, value: (p) => p.desiredOccupations.join('; ') },
  { header: 'Aggiornato il (UTC)', width: 22, value: (p) => p.updatedAt },
  { header: 'Id', width: 38, value: (p) => p.id },
];

export function searchCsv(rows: PersonSummary[]): string {
  return stringify([columns.map((c) => c.header), ...rows.map((r) => columns.map((c) => c.value(r)))], {
    bom: true,
  });
}

export async function searchXlsx(rows: PersonSummary[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'ReteLavoro';
  const sheet = book.addWorksheet('Banca Dati Lavoro');
  sheet.columns = columns.map((c, i) => ({ header: c.header, key: `c${i}`, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const r of rows) sheet.addRow(Object.fromEntries(columns.map((c, i) => [`c${i}`, c.value(r)])));
  return Buffer.from(await book.xlsx.writeBuffer());
}
