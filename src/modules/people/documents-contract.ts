// Documents of a person (CVs, certificates): schemas shared by the server and the web app. The file itself is the
// request body (any Content-Type: what it is gets decided by its bytes), kind and file name travel in the query.
import { z } from 'zod';
import { readPurposes } from './contract.ts';

export const documentKinds = ['cv', 'certificate', 'other'] as const;
export type DocumentKind = (typeof documentKinds)[number];

export const PDF_TYPE = 'application/pdf';
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const documentUploadQuery = z.strictObject({
  kind: z.enum(documentKinds).default('cv'),
  filename: z.string().trim().min(1).max(200).optional(),
});
/** Reads state their purpose, like every read of the person record. */
export const documentReadQuery = z.strictObject({ purpose: z.enum(readPurposes) });
export const documentParams = z.strictObject({ id: z.uuid(), documentId: z.uuid() });

export const documentView = z.object({
  id: z.uuid(),
  kind: z.enum(documentKinds),
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  uploadedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  organisationName: z.string().nullable(),
  createdAt: z.string(),
});
export type DocumentView = z.infer<typeof documentView>;

export const documentList = z.object({
  items: z.array(documentView),
  /** The limit per file, for the upload form. */
  maxBytes: z.number().int(),
  /** Whether the caller may upload and delete (person.update in scope of the record's owner). */
  canManage: z.boolean(),
});
export type DocumentList = z.infer<typeof documentList>;
