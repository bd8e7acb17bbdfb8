// Documents of a person (CVs, certificates) and the Europass-style CV: upload typed by content and limited in size,
// list, download of the same bytes, delete, who may do what, audit without content, erasure, access-request
// export, the logical backup round trip of the bytes, and the generated PDF.
import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { and, eq, like } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personDocuments } from '../../src/modules/people/db.ts';
import { DOCX_TYPE } from '../../src/modules/people/documents-contract.ts';
import { starterOccupations } from '../../src/modules/taxonomy/starter/index.ts';
import { auditEvents } from '../../src/platform/audit/db.ts';
import { backupDatabase, restoreDatabase } from '../../src/platform/db/backup.ts';
import { type Client, startTestApp, type TestApp } from '../helpers/app.ts';
import { skipDatabase } from '../helpers/database.ts';
import { ANALYST, CPI_OPERATOR, EMPLOYER_USER } from '../helpers/demo-users.ts';
import { personPayload } from '../helpers/people.ts';
import { makeDocx, makePdf, makeZip } from '../helpers/zip.ts';

const welder = starterOccupations.find((o) => o.labelIt === 'Saldatore/trice')!;
const MAX = 64 * 1024;
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe.skipIf(skipDatabase)('person documents and Europass CV', () => {
  let t: TestApp;
  let op: Client;
  let personId = '';

  const upload = (body: Buffer, query: string, contentType = 'application/octet-stream', who = op) =>
    who.request({
      method: 'POST',
      url: `/api/people/${personId}/documents?${query}`,
      headers: { 'content-type': contentType },
      payload: body,
    });
  const list = async (who = op) => {
    const res = await who.request({
      method: 'GET',
      url: `/api/people/${personId}/documents?purpose=guidance`,
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { items: { id: string; fileName: string; kind: string }[]; canManage: boolean };
  };

  beforeAll(async () => {
    t = await startTestApp({ DOCUMENT_MAX_BYTES: String(MAX) });
    op = await t.sessionFor(CPI_OPERATOR);
    const created = await op.request({
      method: 'POST',
      url: '/api/people',
      payload: {
        ...personPayload({ givenName: 'Marta', familyName: 'Giacosa', sex: 'F', birthDate: '1984-10-23' }),
        confirmNotDuplicate: true,
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    personId = created.json().id;
    const cv = await op.request({
      method: 'PUT',
      url: `/api/people/${personId}/cv`,
      payload: {
        version: created.json().version,
        cv: {
          education: [{ levelCode: 'QP', title: 'Operatrice meccanica', year: 2003 }],
          experiences: [
            {
              employerName: 'Carpenteria Metallica Sangone S.r.l.',
              occupationUri: welder.uri,
              startDate: '2015-03-01',
              endDate: '2024-06-30',
            },
          ],
          trainings: [],
          languages: [
            { language: 'it', motherTongue: true },
            { language: 'en', listening: 'B1', reading: 'B2', speaking: 'A2', writing: 'B1' },
          ],
          licences: [{ scheme: 'driving-licence', code: 'B' }],
          skills: welder.skills.slice(0, 1).map((s) => ({ skillUri: s.uri, level: 'advanced' })),
          desiredOccupations: [welder.uri],
        },
      },
    });
    expect(cv.statusCode, cv.body).toBe(200);
  });
  afterAll(() => t?.close());

  it('uploads a PDF and a DOCX whatever their declared type, lists and downloads the same bytes', async () => {
    const pdf = makePdf();
    const up = await upload(pdf, 'kind=cv&filename=CV%20Marta%20Giacosa.pdf', 'application/pdf');
    expect(up.statusCode, up.body).toBe(201);
    expect(up.json()).toMatchObject({
      kind: 'cv',
      fileName: 'CV Marta Giacosa.pdf',
      mediaType: 'application/pdf',
      sizeBytes: pdf.length,
      sha256: sha(pdf),
      organisationName: "Centro per l'Impiego di Chieri",
    });
    expect(up.json().uploadedBy.name).toBeTruthy();
    // A DOCX sent as text/plain under a misleading name: the content decides, the stored name says what it is.
    const docx = makeDocx();
    const up2 = await upload(docx, 'kind=certificate&filename=attestato.txt', 'text/plain');
    expect(up2.statusCode, up2.body).toBe(201);
    expect(up2.json()).toMatchObject({
      kind: 'certificate',
      fileName: 'attestato.txt.docx',
      mediaType: DOCX_TYPE,
    });

    const listed = await list();
    expect(listed.canManage).toBe(true);
    expect(listed.items.map((d) => d.fileName).sort()).toEqual([
      'CV Marta Giacosa.pdf',
      'attestato.txt.docx',
    ]);

    const down = await op.request({
      method: 'GET',
      url: `/api/people/${personId}/documents/${up2.json().id}?purpose=guidance`,
    });
    expect(down.statusCode).toBe(200);
    expect(down.headers['content-type']).toBe(DOCX_TYPE);
    expect(down.headers['x-content-type-options']).toBe('nosniff');
    expect(down.headers['content-disposition']).toBe(
      `attachment; filename="attestato.txt.docx"; filename*=UTF-8''attestato.txt.docx`,
    );
    expect(Buffer.compare(down.rawPayload, docx)).toBe(0);
  });

  it('refuses what is not PDF or DOCX with 415 naming the accepted types (it/en)', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Foglio1').addRow(['Nome', 'Cognome']);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    const cases: [Buffer, string, string][] = [
      [Buffer.from('Curriculum di Marta, testo semplice'), 'cv.pdf', 'document_is_unknown'],
      [Buffer.concat([Buffer.from('MZ'), Buffer.alloc(512)]), 'cv.pdf', 'document_is_executable'],
      [xlsx, 'cv.docx', 'document_is_xlsx'],
      [makeZip({ 'cv.txt': 'ciao' }), 'cv.docx', 'document_is_zip'],
      [Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'cv.doc', 'document_is_ole'],
    ];
    for (const [body, name, code] of cases) {
      const res = await upload(body, `filename=${name}`, 'application/pdf');
      expect(res.statusCode, name).toBe(415);
      expect(res.json()).toMatchObject({ code: 'unsupported_document_type', errors: [{ code }] });
      expect(res.json().detail).toMatch(/PDF.*Word \(\.docx\)/);
    }
    const en = await op.request({
      method: 'POST',
      url: `/api/people/${personId}/documents`,
      headers: { 'content-type': 'application/x-msdownload', 'accept-language': 'en' },
      payload: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(64)]),
    });
    expect(en.statusCode).toBe(415);
    expect(en.json().detail).toMatch(/Only PDF and Word \(\.docx\) documents are accepted.*executable/);
    const json = await op.request({
      method: 'POST',
      url: `/api/people/${personId}/documents`,
      payload: { file: 'x' },
    });
    expect(json.statusCode).toBe(415);
  });

  it('refuses a file over DOCUMENT_MAX_BYTES with 413 and the limit', async () => {
    const big = Buffer.concat([makePdf(), Buffer.alloc(MAX)]);
    const res = await upload(big, 'filename=grande.pdf', 'application/pdf');
    expect(res.statusCode).toBe(413);
    expect(res.json().detail).toContain(String(MAX));
  });

  it('keeps employers and analysts out, and lets only updaters upload or delete', async () => {
    for (const who of [EMPLOYER_USER, ANALYST]) {
      const c = await t.sessionFor(who);
      const [doc] = (await list()).items;
      const reqs = [
        c.request({ method: 'GET', url: `/api/people/${personId}/documents?purpose=guidance` }),
        c.request({ method: 'GET', url: `/api/people/${personId}/documents/${doc!.id}?purpose=guidance` }),
        c.request({ method: 'DELETE', url: `/api/people/${personId}/documents/${doc!.id}` }),
        c.request({ method: 'GET', url: `/api/people/${personId}/cv.pdf?purpose=guidance` }),
        upload(makePdf(), 'filename=x.pdf', 'application/pdf', c),
      ];
      for (const res of await Promise.all(reqs)) expect(res.statusCode, who).toBe(403);
    }
  });

  it('deletes a document; a document of another person answers 404', async () => {
    const [doc] = (await list()).items;
    const other = await op.request({
      method: 'POST',
      url: '/api/people',
      payload: {
        ...personPayload({ givenName: 'Luisa', familyName: 'Ferraris' }),
        confirmNotDuplicate: true,
      },
    });
    const wrong = await op.request({
      method: 'DELETE',
      url: `/api/people/${other.json().id}/documents/${doc!.id}`,
    });
    expect(wrong.statusCode).toBe(404);
    const res = await op.request({ method: 'DELETE', url: `/api/people/${personId}/documents/${doc!.id}` });
    expect(res.statusCode, res.body).toBe(200);
    expect((await list()).items.map((d) => d.id)).not.toContain(doc!.id);
    const again = await op.request({ method: 'DELETE', url: `/api/people/${personId}/documents/${doc!.id}` });
    expect(again.statusCode).toBe(404);
  });

  it('audits upload, list, download and delete with metadata only', async () => {
    const rows = await t.deps.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, personId), like(auditEvents.action, 'person.document.%')));
    const actions = new Set(rows.map((r) => r.action));
    for (const a of ['upload', 'list', 'download', 'delete'])
      expect(actions).toContain(`person.document.${a}`);
    const upload = rows.find((r) => r.action === 'person.document.upload')!;
    expect(Object.keys(upload.details as object).sort()).toEqual([
      'documentId',
      'fileName',
      'kind',
      'sha256',
      'sizeBytes',
    ]);
    expect(rows.find((r) => r.action === 'person.document.download')).toMatchObject({ purpose: 'guidance' });
  });

  it('generates the Europass-style CV as a PDF, audited with its purpose', async () => {
    const res = await op.request({
      method: 'GET',
      url: `/api/people/${personId}/cv.pdf?purpose=job_matching`,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe('attachment; filename="CV-Europass-Marta-Giacosa.pdf"');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    // The document information dictionary is not compressed: the title names the person.
    expect(res.rawPayload.toString('latin1')).toContain('(Curriculum vitae di Marta Giacosa)');
    const missing = await op.request({ method: 'GET', url: `/api/people/${personId}/cv.pdf` });
    expect(missing.statusCode).toBe(400);
    const [audit] = await t.deps.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, personId), eq(auditEvents.action, 'person.cv.pdf')));
    expect(audit).toMatchObject({ purpose: 'job_matching' });
  });

  it('round-trips the document bytes through the logical backup', async () => {
    const docx = makeDocx('Backup di prova');
    const up = await upload(docx, 'filename=backup.docx');
    expect(up.statusCode, up.body).toBe(201);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'rl-docs-')), 'backup.jsonl.gz');
    await backupDatabase(t.database, file);
    await restoreDatabase(t.database, file);
    const [row] = await t.deps.db.select().from(personDocuments).where(eq(personDocuments.id, up.json().id));
    expect(Buffer.compare(row!.content, docx)).toBe(0);
    expect(sha(row!.content)).toBe(row!.sha256);
  });

  it('lists documents in the access request and deletes them on erasure', async () => {
    const data = (await op.request({ method: 'GET', url: `/api/people/${personId}/data-export` })).json();
    expect(data.documents.map((d: { fileName: string }) => d.fileName)).toContain('backup.docx');
    expect(data.documents[0]).not.toHaveProperty('content');
    const pdf = await op.request({ method: 'GET', url: `/api/people/${personId}/data-export?format=pdf` });
    expect(pdf.statusCode).toBe(200);
    const erase = await op.request({ method: 'POST', url: `/api/people/${personId}/erase` });
    expect(erase.statusCode, erase.body).toBe(200);
    const left = await t.deps.db.select().from(personDocuments).where(eq(personDocuments.personId, personId));
    expect(left).toEqual([]);
    const after = await op.request({
      method: 'GET',
      url: `/api/people/${personId}/documents?purpose=guidance`,
    });
    expect(after.statusCode).toBe(404);
  });
});
