// "Aggiungi iscritti": pick employer contacts and users of the network, or type addresses; each gets an opt-in
// e-mail and stays "in attesa di conferma" (and receives nothing) until it confirms.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiGet, apiPost } from '../../../web/api/client.ts';
import { Checkbox, TextField } from '../../../web/components/Field.tsx';
import { ProblemAlert, StatusAlert } from '../../../web/components/ProblemAlert.tsx';
import { serverFieldErrors } from '../../../web/forms.ts';

type Candidates = {
  contacts: { id: string; name: string; email: string; employerName: string }[];
  users: { id: string; name: string; email: string }[];
};

export function AddSubscribers({ listId, onDone }: { listId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [contacts, setContacts] = useState<Set<string>>(new Set());
  const [users, setUsers] = useState<Set<string>>(new Set());
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<{ requested: number; alreadyConfirmed: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const candidates = useQuery({
    queryKey: ['newsletters', 'candidates', q],
    queryFn: () => apiGet<Candidates>('/newsletters/candidates', { q }),
    placeholderData: keepPreviousData,
  });
  const toggle = (set: Set<string>, id: string, on: boolean) => {
    const next = new Set(set);
    if (on) next.add(id);
    else next.delete(id);
    return next;
  };

  async function send(e: React.FormEvent) {
    e.preventDefault();
    setError(null);
    setResult(null);
    setBusy(true);
    try {
      const emails = typed
        .split(/[\s,;]+/)
        .map((s) => s.trim())
        .filter(Boolean);
      const res = await apiPost<{ requested: number; alreadyConfirmed: number }>(
        `/newsletters/lists/${listId}/subscribers`,
        { employerContactIds: [...contacts], userIds: [...users], emails },
      );
      setResult(res);
      setContacts(new Set());
      setUsers(new Set());
      setTyped('');
      onDone();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }
  const fieldErrors = serverFieldErrors(error);
  const typedError = Object.entries(fieldErrors).find(([k]) => k.startsWith('emails'))?.[1];

  return (
    <form
      onSubmit={send}
      noValidate
      className="card card-bg p-3 mt-3"
      aria-labelledby="add-subscribers-title"
    >
      <h3 id="add-subscribers-title" className="h5">
        {t('newsletters.add.title')}
      </h3>
      <p className="small">{t('newsletters.add.lead')}</p>
      <TextField
        id="candidate-search"
        type="search"
        label={t('newsletters.add.search')}
        value={q}
        onChange={setQ}
        testId="candidate-search"
      />
      <div className="row">
        <fieldset className="col-md-6">
          <legend className="h6">{t('newsletters.add.contacts')}</legend>
          {candidates.data?.contacts.length === 0 ? (
            <p className="small">{t('newsletters.add.none')}</p>
          ) : null}
          {candidates.data?.contacts.map((c) => (
            <Checkbox
              key={c.id}
              id={`contact-${c.id}`}
              label={`${c.name} (${c.employerName}) — ${c.email}`}
              checked={contacts.has(c.id)}
              onChange={(on) => setContacts((s) => toggle(s, c.id, on))}
              testId="candidate-contact"
            />
          ))}
        </fieldset>
        <fieldset className="col-md-6">
          <legend className="h6">{t('newsletters.add.users')}</legend>
          {candidates.data?.users.length === 0 ? <p className="small">{t('newsletters.add.none')}</p> : null}
          {candidates.data?.users.map((u) => (
            <Checkbox
              key={u.id}
              id={`user-${u.id}`}
              label={`${u.name} — ${u.email}`}
              checked={users.has(u.id)}
              onChange={(on) => setUsers((s) => toggle(s, u.id, on))}
              testId="candidate-user"
            />
          ))}
        </fieldset>
      </div>
      <div className="form-group mt-3">
        <label htmlFor="typed-emails" className="active">
          {t('newsletters.add.emails')}
        </label>
        <textarea
          id="typed-emails"
          className={`form-control${typedError ? ' is-invalid' : ''}`}
          rows={3}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          aria-describedby={typedError ? 'typed-emails-hint typed-emails-error' : 'typed-emails-hint'}
          aria-invalid={typedError ? true : undefined}
          data-testid="typed-emails"
        />
        <small id="typed-emails-hint" className="form-text d-block">
          {t('newsletters.add.emailsHint')}
        </small>
        {typedError ? (
          <div id="typed-emails-error" className="invalid-feedback d-block" role="alert">
            {typedError}
          </div>
        ) : null}
      </div>
      <div aria-live="polite">
        <ProblemAlert error={error} />
        {result ? (
          <StatusAlert>
            <span data-testid="add-result">{t('newsletters.add.done', result)}</span>
          </StatusAlert>
        ) : null}
      </div>
      <div>
        <button type="submit" className="btn btn-primary" disabled={busy} data-testid="add-subscribers">
          {t('newsletters.add.submit')}
        </button>
      </div>
    </form>
  );
}
