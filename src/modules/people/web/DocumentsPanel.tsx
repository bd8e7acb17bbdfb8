// Documents of a person (CVs, certificates): the list with who uploaded what and when, download links, an upload
// form (PDF or DOCX: the server checks the content and the size and its refusal is shown as it comes), deletion
// after an explicit confirmation in the row, and the CV generated from the record in Europass format.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiDelete, apiGet, apiUpload } from '../../../web/api/client.ts';
import { Loading } from '../../../web/components/Loading.tsx';
import { ProblemAlert, StatusAlert } from '../../../web/components/ProblemAlert.tsx';
import { currentLanguage, formatDateTime } from '../../../web/i18n.ts';
import type { PersonView, ReadPurpose } from '../contract.ts';
import {
  type DocumentKind,
  type DocumentList,
  type DocumentView,
  documentKinds,
} from '../documents-contract.ts';
import { formatBytes } from './ImportSteps.tsx';

const documentsKey = (id: string) => ['person-documents', id] as const;

function UploadForm({
  personId,
  maxBytes,
  onDone,
}: {
  personId: string;
  maxBytes: number;
  onDone: (name: string) => void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [kind, setKind] = useState<DocumentKind>('cv');
  const [invalid, setInvalid] = useState<'required' | 'tooLarge' | null>(null);
  const upload = useMutation({
    mutationFn: (f: File) =>
      apiUpload<DocumentView>(`/people/${personId}/documents`, f, { kind, filename: f.name }),
    onSuccess: (doc) => {
      void client.invalidateQueries({ queryKey: documentsKey(personId) });
      void client.invalidateQueries({ queryKey: ['audit-events', 'person', personId] });
      setFile(null);
      if (input.current) input.current.value = '';
      onDone(doc.fileName);
    },
  });
  const size = formatBytes(maxBytes, currentLanguage());

  function submit(e: FormEvent) {
    e.preventDefault();
    const problem = !file ? 'required' : file.size > maxBytes ? 'tooLarge' : null;
    setInvalid(problem);
    if (problem || !file) {
      input.current?.focus();
      return;
    }
    upload.mutate(file);
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-labelledby="documents-upload-title"
      data-testid="document-upload-form"
    >
      <h3 id="documents-upload-title" className="h5">
        {t('people.documents.uploadTitle')}
      </h3>
      <div className="row">
        <div className="col-md-7 form-group">
          <label htmlFor="document-file" className="active d-block">
            {t('people.documents.file')}
            <span aria-hidden="true"> *</span>
          </label>
          <input
            ref={input}
            id="document-file"
            type="file"
            className={`form-control${invalid ? ' is-invalid' : ''}`}
            accept=".pdf,.docx"
            required
            aria-invalid={invalid ? true : undefined}
            aria-describedby={`document-file-hint${invalid ? ' document-file-error' : ''}`}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setInvalid(null);
              upload.reset();
            }}
            data-testid="document-file"
          />
          <small id="document-file-hint" className="form-text d-block">
            {t('people.documents.fileHint', { size })}
          </small>
          {invalid ? (
            <div id="document-file-error" className="invalid-feedback d-block" role="alert">
              {invalid === 'required'
                ? t('people.documents.fileRequired')
                : t('people.documents.tooLarge', { size })}
            </div>
          ) : null}
        </div>
        <div className="col-md-5">
          <div className="select-wrapper">
            <label htmlFor="document-kind">{t('people.documents.kind')}</label>
            <select
              id="document-kind"
              value={kind}
              onChange={(e) => setKind(e.target.value as DocumentKind)}
              data-testid="document-kind"
            >
              {documentKinds.map((k) => (
                <option key={k} value={k}>
                  {t(`people.documents.kinds.${k}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
      </div>
      <div aria-live="polite">
        <ProblemAlert error={upload.error} testId="document-upload-problem" />
      </div>
      <button
        type="submit"
        className="btn btn-primary"
        disabled={upload.isPending}
        data-testid="document-upload"
      >
        {upload.isPending ? t('people.documents.uploading') : t('people.documents.upload')}
      </button>
    </form>
  );
}

function DocumentRow({
  personId,
  purpose,
  doc,
  canManage,
  onDeleted,
}: {
  personId: string;
  purpose: ReadPurpose;
  doc: DocumentView;
  canManage: boolean;
  onDeleted: (name: string) => void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const remove = useMutation({
    mutationFn: () => apiDelete<{ ok: true }>(`/people/${personId}/documents/${doc.id}`),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: documentsKey(personId) });
      void client.invalidateQueries({ queryKey: ['audit-events', 'person', personId] });
      onDeleted(doc.fileName);
    },
  });
  const href = `/api/people/${encodeURIComponent(personId)}/documents/${encodeURIComponent(doc.id)}?purpose=${purpose}`;
  return (
    <tr data-testid="document-row">
      <th scope="row">
        <a href={href} download={doc.fileName} data-testid="document-download">
          {doc.fileName}
          <span className="visually-hidden"> ({t('people.documents.download')})</span>
        </a>
      </th>
      <td>{t(`people.documents.kinds.${doc.kind}`)}</td>
      <td className="text-nowrap">{formatBytes(doc.sizeBytes, currentLanguage())}</td>
      <td className="text-nowrap">{formatDateTime(doc.createdAt)}</td>
      <td>
        {doc.uploadedBy?.name ?? '—'}
        {doc.organisationName ? <small className="d-block">{doc.organisationName}</small> : null}
      </td>
      {canManage ? (
        <td>
          {confirming ? (
            <div>
              <p className="small mb-1">{t('people.documents.confirmDelete', { name: doc.fileName })}</p>
              <ProblemAlert error={remove.error} />
              <button
                ref={confirmButton}
                type="button"
                className="btn btn-danger btn-xs me-2"
                disabled={remove.isPending}
                onClick={() => remove.mutate()}
                data-testid="document-delete-confirm"
              >
                {t('people.documents.deleteConfirm')}
              </button>
              <button
                type="button"
                className="btn btn-outline-secondary btn-xs"
                onClick={() => setConfirming(false)}
              >
                {t('common.cancel')}
              </button>
            </div>
          ) : (
            <button
              type="button"
              className="btn btn-outline-danger btn-xs"
              onClick={() => {
                setConfirming(true);
                requestAnimationFrame(() => confirmButton.current?.focus());
              }}
              aria-label={t('people.documents.deleteFor', { name: doc.fileName })}
              data-testid="document-delete"
            >
              {t('people.documents.delete')}
            </button>
          )}
        </td>
      ) : null}
    </tr>
  );
}

export function DocumentsPanel({ person, purpose }: { person: PersonView; purpose: ReadPurpose }) {
  const { t } = useTranslation();
  const status = useRef<HTMLDivElement>(null);
  const [done, setDone] = useState<string | null>(null);
  const documents = useQuery({
    queryKey: [...documentsKey(person.id), purpose],
    queryFn: () => apiGet<DocumentList>(`/people/${person.id}/documents`, { purpose }),
  });
  const data = documents.data;
  const announce = (text: string) => {
    setDone(text);
    requestAnimationFrame(() => status.current?.focus());
  };
  const cvHref = `/api/people/${encodeURIComponent(person.id)}/cv.pdf?purpose=${purpose}`;
  return (
    <>
      <p>{t('people.documents.lead')}</p>
      <section aria-labelledby="documents-europass-title" className="mb-4">
        <h3 id="documents-europass-title" className="h5">
          {t('people.documents.europassTitle')}
        </h3>
        <p>{t('people.documents.europassLead')}</p>
        <a className="btn btn-outline-primary" href={cvHref} download data-testid="document-europass">
          {t('people.documents.europass')}
        </a>
      </section>
      <div ref={status} tabIndex={-1} aria-live="polite" data-testid="documents-status">
        {documents.isPending ? <Loading /> : null}
        <ProblemAlert error={documents.error} />
        {done ? <StatusAlert>{done}</StatusAlert> : null}
      </div>
      {data ? (
        <section aria-labelledby="documents-list-title" className="mb-4">
          <h3 id="documents-list-title" className="h5">
            {t('people.documents.listTitle')}
          </h3>
          {data.items.length === 0 ? (
            <p data-testid="documents-empty">{t('people.documents.empty')}</p>
          ) : (
            <div className="table-responsive">
              <table className="table" data-testid="documents-table">
                <caption className="visually-hidden">{t('people.documents.listTitle')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('people.documents.name')}</th>
                    <th scope="col">{t('people.documents.kind')}</th>
                    <th scope="col">{t('people.documents.size')}</th>
                    <th scope="col">{t('people.documents.uploadedAt')}</th>
                    <th scope="col">{t('people.documents.uploadedBy')}</th>
                    {data.canManage ? <th scope="col">{t('common.actions')}</th> : null}
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((d) => (
                    <DocumentRow
                      key={d.id}
                      personId={person.id}
                      purpose={purpose}
                      doc={d}
                      canManage={data.canManage}
                      onDeleted={(name) => announce(t('people.documents.deleted', { name }))}
                    />
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ) : null}
      {data?.canManage ? (
        <UploadForm
          personId={person.id}
          maxBytes={data.maxBytes}
          onDone={(name) => announce(t('people.documents.uploaded', { name }))}
        />
      ) : null}
    </>
  );
}
