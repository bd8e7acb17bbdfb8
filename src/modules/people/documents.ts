// Documents of a person (CVs, certificates, other papers): upload, list, download, delete. Who may read the record
// may list and download its documents; who may update it may upload and delete (person.read / person.update, the
// same scopes as the record: a document is part of it). Employers have neither, so they never see a document.
// Every operation is audited with the document's metadata — never its content, which is personal data and stays
// out of the audit log and of the logs.
import { createHash } from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import { auditActorOf } from '../../platform/audit/actor.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { Tx } from '../../platform/db/client.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, notFound } from '../../platform/http/errors.ts';
import { type Actor, authorize, scopeOf } from '../../platform/policy/policy.ts';
import { users } from '../identity/db.ts';
import { organisations } from '../network/db.ts';
import { organisationInScope } from '../network/service.ts';
import type { ReadPurpose } from './contract.ts';
import { personInReadScope } from './cv.ts';
import { personDocuments } from './db.ts';
import type { DocumentKind, DocumentList, DocumentView } from './documents-contract.ts';
import { sanitiseFileName, sniffDocument } from './domain/document-type.ts';

/** The columns of a document without its content (lists and audit details never carry the bytes). */
const metadata = {
  id: personDocuments.id,
  kind: personDocuments.kind,
  fileName: personDocuments.fileName,
  mediaType: personDocuments.mediaType,
  sizeBytes: personDocuments.sizeBytes,
  sha256: personDocuments.sha256,
  createdAt: personDocuments.createdAt,
  uploaderId: users.id,
  uploaderGivenName: users.givenName,
  uploaderFamilyName: users.familyName,
  organisationName: organisations.name,
};
type MetadataRow = {
  id: string;
  kind: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  createdAt: Date;
  uploaderId: string | null;
  uploaderGivenName: string | null;
  uploaderFamilyName: string | null;
  organisationName: string | null;
};

const toView = (r: MetadataRow): DocumentView => ({
  id: r.id,
  kind: r.kind as DocumentKind,
  fileName: r.fileName,
  mediaType: r.mediaType,
  sizeBytes: r.sizeBytes,
  sha256: r.sha256,
  uploadedBy: r.uploaderId
    ? { id: r.uploaderId, name: `${r.uploaderGivenName} ${r.uploaderFamilyName}` }
    : null,
  organisationName: r.organisationName,
  createdAt: r.createdAt.toISOString(),
});

const auditDetails = (d: {
  id: string;
  kind: string;
  fileName: string;
  sizeBytes: number;
  sha256: string;
}) => ({
  documentId: d.id,
  kind: d.kind,
  fileName: d.fileName,
  sizeBytes: d.sizeBytes,
  sha256: d.sha256,
});

function selectMetadata(tx: Tx) {
  return tx
    .select(metadata)
    .from(personDocuments)
    .leftJoin(users, eq(users.id, personDocuments.uploadedBy))
    .leftJoin(organisations, eq(organisations.id, personDocuments.organisationId));
}

/**
 * A failed query's error carries its parameters — here the whole file — in its message, and unknown errors are
 * logged: rethrown with the database's own reason only, so the content never reaches the log.
 */
async function insertWithoutEcho<T>(query: Promise<T>): Promise<T> {
  try {
    return await query;
  } catch (err) {
    const cause = (err as { cause?: { message?: string } }).cause?.message;
    throw new Error(`person_documents insert failed: ${cause ?? 'database error'}`);
  }
}

/** The person for a change: in read scope (else 404) and in update scope (else 403). */
async function personForUpdate(tx: Tx, actor: Actor, personId: string) {
  const p = await personInReadScope(tx, actor, personId, true);
  const updateScope = authorize(actor, 'person.update');
  if (!(await organisationInScope(tx, actor, updateScope, p.ownerOrganisationId)))
    throw new AppError('forbidden');
  return p;
}

export async function listDocuments(
  deps: Deps,
  actor: Actor,
  personId: string,
  purpose: ReadPurpose,
): Promise<DocumentList> {
  return deps.db.transaction(async (tx) => {
    const p = await personInReadScope(tx, actor, personId, false);
    const rows = await selectMetadata(tx)
      .where(eq(personDocuments.personId, personId))
      .orderBy(desc(personDocuments.createdAt));
    const updateScope = scopeOf(actor.role, 'person.update');
    const canManage =
      updateScope !== null && (await organisationInScope(tx, actor, updateScope, p.ownerOrganisationId));
    await recordAudit(tx, auditActorOf(actor), {
      action: 'person.document.list',
      entityType: 'person',
      entityId: personId,
      purpose,
      details: { count: rows.length },
    });
    return { items: rows.map(toView), maxBytes: deps.config.documents.maxBytes, canManage };
  });
}

export async function uploadDocument(
  deps: Deps,
  actor: Actor,
  personId: string,
  file: { bytes: Buffer; name: string | undefined; kind: DocumentKind },
): Promise<DocumentView> {
  authorize(actor, 'person.update');
  // Checked before the transaction: sniffing needs no database, and a refused file should not hold a lock.
  if (file.bytes.length > deps.config.documents.maxBytes)
    throw new AppError('payload_too_large', { limit: deps.config.documents.maxBytes });
  const sniffed = await sniffDocument(file.bytes);
  if (!sniffed.ok)
    throw new AppError(
      'unsupported_document_type',
      {},
      { fields: [{ field: '(body)', code: `document_is_${sniffed.refusedAs}` }] },
    );
  const fileName = sanitiseFileName(file.name, sniffed.type);
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  return deps.db.transaction(async (tx) => {
    await personForUpdate(tx, actor, personId);
    const [inserted] = await insertWithoutEcho(
      tx
        .insert(personDocuments)
        .values({
          personId,
          kind: file.kind,
          fileName,
          mediaType: sniffed.type.mediaType,
          sizeBytes: file.bytes.length,
          sha256,
          content: file.bytes,
          uploadedBy: actor.userId,
          organisationId: actor.organisationId,
          createdAt: deps.now(),
        })
        .returning({ id: personDocuments.id }),
    );
    const id = inserted!.id;
    await recordAudit(tx, auditActorOf(actor), {
      action: 'person.document.upload',
      entityType: 'person',
      entityId: personId,
      purpose: 'guidance',
      details: auditDetails({ id, kind: file.kind, fileName, sizeBytes: file.bytes.length, sha256 }),
    });
    const [row] = await selectMetadata(tx).where(eq(personDocuments.id, id));
    return toView(row!);
  });
}

export async function downloadDocument(
  deps: Deps,
  actor: Actor,
  personId: string,
  documentId: string,
  purpose: ReadPurpose,
) {
  return deps.db.transaction(async (tx) => {
    await personInReadScope(tx, actor, personId, false);
    const [doc] = await tx
      .select()
      .from(personDocuments)
      .where(and(eq(personDocuments.id, documentId), eq(personDocuments.personId, personId)));
    if (!doc) throw notFound();
    await recordAudit(tx, auditActorOf(actor), {
      action: 'person.document.download',
      entityType: 'person',
      entityId: personId,
      purpose,
      details: auditDetails(doc),
    });
    return { fileName: doc.fileName, mediaType: doc.mediaType, content: doc.content };
  });
}

export async function deleteDocument(deps: Deps, actor: Actor, personId: string, documentId: string) {
  authorize(actor, 'person.update');
  return deps.db.transaction(async (tx) => {
    await personForUpdate(tx, actor, personId);
    const [doc] = await tx
      .delete(personDocuments)
      .where(and(eq(personDocuments.id, documentId), eq(personDocuments.personId, personId)))
      .returning({
        id: personDocuments.id,
        kind: personDocuments.kind,
        fileName: personDocuments.fileName,
        sizeBytes: personDocuments.sizeBytes,
        sha256: personDocuments.sha256,
      });
    if (!doc) throw notFound();
    await recordAudit(tx, auditActorOf(actor), {
      action: 'person.document.delete',
      entityType: 'person',
      entityId: personId,
      purpose: 'guidance',
      details: auditDetails(doc),
    });
    return { ok: true as const };
  });
}
