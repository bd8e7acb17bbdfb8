// Audit rows as a spreadsheet (XLSX, what offices open) or CSV (for other tools).
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { AuditEventView } from './contract.ts';

const columns: { key: keyof AuditEventView; header: string; width: number }[] = [
  { key: 'seq', header: 'N.', width: 8 },
  { key: 'at', header: 'Data e ora (UTC)', width: 24 },
  { key: 'actorName', header: 'Utente', width: 24 },
  { key: 'actorOrganisationName', header: 'Organizzazione', width: 36 },
  { key: 'actorRole', header: 'Ruolo', width: 20 },
  { key: 'action', header: 'Azione', width: 28 },
  { key: 'entityType', header: 'Oggetto', width: 16 },
  { key: 'entityId', header: 'Id oggetto', width: 38 },
  { key: 'purpose', header: 'Finalità', width: 22 },
  { key: 'ip', header: 'IP', width: 16 },
  { key: 'details', header: 'Dettagli', width: 50 },
];

const cell = (row: AuditEventView, key: keyof AuditEventView) => {
  const v = row[key];
  return key === 'details' ? JSON.stringify(v) : (v ?? '');
};

export function auditCsv(rows: AuditEventView[]): string {
  return stringify([columns.map((c) => c.header), ...rows.map((r) => columns.map((c) => cell(r, c.key)))], {
    bom: true,
  });
}

export async function auditXlsx(rows: AuditEventView[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'ReteLavoro';
  const sheet = book.addWorksheet('Registro accessi');
  sheet.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const r of rows) sheet.addRow(Object.fromEntries(columns.map((c) => [c.key, cell(r, c.key)])));
  return Buffer.from(await book.xlsx.writeBuffer());
}
