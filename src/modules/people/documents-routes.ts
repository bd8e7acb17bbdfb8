// HTTP routes of a person's documents. The upload body is the file itself, like the spreadsheet import: whatever
// Content-Type the browser declares, the bytes decide (415 unless PDF or DOCX), and DOCUMENT_MAX_BYTES bounds the
// body (413). Downloads are attachments with the type found at upload and nosniff, so a browser never renders or
// guesses them.
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../platform/deps.ts';
import { AppError } from '../../platform/http/errors.ts';
import { actorOf, idParams, okSchema, problems, typed } from '../../platform/http/route.ts';
import { deleteDocument, downloadDocument, listDocuments, uploadDocument } from './documents.ts';
import {
  documentList,
  documentParams,
  documentReadQuery,
  documentUploadQuery,
  documentView,
} from './documents-contract.ts';
import { contentDisposition } from './domain/document-type.ts';

const tags = ['people'];

export async function documentRoutes(fastify: FastifyInstance, deps: Deps) {
  const app = typed(fastify);
  app.get(
    '/api/people/:id/documents',
    {
      schema: {
        operationId: 'listPersonDocuments',
        tags,
        params: idParams,
        querystring: documentReadQuery,
        response: { 200: documentList, ...problems(400, 401, 403, 404) },
      },
      config: { action: 'person.read' },
    },
    async (req) => listDocuments(deps, actorOf(req), req.params.id, req.query.purpose),
  );
  app.get(
    '/api/people/:id/documents/:documentId',
    {
      schema: {
        operationId: 'downloadPersonDocument',
        tags,
        params: documentParams,
        querystring: documentReadQuery,
        produces: [
          'application/pdf',
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        ],
      },
      config: { action: 'person.read' },
    },
    async (req, reply) => {
      const doc = await downloadDocument(
        deps,
        actorOf(req),
        req.params.id,
        req.params.documentId,
        req.query.purpose,
      );
      return reply
        .header('Content-Disposition', contentDisposition(doc.fileName))
        .header('X-Content-Type-Options', 'nosniff')
        .header('Cache-Control', 'private, no-store')
        .type(doc.mediaType)
        .send(doc.content);
    },
  );
  app.delete(
    '/api/people/:id/documents/:documentId',
    {
      schema: {
        operationId: 'deletePersonDocument',
        tags,
        params: documentParams,
        response: { 200: okSchema, ...problems(401, 403, 404) },
      },
      config: { action: 'person.update' },
    },
    async (req) => deleteDocument(deps, actorOf(req), req.params.id, req.params.documentId),
  );

  // Any body is taken as raw bytes in this scope only (the rest of the API speaks JSON), so that a file declared
  // as text/plain or application/x-msdownload still reaches the content check and gets its explanation.
  const maxBytes = deps.config.documents.maxBytes;
  await fastify.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: maxBytes }, (_req, body, done) =>
      done(null, body),
    );
    typed(scope).post(
      '/api/people/:id/documents',
      {
        bodyLimit: maxBytes,
        schema: {
          operationId: 'uploadPersonDocument',
          tags,
          description:
            'Uploads a document of the person: the body is the file itself (any Content-Type; PDF or DOCX ' +
            'recognised by content, else 415), at most DOCUMENT_MAX_BYTES (413). kind and filename in the query.',
          params: idParams,
          querystring: documentUploadQuery,
          response: { 201: documentView, ...problems(400, 401, 403, 404, 413, 415) },
        },
        config: { action: 'person.update' },
      },
      async (req, reply) => {
        const body = req.body;
        const bytes = Buffer.isBuffer(body) ? body : Buffer.alloc(0);
        if (!Buffer.isBuffer(body) && body !== undefined && body !== null)
          throw new AppError('unsupported_document_type');
        const view = await uploadDocument(deps, actorOf(req), req.params.id, {
          bytes,
          name: req.query.filename,
          kind: req.query.kind,
        });
        return reply.status(201).send(view);
      },
    );
  });
}
