// The settings of one list, at the foot of its page: rename it or change its description; delete it while it has
// sent nothing (a list that sent issues keeps them, their delivery status and the consents: the server says so).
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { apiDelete, apiPatch } from '../../../web/api/client.ts';
import { ProblemAlert } from '../../../web/components/ProblemAlert.tsx';
import { useSubmit } from '../../../web/forms.ts';
import { type ListView, listInput } from '../contract.ts';
import { ListFields } from './ListFields.tsx';

export function ListSettings({ list }: { list: ListView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [name, setName] = useState(list.name);
  const [description, setDescription] = useState(list.description ?? '');
  const [saved, setSaved] = useState(false);
  const [deleteError, setDeleteError] = useState<unknown>(null);
  const { submit, errors, error, busy } = useSubmit();

  async function save(e: React.FormEvent) {
    e.preventDefault();
    setSaved(false);
    const ok = await submit(listInput, { name, description: description || null }, (data) =>
      apiPatch<ListView>(`/newsletters/lists/${list.id}`, data),
    );
    if (ok) {
      setSaved(true);
      await client.invalidateQueries({ queryKey: ['newsletters'] });
    }
  }

  async function remove() {
    if (!window.confirm(t('newsletters.settings.deleteConfirm', { name: list.name }))) return;
    setDeleteError(null);
    try {
      await apiDelete(`/newsletters/lists/${list.id}`);
      // The lists page shows its cached rows before it refetches: the deleted list must not flash back there.
      client.setQueryData<{ items: ListView[] }>(
        ['newsletters', 'lists'],
        (old) => old && { items: old.items.filter((l) => l.id !== list.id) },
      );
      client.removeQueries({ queryKey: ['newsletters', 'list', list.id] });
      await client.invalidateQueries({ queryKey: ['newsletters'] });
      navigate('/newsletter');
    } catch (err) {
      setDeleteError(err);
    }
  }

  return (
    <section aria-labelledby="list-settings-title" className="mt-5">
      <h2 id="list-settings-title" className="h4">
        {t('newsletters.settings.title')}
      </h2>
      <form onSubmit={save} noValidate className="row g-3" data-testid="list-settings">
        <ListFields
          idPrefix="list-settings"
          name={name}
          description={description}
          onName={setName}
          onDescription={setDescription}
          errors={errors}
        />
        <div className="col-12" aria-live="polite">
          <ProblemAlert error={error ?? deleteError} />
          {saved ? (
            <p className="text-success" data-testid="list-settings-saved">
              {t('newsletters.settings.saved')}
            </p>
          ) : null}
          <button type="submit" className="btn btn-primary me-3" disabled={busy} data-testid="list-save">
            {t('newsletters.settings.save')}
          </button>
          <button type="button" className="btn btn-outline-danger" onClick={remove} data-testid="list-delete">
            {t('newsletters.settings.delete')}
          </button>
          <p className="small mt-2">{t('newsletters.settings.deleteNote')}</p>
        </div>
      </form>
    </section>
  );
}
