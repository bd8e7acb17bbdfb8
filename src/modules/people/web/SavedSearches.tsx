// Saved searches of the Banca Dati Lavoro: keep the current filters under a name, re-apply or delete them.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiDelete, apiGet, apiPost } from '../../../web/api/client.ts';
import { TextField } from '../../../web/components/Field.tsx';
import { ProblemAlert, StatusAlert } from '../../../web/components/ProblemAlert.tsx';
import { useSubmit } from '../../../web/forms.ts';
import { type SavedSearchView, savedSearchInput } from '../search-contract.ts';

type Props = { filters: Record<string, string>; onApply: (filters: Record<string, string>) => void };

export function SavedSearches({ filters, onApply }: Props) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const { errors, error, busy, submit } = useSubmit();
  const [name, setName] = useState('');
  const [status, setStatus] = useState('');
  const [deleteError, setDeleteError] = useState<unknown>(null);
  const saved = useQuery({
    queryKey: ['saved-searches'],
    queryFn: () => apiGet<{ items: SavedSearchView[] }>('/saved-searches'),
  });

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setStatus('');
    const ok = await submit(savedSearchInput, { name, filters }, (data) => apiPost('/saved-searches', data));
    if (ok) {
      setStatus(t('people.saved.done', { name: name.trim() }));
      setName('');
      await client.invalidateQueries({ queryKey: ['saved-searches'] });
    }
  }

  async function remove(s: SavedSearchView) {
    setDeleteError(null);
    try {
      await apiDelete(`/saved-searches/${s.id}`);
      setStatus(t('people.saved.deleted', { name: s.name }));
      await client.invalidateQueries({ queryKey: ['saved-searches'] });
    } catch (err) {
      setDeleteError(err);
    }
  }

  const items = saved.data?.items ?? [];
  return (
    <section aria-labelledby="saved-title" className="mt-5" data-testid="saved-searches">
      <h2 id="saved-title" className="h4">
        {t('people.saved.title')}
      </h2>
      <div aria-live="polite">
        <ProblemAlert error={saved.error ?? error ?? deleteError} />
        {status ? <StatusAlert>{status}</StatusAlert> : null}
      </div>
      {items.length === 0 && saved.data ? <p>{t('people.saved.none')}</p> : null}
      {items.length > 0 ? (
        <ul className="list-unstyled">
          {items.map((s) => (
            <li
              key={s.id}
              className="d-flex flex-wrap align-items-center gap-3 mb-2"
              data-testid="saved-search"
            >
              <span>{s.name}</span>
              <button
                type="button"
                className="btn btn-outline-primary btn-sm"
                onClick={() => onApply(s.filters)}
                data-testid="saved-search-apply"
              >
                {t('people.saved.apply')}
                <span className="visually-hidden"> {s.name}</span>
              </button>
              <button type="button" className="btn btn-outline-danger btn-sm" onClick={() => void remove(s)}>
                {t('people.saved.delete')}
                <span className="visually-hidden"> {s.name}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <form onSubmit={onSubmit} noValidate className="row g-3 align-items-end" aria-labelledby="saved-title">
        <div className="col-md-6">
          <TextField
            id="saved-name"
            label={t('people.saved.name')}
            hint={t('people.saved.hint')}
            value={name}
            onChange={setName}
            error={errors.name ?? errors.filters}
            maxLength={100}
            required
            testId="saved-search-name"
          />
        </div>
        <div className="col-md-6 rl-form-actions">
          <button
            type="submit"
            className="btn btn-outline-primary"
            disabled={busy}
            data-testid="saved-search-save"
          >
            {t('people.saved.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
