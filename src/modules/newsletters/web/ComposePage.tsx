// /newsletter/liste/:id/nuovo-invio — compose an issue (subject, plain text), see it as a subscriber will (with
// the personal unsubscribe footer and how many confirmed subscribers get it), then send it through the outbox.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { apiGet, apiPost } from '../../../web/api/client.ts';
import { Breadcrumb } from '../../../web/components/Breadcrumb.tsx';
import { TextField } from '../../../web/components/Field.tsx';
import { PageHeader } from '../../../web/components/Page.tsx';
import { ProblemAlert } from '../../../web/components/ProblemAlert.tsx';
import { useSubmit } from '../../../web/forms.ts';
import { type IssueView, issueInput, type ListDetail } from '../contract.ts';

type Preview = { subject: string; text: string; headers: Record<string, string>; recipients: number };

export default function ComposePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const client = useQueryClient();
  const list = useQuery({
    queryKey: ['newsletters', 'list', id],
    queryFn: () => apiGet<ListDetail>(`/newsletters/lists/${id}`),
  });
  const [subject, setSubject] = useState('');
  const [text, setText] = useState('');
  const [preview, setPreview] = useState<Preview | null>(null);
  const { submit, errors, error, busy } = useSubmit();

  const showPreview = async (e: React.FormEvent) => {
    e.preventDefault();
    await submit(issueInput, { subject, text }, async (data) => {
      setPreview(await apiPost<Preview>(`/newsletters/lists/${id}/preview`, data));
    });
  };
  const send = async () => {
    let issueId = '';
    const ok = await submit(issueInput, { subject, text }, async (data) => {
      issueId = (await apiPost<IssueView>(`/newsletters/lists/${id}/issues`, data)).id;
    });
    if (ok) {
      await client.invalidateQueries({ queryKey: ['newsletters'] });
      navigate(`/newsletter/invii/${issueId}`);
    }
  };
  const edit = (set: (v: string) => void) => (v: string) => {
    set(v);
    setPreview(null);
  };

  return (
    <>
      <Breadcrumb
        items={[
          { to: '/newsletter', label: t('nav.newsletters') },
          { to: `/newsletter/liste/${id}`, label: list.data?.name ?? '…' },
          { label: t('newsletters.compose.title') },
        ]}
      />
      <PageHeader title={t('newsletters.compose.title')} lead={list.data?.name} />
      <form onSubmit={showPreview} noValidate>
        <TextField
          id="issue-subject"
          label={t('newsletters.compose.subject')}
          value={subject}
          onChange={edit(setSubject)}
          error={errors.subject}
          required
          maxLength={200}
          testId="issue-subject"
        />
        <div className="form-group">
          <label htmlFor="issue-text" className="active">
            {t('newsletters.compose.text')}
            <span aria-hidden="true"> *</span>
          </label>
          <textarea
            id="issue-text"
            className={`form-control${errors.text ? ' is-invalid' : ''}`}
            rows={12}
            value={text}
            required
            onChange={(e) => edit(setText)(e.target.value)}
            aria-describedby={errors.text ? 'issue-text-hint issue-text-error' : 'issue-text-hint'}
            aria-invalid={errors.text ? true : undefined}
            data-testid="issue-text"
          />
          <small id="issue-text-hint" className="form-text d-block">
            {t('newsletters.compose.textHint')}
          </small>
          {errors.text ? (
            <div id="issue-text-error" className="invalid-feedback d-block" role="alert">
              {errors.text}
            </div>
          ) : null}
        </div>
        <button type="submit" className="btn btn-outline-primary" disabled={busy} data-testid="issue-preview">
          {t('newsletters.compose.preview')}
        </button>
      </form>
      <div aria-live="polite" className="mt-3">
        <ProblemAlert error={error} />
        {preview ? (
          <section aria-labelledby="preview-title" className="card card-bg p-3" data-testid="preview">
            <h2 id="preview-title" className="h5">
              {t('newsletters.compose.previewTitle')}
            </h2>
            <dl className="row small mb-2">
              <dt className="col-sm-3">{t('newsletters.compose.subject')}</dt>
              <dd className="col-sm-9">{preview.subject}</dd>
              {Object.entries(preview.headers).map(([k, v]) => (
                <Fragment key={k}>
                  <dt className="col-sm-3">{k}</dt>
                  <dd className="col-sm-9 text-break">{v}</dd>
                </Fragment>
              ))}
            </dl>
            <pre className="rl-pre">{preview.text}</pre>
            <p data-testid="preview-recipients">
              {t('newsletters.compose.recipients', { count: preview.recipients })}
            </p>
            <div>
              <button
                type="button"
                className="btn btn-primary"
                disabled={busy || preview.recipients === 0}
                onClick={send}
                data-testid="issue-send"
              >
                {t('newsletters.compose.send', { count: preview.recipients })}
              </button>
            </div>
          </section>
        ) : null}
      </div>
    </>
  );
}
